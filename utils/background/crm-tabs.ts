// Asking the content script of a CRM tab (a snapshot to report, Pick on page): without the "tabs"
// permission the background cannot read tab addresses, so it asks the tabs in the order the person
// most likely means them — the active one, then the others used most recently — and the content
// script of a CRM page is the one that answers.
import type { Tabs } from 'webextension-polyfill';

export interface TabsApi {
  query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Tabs.Tab[]>;
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

/** How many tabs are asked, at most, before saying there is no CRM page. */
const MAX_TABS_ASKED = 25;

export async function tabsToAsk(tabs: TabsApi): Promise<number[]> {
  const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
  const others = (await tabs.query({})).filter((tab) => tab.id !== active?.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return [active, ...others].flatMap((tab) => (tab?.id === undefined ? [] : [tab.id])).slice(0, MAX_TABS_ASKED);
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Asks each tab's top frame in turn; the first answer `accept` takes (not undefined) wins. */
export async function askCrmTabs<T>(tabs: TabsApi, message: unknown, timeoutMs: number, accept: (reply: unknown) => T | undefined): Promise<T | undefined> {
  for (const tabId of await tabsToAsk(tabs)) {
    let reply: unknown;
    try {
      reply = await withTimeout(tabs.sendMessage(tabId, message, { frameId: 0 }), timeoutMs);
    } catch {
      continue; // No content script of ours in that tab (or it did not answer).
    }
    const accepted = accept(reply);
    if (accepted !== undefined) return accepted;
  }
  return undefined;
}
