// What the background does for the popup and the options page: a refused connect code remembered
// (and forgotten once a code works again), notices of a send that ended while the popup was closed,
// and Disconnect leaving nothing behind.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCryptoBox, memoryKeyStore } from '@/utils/crypto-box';
import { createLink } from '@/utils/background/link';
import { linkItem } from '@/utils/background/stores';
import { notifySendEnded, sendNotice } from '@/utils/background/notify';
import { connectionHandlers } from '@/utils/background/handlers/connection';
import type { Context } from '@/utils/background/context';
import { ApiError, type HeavySetClient } from '@/utils/heavyset/client';
import type { Job } from '@/utils/heavyset/queue';

const session = {
  organization: { id: 'org_1', name: 'Acme Roofing' },
  crmConfig: { id: 'cfg_1', name: 'Main CRM', crmType: 'leap' as const },
  expiresAt: '2099-01-01T00:00:00Z',
};
const CODE = 'hsc_AbCdEfGhIjKlMnOpQrStUvWx1234';

beforeEach(() => fakeBrowser.reset());

describe('a refused connect code', () => {
  function linkAnswering(answer: () => Promise<typeof session>) {
    return createLink(createCryptoBox(memoryKeyStore()), { makeClient: () => ({ session: answer }) as unknown as HeavySetClient });
  }

  it('is remembered with a headline and HeavySet’s words, and forgotten once the code works again', async () => {
    let answer = async () => session;
    const link = linkAnswering(() => answer());
    expect((await link.save({ apiUrl: 'https://api.heavyset.tech', connectCode: CODE, engineerEmail: '' })).ok).toBe(true);

    answer = async () => {
      throw new ApiError({ kind: 'http', status: 401, code: 'unauthorized', message: 'This connect code has expired: ask HeavySet for a new one.' });
    };
    await link.refreshSession();
    expect(await linkItem.getValue()).toMatchObject({
      sessionTitle: 'Connect code expired',
      sessionProblem: 'This connect code has expired: ask HeavySet for a new one.',
      codeLastFour: '1234',
    });

    answer = async () => session;
    await link.refreshSession();
    const healed = await linkItem.getValue();
    expect(healed.sessionProblem).toBeUndefined();
    expect(healed.sessionTitle).toBeUndefined();
  });

  it('is not confused with HeavySet being down or unreachable', async () => {
    let failure = new ApiError({ kind: 'http', status: 503, code: 'server_error', message: 'HeavySet answered 503.' });
    const link = linkAnswering(async () => session);
    await link.save({ apiUrl: 'https://api.heavyset.tech', connectCode: CODE, engineerEmail: '' });
    await link.refused(failure.failure);
    failure = new ApiError({ kind: 'offline' });
    await link.refused(failure.failure);
    expect((await linkItem.getValue()).sessionProblem).toBeUndefined();
    await link.refused({ kind: 'http', status: 401, code: 'unauthorized', message: 'This connect code is not known: copy it again from the HeavySet platform.' });
    expect((await linkItem.getValue()).sessionTitle).toBe('Connect code not recognised');
  });
});

const job = (fields: string[], kind: Job['kind'] = 'connection'): Job => ({
  id: 'job_1',
  crm: 'servicetitan',
  configId: 'cfg_1',
  kind,
  fields,
  idempotencyKey: 'key_1',
  createdAt: '2026-11-23T10:00:00Z',
  attempts: 1,
  state: 'sending',
});

describe('a send that ends while the popup is closed', () => {
  it('is worded with the values it carried and, when it failed, what to do', () => {
    expect(sendNotice(job(['tenantId', 'clientId', 'clientSecret']), { ok: true })).toEqual({
      title: 'Sent to HeavySet',
      message: 'Tenant ID, Client ID and Client Secret are at HeavySet now. Open the assistant from the toolbar for the next step.',
    });
    expect(sendNotice(job([], 'settings'), { ok: true }).message).toMatch(/^The ServiceTitan settings are at HeavySet now/);
    const failed = sendNotice(job(['clientSecret']), { ok: false, message: 'HeavySet refused Client Secret: expired.' });
    expect(failed).toEqual({
      title: 'Not sent to HeavySet: Client Secret',
      message: 'HeavySet refused Client Secret: expired. Open the assistant from the toolbar to send again.',
    });
  });

  it('is a notification only when no popup is open', async () => {
    let open = true;
    const notify = notifySendEnded(() => open);
    await notify(job(['tenantId']), { ok: true });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    open = false;
    await notify(job(['tenantId']), { ok: false, message: 'HeavySet cannot be reached.' });
    expect(Object.values(fakeBrowser.notifications.getAllCreateOptions())).toEqual([
      expect.objectContaining({ type: 'basic', title: 'Not sent to HeavySet: Tenant ID', iconUrl: expect.stringMatching(/icon\/128\.png$/) }),
    ]);
  });
});

describe('Disconnect', () => {
  it('clears every item of storage.local and storage.session, after a send on its way has ended', async () => {
    await fakeBrowser.storage.local.set({ 'heavyset-link': { apiUrl: 'x', code: 'sealed' }, vault: { a: 1 }, 'send-queue': [], progress: {} });
    await fakeBrowser.storage.session.set({ 'popup-snapshot': { configured: true }, 'value-drafts': { a: 'b' } });
    await fakeBrowser.alarms.create('heavyset-send-queue', { when: Date.now() + 60_000 });
    const order: string[] = [];
    const ctx = {
      queue: {
        settled: vi.fn(async () => {
          order.push(`settled with the link ${(await fakeBrowser.storage.local.get('heavyset-link'))['heavyset-link'] ? 'still there' : 'gone'}`);
        }),
      },
    } as unknown as Context;
    const reply = await connectionHandlers(ctx)['options/disconnect']({ type: 'options/disconnect' });
    expect(reply).toEqual({ ok: true, value: null });
    expect(order).toEqual(['settled with the link gone']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.get('heavyset-send-queue')).toBeUndefined();
  });
});
