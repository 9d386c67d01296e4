// @vitest-environment node
// The background's link to HeavySet under hostile or broken conditions, through the real router
// and handlers against the reference server: a lost key (fresh key store), a new API URL, a
// stored URL edited by hand, a code sealed before codes were bound to their URL.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCryptoBox, memoryKeyStore, type KeyStore } from '@/utils/crypto-box';
import { createService } from '@/utils/background/service';
import { createRouter } from '@/utils/background/router';
import { codeLost } from '@/utils/background/link';
import { linkItem, migrateLinkV1 } from '@/utils/background/stores';
import { readNotices } from '@/utils/stored';
import type { Reply } from '@/utils/messages';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callSandbox } from '../sandbox/server/testing';

const CODE_LOST = codeLost();

const extension = { id: 'ext', origin: 'chrome-extension://ext/' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const leapPage = { id: 'ext', url: 'https://www.jobprogress.com/app/#/settings/developers', tab: { id: 1 } as never };

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true });
});
afterAll(() => server.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await callSandbox(server, 'POST', '/sandbox/reset');
});

function background(keys: KeyStore) {
  const service = createService(createCryptoBox(keys), { extensionVersion: '0.1.0' });
  const route = createRouter(service.handlers, extension);
  return {
    service,
    fromPopup: (message: object) => route(message, popup) as Promise<Reply<unknown>>,
    fromPage: (message: object) => route(message, leapPage) as Promise<Reply<unknown>>,
  };
}
const issuedToken = async () => (await callSandbox(server, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' })).body.token as string;
const capture = (value: string) => ({ type: 'capture', crm: 'leap', field: 'apiToken', value, source: leapPage.url });
const save = (apiUrl: string, connectCode: string) => ({ type: 'options/save', apiUrl, connectCode, engineerEmail: '' });
const leapWrites = async () => (await callSandbox(server, 'GET', '/sandbox/state')).body.configs[server.configIds.leap].writeLog as unknown[];

describe('key loss (the browser’s key store emptied)', () => {
  it('says so in words, asks for the code again; popup, capture, Send and Save keep answering', async () => {
    const before = background(memoryKeyStore());
    expect(await before.fromPopup(save(server.url, server.codes.leap))).toMatchObject({ ok: true });
    expect(await before.fromPage(capture(await issuedToken()))).toMatchObject({ ok: true, value: { outcome: 'stored' } });

    const after = background(memoryKeyStore()); // a restarted worker that finds no key
    const state = await after.fromPopup({ type: 'popup/state' });
    expect(state.ok).toBe(true);
    expect(state.ok && state.value).toMatchObject({ configured: false });
    await expect.poll(readNotices).toEqual(expect.arrayContaining([CODE_LOST, expect.stringMatching(/could not be decrypted .* capture it again/)]));

    const send = await after.fromPopup({ type: 'send', crm: 'leap' });
    expect(send).toEqual({ ok: false, problem: CODE_LOST });
    expect(CODE_LOST).toMatch(/could not be decrypted.*paste the connect code again in Settings/);
    expect(await after.fromPopup({ type: 'options/get' })).toMatchObject({ ok: true, value: { connectCodeProblem: CODE_LOST, apiUrl: server.url } });
    expect(await after.fromPopup(save(server.url, ''))).toEqual({ ok: false, problem: `Connect code: ${CODE_LOST}` });

    // Capture again, save the code again, use the value for the config, send it.
    const token = await issuedToken();
    expect(await after.fromPage(capture(token))).toMatchObject({ ok: true, value: { outcome: 'stored' } });
    expect(await after.fromPopup(save(server.url, server.codes.leap))).toMatchObject({ ok: true });
    expect(await after.fromPopup({ type: 'values/bind', crm: 'leap' })).toEqual({ ok: true, value: null });
    expect(await after.fromPopup({ type: 'send', crm: 'leap' })).toEqual({ ok: true, value: null });
    await after.service.queue.run(true);
    await expect.poll(leapWrites).toHaveLength(1);
    expect((await callSandbox(server, 'GET', '/sandbox/state')).body.configs[server.configIds.leap].connection.apiToken.value).toBe(token);
  });

  it('a key store that cannot be read at all still lets values be captured (kept for this worker’s life)', async () => {
    const broken: KeyStore = {
      load: async () => {
        throw new Error('UnknownError: IndexedDB is broken');
      },
      save: async () => {
        throw new Error('UnknownError: IndexedDB is broken');
      },
    };
    const bg = background(broken);
    expect(await bg.fromPopup(save(server.url, server.codes.leap))).toMatchObject({ ok: true });
    expect(await bg.fromPage(capture(await issuedToken()))).toMatchObject({ ok: true });
    expect(await bg.fromPopup({ type: 'send', crm: 'leap' })).toEqual({ ok: true, value: null });
  });
});

describe('a new API URL', () => {
  let recorder: Server;
  let recorderUrl: string;
  const seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    recorder = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":{"code":"unauthorized","message":"no"}}');
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    recorderUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
  });
  afterAll(() => recorder.close());

  it('needs the connect code again: the saved one is never sent to the new address', async () => {
    const bg = background(memoryKeyStore());
    expect(await bg.fromPopup(save(server.url, server.codes.leap))).toMatchObject({ ok: true });
    const refused = await bg.fromPopup(save(recorderUrl, ''));
    expect(refused).toEqual({
      ok: false,
      problem: `Connect code: a new HeavySet API URL needs the connect code again (the saved one is sent only to ${server.url}). Paste it below.`,
    });
    expect(seen).toEqual([]);
    // The old link is untouched and still works.
    expect(await bg.fromPopup({ type: 'options/get' })).toMatchObject({ ok: true, value: { apiUrl: server.url, connectCodeLastFour: server.codes.leap.slice(-4) } });
    expect(await bg.service.link.client()).toHaveProperty('client');
  });

  it('binds the sealed code to its URL: a URL edited in storage does not open it, so nothing is sent there', async () => {
    const bg = background(memoryKeyStore());
    await bg.fromPopup(save(server.url, server.codes.leap));
    await linkItem.setValue({ ...(await linkItem.getValue()), apiUrl: recorderUrl });
    expect(await bg.service.link.client()).toEqual({ problem: CODE_LOST });
    await bg.service.link.refreshSession();
    expect(seen).toEqual([]);
    expect((await linkItem.getValue()).code).toBeUndefined();
  });

  it('opens a code sealed before codes were bound (v1), and binds it when saved again', async () => {
    const keys = memoryKeyStore();
    const box = createCryptoBox(keys);
    const session = (await callSandbox(server, 'GET', '/sandbox/state')).body; // any call: the server is up
    expect(session).toBeTruthy();
    const v1 = { apiUrl: server.url, engineerEmail: '', code: await box.seal(server.codes.leap), codeLastFour: server.codes.leap.slice(-4) };
    await linkItem.setValue(migrateLinkV1(v1) as never);
    const bg = background(keys);
    expect(await bg.fromPopup(save(server.url, ''))).toMatchObject({ ok: true });
    expect((await linkItem.getValue()).codeUnbound).toBeUndefined();
    expect(await bg.service.link.client()).toHaveProperty('client');
  });
});
