// Public keys for signed playbooks (GET /v1/playbooks/{crmType}).
// The sandbox key signs the playbooks the reference server publishes; its private half is in
// the repository (test/sandbox/keys/), so the extension must trust it ONLY for playbooks fetched
// from a loopback API URL, never for HeavySet's own origin.
import type { PlaybookPublicKey } from './contract-playbooks';

export const SANDBOX_PLAYBOOK_KEY = {
  keyId: 'hs-playbooks-sandbox-1',
  publicKey: 'IiuWAJ29nIms7rwI_tZYJE1pF79OwLveFntWjzB7rR4',
} as const satisfies PlaybookPublicKey;
