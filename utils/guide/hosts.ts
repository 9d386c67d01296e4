// Which page a playbook's pattern names ("https://go.example.com/*", "http://127.0.0.1/*"): match
// patterns as the manifest reads them — scheme, host (a leading "*." takes subdomains; the port is
// not part of it) and a path where "*" is anything.

const compiled = new Map<string, ((url: URL) => boolean) | null>();

function compile(pattern: string): ((url: URL) => boolean) | null {
  const parts = /^(\*|https?|wss?|file|ftp):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/.exec(pattern);
  if (!parts) return pattern === '<all_urls>' ? (url) => /^(https?|wss?|file|ftp):$/.test(url.protocol) : null;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const pathRe = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return (url) => {
    const protocol = url.protocol.slice(0, -1);
    if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
    const hostname = url.hostname.toLowerCase();
    if (host !== '*') {
      const bare = host.replace(/^\*\./, '').toLowerCase();
      if (host.startsWith('*.') ? hostname !== bare && !hostname.endsWith(`.${bare}`) : hostname !== bare) return false;
    }
    return pathRe.test(url.pathname + url.search);
  };
}

export function matchesPattern(pattern: string, url: string): boolean {
  let matcher = compiled.get(pattern);
  if (matcher === undefined) compiled.set(pattern, (matcher = compile(pattern)));
  const parsed = urlOf(url);
  return !!matcher && !!parsed && matcher(parsed);
}

/** The address parsed; null for one that is not a URL. */
export function urlOf(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
