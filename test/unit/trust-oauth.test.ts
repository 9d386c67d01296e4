// An OAuth connection judged on HeavySet's clock, and a return page that says the consent failed:
// never "Connected" on the strength of fields HeavySet held before.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOAuthWatcher } from '@/utils/background/oauth-watch';
import { oauthProgress } from '@/utils/background/oauth';
import type { ConnectionStatus } from '@/utils/heavyset/contract';
import { PlaybookSchema } from '@/utils/guide/playbook-schema';
import { playbookFor } from '@/utils/crm';

const playbook = playbookFor('zoho')!;
const MIN = 60_000;
const SERVER_NOW = Date.parse('2026-11-23T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const fields = (updatedAt: number): ConnectionStatus => ({
  crmType: 'zoho',
  complete: true,
  fields: {
    refreshToken: { set: true, hint: 'a1b2', updatedAt: iso(updatedAt) },
    apiDomain: { set: true, hint: '.com', updatedAt: iso(updatedAt) },
    accountsDomain: { set: true, hint: '.com', updatedAt: iso(updatedAt) },
  },
});

/** A watcher whose HeavySet holds `connection`, on HeavySet's clock (`now`); its polling waits
 *  forever unless `sleep` says otherwise. */
function watcher(connection: () => ConnectionStatus | undefined, clock: { now: number }, sleep = () => new Promise<void>(() => undefined)) {
  return createOAuthWatcher({
    playbookFor,
    fetchConnection: async () => connection(),
    storedConnection: async () => connection(),
    clock: { now: async () => clock.now, uncertaintyMs: async () => 5_000 },
    sleep,
  });
}

describe('the return page’s error', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is a meaning the schema accepts, and the playbook reads it', () => {
    expect(playbook.oauth?.returnParams.error).toBe('error');
    expect(PlaybookSchema.safeParse(playbook).success).toBe(true);
    const bad = { ...playbook, oauth: { ...playbook.oauth!, returnParams: { code: 'region' } } };
    expect(PlaybookSchema.safeParse(bad).success).toBe(false);
  });

  it('means not connected, with the retry steps, even when HeavySet holds fields from before', async () => {
    const w = watcher(() => fields(SERVER_NOW - 3 * MIN), { now: SERVER_NOW });
    const view = await w.returned('zoho', 'cfg', { error: 'access_denied' });
    expect(view.state).toBe('failed');
    expect(view.message).toMatch(/^Not connected: Zoho did not grant access \(it answered "access_denied"\)\. Repeat Steps 4–6/);
    expect((await w.view(playbook, 'cfg'))?.state).toBe('failed');
  });

  it('wins over a watch started from the popup and over fresh fields', async () => {
    const clock = { now: SERVER_NOW };
    let connection: ConnectionStatus | undefined = undefined;
    const w = watcher(() => connection, clock);
    await w.started('zoho', 'cfg', 'us');
    connection = fields(SERVER_NOW + 1_000);
    clock.now += 2_000;
    expect((await w.returned('zoho', 'cfg', { error: 'access_denied', location: 'us' })).state).toBe('failed');
  });
});

describe('fields updated before the return, with no watch from the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('do not count: an old connection is not this one', async () => {
    const clock = { now: SERVER_NOW };
    const w = watcher(() => fields(SERVER_NOW - 10 * MIN), clock, async () => void (clock.now += 30_000));
    const view = await w.returned('zoho', 'cfg', { location: 'us', 'accounts-server': 'https://accounts.zoho.com' });
    expect(view.state).toBe('waiting');
    await w.settled(); // polled until the wait was over
    expect(await w.view(playbook, 'cfg')).toMatchObject({ state: 'failed', message: expect.stringMatching(/^HeavySet still has no .*Repeat Steps 4–6/) });
  });

  it('fields HeavySet wrote while serving this return page count', async () => {
    const w = watcher(() => fields(SERVER_NOW - 2_000), { now: SERVER_NOW });
    expect((await w.returned('zoho', 'cfg', { location: 'us', 'accounts-server': 'https://accounts.zoho.com' })).state).toBe('connected');
  });
});

describe('freshness on HeavySet’s clock, this computer 5 minutes off', () => {
  beforeEach(() => fakeBrowser.reset());

  for (const skew of [+5 * MIN, -5 * MIN]) {
    it(`${skew > 0 ? 'fast' : 'slow'}: a field set after Connect counts, one from before does not`, async () => {
      // The watcher only ever sees HeavySet's time (the local clock, corrected): the skew is in what it was given.
      const clock = { now: SERVER_NOW };
      let connection: ConnectionStatus | undefined = fields(SERVER_NOW - 3 * MIN); // an earlier connection
      const w = watcher(() => connection, clock);
      await w.started('zoho', 'cfg', 'us');
      expect((await w.view(playbook, 'cfg'))?.state).toBe('waiting');
      clock.now += 30_000;
      connection = fields(clock.now - 1_000); // HeavySet's callback
      expect((await w.returned('zoho', 'cfg', { location: 'us', 'accounts-server': 'https://accounts.zoho.com' })).state).toBe('connected');
    });
  }

  it('the local clock alone (the old judgement) gets both wrong: the reason for the server clock', () => {
    const watch = (since: number) => ({ crm: 'zoho', configId: 'cfg', since: iso(since), deadline: iso(SERVER_NOW + 60 * MIN), region: 'us' });
    // 5 min fast: "since" is in HeavySet's future, the fresh fields look old.
    expect(oauthProgress(playbook, watch(SERVER_NOW + 5 * MIN - MIN), fields(SERVER_NOW + 1_000), SERVER_NOW + 5 * MIN).state).toBe('waiting');
    // 5 min slow: "since" is far in HeavySet's past, fields from 3 minutes before Connect look new.
    expect(oauthProgress(playbook, watch(SERVER_NOW - 5 * MIN - MIN), fields(SERVER_NOW - 3 * MIN), SERVER_NOW - 5 * MIN).state).toBe('connected');
  });
});
