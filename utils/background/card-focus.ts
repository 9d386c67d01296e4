// The card's keyboard shortcut (manifest `commands`, FOCUS_CARD_COMMAND), background side: the tab the
// person pressed it on is asked to give the card the focus (components/overlay/focus.ts answers, on the
// CRM pages only). Elsewhere nothing answers and nothing happens: the shortcut only means something
// where a card is shown. `_execute_action`, the other shortcut, opens the popup without any code here.
import type { Tabs } from 'webextension-polyfill';
import { FOCUS_CARD_COMMAND } from '../commands';
import type { CardFocusRequest } from '../messages';
import { withTimeout } from './crm-tabs';

export interface FocusTabsApi {
  query(query: { active: true; lastFocusedWindow: true }): Promise<Tabs.Tab[]>;
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

const FOCUS_TIMEOUT_MS = 2_000;

/** Handles one command: true when the tab's card took the focus. */
export async function focusCardOnCommand(tabs: FocusTabsApi, command: string, tab?: Tabs.Tab): Promise<boolean> {
  if (command !== FOCUS_CARD_COMMAND) return false;
  const tabId = tab?.id ?? (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  const request: CardFocusRequest = { type: 'card/focus' };
  try {
    const reply = (await withTimeout(tabs.sendMessage(tabId, request, { frameId: 0 }), FOCUS_TIMEOUT_MS)) as { ok?: unknown } | undefined;
    return reply?.ok === true;
  } catch {
    return false; // Not a CRM page (no content script of ours), or the page is still loading.
  }
}
