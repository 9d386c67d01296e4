// The version of each bundled playbook: the floor a signed update must rise above.
// 0 = the playbook as this release wrote it. When a release bundles the content of a published
// update (version N, see README → "Playbook updates"), set its entry to N: the extensions of
// that release then keep their bundled playbook instead of taking the older update N again.
import type { CrmType } from '../heavyset/contract';

export const BUNDLED_PLAYBOOK_VERSIONS: Readonly<Record<CrmType, number>> = {
  leap: 0,
  servicetitan: 0,
  zoho: 0,
};

export function bundledVersion(crm: CrmType): number {
  return BUNDLED_PLAYBOOK_VERSIONS[crm] ?? 0;
}
