// Which public keys may sign the playbooks fetched from an API URL. HeavySet's production keys
// (a build setting: HEAVYSET_PLAYBOOK_KEYS, read by wxt.config.ts) only for HeavySet's own origin;
// the sandbox key, whose private half is in the repository, only for a loopback API (the reference
// server on this computer). Any other API URL: no key, so no update — the bundled playbooks are used.
import { PRODUCTION_API_URL } from '../../heavyset/contract';
import type { PlaybookPublicKey } from '../../heavyset/contract-playbooks';
import { parseProductionKeys } from '../../heavyset/production-keys';
import { SANDBOX_PLAYBOOK_KEY } from '../../heavyset/playbook-keys';

/** The production keys this build pins (none in a build without HEAVYSET_PLAYBOOK_KEYS). */
export const BUILD_PRODUCTION_KEYS: readonly PlaybookPublicKey[] = parseProductionKeys(import.meta.env.HEAVYSET_PLAYBOOK_KEYS);

export type TrustKind = 'production' | 'sandbox' | 'none';

export function isLoopbackUrl(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/** Who may sign the playbooks served by this API URL, and the keys for it. */
export function trustFor(apiUrl: string, productionKeys: readonly PlaybookPublicKey[]): { kind: TrustKind; keys: readonly PlaybookPublicKey[] } {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return { kind: 'none', keys: [] };
  }
  if (url.origin === new URL(PRODUCTION_API_URL).origin) return { kind: 'production', keys: productionKeys };
  if ((url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackUrl(url)) return { kind: 'sandbox', keys: [SANDBOX_PLAYBOOK_KEY] };
  return { kind: 'none', keys: [] };
}
