// PRIVACY.md as the package's page: every heading and table row of the policy is there, escaped, with
// links to the web kept and links to repository files reduced to their words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inline, markdownToHtml, privacyPage } from '../../scripts/privacy-page';

describe('the privacy page', () => {
  it('holds every heading and every table row of PRIVACY.md', () => {
    const markdown = readFileSync('PRIVACY.md', 'utf8');
    const html = privacyPage(markdown);
    const headings = markdown.split('\n').filter((line) => /^#{1,3} /.test(line));
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) expect(html).toContain(`>${inline(heading.replace(/^#+ /, ''))}</h`);
    const rows = markdown.split('\n').filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line));
    expect((html.match(/<tr>/g) ?? []).length).toBe(rows.length);
    expect(html).not.toMatch(/\*\*|\]\(/);
  });

  it('escapes HTML, keeps https links, drops relative ones to their words', () => {
    expect(inline('a <b> & "c"')).toBe('a &lt;b&gt; &amp; &quot;c&quot;');
    expect(inline('[the API](https://api.heavyset.tech) and [SECURITY.md](SECURITY.md)')).toBe(
      '<a href="https://api.heavyset.tech" target="_blank" rel="noopener noreferrer">the API</a> and SECURITY.md',
    );
    expect(inline('**bold**, *italic* and `a*b*c`')).toBe('<strong>bold</strong>, <em>italic</em> and <code>a*b*c</code>');
    expect(markdownToHtml('- one\n- two\n  more')).toBe('<ul>\n<li>one</li>\n<li>two more</li>\n</ul>');
  });
});
