// The options page's view of playbook updates: per CRM the version in use, bundled or remote, the
// last check and why an update was refused; where updates come from for the linked API URL.
import { i18n } from '#i18n';
import { crmName } from '../../crm';
import type { PlaybookStatusView } from '../../messages';
import type { Playbook } from '../../guide/playbook';
import type { PlaybookPublicKey } from '../../heavyset/contract-playbooks';
import { readUpdates } from './store';
import { trustFor } from './trust';
import type { PlaybookUpdater } from './updater';


export function summaryOf(apiUrl: string, productionKeys: readonly PlaybookPublicKey[]): string {
  const { kind } = trustFor(apiUrl, productionKeys);
  const noKeys = i18n.t('bg.playbooks.statusNoKeys');
  const build = productionKeys.length ? '' : ` ${noKeys}`;
  if (kind === 'production')
    return productionKeys.length
      ? i18n.t('bg.playbooks.fromHeavySet', productionKeys.length, { url: apiUrl, keys: productionKeys.map((k) => k.keyId).join(', ') })
      : noKeys;
  if (kind === 'sandbox') return i18n.t('bg.playbooks.fromSandbox', { url: apiUrl }) + build;
  return i18n.t('bg.playbooks.notFromUrl', { url: apiUrl }) + build;
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
