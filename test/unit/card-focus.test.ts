// The card's keyboard shortcut, background side: the command becomes `card/focus` for the tab it was
// pressed on (the active tab when the browser gives none); other commands and pages without a card
// change nothing. The content script's side is covered end to end (test/e2e/card-a11y.test.ts).
import { describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { focusCardOnCommand, type FocusTabsApi } from '../../utils/background/card-focus';
import { FOCUS_CARD_COMMAND } from '../../utils/commands';

function fakeTabs(active: number | undefined, answer: (tabId: number) => Promise<unknown>) {
  const sent: { tabId: number; message: unknown; frameId: number }[] = [];
  const tabs: FocusTabsApi = {
    query: async () => (active === undefined ? [] : [{ id: active } as Tabs.Tab]),
    sendMessage: (tabId, message, options) => {
      sent.push({ tabId, message, frameId: options.frameId });
      return answer(tabId);
    },
  };
  return { tabs, sent };
}

describe('the card shortcut', () => {
  it('asks the tab it was pressed on, top frame only, to focus its card', async () => {
    const { tabs, sent } = fakeTabs(7, async () => ({ ok: true, value: null }));
    expect(await focusCardOnCommand(tabs, FOCUS_CARD_COMMAND, { id: 3 } as Tabs.Tab)).toBe(true);
    expect(sent).toEqual([{ tabId: 3, message: { type: 'card/focus' }, frameId: 0 }]);
  });

  it('asks the active tab when the browser names none', async () => {
    const { tabs, sent } = fakeTabs(7, async () => ({ ok: true, value: null }));
    expect(await focusCardOnCommand(tabs, FOCUS_CARD_COMMAND)).toBe(true);
    expect(sent.map((s) => s.tabId)).toEqual([7]);
  });

  it('ignores other commands', async () => {
    const { tabs, sent } = fakeTabs(7, async () => ({ ok: true, value: null }));
    expect(await focusCardOnCommand(tabs, '_execute_action')).toBe(false);
    expect(sent).toEqual([]);
  });

  it('does nothing where no card answers (not a CRM page) or the card refuses', async () => {
    expect(await focusCardOnCommand(fakeTabs(7, () => Promise.reject(new Error('Could not establish connection'))).tabs, FOCUS_CARD_COMMAND)).toBe(false);
    expect(await focusCardOnCommand(fakeTabs(7, async () => ({ ok: false, problem: 'no card' })).tabs, FOCUS_CARD_COMMAND)).toBe(false);
    expect(await focusCardOnCommand(fakeTabs(undefined, async () => ({ ok: true })).tabs, FOCUS_CARD_COMMAND)).toBe(false);
  });
});
