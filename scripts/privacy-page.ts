// PRIVACY.md as the extension's own page (privacy.html, written into each build by wxt.config.ts): the
// options page links to it, so the policy a person reads is always the one of the version installed,
// offline too. Only the Markdown PRIVACY.md uses: headings, paragraphs, bullet lists, tables, **bold**,
// *italics*, `code` and links (those to other files of the repository keep their words only).

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One line's inline Markdown, escaped. */
export function inline(text: string): string {
  const codes: string[] = [];
  let html = escape(text).replace(/`([^`]+)`/g, (_, code: string) => `\uE000${codes.push(code) - 1}\uE000`);
  html = html
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, words: string, href: string) => (/^https:\/\//.test(href) ? `<a href="${href}" target="_blank" rel="noopener noreferrer">${words}</a>` : words))
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>');
  return html.replace(/\uE000(\d+)\uE000/g, (_, i: string) => `<code>${codes[Number(i)]}</code>`);
}

const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

/** The body of the page: block by block. */
export function markdownToHtml(markdown: string): string {
  const blocks = markdown.replace(/\r\n/g, '\n').split(/\n{2,}/);
  return blocks
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const heading = /^(#{1,3}) (.+)$/.exec(block);
      if (heading) return `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`;
      const lines = block.split('\n');
      if (lines.every((line) => line.trim().startsWith('|'))) {
        const [head, , ...rows] = lines;
        const th = cells(head!).map((c) => `<th scope="col">${inline(c)}</th>`).join('');
        const body = rows.map((row) => `<tr>${cells(row).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n');
        return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
      }
      if (lines.every((line) => /^(- | {2})/.test(line))) {
        const items = block.split(/\n- /).map((item) => item.replace(/^- /, '').replace(/\n\s+/g, ' '));
        return `<ul>\n${items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`;
      }
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('\n');
}

const STYLE = `
  :root { color-scheme: light dark; --text: #1b2433; --muted: #4a5568; --bg: #fff; --line: #d5dce8; --head: #f4f6fa; --link: #2457c5; }
  @media (prefers-color-scheme: dark) { :root { --text: #e6ebf2; --muted: #a9b4c4; --bg: #151b24; --line: #334155; --head: #1f2835; --link: #8fb3ff; } }
  body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  main { max-width: 880px; margin: 0 auto; padding: 24px 20px 48px; }
  h1 { font-size: 26px; } h2 { font-size: 20px; margin-top: 32px; }
  table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: 14px; }
  th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
  th { background: var(--head); }
  code { font-size: 13px; overflow-wrap: anywhere; }
  a { color: var(--link); }
  a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }`;

/** The whole page. */
export function privacyPage(markdown: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy policy — HeavySet Setup Assistant</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
${markdownToHtml(markdown)}
</main>
</body>
</html>
`;
}
