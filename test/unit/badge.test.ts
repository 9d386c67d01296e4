// The toolbar badge: the count of values not sent, and "!" with a title saying what to do when a send failed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, keepBadgeCurrent } from '@/utils/background/badge';
import { queueItem, type Job } from '@/utils/heavyset/queue';
import type { Service } from '@/utils/background/service';

const job = (state: Job['state']): Job => ({
  id: 'job_1',
  crm: 'leap',
  configId: 'cfg_1',
  kind: 'connection',
  fields: ['apiToken'],
  idempotencyKey: 'key_1',
  createdAt: '2026-11-23T10:00:00Z',
  attempts: 1,
  state,
});

describe('toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts what waits, says nothing when all is sent, and puts a failed send first', () => {
    expect(badgeFor({ unsent: 0, failed: false })).toEqual({ text: '', color: '#2f6fed', title: 'HeavySet Setup Assistant' });
    expect(badgeFor({ unsent: 1, failed: false }).title).toMatch(/1 value not sent yet$/);
    expect(badgeFor({ unsent: 3, failed: false })).toMatchObject({ text: '3', title: expect.stringMatching(/3 values not sent yet$/) });
    const failed = badgeFor({ unsent: 2, failed: true });
    expect(failed.text).toBe('!');
    expect(failed.color).not.toBe('#2f6fed');
    expect(failed.title).toMatch(/failed: open the assistant to see why, then send again/);
  });

  it('follows the queue: "!" when a job fails, the count again once it is cleared', async () => {
    let unsent = 1;
    const service = {
      vault: { unsentCount: async () => unsent },
      queue: { jobs: () => queueItem.getValue() },
    } as unknown as Pick<Service, 'vault' | 'queue'>;
    const refresh = keepBadgeCurrent(service);
    await refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    await queueItem.setValue([job('pending')]);
    await queueItem.setValue([job('failed')]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    expect(await fakeBrowser.action.getTitle({})).toMatch(/sending to HeavySet failed/);

    unsent = 0;
    await queueItem.setValue([]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    expect(await fakeBrowser.action.getTitle({})).toBe('HeavySet Setup Assistant');
  });
});
