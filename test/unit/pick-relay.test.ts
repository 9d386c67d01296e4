// Pick on page from the popup: the background asks the CRM tabs in turn and takes the first answer
// from a page the field is read on; the content script answers only the extension itself, for its
// own CRM and a field read from pages.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { pickHandlers } from '../../utils/background/handlers/pick';
import type { TabsApi } from '../../utils/background/crm-tabs';
import { answerPickRequests } from '../../utils/guide/pick-listener';
import { serviceTitanPlaybook } from '../../utils/crm/servicetitan';

function tabs(answers: Record<number, unknown>): TabsApi & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    query: async (q) => (q.active ? [{ id: 2 }] : [{ id: 1, lastAccessed: 5 }, { id: 2 }, { id: 3, lastAccessed: 9 }]) as never,
    sendMessage: async (id) => {
      asked.push(id);
      if (!(id in answers)) throw new Error('no receiver');
      return answers[id];
    },
  };
}
const ok = (pageUrl: string) => ({ ok: true, value: { pageUrl } });

describe('the background', () => {
  it('asks the active tab first, then the most recent, and takes a page of the field', async () => {
    const t = tabs({ 3: ok('https://developer.servicetitan.io/custom/my-apps/?x=secret'), 1: ok('https://go.servicetitan.com/') });
    const reply = await pickHandlers({ tabs: t })['value/pick']({ type: 'value/pick', crm: 'servicetitan', field: 'clientSecret' });
    expect(t.asked).toEqual([2, 3]);
    expect(reply).toEqual({ ok: true, value: { pageUrl: 'https://developer.servicetitan.io/custom/my-apps/' } });
  });

  it('never takes a tab on a page the field is not read on (the secret is the portal’s, not the main app’s)', async () => {
    const t = tabs({ 2: ok('https://go.servicetitan.com/#/Settings'), 3: ok('https://example.com/') });
    const reply = await pickHandlers({ tabs: t })['value/pick']({ type: 'value/pick', crm: 'servicetitan', field: 'clientSecret' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.problem).toMatch(/Open the ServiceTitan page that shows the Client Secret/);
  });
});

describe('the content script', () => {
  type Listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: unknown) => void) => boolean | undefined;
  let listener: Listener | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    listener = undefined;
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((fn) => void (listener = fn as never));
  });
  /** What the listener answers (undefined: it does not take the message). */
  const send = (message: unknown, sender: { id?: string; tab?: unknown }) =>
    new Promise<unknown>((resolve) => {
      if (!listener!(message, sender, resolve)) resolve(undefined);
    });

  it('starts picking for the extension only, for its CRM and a field read from pages', async () => {
    const pick = vi.fn();
    answerPickRequests({ onInvalidated: () => () => undefined }, serviceTitanPlaybook, pick);
    const request = { type: 'guide/pick', crm: 'servicetitan', field: 'clientSecret' };
    expect(await send(request, { id: 'another-extension' })).toBeUndefined();
    expect(await send(request, { id: browser.runtime.id, tab: { id: 1 } })).toBeUndefined(); // a content script, not the background
    expect(await send({ ...request, crm: 'leap' }, { id: browser.runtime.id })).toBeUndefined();
    expect(pick).not.toHaveBeenCalled();
    expect(await send(request, { id: browser.runtime.id })).toMatchObject({ ok: true });
    expect(pick).toHaveBeenCalledWith('clientSecret');
  });
});
