// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../utils/heavyset/contract';
import { PlaybookEnvelope, PlaybookPayload } from '../../utils/heavyset/contract-playbooks';
import { SANDBOX_PLAYBOOK_KEY } from '../../utils/heavyset/playbook-keys';
import { newKeyPair, readPrivateKey, signPayload } from '../../scripts/playbooks/signing';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callApi, callSandbox, publishPlaybook } from '../sandbox/server/testing';
import { webCryptoVerifies } from './support/playbook-crypto';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true });
});
afterAll(() => server.close());
beforeEach(async () => {
  expect((await callSandbox(server, 'POST', '/sandbox/reset')).status).toBe(200);
});

const leapPlaybook = { crmType: 'leap' as const, version: 7, minExtensionVersion: '0.3.0', playbook: { steps: [{ id: 'developers', label: 'Settings → Developers' }] } };

/** GET /v1/playbooks/… with no connect code, as the extension fetches it. */
const getPlaybook = (crmType: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/v1/playbooks/${crmType}`, { headers });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(ApiErrorBody.parse(await response.json()).error.code).toBe(code);
}

describe('GET /v1/playbooks/{crmType}', () => {
  it('answers 404 for an unknown type and for a known type with nothing published, without auth', async () => {
    await expectError(await getPlaybook('salesforce'), 404, 'not_found');
    for (const crmType of ['leap', 'servicetitan', 'zoho']) await expectError(await getPlaybook(crmType), 404, 'not_found');
  });

  it('serves the published envelope, signed with the sandbox key over the exact payload text', async () => {
    const published = await publishPlaybook(server, leapPlaybook);
    const response = await getPlaybook('leap');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const envelope = PlaybookEnvelope.parse(await response.json());
    expect(envelope).toEqual(published);
    expect(envelope.keyId).toBe(SANDBOX_PLAYBOOK_KEY.keyId);
    expect(await webCryptoVerifies(envelope, SANDBOX_PLAYBOOK_KEY.publicKey)).toBe(true);
    const payload = PlaybookPayload.strict().parse(JSON.parse(envelope.payload));
    expect(payload).toMatchObject({ crmType: 'leap', version: 7, minExtensionVersion: '0.3.0', playbook: leapPlaybook.playbook });
    expect(Math.abs(Date.parse(payload.issuedAt) - Date.now())).toBeLessThan(60_000);
    // Other types stay unpublished; minExtensionVersion defaults to one every extension meets.
    await expectError(await getPlaybook('zoho'), 404, 'not_found');
    await publishPlaybook(server, { crmType: 'zoho', version: 1, playbook: [] });
    const zoho = PlaybookEnvelope.parse(await (await getPlaybook('zoho')).json());
    expect(JSON.parse(zoho.payload)).toMatchObject({ minExtensionVersion: '0.0.0', playbook: [] });
  });

  it('answers 304 for a matching If-None-Match and 200 once the playbook changes', async () => {
    await publishPlaybook(server, leapPlaybook);
    const etag = (await getPlaybook('leap')).headers.get('etag') ?? '';
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const notModified = await getPlaybook('leap', { 'If-None-Match': ifNoneMatch });
      expect(notModified.status, ifNoneMatch).toBe(304);
      expect(notModified.headers.get('etag')).toBe(etag);
      expect(await notModified.text()).toBe('');
    }
    expect((await getPlaybook('leap', { 'If-None-Match': '"other"' })).status).toBe(200);

    await publishPlaybook(server, { ...leapPlaybook, version: 8 });
    const changed = await getPlaybook('leap', { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(JSON.parse(PlaybookEnvelope.parse(await changed.json()).payload).version).toBe(8);
  });

  it('lets extensions read the ETag and send If-None-Match across origins', async () => {
    await publishPlaybook(server, leapPlaybook);
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await fetch(`${server.url}/v1/playbooks/leap`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    const response = await getPlaybook('leap', { Origin: origin });
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('answers injected faults like the rest of the API', async () => {
    await publishPlaybook(server, leapPlaybook);
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: '500', count: 1, pathPrefix: '/v1/playbooks' });
    await expectError(await getPlaybook('leap'), 500, 'server_error');
    expect((await getPlaybook('leap')).status).toBe(200);
  });
});

describe('sandbox playbook publishing', () => {
  it('serves raw envelopes exactly as given: tampered, unsigned, signed with another key', async () => {
    const signed = await publishPlaybook(server, leapPlaybook);
    const tampered = { payload: signed.payload.replace('"version":7', '"version":70'), keyId: signed.keyId, signature: signed.signature };
    expect(tampered.payload).not.toBe(signed.payload);
    expect((await callSandbox(server, 'POST', '/sandbox/playbooks/raw', { crmType: 'leap', ...tampered })).status).toBe(201);
    const served = await (await getPlaybook('leap')).json();
    expect(served).toEqual(tampered);
    expect(await webCryptoVerifies(served, SANDBOX_PLAYBOOK_KEY.publicKey)).toBe(false);

    await callSandbox(server, 'POST', '/sandbox/playbooks/raw', { crmType: 'leap', payload: signed.payload });
    expect(await (await getPlaybook('leap')).json()).toEqual({ payload: signed.payload });

    const other = newKeyPair();
    const foreign = signPayload(signed.payload, readPrivateKey(other.privateKeyPem), SANDBOX_PLAYBOOK_KEY.keyId);
    await callSandbox(server, 'POST', '/sandbox/playbooks/raw', { crmType: 'leap', ...foreign });
    const servedForeign = PlaybookEnvelope.parse(await (await getPlaybook('leap')).json());
    expect(servedForeign).toEqual(foreign);
    expect(await webCryptoVerifies(servedForeign, other.publicKey)).toBe(true);
    expect(await webCryptoVerifies(servedForeign, SANDBOX_PLAYBOOK_KEY.publicKey)).toBe(false);

    const garbage = { crmType: 'leap', payload: 'not json', keyId: '', signature: '!!' };
    expect((await callSandbox(server, 'POST', '/sandbox/playbooks/raw', garbage)).status).toBe(201);
    expect(await (await getPlaybook('leap')).json()).toEqual({ payload: 'not json', keyId: '', signature: '!!' });
  });

  it('refuses malformed publish requests with 422', async () => {
    for (const bad of [
      { ...leapPlaybook, version: 0 },
      { ...leapPlaybook, crmType: 'salesforce' },
      { ...leapPlaybook, minExtensionVersion: '1.0' },
      { crmType: 'leap', version: 1 },
      { ...leapPlaybook, signature: 'x' },
    ]) {
      const result = await callSandbox(server, 'POST', '/sandbox/playbooks', bad);
      expect(result.status, JSON.stringify(bad)).toBe(422);
      expect(result.body.error.fields).toBeDefined();
    }
    expect((await callSandbox(server, 'POST', '/sandbox/playbooks/raw', { crmType: 'leap' })).status).toBe(422);
  });

  it('unpublishes with DELETE and on reset', async () => {
    await publishPlaybook(server, leapPlaybook);
    await publishPlaybook(server, { ...leapPlaybook, crmType: 'servicetitan' });
    expect((await callSandbox(server, 'DELETE', '/sandbox/playbooks/leap')).body).toEqual({ deleted: true });
    expect((await callSandbox(server, 'DELETE', '/sandbox/playbooks/leap')).body).toEqual({ deleted: false });
    expect((await callSandbox(server, 'DELETE', '/sandbox/playbooks/salesforce')).status).toBe(404);
    await expectError(await getPlaybook('leap'), 404, 'not_found');
    expect((await getPlaybook('servicetitan')).status).toBe(200);
    await callSandbox(server, 'POST', '/sandbox/reset');
    await expectError(await getPlaybook('servicetitan'), 404, 'not_found');
  });

  it('accepts playbooks larger than the API’s 64 KiB', async () => {
    const big = { steps: Array.from({ length: 2000 }, (_, i) => ({ id: `step-${i}`, label: 'x'.repeat(40) })) };
    expect(JSON.stringify(big).length).toBeGreaterThan(64 * 1024);
    const envelope = await publishPlaybook(server, { crmType: 'zoho', version: 2, playbook: big });
    expect(await webCryptoVerifies(envelope, SANDBOX_PLAYBOOK_KEY.publicKey)).toBe(true);
  });
});

describe('persistence', () => {
  it('keeps published playbooks (same ETag) and page reports across a restart, and reads older state files', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hs-ref-playbooks-'));
    try {
      const first = await startReferenceServer({ dataDir, quiet: true });
      await publishPlaybook(first, leapPlaybook);
      const etag = (await fetch(`${first.url}/v1/playbooks/leap`)).headers.get('etag');
      const report = await callApi(first, 'POST', `/v1/crm-configs/${first.configIds.leap}/page-reports`, {
        body: { crmType: 'leap', pageUrl: 'https://www.jobprogress.com/app/', stepId: null, playbookVersion: 7, extensionVersion: '0.3.0', note: '', snapshot: '<main/>' },
      });
      expect(report.status).toBe(201);
      await first.close();

      const second = await startReferenceServer({ dataDir, quiet: true });
      const again = await fetch(`${second.url}/v1/playbooks/leap`, { headers: { 'If-None-Match': etag ?? '' } });
      expect(again.status).toBe(304);
      expect((await callSandbox(second, 'GET', '/sandbox/page-reports')).body.reports.map((r: { id: string }) => r.id)).toEqual([report.body.id]);
      await second.close();

      // A state file from before playbooks and page reports existed still loads.
      const file = join(dataDir, 'heavyset-reference-server.json');
      const { playbooks: _p, pageReports: _r, ...older } = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(file, JSON.stringify(older));
      const third = await startReferenceServer({ dataDir, quiet: true });
      expect((await fetch(`${third.url}/v1/playbooks/leap`)).status).toBe(404);
      expect((await callSandbox(third, 'GET', '/sandbox/page-reports')).body).toEqual({ reports: [] });
      await third.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
