// The Zoho sandbox consent pages, in Chromium at their real hosts (no extension): consent on
// two data centres, reject, org picker, the no-CRM-account page, look-alike app names, errors;
// then the whole OAuth round trip against the reference server.
// The CRM backend is a small fake here (POST /sandbox/crm/zoho/codes, a redirect target), reached
// through the sandbox browser's real routing, so the page's fetch and the forwarding both run.
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer';
import { launchSandboxBrowser, type SandboxBrowser } from '../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callApi, configPath } from '../sandbox/server/testing';
import { HEAVYSET_ZOHO_CLIENT_ID, zohoSite } from '../sandbox/sites/zoho/index';

const SCREENSHOTS = 'artifacts/screenshots';
const SCOPES = 'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ';
const CONSENT_LABEL = 'I allow HeavySet Tech to access the above data from my Zoho account';

interface FakeBackend {
  server: Server;
  base: string;
  codeRequests: unknown[];
  failCodes: boolean;
}

let backend: FakeBackend;
let sandbox: SandboxBrowser;
let page: Page;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => resolve(body));
  });
}

async function startFakeBackend(): Promise<FakeBackend> {
  const fake: FakeBackend = { server: createServer(), base: '', codeRequests: [], failCodes: false };
  fake.server.on('request', (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.method === 'POST' && url.pathname === '/sandbox/crm/zoho/codes') {
        fake.codeRequests.push(JSON.parse(await readBody(request)));
        if (fake.failCodes) {
          response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"server_error"}}');
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ code: `1000.code${fake.codeRequests.length}.abcdef` }));
        return;
      }
      if (url.pathname === '/callback') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><link rel="icon" href="data:,"><title>HeavySet callback</title><h1>Back at HeavySet</h1>');
        return;
      }
      response.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
  fake.base = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  return fake;
}

function authorizeUrl(host: string, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    client_id: HEAVYSET_ZOHO_CLIENT_ID,
    response_type: 'code',
    access_type: 'offline',
    prompt: 'consent',
    scope: SCOPES,
    redirect_uri: `${backend.base}/callback`,
    state: 'st_8f2c1d',
    ...extra,
  });
  return `https://${host}/oauth/v2/auth?${query}`;
}

const button = (name: string): string => `::-p-aria([name="${name}"][role="button"])`;
const checkbox = (name: string): string => `::-p-aria([name="${name}"][role="checkbox"])`;
const radio = (name: string): string => `::-p-aria([name="${name}"][role="radio"])`;

async function heading(): Promise<string> {
  const h1 = await page.waitForSelector('h1', { visible: true });
  return (await h1!.evaluate((element) => element.textContent ?? '')).trim();
}

async function isDisabled(selector: string): Promise<boolean> {
  const element = await page.waitForSelector(selector);
  return element!.evaluate((el) => (el as HTMLButtonElement).disabled);
}

async function clickAndLand(selector: string): Promise<URL> {
  await Promise.all([page.waitForNavigation(), page.locator(selector).click()]);
  return new URL(page.url());
}

async function bodyText(): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  backend = await startFakeBackend();
  sandbox = await launchSandboxBrowser({ serverUrl: backend.base, sites: [zohoSite], headless: true });
});

afterAll(async () => {
  await sandbox?.close();
  await new Promise((resolve) => backend?.server.close(resolve));
});

beforeEach(async () => {
  backend.codeRequests = [];
  backend.failCodes = false;
  page = await sandbox.newPage();
  await page.setViewport({ width: 1100, height: 900 });
});

afterEach(async () => {
  await page?.close();
});

describe('Zoho sandbox site', () => {
  it('serves every data centre', () => {
    expect([...zohoSite.hosts].sort()).toEqual(
      [
        'accounts.zoho.com',
        'accounts.zoho.eu',
        'accounts.zoho.in',
        'accounts.zoho.com.au',
        'accounts.zoho.jp',
        'accounts.zohocloud.ca',
        'accounts.zoho.com.cn',
        'accounts.zoho.sa',
        'accounts.zoho.uk',
      ].sort(),
    );
    expect(zohoSite.crm).toBe('zoho');
  });

  it.each([
    ['accounts.zoho.com', 'us'],
    ['accounts.zoho.eu', 'eu'],
  ])('consent on %s: tick, Accept, back to the app with code, location %s and accounts-server', async (host, location) => {
    // The content comes after a short delay, like the real page: none of it when the document is parsed
    // (noted by the page itself: a question asked from here may arrive after the delay on a busy machine).
    const noted = await page.evaluateOnNewDocument(() =>
      document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-h1-when-parsed', String(document.querySelector('h1') !== null))),
    );
    await page.goto(authorizeUrl(host), { waitUntil: 'domcontentloaded' });
    await page.removeScriptToEvaluateOnNewDocument(noted.identifier);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-h1-when-parsed'))).toBe('false');
    expect(await heading()).toBe('HeavySet Tech would like to access the following data');
    const text = await bodyText();
    expect(text).toContain('Signed in as admin@acmeroofing.com');
    expect(text).toContain('Zoho CRM');
    expect(text).toContain('Users: view');
    expect(text).toContain('Records in all modules');

    expect(await isDisabled(button('Accept'))).toBe(true);
    await page.locator(checkbox(CONSENT_LABEL)).click();
    expect(await isDisabled(button('Accept'))).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/zoho-consent-${location}.png` });

    const landed = await clickAndLand(button('Accept'));
    expect(landed.origin + landed.pathname).toBe(`${backend.base}/callback`);
    expect([...landed.searchParams.keys()]).toEqual(['code', 'location', 'accounts-server', 'state']);
    expect(landed.searchParams.get('code')).toBe('1000.code1.abcdef');
    expect(landed.searchParams.get('location')).toBe(location);
    expect(landed.searchParams.get('accounts-server')).toBe(`https://${host}`);
    expect(landed.search).toContain(`accounts-server=${encodeURIComponent(`https://${host}`)}`);
    expect(landed.searchParams.get('state')).toBe('st_8f2c1d');
    expect(backend.codeRequests).toEqual([{ state: 'st_8f2c1d', location }]);
  });

  it('Reject goes back with error=access_denied and the state', async () => {
    await page.goto(authorizeUrl('accounts.zoho.in'));
    await heading();
    const landed = await clickAndLand(button('Reject'));
    expect(landed.pathname).toBe('/callback');
    expect(Object.fromEntries(landed.searchParams)).toEqual({ error: 'access_denied', state: 'st_8f2c1d' });
    expect(backend.codeRequests).toEqual([]);
  });

  it('asks for the organization first when the user has two, then shows the consent', async () => {
    await page.goto(authorizeUrl('accounts.zoho.com.au', { sandbox_orgs: '2' }));
    expect(await heading()).toBe('Choose your organization');
    expect(await isDisabled(button('Submit'))).toBe(true);
    await page.locator(radio('Acme Roofing Organization ID: 60012345678')).click();
    await page.screenshot({ path: `${SCREENSHOTS}/zoho-org-picker.png` });
    await page.locator(button('Submit')).click();
    await page.waitForSelector(checkbox(CONSENT_LABEL));
    expect(await heading()).toBe('HeavySet Tech would like to access the following data');
    expect(await bodyText()).toContain('Organization: Acme Roofing');
    await page.locator(checkbox(CONSENT_LABEL)).click();
    const landed = await clickAndLand(button('Accept'));
    expect(landed.searchParams.get('location')).toBe('au');
    expect(landed.searchParams.get('accounts-server')).toBe('https://accounts.zoho.com.au');
  });

  it.each<Record<string, string>>([{ sandbox_orgs: '0' }, { error: 'no_org' }])('shows the no-CRM-account page (%o); Back to app sends error=no_org', async (extra) => {
    await page.goto(authorizeUrl('accounts.zohocloud.ca', extra));
    expect(await heading()).toBe('No Zoho CRM account found');
    const text = await bodyText();
    expect(text).toContain('You do not have a Zoho CRM account in this data centre (Canada, accounts.zohocloud.ca)');
    expect(text).toContain('signed in to the Zoho account your organization uses');
    expect(await page.$(checkbox(CONSENT_LABEL))).toBeNull();
    await page.screenshot({ path: `${SCREENSHOTS}/zoho-no-org.png` });
    const landed = await clickAndLand(button('Back to app'));
    expect(Object.fromEntries(landed.searchParams)).toEqual({ error: 'no_org', state: 'st_8f2c1d' });
  });

  it('another client_id shows whatever name it claims (a look-alike), HeavySet by default', async () => {
    await page.goto(authorizeUrl('accounts.zoho.uk', { client_id: '1000.FAKEFAKEFAKE', sandbox_app_name: 'HeavySet Tech Support <b>' }));
    expect(await heading()).toBe('HeavySet Tech Support <b> would like to access the following data');
    await page.waitForSelector(checkbox('I allow HeavySet Tech Support <b> to access the above data from my Zoho account'));
    expect(await page.$('b')).toBeNull();
    await page.screenshot({ path: `${SCREENSHOTS}/zoho-lookalike.png` });

    await page.goto(authorizeUrl('accounts.zoho.uk', { client_id: '1000.FAKEFAKEFAKE' }));
    expect(await heading()).toBe('HeavySet Tech would like to access the following data');
  });

  it("HeavySet's registered client always shows HeavySet Tech", async () => {
    await page.goto(authorizeUrl('accounts.zoho.jp', { sandbox_app_name: 'Someone Else' }));
    expect(await heading()).toBe('HeavySet Tech would like to access the following data');
  });

  it('says so and lets the person retry when the code cannot be issued', async () => {
    backend.failCodes = true;
    await page.goto(authorizeUrl('accounts.zoho.sa'));
    await page.locator(checkbox(CONSENT_LABEL)).click();
    await page.locator(button('Accept')).click();
    await page.waitForSelector('::-p-text(Something went wrong. Please try again.)', { visible: true });
    expect(new URL(page.url()).hostname).toBe('accounts.zoho.sa');
    expect(await isDisabled(button('Accept'))).toBe(false);

    backend.failCodes = false;
    const landed = await clickAndLand(button('Accept'));
    expect(landed.searchParams.get('location')).toBe('sa');
    expect(backend.codeRequests).toHaveLength(2);
  });

  it('shows Zoho-like errors for invalid requests and 404 for other paths', async () => {
    const invalid = await page.goto(authorizeUrl('accounts.zoho.com.cn', { redirect_uri: 'javascript:alert(1)' }));
    expect(invalid?.status()).toBe(400);
    expect(await heading()).toBe('An error occurred');
    expect(await bodyText()).toContain('Invalid Redirect Uri');

    await page.goto(authorizeUrl('accounts.zoho.com.cn', { response_type: 'token' }));
    expect(await bodyText()).toContain('Invalid Response Type');

    const other = await page.goto('https://accounts.zoho.com/signin');
    expect(other?.status()).toBe(404);
  });
});

describe('Zoho sandbox site with the reference server', () => {
  let server: ReferenceServer;
  let withServer: SandboxBrowser;

  beforeAll(async () => {
    server = await startReferenceServer({ quiet: true });
    withServer = await launchSandboxBrowser({ serverUrl: server.url, sites: [zohoSite], headless: true });
  });

  afterAll(async () => {
    await withServer?.close();
    await server?.close();
  });

  it('authorize URL → consent on accounts.zoho.eu → Accept → HeavySet has the three Zoho fields', async () => {
    const authorize = await callApi(server, 'POST', configPath(server.configIds.zoho, 'zoho/authorize'), {
      code: server.codes.zoho,
      body: { location: 'eu' },
    });
    expect(authorize.status).toBe(200);
    const authorizeUrl = new URL(authorize.body.authorizeUrl as string);
    expect(authorizeUrl.host).toBe('accounts.zoho.eu');

    const consent = await withServer.newPage(authorizeUrl.href);
    try {
      await consent.locator(checkbox(CONSENT_LABEL)).click();
      await Promise.all([consent.waitForNavigation(), consent.locator(button('Accept')).click()]);
      const landed = new URL(consent.url());
      expect(landed.origin).toBe(server.url);
      expect(landed.searchParams.get('location')).toBe('eu');
      expect(landed.searchParams.get('code')).toMatch(/^1000\.[0-9a-f]+\.[0-9a-f]+$/);
      expect(await consent.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Zoho CRM connected to HeavySet Tech');
    } finally {
      await consent.close();
    }

    const connection = await callApi(server, 'GET', configPath(server.configIds.zoho, 'connection'), { code: server.codes.zoho });
    expect(connection.body.complete).toBe(true);
    for (const field of ['refreshToken', 'apiDomain', 'accountsDomain']) expect(connection.body.fields[field].set).toBe(true);
  });
});
