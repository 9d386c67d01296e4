// The OAuth return page: only the parameters the playbook names are read from its URL. The
// grant code (and anything else) is never read, kept or sent.
import type { OAuthSpec } from './playbook';

export function returnedParams(url: string, spec: Pick<OAuthSpec, 'returnParams'>): Record<string, string> {
  let search: URLSearchParams;
  try {
    search = new URL(url).searchParams;
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const name of Object.keys(spec.returnParams)) {
    if (name === 'code') continue;
    const value = search.get(name);
    if (value !== null) out[name] = value.slice(0, 300);
  }
  return out;
}
