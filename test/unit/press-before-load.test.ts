// @vitest-environment node
// A form posted loads a new page whose content script starts afresh: the background remembers, per tab and
// site, that the person pressed something that does not go somewhere, and tells the new page (its values on
// arrival answer the press). Through the real router: only a CRM page's own tab counts.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createCryptoBox, memoryKeyStore } from '@/utils/crypto-box';
import { createService } from '@/utils/background/service';
import { createRouter } from '@/utils/background/router';
import { pressMemory, PRESS_ANSWERED_MS } from '@/utils/background/presses';
import type { GuideState, Reply } from '@/utils/messages';

const page = (url: string, tab: number): Runtime.MessageSender => ({ id: 'ext', url, tab: { id: tab } as never });
const FORM = page('https://www.jobprogress.com/app/settings/developers/tokens/new', 1);
const RESULT = page('https://www.jobprogress.com/app/settings/developers/tokens/42', 1);

beforeEach(() => fakeBrowser.reset());

function background() {
  const service = createService(createCryptoBox(memoryKeyStore()), { extensionVersion: '0.1.0', tabs: { query: async () => [], sendMessage: async () => undefined } });
  const route = createRouter(service.handlers, { id: 'ext', origin: 'chrome-extension://ext/' });
  return async <T>(message: object, sender: Runtime.MessageSender): Promise<Reply<T>> => (await route(message, sender)) as Reply<T>;
}

describe('a press carried across a page load', () => {
  it('the next page of the same tab and site is told the press came just before; another tab, site or a page not loaded after it is not', async () => {
    const ask = background();
    const pressedBefore = async (sender: Runtime.MessageSender) => {
      const reply = await ask<GuideState>({ type: 'guide/state', crm: 'leap' }, sender);
      return reply.ok && !!reply.value.pressedBefore;
    };
    expect(await pressedBefore(RESULT)).toBe(false);
    expect(await ask({ type: 'guide/pressed', crm: 'leap' }, FORM)).toEqual({ ok: true, value: null });
    expect(await pressedBefore(RESULT)).toBe(true);
    expect(await pressedBefore(page('https://www.jobprogress.com/app/settings/developers/tokens/42', 2))).toBe(false);
    expect(await pressedBefore(page('https://jobprogress.com/app/settings/developers/tokens/42', 1))).toBe(false);
    // Not from a CRM page (another site in the tab): refused by the router, nothing remembered.
    expect((await ask({ type: 'guide/pressed', crm: 'leap' }, page('https://evil.example/x', 3))).ok).toBe(false);
    expect(await pressedBefore(page('https://www.jobprogress.com/app/', 3))).toBe(false);
  });

  it('a press is news for a few seconds only', () => {
    let clock = 0;
    const presses = pressMemory(() => clock);
    const from = { tabId: 7, url: 'https://go.servicetitan.com/#/x' };
    presses.pressed(from);
    clock = PRESS_ANSWERED_MS - 1;
    expect(presses.pressedBefore(from)).toBe(true);
    clock = PRESS_ANSWERED_MS;
    expect(presses.pressedBefore(from)).toBe(false);
    expect(pressMemory().pressedBefore({ url: 'https://go.servicetitan.com/' })).toBe(false);
  });
});
