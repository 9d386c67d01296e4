// Which page a playbook's pattern names ("https://go.example.com/*"): the same match patterns as
// the manifest and the background's sender check.
import { MatchPattern } from 'wxt/utils/match-patterns';

const compiled = new Map<string, MatchPattern>();

export function matchesPattern(pattern: string, url: string): boolean {
  let matcher = compiled.get(pattern);
  if (!matcher) compiled.set(pattern, (matcher = new MatchPattern(pattern)));
  try {
    return matcher.includes(url);
  } catch {
    return false;
  }
}
