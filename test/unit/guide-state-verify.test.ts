// @vitest-environment node
// What the card is told after Verify (issue 10.4): a rejected value sends the card back to the step
// that fixes it; a value captured after the last Verify is not "verified" (send it, then Verify
// again) — through the real background against the reference server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createCryptoBox, memoryKeyStore } from '@/utils/crypto-box';
import { createService } from '@/utils/background/service';
import { createRouter } from '@/utils/background/router';
import type { GuideState, Reply } from '@/utils/messages';
import { holds } from '@/utils/guide/conditions';
import { leapPlaybook } from '@/utils/crm/leap';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callSandbox } from '../sandbox/server/testing';

const POPUP: Runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const LEAP: Runtime.MessageSender = { id: 'ext', url: 'https://www.jobprogress.com/app/#/settings/developers', tab: { id: 1 } as never };

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true });
});
afterAll(() => server.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await callSandbox(server, 'POST', '/sandbox/reset');
});

function background() {
  const service = createService(createCryptoBox(memoryKeyStore()), { extensionVersion: '0.1.0', tabs: { query: async () => [], sendMessage: async () => undefined } });
  const route = createRouter(service.handlers, { id: 'ext', origin: 'chrome-extension://ext/' });
  return async <T>(message: object, sender = POPUP): Promise<T> => {
    const reply = (await route(message, sender)) as Reply<T>;
    if (!reply.ok) throw new Error(reply.problem);
    return reply.value;
  };
}
const issue = async () => (await callSandbox(server, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' })).body as { id: number; token: string };
/** Is this popup step (state facts only: no page needed) done? */
const stepDone = (id: string, state: GuideState) => holds(leapPlaybook.steps.find((s) => s.id === id)!.done!, { page: { root: null as never, url: '' }, state });

describe('the guide state after Verify', () => {
  it('a revoked token is rejected (the card goes back to generating one); a new token is sent, then verified again', async () => {
    const ask = background();
    await ask({ type: 'options/save', apiUrl: server.url, connectCode: server.codes.leap, engineerEmail: '' });
    const first = await issue();
    await ask({ type: 'capture', crm: 'leap', field: 'apiToken', value: first.token, source: 'https://www.jobprogress.com/app/' }, LEAP);
    await ask({ type: 'send', crm: 'leap' });
    for (let i = 0; i < 50 && !(await ask<GuideState>({ type: 'guide/state', crm: 'leap' }, LEAP)).sent.includes('apiToken'); i++) await new Promise((r) => setTimeout(r, 100));

    await callSandbox(server, 'POST', `/sandbox/crm/leap/tokens/${first.id}/revoke`);
    await ask({ type: 'verify' });
    let state = await ask<GuideState>({ type: 'guide/state', crm: 'leap' }, LEAP);
    expect(state.rejected).toEqual(['apiToken']);
    expect(state.captured).not.toContain('apiToken');
    expect(state.verified).toBe(false);

    const second = await issue();
    await ask({ type: 'capture', crm: 'leap', field: 'apiToken', value: second.token, source: 'https://www.jobprogress.com/app/' }, LEAP);
    state = await ask<GuideState>({ type: 'guide/state', crm: 'leap' }, LEAP);
    expect(state.rejected).toEqual([]);
    expect(state.unsent).toEqual(['apiToken']);
    expect(state.proposed).toEqual([]); // the rejected token is replaced at once: no question
    expect(stepDone('send-token', state)).toBe(false);
  });

  it('a token captured after a passing Verify is not verified until Verify runs again', async () => {
    const ask = background();
    await ask({ type: 'options/save', apiUrl: server.url, connectCode: server.codes.leap, engineerEmail: '' });
    await ask({ type: 'capture', crm: 'leap', field: 'apiToken', value: (await issue()).token, source: 'https://www.jobprogress.com/app/' }, LEAP);
    await ask({ type: 'send', crm: 'leap' });
    for (let i = 0; i < 50 && !(await ask<GuideState>({ type: 'guide/state', crm: 'leap' }, LEAP)).sent.includes('apiToken'); i++) await new Promise((r) => setTimeout(r, 100));
    let options: Record<string, string[]> | undefined;
    for (let i = 0; i < 50 && !options; i++) options = await ask<Record<string, string[]>>({ type: 'settings/options' }).catch(async () => void (await new Promise((r) => setTimeout(r, 100))));
    if (!options) throw new Error('HeavySet never read the Leap options');
    await ask({ type: 'settings/save', values: { jobSoldStageNames: options.jobStageNames!.slice(0, 1), appointmentCancelledResultOptions: options.appointmentResultOptions!.slice(0, 1) } });
    await ask({ type: 'verify' });
    expect((await ask<GuideState>({ type: 'guide/state', crm: 'leap' }, LEAP)).verified).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    await ask({ type: 'capture', crm: 'leap', field: 'apiToken', value: (await issue()).token, source: 'https://www.jobprogress.com/app/' }, LEAP);
    // A good token is held: the new one waits for the person's choice, the held one stays verified.
    let state = await ask<GuideState>({ type: 'guide/state', crm: 'leap' }, LEAP);
    expect(state.proposed.map((p) => p.field)).toEqual(['apiToken']);
    expect(state.verified).toBe(true);
    await ask({ type: 'value/decide', crm: 'leap', field: 'apiToken', use: 'proposed' }, LEAP);
    state = await ask<GuideState>({ type: 'guide/state', crm: 'leap' }, LEAP);
    expect(state.verified).toBe(false);
    expect(stepDone('send-token', state)).toBe(false);
    expect(stepDone('verify', state)).toBe(false);
  });
});
