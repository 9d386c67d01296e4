import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ApiError, type HeavySetClient } from '@/utils/heavyset/client';
import { createQueue, queueItem, type QueueDeps } from '@/utils/heavyset/queue';

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
    valueOf: vi.fn(async () => 'eyJtoken.value.sig-0123456789'),
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
    expect(deps.onFailed).toHaveBeenCalledWith(expect.anything(), 'HeavySet refused API Token: is not a token', { apiToken: 'is not a token' });
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

  it('drops a waiting job when its value changes (a new request gets a new key)', async () => {
    const { queue } = setup(async () => ({}));
    const first = await queue.add(job);
    await queue.forget('leap', 'apiToken');
    const second = await queue.add(job);
    expect(second.idempotencyKey).not.toBe(first.idempotencyKey);
  });

  it('fails clearly when the value expired before it could be sent', async () => {
    const { queue, deps } = setup(async () => ({}));
    deps.valueOf.mockResolvedValueOnce(undefined as unknown as string);
    await queue.add(job);
    await queue.run();
    expect(deps.onFailed).toHaveBeenCalledWith(expect.anything(), expect.stringMatching(/API Token is no longer in the assistant/), {});
  });
});
