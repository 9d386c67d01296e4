import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { queueItem } from '../heavyset/queue';
import { vaultItem } from '../vault';
import type { Service } from './service';

const BLUE = '#2f6fed';
const RED = '#d93025';

export interface BadgeState {
  /** Captured values not sent yet. */
  unsent: number;
  /** A send HeavySet refused or that cannot go on its own (the queue holds a failed job). */
  failed: boolean;
}

/** What the toolbar shows: a failed send wins over the count, since it needs the person. */
export function badgeFor({ unsent, failed }: BadgeState): { text: string; color: string; title: string } {
  if (failed)
    return { text: '!', color: RED, title: i18n.t('bg.badge.failed') };
  if (unsent) return { text: String(unsent), color: BLUE, title: i18n.t('bg.badge.unsent', unsent) };
  return { text: '', color: BLUE, title: i18n.t('bg.badge.name') };
}

/** The toolbar badge: how many captured values wait to be sent, or "!" when a send failed. */
export async function showBadge(state: BadgeState): Promise<void> {
  const { text, color, title } = badgeFor(state);
  await browser.action.setBadgeBackgroundColor({ color });
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({ title });
}

/**
 * Keeps the badge in step with the vault (values not sent) and the send queue (a failed job shows
 * "!"); returns the refresh, for the worker's start. One refresh at a time, so an older read never
 * overwrites a newer one.
 */
export function keepBadgeCurrent(service: Pick<Service, 'vault' | 'queue'>): () => Promise<void> {
  let last = Promise.resolve();
  const refresh = () =>
    (last = last
      .then(async () => {
        const [unsent, jobs] = await Promise.all([service.vault.unsentCount(), service.queue.jobs()]);
        await showBadge({ unsent, failed: jobs.some((job) => job.state === 'failed') });
      })
      .catch(() => undefined));
  vaultItem.watch(() => void refresh());
  queueItem.watch(() => void refresh());
  return refresh;
}
