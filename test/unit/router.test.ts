import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter } from '@/utils/background/router';
import type { Handlers } from '@/utils/background/handlers/types';

const extension = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const capture = { type: 'capture', crm: 'leap', field: 'apiToken', value: 'eyJ.a.b-0123456789', source: 'https://www.jobprogress.com/app/' };

function routerWith() {
  const handlers = { capture: vi.fn(async () => ({ ok: true })), 'popup/state': vi.fn(async () => ({ ok: true })), 'value/reveal': vi.fn(async () => ({ ok: true, value: 'secret' })) };
  return { route: createRouter(handlers as unknown as Handlers, extension), handlers };
}
const tab = { id: 1 } as NonNullable<Runtime.MessageSender['tab']>;

describe('message router', () => {
  it('accepts a capture from the CRM page of that CRM', async () => {
    const { route, handlers } = routerWith();
    await route(capture, { id: 'ext-id', url: 'https://www.jobprogress.com/app/#/settings/developers', tab });
    expect(handlers.capture).toHaveBeenCalledOnce();
  });

  it('refuses a capture from another site, another extension, or without a tab', async () => {
    const { route, handlers } = routerWith();
    await route(capture, { id: 'ext-id', url: 'https://evil.example/app/', tab });
    await route(capture, { id: 'other', url: 'https://www.jobprogress.com/app/', tab });
    await route(capture, { id: 'ext-id', url: 'https://www.jobprogress.com/app/' });
    expect(handlers.capture).not.toHaveBeenCalled();
  });

  it('never lets a content script ask for popup requests such as reveal', async () => {
    const { route, handlers } = routerWith();
    const answer = await route({ type: 'value/reveal', crm: 'leap', field: 'apiToken' }, { id: 'ext-id', url: 'https://www.jobprogress.com/app/', tab });
    expect(handlers['value/reveal']).not.toHaveBeenCalled();
    expect(answer).toMatchObject({ ok: false });
  });

  it('accepts popup requests only from extension pages and refuses malformed ones', async () => {
    const { route, handlers } = routerWith();
    await route({ type: 'value/reveal', crm: 'leap', field: 'apiToken' }, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' });
    expect(handlers['value/reveal']).toHaveBeenCalledOnce();
    expect(await route({ type: 'value/reveal', crm: 'nope' }, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' })).toMatchObject({ ok: false });
    expect(await route({ type: 'capture', crm: 'leap', field: 'apiToken', value: '', source: '' }, { id: 'ext-id', url: 'https://www.jobprogress.com/app/', tab })).toMatchObject({ ok: false });
  });
});
