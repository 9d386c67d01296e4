import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ApiError, type HeavySetClient } from '@/utils/heavyset/client';
import { createQueue, MAX_ATTEMPTS, queueItem, type QueueDeps } from '@/utils/heavyset/queue';
import { readNotices } from '@/utils/stored';

function setup(patch: (keys: string[]) => Promise<unknown>) {
  let clock = new Date('2026-11-23T10:00:00Z');
  const keys: string[] = [];
  const client = {
    patchConnection: vi.fn(async (_config: string, _body: unknown, key: string) => {
      keys.push(key);
      return patch(keys);
    }),
    patchSettings: vi.fn(),
  } as unknown as HeavySetClient;
  const deps = {
    client: async () => ({ client, configId: 'cfg_1', crm: 'leap' as const }),
    valueOf: vi.fn(async (): Promise<{ value: string; id: string } | undefined> => ({ value: 'eyJtoken.value.sig-0123456789', id: 'value-1' })),
    fieldLabels: () => ({ apiToken: 'API Token' }),
    onSending: vi.fn(async () => {}),
    onSent: vi.fn(async () => {}),
    onFailed: vi.fn(async () => {}),
    onWaiting: vi.fn(async () => {}),
    scheduleWake: vi.fn(async () => {}),
    now: () => clock,
  } satisfies QueueDeps;
  const queue = createQueue(deps);
  return { queue, deps, keys, client, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

const job = { crm: 'leap', configId: 'cfg_1', kind: 'connection' as const, fields: ['apiToken'] };

describe('send queue', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends, reports success and forgets the job', async () => {
    const { queue, deps, keys } = setup(async () => ({ crmType: 'leap', fields: {}, complete: true }));
    await queue.add(job);
    await queue.run();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(deps.onSent).toHaveBeenCalledOnce();
    expect(await queue.jobs()).toEqual([]);
  });

  it('waits after a retryable failure, wakes through an alarm, and retries with the same key', async () => {
    let fail = true;
    const { queue, deps, keys, advance } = setup(async () => {
      if (fail) throw new ApiError({ kind: 'http', status: 503, code: 'server_error', message: 'down' });
      return { crmType: 'leap', fields: {}, complete: true };
    });
    await queue.add(job);
    await queue.run();
    expect(deps.scheduleWake).toHaveBeenCalledOnce();
    const view = await queue.view('leap');
    expect(view.state).toBe('waiting');
    expect(view.message).toMatch(/HeavySet had a problem \(503\).*retries on its own/);
    await queue.run(); // not due yet
    expect(keys).toHaveLength(1);
    fail = false;
    advance(16_000);
    await queue.run();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(deps.onSent).toHaveBeenCalledOnce();
  });

  it('honours Retry-After when it is longer than the backoff', async () => {
    const { queue, deps } = setup(async () => {
      throw new ApiError({ kind: 'http', status: 429, code: 'rate_limited', message: 'slow', retryAfterSeconds: 120 });
    });
    await queue.add(job);
    await queue.run();
    const wake = (deps.scheduleWake.mock.calls[0] as unknown as [Date])[0];
    expect(wake.toISOString()).toBe('2026-11-23T10:02:00.000Z');
  });

  it('stops on a refusal and tells which field and why', async () => {
    const { queue, deps } = setup(async () => {
      throw new ApiError({ kind: 'http', status: 422, code: 'validation_failed', message: 'bad', fields: { apiToken: 'is not a token' } });
    });
    await queue.add(job);
    await queue.run();
    expect(deps.onFailed).toHaveBeenCalledWith(
      expect.anything(),
      'HeavySet refused API Token: is not a token',
      { apiToken: 'is not a token' },
      expect.objectContaining({ kind: 'http', status: 422, code: 'validation_failed' }),
    );
    expect((await queue.view('leap')).state).toBe('failed');
  });

  it('after a stopped worker, resends a job caught mid-send under the same key', async () => {
    const { queue, keys } = setup(async () => ({ crmType: 'leap', fields: {}, complete: true }));
    const added = await queue.add(job);
    await queueItem.setValue([{ ...added, state: 'sending', attempts: 1 }]);
    await queue.resume();
    expect(keys).toEqual([added.idempotencyKey]);
    expect(await queue.jobs()).toEqual([]);
  });

  it('drops a waiting job when its value is removed (a new request gets a new key)', async () => {
    const { queue } = setup(async () => ({}));
    const first = await queue.add(job);
    await queue.forget('cfg_1', 'leap', 'apiToken');
    expect(await queue.jobs()).toEqual([]);
    const second = await queue.add(job);
    expect(second.idempotencyKey).not.toBe(first.idempotencyKey);
  });

  it('a value replaced between attempts is sent under a new key, and reported sent by its own id', async () => {
    let fail = true;
    const { queue, deps, keys, advance } = setup(async () => {
      if (fail) throw new ApiError({ kind: 'offline' });
      return { crmType: 'leap', fields: {}, complete: true };
    });
    await queue.add(job);
    await queue.run();
    deps.valueOf.mockResolvedValue({ value: 'eyJnew.value.sig-0123456789', id: 'value-2' });
    fail = false;
    advance(16_000);
    await queue.run();
    expect(keys[1]).not.toBe(keys[0]);
    expect(deps.onSent).toHaveBeenCalledWith(expect.objectContaining({ sentIds: { apiToken: 'value-2' } }), expect.anything());
  });

  it('409 idempotency_conflict waits with backoff under a new key, and gives up after MAX_ATTEMPTS in words', async () => {
    const { queue, deps, keys, advance } = setup(async () => {
      throw new ApiError({ kind: 'http', status: 409, code: 'idempotency_conflict', message: 'conflict' });
    });
    await queue.add(job);
    for (let i = 0; i < 50; i++) {
      await queue.run();
      advance(600_000);
    }
    expect(keys).toHaveLength(MAX_ATTEMPTS);
    expect(new Set(keys).size).toBe(MAX_ATTEMPTS);
    const view = await queue.view('leap');
    expect(view.state).toBe('failed');
    expect(view.message).toMatch(/tried 8 times and stopped: press Send to HeavySet to try again/);
    expect(deps.onFailed).toHaveBeenCalledOnce();
  });

  it('one run tries a job once, however fast the server refuses', async () => {
    const { queue, keys } = setup(async () => {
      throw new ApiError({ kind: 'http', status: 409, code: 'idempotency_conflict', message: 'conflict' });
    });
    await queue.add(job);
    await queue.run(true);
    expect(keys).toHaveLength(1);
  });

  it('never sends a config\'s values once the assistant is connected to another config', async () => {
    const { queue, deps, keys } = setup(async () => ({}));
    await queue.add({ ...job, configId: 'cfg_other' });
    await queue.run();
    expect(keys).toEqual([]);
    expect(deps.valueOf).not.toHaveBeenCalled();
    expect(deps.onFailed).toHaveBeenCalledWith(expect.anything(), expect.stringMatching(/connected to another CRM configuration/), {}, undefined);
  });

  it('one corrupt job among good ones loses only itself, and says so', async () => {
    const { queue } = setup(async () => ({}));
    const good = await queue.add(job);
    await queueItem.setValue([good, { id: 'broken' } as never]);
    expect((await queue.jobs()).map((j) => j.id)).toEqual([good.id]);
    await expect.poll(async () => (await queueItem.getValue()).length).toBe(1);
    expect(await readNotices()).toEqual(['1 queued send could not be read and was dropped: press Send to HeavySet again.']);
  });

  it('fails clearly when the value expired before it could be sent', async () => {
    const { queue, deps } = setup(async () => ({}));
    deps.valueOf.mockResolvedValueOnce(undefined);
    await queue.add(job);
    await queue.run();
    expect(deps.onFailed).toHaveBeenCalledWith(expect.anything(), expect.stringMatching(/API Token is no longer in the assistant/), {}, undefined);
  });
});
