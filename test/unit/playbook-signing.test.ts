// @vitest-environment node
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PageReportRequest,
  PlaybookEnvelope,
  PlaybookPayload,
  pageUrlProblem,
} from '../../utils/heavyset/contract-playbooks';
import { SANDBOX_PLAYBOOK_KEY } from '../../utils/heavyset/playbook-keys';
import { checkPlaybookDocument } from '../../scripts/playbooks/check-playbook';
import { leapPlaybook } from '../../utils/crm/leap';
import { newKeyPair, payloadText, rawPublicKeyOf, readPrivateKey, signPayload } from '../../scripts/playbooks/signing';
import { webCryptoVerifies } from './support/playbook-crypto';

const playbook = { steps: [{ id: 'leap-developers', label: 'Settings → Developers', hint: 'Générer « HeavySet » 🔑' }] };

describe('envelope signing', () => {
  it('signs the UTF-8 bytes of the payload: Node and WebCrypto both verify it, tampering and other keys do not', async () => {
    const pair = newKeyPair();
    const key = readPrivateKey(pair.privateKeyPem);
    const payload = payloadText({ crmType: 'leap', version: 7, minExtensionVersion: '0.3.0', playbook });
    const envelope = PlaybookEnvelope.parse(signPayload(payload, key, 'hs-playbooks-test-1'));
    expect(envelope.payload).toBe(payload);
    expect(PlaybookPayload.parse(JSON.parse(envelope.payload))).toMatchObject({ crmType: 'leap', version: 7, playbook });

    const nodeKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pair.publicKey }, format: 'jwk' });
    const signature = Buffer.from(envelope.signature, 'base64url');
    expect(verify(null, Buffer.from(envelope.payload, 'utf8'), nodeKey, signature)).toBe(true);
    expect(await webCryptoVerifies(envelope, pair.publicKey)).toBe(true);

    const tampered = { ...envelope, payload: envelope.payload.replace('"version":7', '"version":8') };
    expect(tampered.payload).not.toBe(envelope.payload);
    expect(verify(null, Buffer.from(tampered.payload, 'utf8'), nodeKey, signature)).toBe(false);
    expect(await webCryptoVerifies(tampered, pair.publicKey)).toBe(false);
    // Latin-1 bytes of the same text are not what was signed.
    expect(verify(null, Buffer.from(envelope.payload, 'latin1'), nodeKey, signature)).toBe(false);
    expect(await webCryptoVerifies(envelope, newKeyPair().publicKey)).toBe(false);
  });

  it('refuses keys that are not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => readPrivateKey(rsa)).toThrow(/Ed25519/);
  });

  it('keeps the committed sandbox private key and SANDBOX_PLAYBOOK_KEY a pair', async () => {
    const pem = readFileSync(new URL('../sandbox/keys/hs-playbooks-sandbox-1.SANDBOX-ONLY.private.pem', import.meta.url), 'utf8');
    const key = readPrivateKey(pem);
    expect(SANDBOX_PLAYBOOK_KEY.keyId).toBe('hs-playbooks-sandbox-1');
    expect(rawPublicKeyOf(key)).toBe(SANDBOX_PLAYBOOK_KEY.publicKey);
    expect(Buffer.from(SANDBOX_PLAYBOOK_KEY.publicKey, 'base64url')).toHaveLength(32);
    const envelope = signPayload('{"x":1}', key, SANDBOX_PLAYBOOK_KEY.keyId);
    expect(await webCryptoVerifies(envelope, SANDBOX_PLAYBOOK_KEY.publicKey)).toBe(true);
  });
});

describe('schemas', () => {
  const payload = { crmType: 'zoho', version: 1, minExtensionVersion: '0.3.0', issuedAt: '2026-11-30T10:00:00.000Z', playbook: {} };

  it('accepts a payload and refuses bad versions, dates, malformed CRM types and a missing playbook', () => {
    expect(PlaybookPayload.safeParse(payload).success).toBe(true);
    for (const bad of [
      { version: 0 },
      { version: 1.5 },
      { minExtensionVersion: '0.3' },
      { minExtensionVersion: 'v0.3.0' },
      { issuedAt: 'yesterday' },
      { crmType: 'Sales Force!' },
    ]) {
      expect(PlaybookPayload.safeParse({ ...payload, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    const { playbook: _, ...withoutPlaybook } = payload;
    expect(PlaybookPayload.safeParse(withoutPlaybook).success).toBe(false);
    // Tolerant for extensions (new fields later), strict for the signing tool.
    expect(PlaybookPayload.safeParse({ ...payload, channel: 'beta' }).success).toBe(true);
    expect(PlaybookPayload.strict().safeParse({ ...payload, channel: 'beta' }).success).toBe(false);
  });

  it('checks the envelope shape: 86-character signatures, key ids', () => {
    const envelope = { payload: '{}', keyId: 'hs-playbooks-2026-1', signature: 'A'.repeat(86) };
    expect(PlaybookEnvelope.safeParse(envelope).success).toBe(true);
    expect(PlaybookEnvelope.safeParse({ ...envelope, signature: 'A'.repeat(85) }).success).toBe(false);
    expect(PlaybookEnvelope.safeParse({ ...envelope, signature: 'A'.repeat(84) + '==' }).success).toBe(false);
    expect(PlaybookEnvelope.safeParse({ ...envelope, keyId: 'has space' }).success).toBe(false);
  });

  it('takes page URLs without query, fragment or credentials', () => {
    expect(pageUrlProblem('https://www.jobprogress.com/app/settings/developers')).toBeNull();
    expect(pageUrlProblem('http://127.0.0.1:8787/sandbox/page')).toBeNull();
    expect(pageUrlProblem('https://go.servicetitan.com/app?tenant=1')).toMatch(/query/);
    expect(pageUrlProblem('https://go.servicetitan.com/app?')).toMatch(/query/);
    expect(pageUrlProblem('https://www.jobprogress.com/app/#/settings')).toMatch(/fragment/);
    expect(pageUrlProblem('https://user:pw@example.com/')).toMatch(/password/);
    expect(pageUrlProblem('ftp://example.com/')).toMatch(/http/);
    expect(pageUrlProblem('not a url')).toMatch(/web address/);
    expect(pageUrlProblem(`https://example.com/${'a'.repeat(2048)}`)).toMatch(/2048/);
  });

  it('validates page reports strictly', () => {
    const report = {
      crmType: 'leap',
      pageUrl: 'https://www.jobprogress.com/app/',
      stepId: null,
      playbookVersion: null,
      extensionVersion: '0.3.0',
      note: '',
      snapshot: '<main></main>',
    };
    expect(PageReportRequest.safeParse(report).success).toBe(true);
    expect(PageReportRequest.safeParse({ ...report, note: 'x'.repeat(2001) }).success).toBe(false);
    expect(PageReportRequest.safeParse({ ...report, playbookVersion: 0 }).success).toBe(false);
    expect(PageReportRequest.safeParse({ ...report, values: {} }).success).toBe(false);
  });

  it('lets the signing tool sign only playbooks that pass the playbook schema', () => {
    expect(checkPlaybookDocument(JSON.parse(JSON.stringify(leapPlaybook)), 'leap')).toEqual([]);
    expect(checkPlaybookDocument({ steps: [] })).not.toEqual([]);
    for (const bad of [null, [], 'playbook', 3]) expect(checkPlaybookDocument(bad)).toEqual(['The playbook must be a JSON object.']);
  });
});
