// @vitest-environment node
// Every refusal reaches the person in words: a walk through each refusal path of the router, the
// link and the handlers (real ones, against the reference server), checking that the answer is a
// sentence a person can act on — never a bare status, zod's wording, an exception's name or nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createCryptoBox, memoryKeyStore } from '@/utils/crypto-box';
import { createService } from '@/utils/background/service';
import { createRouter } from '@/utils/background/router';
import type { Reply } from '@/utils/messages';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callSandbox } from '../sandbox/server/testing';
import { MAX_PAGE_REPORT_BYTES } from '@/utils/heavyset/report-limits';

const extension = { id: 'ext', origin: 'chrome-extension://ext/' };
const POPUP: Runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const tab = { id: 1 } as NonNullable<Runtime.MessageSender['tab']>;
const page = (url: string): Runtime.MessageSender => ({ id: 'ext', url, tab });
const LEAP = page('https://www.jobprogress.com/app/#/settings/developers');
const ZOHO_RETURN = page('http://127.0.0.1:5000/sandbox/zoho/callback?location=us');

/** A sentence a person can act on. `what`: it must also say what to do (a few are for no person). */
function expectWords(problem: string, label: string, says = true): void {
  expect(problem.length, label).toBeGreaterThanOrEqual(20);
  expect(problem, label).not.toMatch(/undefined|null\b|\[object|NaN|Malformed|OperationError|Error:|^HeavySet answered \d+\.$/);
  expect(problem, label).not.toMatch(/^(Invalid|Too (big|small)|Expected|Unrecognized|Required)\b/);
  expect(problem, label).toMatch(/[.…)]$/);
  if (says)
    expect(problem, label).toMatch(
      /\b(settings|paste|capture|press|reload|check|open|update|try|repeat|get a new|leave|choose|pick|type|shorten|save|correct|send|use|take|remove|describe)\b/i,
    );
}

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true });
});
afterAll(() => server.close());

interface Case {
  label: string;
  /** Sets the stage (the link, faults); may return nothing. */
  given?: (bg: Background) => Promise<unknown>;
  message: object;
  sender?: Runtime.MessageSender;
  /** Not said to a person (another extension's request): words, but no instruction needed. */
  forNoPerson?: boolean;
  expect?: RegExp;
}
type Background = ReturnType<typeof background>;

function background() {
  // No tab answers a snapshot request (no CRM page open).
  const tabs = { query: async () => [], sendMessage: async () => undefined };
  const service = createService(createCryptoBox(memoryKeyStore()), { extensionVersion: '0.1.0', tabs });
  const route = createRouter(service.handlers, extension);
  const ask = (message: object, sender = POPUP) => route(message, sender) as Promise<Reply<unknown>>;
  return { service, ask, link: (code: string) => ask({ type: 'options/save', apiUrl: server.url, connectCode: code, engineerEmail: '' }) };
}
const long = (n: number, prefix = '') => prefix + 'x'.repeat(n - prefix.length);
const fault = (body: object) => callSandbox(server, 'POST', '/sandbox/faults', body);
const issuedLeapToken = async () => (await callSandbox(server, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' })).body.token as string;

const cases: Case[] = [
  // The router
  { label: 'another extension', message: { type: 'popup/state' }, sender: { id: 'other', url: 'chrome-extension://other/x.html' }, forNoPerson: true },
  { label: 'an unreadable page request', message: { type: 'value/reveal', crm: 'Leap!', field: 'x' } },
  { label: 'an unreadable content request', message: { type: 'capture', crm: 'leap', field: 1 }, sender: LEAP },
  { label: 'a CRM this version does not know', message: { type: 'guide/state', crm: 'acme' }, sender: LEAP, expect: /update the extension/ },
  { label: 'a capture from another site', message: { type: 'capture', crm: 'leap', field: 'apiToken', value: 'eyJ.a.b', source: 'x' }, sender: page('https://evil.example/') },
  {
    label: 'a value from a host its field is not shown on',
    message: { type: 'capture', crm: 'servicetitan', field: 'clientSecret', value: 'cs_0123456789abcdef', source: 'x' },
    sender: page('https://go.servicetitan.com/#/settings'),
    expect: /shows the Client Secret elsewhere/,
  },
  {
    label: 'a value over 4096 characters typed by hand',
    message: { type: 'value/set', crm: 'leap', field: 'apiToken', value: long(5000), how: 'typed' },
    expect: /at most 4096 characters/,
  },
  { label: 'an over-long connect code', message: { type: 'options/save', apiUrl: 'https://api.heavyset.tech', connectCode: long(600, 'hsc_'), engineerEmail: '' }, expect: /^Connect code: .*512/ },
  {
    label: 'an over-long e-mail',
    message: { type: 'options/save', apiUrl: 'https://api.heavyset.tech', connectCode: '', engineerEmail: `${long(400)}@heavyset.tech` },
    expect: /^Engineer e-mail: .*320/,
  },
  { label: 'an over-long API URL', message: { type: 'options/save', apiUrl: `https://${long(3000)}`, connectCode: '', engineerEmail: '' }, expect: /^HeavySet API URL: / },
  { label: 'an over-long value to fill in', message: { type: 'fill/set', crm: 'leap', key: 'homepage', value: long(3000) }, expect: /2048/ },
  { label: 'a return page that sends the grant code', message: { type: 'oauth/returned', crm: 'zoho', params: { code: 'x' } }, sender: ZOHO_RETURN },
  // The link (options/save)
  { label: 'plain http outside loopback', message: { type: 'options/save', apiUrl: 'http://api.heavyset.tech', connectCode: '', engineerEmail: '' }, expect: /https/ },
  { label: 'not an e-mail', message: { type: 'options/save', apiUrl: 'https://api.heavyset.tech', connectCode: '', engineerEmail: 'jane' }, expect: /^Engineer e-mail/ },
  { label: 'not a connect code', message: { type: 'options/save', apiUrl: 'https://api.heavyset.tech', connectCode: 'abc', engineerEmail: '' }, expect: /^Connect code: .*hsc_/ },
  { label: 'no connect code yet', message: { type: 'options/save', apiUrl: 'https://api.heavyset.tech', connectCode: '', engineerEmail: '' }, expect: /^Connect code: paste/ },
  {
    label: 'a new API URL without the code',
    given: (bg) => bg.link(server.codes.leap),
    message: { type: 'options/save', apiUrl: 'http://127.0.0.1:9', connectCode: '', engineerEmail: '' },
    expect: /needs the connect code again/,
  },
  { label: 'HeavySet unreachable', message: { type: 'options/save', apiUrl: 'http://127.0.0.1:9', connectCode: 'hsc_' + 'a'.repeat(24), engineerEmail: '' }, expect: /cannot be reached/ },
  { label: 'an expired code', message: { type: 'options/save', apiUrl: '', connectCode: '', engineerEmail: '' } },
  {
    label: 'a 401 whose body is an HTML page',
    given: () => fault({ kind: 'html', status: 401, count: 5, pathPrefix: '/v1/session' }),
    message: { type: 'options/save', apiUrl: '', connectCode: '', engineerEmail: '' },
    expect: /connect code.*Connect code/,
  },
  // Values
  { label: 'a read-only field', message: { type: 'value/set', crm: 'zoho', field: 'refreshToken', value: 'x', how: 'typed' }, expect: /HeavySet sets this value itself/ },
  { label: 'a value in the wrong format', message: { type: 'value/set', crm: 'leap', field: 'apiToken', value: 'hello there', how: 'typed' } },
  { label: 'nothing to reveal', message: { type: 'value/reveal', crm: 'leap', field: 'apiToken' } },
  { label: 'values to bind with no code', message: { type: 'values/bind', crm: 'leap' } },
  // Send, settings, verify
  { label: 'send with no link', message: { type: 'send', crm: 'leap' } },
  { label: 'send for another CRM', given: (bg) => bg.link(server.codes.leap), message: { type: 'send', crm: 'servicetitan' }, expect: /Paste this CRM's connect code/ },
  { label: 'nothing to send', given: (bg) => bg.link(server.codes.leap), message: { type: 'send', crm: 'leap' }, expect: /^Nothing to send yet/ },
  { label: 'settings options before the values are sent', given: (bg) => bg.link(server.codes.leap), message: { type: 'settings/options' } },
  { label: 'a setting in the wrong shape', given: (bg) => bg.link(server.codes.leap), message: { type: 'settings/save', values: { jobSoldStageNames: 'Job Sold' } } },
  { label: 'an unknown setting', given: (bg) => bg.link(server.codes.leap), message: { type: 'settings/save', values: { nope: 1 } } },
  {
    label: 'a setting HeavySet refuses',
    given: async (bg) => {
      await bg.link(server.codes.leap);
      await bg.ask({ type: 'value/set', crm: 'leap', field: 'apiToken', value: await issuedLeapToken(), how: 'pasted' });
      await bg.ask({ type: 'send', crm: 'leap' });
      await bg.service.queue.run(true);
    },
    message: { type: 'settings/save', values: { jobSoldStageNames: ['Not a Leap stage'] } },
  },
  {
    label: 'verify answered by an HTML 403',
    given: async (bg) => {
      await bg.link(server.codes.leap);
      await fault({ kind: 'html', status: 403, count: 5, pathPrefix: '/v1/crm-configs' });
    },
    message: { type: 'verify' },
    expect: /connect code/,
  },
  // OAuth
  { label: 'a consent for a CRM without one', given: (bg) => bg.link(server.codes.leap), message: { type: 'oauth/start' }, expect: /capture its values on its pages/ },
  { label: 'an unknown data centre', given: (bg) => bg.link(server.codes.zoho), message: { type: 'oauth/start', region: 'xx' }, expect: /pick one from the list/ },
  {
    label: 'HeavySet refusing the consent URL',
    given: async (bg) => {
      await bg.link(server.codes.zoho);
      await fault({ kind: 'html', status: 401, count: 5, pathPrefix: '/v1/crm-configs' });
    },
    message: { type: 'oauth/start', region: 'us' },
  },
  { label: 'a return page with no link', message: { type: 'oauth/returned', crm: 'zoho', params: { location: 'us' } }, sender: ZOHO_RETURN },
  // Pick on page from the popup
  { label: 'a pick with no CRM page open', message: { type: 'value/pick', crm: 'leap', field: 'apiToken' }, expect: /Open the Leap CRM page that shows the API Token/ },
  { label: 'a pick of a value HeavySet sets itself', message: { type: 'value/pick', crm: 'zoho', field: 'refreshToken' }, expect: /cannot be picked/ },
  { label: 'a pick of a field the CRM does not have', message: { type: 'value/pick', crm: 'leap', field: 'clientSecret' }, expect: /no such value/ },
  { label: 'a pick of an unknown CRM', message: { type: 'value/pick', crm: 'nope', field: 'apiToken' }, forNoPerson: true },
  // Page reports
  { label: 'a report with no CRM page open', message: { type: 'report/snapshot' }, expect: /open the CRM page you want to report/ },
  { label: 'a report with no link', message: report() },
  { label: 'a report with an over-long note', message: report({ note: long(2500) }), expect: /shorten it/ },
  { label: 'a report for a page with a query', given: (bg) => bg.link(server.codes.leap), message: report({ pageUrl: 'https://www.jobprogress.com/app/?token=x' }), expect: /Take the snapshot again/ },
  {
    label: 'a report over 1 MiB',
    given: (bg) => bg.link(server.codes.leap),
    message: report({ snapshot: long(MAX_PAGE_REPORT_BYTES - 100), note: long(1500) }),
    expect: /shorten the note/,
  },
  {
    label: 'a report HeavySet refuses with an HTML 401',
    given: async (bg) => {
      await bg.link(server.codes.leap);
      await fault({ kind: 'html', status: 401, count: 5, pathPrefix: '/v1/crm-configs' });
    },
    message: report(),
    expect: /connect code/,
  },
];

function report(over: object = {}) {
  return { type: 'report/send', crm: 'leap', pageUrl: 'https://www.jobprogress.com/app/', stepId: null, playbookVersion: null, note: 'The token list', snapshot: '<main></main>', ...over };
}

describe('every refusal reaches the person in words', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await callSandbox(server, 'POST', '/sandbox/reset');
  });

  for (const c of cases) {
    it(c.label, async () => {
      const bg = background();
      await c.given?.(bg);
      // An empty apiUrl above: the sandbox's (and an expired code unless the case linked first).
      const message =
        'apiUrl' in c.message && (c.message as { apiUrl: string }).apiUrl === ''
          ? { ...c.message, apiUrl: server.url, connectCode: c.label === 'an expired code' ? server.codes.expired : server.codes.leap }
          : c.message;
      const reply = await bg.ask(message, c.sender);
      expect(reply.ok, `${c.label}: ${JSON.stringify(reply)}`).toBe(false);
      const problem = reply.ok ? '' : reply.problem;
      expectWords(problem, c.label, !c.forNoPerson);
      if (c.expect) expect(problem, c.label).toMatch(c.expect);
    });
  }

  it('walks at least one case for each refusal written in the background (a new one is added here)', () => {
    const dir = join(process.cwd(), 'utils/background');
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'handlers')).map((f) => join(dir, 'handlers', f))].filter((f) => f.endsWith('.ts'));
    const sites = files.reduce((n, file) => n + (readFileSync(file, 'utf8').match(/\brefuse\(/g) ?? []).length, 0);
    expect(cases.length).toBeGreaterThanOrEqual(sites);
  });
});
