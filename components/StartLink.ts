import { browser } from 'wxt/browser';

/** Opens a CRM page (a playbook's start) in a new tab, next to the current one. */
export async function openCrmPage(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
