// @vitest-environment node
// HeavySet's playbook tools run as people run them: `npm run playbook:keygen|sign` in a temp folder.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PlaybookEnvelope, PlaybookPayload, PlaybookPublicKey } from '../../utils/heavyset/contract-playbooks';
import { rawPublicKeyOf, readPrivateKey } from '../../scripts/playbooks/signing';
import { webCryptoVerifies } from './support/playbook-crypto';
import { documentOf } from './support/playbook-copies';

const repoRoot = resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hs-playbook-tools-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npmRun(script: string, args: string[]) {
  const run = spawnSync('npm', ['--prefix', repoRoot, 'run', '--silent', script, '--', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const line = (text: string, label: string) => new RegExp(`^\\s*${label}\\s+(\\S+)`, 'm').exec(text)?.[1];

interface Generated {
  keyId: string;
  publicKey: string;
  pem: string;
}
let key: Generated;

describe('npm run playbook:keygen', { timeout: 60_000 }, () => {
  it('writes a new Ed25519 private key (0600) and prints its id, raw public key and the build line', () => {
    const run = npmRun('playbook:keygen', ['--out', 'signing.pem']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pemPath = join(dir, 'signing.pem');
    expect(statSync(pemPath).mode & 0o777).toBe(0o600);
    const pem = readFileSync(pemPath, 'utf8');
    const keyId = line(run.stdout, 'key id') ?? '';
    const publicKey = line(run.stdout, 'public key') ?? '';
    expect(keyId).toMatch(/^hs-playbooks-\d{8}-[0-9a-f]{4}$/);
    expect(rawPublicKeyOf(readPrivateKey(pem))).toBe(publicKey);
    const build = /^HEAVYSET_PLAYBOOK_KEYS='(.+)'$/m.exec(run.stdout)?.[1] ?? '';
    expect(z.array(PlaybookPublicKey).parse(JSON.parse(build))).toEqual([{ keyId, publicKey }]);
    expect(run.stdout).not.toContain('PRIVATE KEY');
    key = { keyId, publicKey, pem };
  });

  it('refuses to overwrite an existing file and takes a chosen key id', () => {
    const again = npmRun('playbook:keygen', ['--out', 'signing.pem']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists: refusing to overwrite/);
    expect(readFileSync(join(dir, 'signing.pem'), 'utf8')).toBe(key.pem);
    const named = npmRun('playbook:keygen', ['--out', 'named.pem', '--key-id', 'hs-playbooks-2027-1']);
    expect(line(named.stdout, 'key id')).toBe('hs-playbooks-2027-1');
    expect(npmRun('playbook:keygen', ['--out', 'bad.pem', '--key-id', 'no spaces please']).status).toBe(2);
  });
});

describe('npm run playbook:sign', { timeout: 60_000 }, () => {
  it('signs a payload file byte for byte: the envelope verifies with WebCrypto on the printed public key', async () => {
    // Odd spacing and non-ASCII text: the signed payload is the file's text, not a re-serialization.
    const playbook = documentOf('servicetitan');
    playbook.steps[0]!.title = 'Paramètres → Développeurs ✓';
    const text = `{ "crmType": "servicetitan", "version": 12,\n  "minExtensionVersion": "0.3.0", "issuedAt": "2026-11-30T10:00:00Z",\n  "playbook": ${JSON.stringify(playbook)} }\n`;
    writeFileSync(join(dir, 'payload.json'), text);
    const run = npmRun('playbook:sign', ['payload.json', '--key', 'signing.pem', '--key-id', key.keyId]);
    expect(run.status).toBe(0);
    const envelope = PlaybookEnvelope.parse(JSON.parse(run.stdout));
    expect(envelope.payload).toBe(text);
    expect(envelope.keyId).toBe(key.keyId);
    expect(await webCryptoVerifies(envelope, key.publicKey)).toBe(true);
    expect(run.stderr).toContain(`Signed the servicetitan playbook v12`);
    expect(run.stderr).toContain(key.publicKey);
  });

  it('wraps a bare playbook with --crm, --version and --min-extension-version and writes --out', async () => {
    writeFileSync(join(dir, 'playbook.json'), JSON.stringify(documentOf('zoho')));
    const run = npmRun('playbook:sign', [
      'playbook.json', '--crm', 'zoho', '--version', '3', '--min-extension-version', '0.4.1',
      '--key', join(dir, 'signing.pem'), '--key-id', key.keyId, '--out', 'zoho.envelope.json',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('zoho.envelope.json');
    const envelope = PlaybookEnvelope.parse(JSON.parse(readFileSync(join(dir, 'zoho.envelope.json'), 'utf8')));
    const payload = PlaybookPayload.strict().parse(JSON.parse(envelope.payload));
    expect(payload).toMatchObject({ crmType: 'zoho', version: 3, minExtensionVersion: '0.4.1', playbook: documentOf('zoho') });
    expect(Math.abs(Date.parse(payload.issuedAt) - Date.now())).toBeLessThan(120_000);
    expect(await webCryptoVerifies(envelope, key.publicKey)).toBe(true);
  });

  it('refuses what it must not sign, and says why', () => {
    const sign = (file: string, content: string, extra: string[] = []) => {
      writeFileSync(join(dir, file), content);
      return npmRun('playbook:sign', [file, '--key', 'signing.pem', '--key-id', key.keyId, ...extra]);
    };
    const payload = { crmType: 'leap', version: 2, minExtensionVersion: '0.3.0', issuedAt: '2026-11-30T10:00:00Z', playbook: documentOf('leap') };
    const typo = sign('typo.json', JSON.stringify({ ...payload, minExtVersion: '1.0.0' }));
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/not a playbook payload[\s\S]*minExtVersion/);
    expect(typo.stdout).toBe('');
    const notObject = sign('array.json', JSON.stringify({ ...payload, playbook: [] }));
    expect(notObject.stderr).toMatch(/must be a JSON object/);
    const invalid = sign('invalid.json', JSON.stringify({ ...payload, playbook: { ...documentOf('leap'), steps: [] } }));
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/cannot be signed:\n\s+steps:/);
    const morePages = sign('pages.json', JSON.stringify({ ...payload, playbook: { ...documentOf('leap'), pages: ['https://evil.example/*'] } }));
    expect(morePages.stderr).toMatch(/evil\.example.*Extensions would refuse it/);
    expect(morePages.stdout).toBe('');
    const bare = sign('bare.json', '{"steps":[]}', ['--crm', 'leap', '--version', '2']);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/--min-extension-version/);
    expect(sign('bad.json', '{"crmType":', []).stderr).toMatch(/not valid JSON/);
    expect(sign('bom.json', `\uFEFF${JSON.stringify(payload)}`).stderr).toMatch(/byte order mark/);

    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    writeFileSync(join(dir, 'rsa.pem'), rsa);
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(payload));
    const wrongKey = npmRun('playbook:sign', ['ok.json', '--key', 'rsa.pem', '--key-id', key.keyId]);
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.stderr).toMatch(/Ed25519/);
    expect(npmRun('playbook:sign', ['ok.json', '--key', 'signing.pem']).status).toBe(2);
  });
});

describe('npm run playbook:export', { timeout: 60_000 }, () => {
  it('writes the bundled playbook as the document to edit, which signs as an update once edited', async () => {
    const run = npmRun('playbook:export', ['leap', '--out', 'leap.json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/bundled leap playbook is version 0/);
    const exported = JSON.parse(readFileSync(join(dir, 'leap.json'), 'utf8'));
    expect(exported).toEqual(documentOf('leap'));
    exported.steps[1].title = 'Open Settings → Integrations';
    writeFileSync(join(dir, 'leap.json'), JSON.stringify(exported, null, 2));
    const signed = npmRun('playbook:sign', ['leap.json', '--crm', 'leap', '--version', '1', '--min-extension-version', '0.1.0', '--key', 'signing.pem', '--key-id', key.keyId]);
    expect(signed.status).toBe(0);
    const payload = PlaybookPayload.parse(JSON.parse(PlaybookEnvelope.parse(JSON.parse(signed.stdout)).payload));
    expect((payload.playbook as { steps: { title: string }[] }).steps[1]!.title).toBe('Open Settings → Integrations');
    expect(npmRun('playbook:export', ['salesforce']).status).toBe(2);
  });
});
