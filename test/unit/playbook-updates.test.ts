// @vitest-environment node
// The updater against the reference server: a valid signed update is taken; a tampered, unsigned,
// older, wrong-key, wrong-CRM, too-new, schema-breaking or rule-breaking one is refused, the one held
// stays in use and the reason is recorded; 304 keeps what is held; the sandbox key is trusted only
// for a loopback API, production keys only for HeavySet's own origin.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRODUCTION_API_URL } from '@/utils/heavyset/contract';
import { fetchPlaybook, type FetchPlaybook } from '@/utils/heavyset/playbook-fetch';
import { playbooks } from '@/utils/crm';
import { createPlaybookUpdater, type UpdaterDeps } from '@/utils/background/playbooks/updater';
import { readUpdates } from '@/utils/background/playbooks/store';
import { playbookStatus } from '@/utils/background/playbooks/status';
import { newKeyPair, payloadText, readPrivateKey, signPayload } from '../../scripts/playbooks/signing';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { signWithSandboxKey } from '../sandbox/server/playbooks';
import { callSandbox, publishPlaybook } from '../sandbox/server/testing';
import { documentOf, retitled } from './support/playbook-copies';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true });
});
afterAll(() => server.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await callSandbox(server, 'POST', '/sandbox/reset');
});

/** Every fetch the updater makes, with the ETag it sent. */
function recording(fetcher: FetchPlaybook = fetchPlaybook) {
  const calls: { apiUrl: string; crm: string; etag?: string }[] = [];
  const fetch: FetchPlaybook = (apiUrl, crm, etag) => {
    calls.push({ apiUrl, crm, etag });
    return fetcher(apiUrl, crm, etag);
  };
  return { calls, fetch };
}

function updater(over: Partial<UpdaterDeps> = {}) {
  return createPlaybookUpdater({ apiUrl: async () => server.url, extensionVersion: '0.1.0', productionKeys: [], ...over });
}

const publishRaw = (crmType: string, envelope: { payload: string; keyId?: string; signature?: string }) =>
  callSandbox(server, 'POST', '/sandbox/playbooks/raw', { crmType, ...envelope });

async function leapStatus() {
  return (await readUpdates()).checks.leap;
}

describe('signed playbook updates', () => {
  it('uses the bundled playbook while nothing is published, and says so', async () => {
    const u = updater();
    await u.check();
    expect(await u.inUse('leap')).toMatchObject({ source: 'bundled', version: 0 });
    expect(await leapStatus()).toMatchObject({ outcome: 'none-published', message: expect.stringMatching(/No update is published/) });
  });

  it('takes a valid signed update, then keeps it on 304 (If-None-Match with its ETag)', async () => {
    await publishPlaybook(server, { crmType: 'leap', version: 2, playbook: retitled('leap', 'Sign in (v2)') });
    const { calls, fetch } = recording();
    const u = updater({ fetchPlaybook: fetch });
    await u.check();
    const inUse = await u.inUse('leap');
    expect(inUse).toMatchObject({ source: 'remote', version: 2 });
    expect(inUse?.playbook.steps[0]!.title).toBe('Sign in (v2)');
    expect(await leapStatus()).toMatchObject({ outcome: 'updated', message: expect.stringMatching(/Update v2 taken .*hs-playbooks-sandbox-1/) });
    expect((await u.inUse('zoho'))?.source).toBe('bundled');

    const etag = (await readUpdates()).held.leap?.etag;
    expect(etag).toMatch(/^"/);
    await u.check();
    expect(calls.filter((c) => c.crm === 'leap').map((c) => c.etag)).toEqual([undefined, etag]);
    expect(await leapStatus()).toMatchObject({ outcome: 'unchanged' });
    expect(await u.inUse('leap')).toMatchObject({ source: 'remote', version: 2 });

    // A new worker (nothing in memory) reads it back from storage.
    expect(await updater().inUse('leap')).toMatchObject({ source: 'remote', version: 2 });
  });

  describe('refuses, keeps the update held and records why', () => {
    const held = retitled('leap', 'Held v5');
    beforeEach(async () => {
      await publishPlaybook(server, { crmType: 'leap', version: 5, playbook: held });
      await updater().check();
      expect((await updater().inUse('leap'))?.version).toBe(5);
    });

    async function expectRefused(reason: RegExp, refusedVersion?: number) {
      const u = updater();
      await u.check();
      const status = await leapStatus();
      expect(status).toMatchObject({ outcome: 'refused' });
      expect(status?.message).toMatch(reason);
      expect(status?.message).toMatch(/keeps using update v5/);
      if (refusedVersion) expect(status?.refusedVersion).toBe(refusedVersion);
      const inUse = await u.inUse('leap');
      expect(inUse).toMatchObject({ source: 'remote', version: 5 });
      expect(inUse?.playbook.steps[0]!.title).toBe('Held v5');
    }

    const sandboxSigned = (crmType: 'leap' | 'servicetitan' | 'zoho', version: number, playbook: unknown, minExtensionVersion?: string) =>
      signWithSandboxKey({ crmType, version, playbook, minExtensionVersion });

    it('a tampered payload (signature of another text)', async () => {
      const envelope = sandboxSigned('leap', 6, retitled('leap', 'v6'));
      await publishRaw('leap', { ...envelope, payload: envelope.payload.replace('"version":6', '"version":60') });
      await expectRefused(/signature does not match/);
    });

    it('an unsigned update', async () => {
      const { payload } = sandboxSigned('leap', 6, retitled('leap', 'v6'));
      await publishRaw('leap', { payload });
      await expectRefused(/not signed/);
      await publishRaw('leap', { payload, keyId: 'hs-playbooks-sandbox-1', signature: 'not-a-signature' });
      await expectRefused(/malformed/);
    });

    it('an older or equal version', async () => {
      await publishPlaybook(server, { crmType: 'leap', version: 4, playbook: retitled('leap', 'v4') });
      await expectRefused(/Version 4 is not newer than the version in use \(5\)/, 4);
      await publishPlaybook(server, { crmType: 'leap', version: 5, playbook: retitled('leap', 'other v5') });
      await expectRefused(/Version 5 is not newer/, 5);
    });

    it('a key this build does not trust, or another key claiming the sandbox key id', async () => {
      const other = readPrivateKey(newKeyPair().privateKeyPem);
      const payload = payloadText({ crmType: 'leap', version: 6, minExtensionVersion: '0.0.0', playbook: retitled('leap', 'v6') });
      await publishRaw('leap', signPayload(payload, other, 'hs-playbooks-2027-1'));
      await expectRefused(/key "hs-playbooks-2027-1", which this build does not trust/);
      await publishRaw('leap', signPayload(payload, other, 'hs-playbooks-sandbox-1'));
      await expectRefused(/signature does not match/);
    });

    it('another CRM’s playbook (by its payload, or by the playbook inside)', async () => {
      await publishRaw('leap', sandboxSigned('servicetitan', 9, documentOf('servicetitan')));
      await expectRefused(/playbook for "servicetitan", not "leap"/, 9);
      await publishPlaybook(server, { crmType: 'leap', version: 9, playbook: documentOf('zoho') });
      await expectRefused(/Version 9: It is a playbook for "zoho", not "leap"/, 9);
    });

    it('an update for a newer assistant (minExtensionVersion)', async () => {
      await publishPlaybook(server, { crmType: 'leap', version: 6, minExtensionVersion: '0.10.0', playbook: retitled('leap', 'v6') });
      await expectRefused(/needs assistant 0\.10\.0 or later \(this is 0\.1\.0\): update the extension/, 6);
    });

    it('a playbook the schema refuses (code, not data) or one that changes where values go', async () => {
      await publishPlaybook(server, { crmType: 'leap', version: 6, playbook: { ...retitled('leap', 'v6'), onLoad: 'fetch("https://evil.example")' } });
      await expectRefused(/does not pass the playbook schema/, 6);
      const moved = retitled('leap', 'v6');
      moved.fields[0]!.sendTo = 'settings';
      await publishPlaybook(server, { crmType: 'leap', version: 6, playbook: moved });
      await expectRefused(/how the API Token is sent/, 6);
      const wider = retitled('leap', 'v6');
      wider.pages.push('https://evil.example/*');
      await publishPlaybook(server, { crmType: 'leap', version: 6, playbook: wider });
      await expectRefused(/cannot add pages/, 6);
    });

    it('keeps it when HeavySet cannot be reached or answers an error', async () => {
      await callSandbox(server, 'POST', '/sandbox/faults', { kind: '500', count: 10, pathPrefix: '/v1/playbooks' });
      const u = updater();
      await u.check();
      expect(await leapStatus()).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/HeavySet answered 500: the assistant keeps using update v5/) });
      expect(await u.inUse('leap')).toMatchObject({ source: 'remote', version: 5 });
      await callSandbox(server, 'DELETE', '/sandbox/faults');
      const offline = updater({ apiUrl: async () => 'http://127.0.0.1:9' });
      await offline.check();
      expect(await leapStatus()).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/could not be reached/) });
    });
  });

  describe('which keys sign for which API', () => {
    /** The reference server's playbooks, whatever URL the updater believes it fetched. */
    const fromServer: FetchPlaybook = (_apiUrl, crm, etag) => fetchPlaybook(server.url, crm, etag);

    it('never trusts the sandbox key for HeavySet’s production API', async () => {
      const production = newKeyPair();
      await publishPlaybook(server, { crmType: 'leap', version: 2, playbook: retitled('leap', 'v2') });
      const u = updater({ apiUrl: async () => PRODUCTION_API_URL, productionKeys: [{ keyId: 'hs-playbooks-prod-1', publicKey: production.publicKey }], fetchPlaybook: fromServer });
      await u.check();
      expect((await leapStatus())?.message).toMatch(/key "hs-playbooks-sandbox-1", which this build does not trust for https:\/\/api\.heavyset\.tech/);
      expect(await u.inUse('leap')).toMatchObject({ source: 'bundled' });

      // HeavySet's own key, from HeavySet's own origin: taken.
      const payload = payloadText({ crmType: 'leap', version: 3, minExtensionVersion: '0.0.0', playbook: retitled('leap', 'v3 production') });
      await publishRaw('leap', signPayload(payload, readPrivateKey(production.privateKeyPem), 'hs-playbooks-prod-1'));
      await u.check();
      expect(await u.inUse('leap')).toMatchObject({ source: 'remote', version: 3 });
    });

    it('fetches nothing from another API URL, and nothing from HeavySet in a build without production keys', async () => {
      for (const apiUrl of ['https://staging.heavyset.example', PRODUCTION_API_URL]) {
        const { calls, fetch } = recording(fromServer);
        const u = updater({ apiUrl: async () => apiUrl, fetchPlaybook: fetch });
        await u.check();
        expect(calls).toEqual([]);
        expect(await leapStatus()).toMatchObject({ outcome: 'no-keys' });
        const status = await playbookStatus(u, { apiUrl: async () => apiUrl, productionKeys: [], playbooks });
        expect(status.productionKeys).toBe(0);
        expect(status.summary).toMatch(/This build has no HeavySet production keys: playbook updates come only from a sandbox API on this computer/);
      }
    });

    it('uses an update only with the API it came from', async () => {
      await publishPlaybook(server, { crmType: 'leap', version: 2, playbook: retitled('leap', 'v2') });
      await updater().check();
      expect(await updater().inUse('leap')).toMatchObject({ source: 'remote' });
      expect(await updater({ apiUrl: async () => PRODUCTION_API_URL }).inUse('leap')).toMatchObject({ source: 'bundled' });
    });
  });

  it('checks a held update again for a new extension version, and drops it when it no longer suits', async () => {
    await publishPlaybook(server, { crmType: 'leap', version: 2, minExtensionVersion: '0.1.0', playbook: retitled('leap', 'v2') });
    await updater().check();
    expect(await updater({ extensionVersion: '0.2.0' }).inUse('leap')).toMatchObject({ source: 'remote', version: 2 });
    expect((await readUpdates()).held.leap?.extensionVersion).toBe('0.2.0');

    // The next release bundles a playbook with another field: the held update no longer suits.
    const newer = documentOf('leap');
    newer.fields.push({ ...newer.fields[0]!, key: 'apiSecret', label: 'API Secret' });
    const next = updater({ extensionVersion: '0.3.0', playbooks: [newer, ...playbooks.filter((p) => p.crm !== 'leap')] });
    expect(await next.inUse('leap')).toMatchObject({ source: 'bundled' });
    expect((await readUpdates()).held.leap).toBeUndefined();
    expect((await leapStatus())?.message).toMatch(/does not suit this version of the assistant/);
  });

  it('a release that bundles update N makes N the floor', async () => {
    await publishPlaybook(server, { crmType: 'leap', version: 2, playbook: retitled('leap', 'v2') });
    await updater().check();
    expect(await updater({ bundledVersion: () => 2 }).inUse('leap')).toMatchObject({ source: 'bundled', version: 2 });
  });

  it('checks on a worker start only when the last check is stale or for another API URL', async () => {
    const { calls, fetch } = recording();
    let now = new Date('2026-12-01T10:00:00Z');
    const u = updater({ fetchPlaybook: fetch, now: () => now });
    await u.checkIfStale();
    expect(calls).toHaveLength(playbooks.length);
    now = new Date('2026-12-01T10:20:00Z');
    await u.checkIfStale();
    expect(calls).toHaveLength(playbooks.length);
    now = new Date('2026-12-01T10:31:00Z');
    await u.checkIfStale();
    expect(calls).toHaveLength(2 * playbooks.length);
    await updater({ fetchPlaybook: fetch, now: () => now, apiUrl: async () => `${server.url}/` }).checkIfStale();
    expect(calls).toHaveLength(2 * playbooks.length);
    await updater({ fetchPlaybook: fetch, now: () => now, apiUrl: async () => server.url.replace('127.0.0.1', 'localhost') }).checkIfStale();
    expect(calls).toHaveLength(3 * playbooks.length);
  });
});
