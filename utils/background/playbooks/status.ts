// The options page's view of playbook updates: per CRM the version in use, bundled or remote, the
// last check and why an update was refused; where updates come from for the linked API URL.
import { crmName } from '../../crm';
import type { PlaybookStatusView } from '../../messages';
import type { Playbook } from '../../guide/playbook';
import type { PlaybookPublicKey } from '../../heavyset/contract-playbooks';
import { readUpdates } from './store';
import { trustFor } from './trust';
import type { PlaybookUpdater } from './updater';

const NO_PRODUCTION_KEYS =
  'This build has no HeavySet production keys: playbook updates come only from a sandbox API on this computer (127.0.0.1 or localhost); otherwise the bundled playbooks are used.';

export function summaryOf(apiUrl: string, productionKeys: readonly PlaybookPublicKey[]): string {
  const { kind } = trustFor(apiUrl, productionKeys);
  const build = productionKeys.length ? '' : ` ${NO_PRODUCTION_KEYS}`;
  if (kind === 'production')
    return productionKeys.length
      ? `Updates come from HeavySet (${apiUrl}), accepted only when signed with one of the ${productionKeys.length} HeavySet key${productionKeys.length === 1 ? '' : 's'} this build pins (${productionKeys.map((k) => k.keyId).join(', ')}).`
      : NO_PRODUCTION_KEYS;
  if (kind === 'sandbox')
    return `Updates come from the sandbox API at ${apiUrl}, signed with the sandbox key (trusted only for an API on this computer).${build}`;
  return `Updates are taken only from HeavySet’s API or a sandbox on this computer: with ${apiUrl} the bundled playbooks are used.${build}`;
}

export async function playbookStatus(
  updater: PlaybookUpdater,
  deps: { apiUrl(): Promise<string>; productionKeys: readonly PlaybookPublicKey[]; playbooks: readonly Playbook[] },
): Promise<PlaybookStatusView> {
  const apiUrl = await deps.apiUrl();
  const crms = await Promise.all(
    deps.playbooks.map(async (bundled) => {
      const inUse = await updater.inUse(bundled.crm);
      const check = (await readUpdates()).checks[bundled.crm];
      return {
        crm: bundled.crm,
        name: crmName(bundled.crm),
        version: inUse?.version ?? 0,
        source: inUse?.source ?? 'bundled',
        ...(check ? { lastCheck: check.at, outcome: check.outcome, message: check.message } : {}),
      };
    }),
  );
  return { apiUrl, trust: trustFor(apiUrl, deps.productionKeys).kind, productionKeys: deps.productionKeys.length, summary: summaryOf(apiUrl, deps.productionKeys), crms };
}
