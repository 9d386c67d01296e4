// @vitest-environment node
// HEAVYSET_PLAYBOOK_KEYS, the build setting wxt.config.ts reads: a JSON list of at most two keys as
// playbook:keygen prints it; anything malformed stops the build; the sandbox key is never one.
import { describe, expect, it } from 'vitest';
import { parseProductionKeys } from '@/utils/heavyset/production-keys';
import { SANDBOX_PLAYBOOK_KEY } from '@/utils/heavyset/playbook-keys';
import { trustFor } from '@/utils/background/playbooks/trust';
import { newKeyPair } from '../../scripts/playbooks/signing';

const key = (keyId: string) => ({ keyId, publicKey: newKeyPair().publicKey });

describe('production playbook keys (build setting)', () => {
  it('reads none from an unset or empty setting, and one or two keys from the list keygen prints', () => {
    expect(parseProductionKeys(undefined)).toEqual([]);
    expect(parseProductionKeys('  ')).toEqual([]);
    const current = key('hs-playbooks-2026-1');
    const next = key('hs-playbooks-2027-1');
    expect(parseProductionKeys(JSON.stringify([current]))).toEqual([current]);
    expect(parseProductionKeys(JSON.stringify([current, next]))).toEqual([current, next]);
  });

  it('stops the build on anything else', () => {
    expect(() => parseProductionKeys('hs-playbooks-2026-1')).toThrow(/not JSON/);
    expect(() => parseProductionKeys(JSON.stringify([key('a'), key('b'), key('c')]))).toThrow(/At most 2/);
    expect(() => parseProductionKeys(JSON.stringify([{ keyId: 'x', publicKey: 'short' }]))).toThrow(/32 bytes/);
    expect(() => parseProductionKeys(JSON.stringify([key('same'), key('same')]))).toThrow(/Each key id once/);
    expect(() => parseProductionKeys(JSON.stringify([SANDBOX_PLAYBOOK_KEY]))).toThrow(/sandbox key/);
  });

  it('trusts production keys only for HeavySet’s origin and the sandbox key only for loopback', () => {
    const production = [key('hs-playbooks-2026-1')];
    expect(trustFor('https://api.heavyset.tech', production)).toEqual({ kind: 'production', keys: production });
    expect(trustFor('https://api.heavyset.tech/', production).kind).toBe('production');
    for (const loopback of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787'])
      expect(trustFor(loopback, production)).toEqual({ kind: 'sandbox', keys: [SANDBOX_PLAYBOOK_KEY] });
    for (const other of ['https://api.heavyset.tech.evil.example', 'https://staging.heavyset.tech', 'http://api.heavyset.tech', 'not a url'])
      expect(trustFor(other, production)).toEqual({ kind: 'none', keys: [] });
  });
});
