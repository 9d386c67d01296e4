// "x.y.z" versions (the extension's manifest version, a playbook's minExtensionVersion) compared
// as numbers, part by part: "0.10.0" is newer than "0.9.3".
import { SEMVER_PATTERN } from './contract-playbooks';

/** Negative when a < b, 0 when equal, positive when a > b; null when either is not "x.y.z". */
export function compareVersions(a: string, b: string): number | null {
  const pa = SEMVER_PATTERN.exec(a);
  const pb = SEMVER_PATTERN.exec(b);
  if (!pa || !pb) return null;
  for (let i = 1; i <= 3; i++) {
    const diff = Number(pa[i]) - Number(pb[i]);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Does `version` meet `minimum`? A version that is not "x.y.z" meets nothing. */
export function meetsVersion(version: string, minimum: string): boolean {
  const order = compareVersions(version, minimum);
  return order !== null && order >= 0;
}
