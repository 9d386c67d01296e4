import { browser } from 'wxt/browser';

/** The toolbar badge: how many captured values wait to be sent. */
export async function showUnsent(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#2f6fed' });
  await browser.action.setTitle({
    title: count ? `HeavySet Setup Assistant — ${count} value${count > 1 ? 's' : ''} not sent yet` : 'HeavySet Setup Assistant',
  });
}
