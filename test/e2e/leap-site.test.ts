// The Leap CRM sandbox at its real URL in the sandbox browser, against the reference server.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSandboxBrowser, type SandboxBrowser } from '../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { allSites } from '../sandbox/sites/index';

const SCREENSHOTS = 'artifacts/screenshots';
const aria = (name: string, role: string) => `::-p-aria([name="${name}"][role="${role}"])`;

async function dialogOf(page: Page): Promise<ElementHandle> {
  const dialog = await page.waitForSelector('::-p-aria([role="dialog"])', { visible: true });
  if (!dialog) throw new Error('no dialog');
  return dialog;
}

async function valueOf(handle: ElementHandle): Promise<string> {
  return handle.evaluate((el) => (el as HTMLInputElement).value);
}

describe('Leap CRM sandbox site', () => {
  let server: ReferenceServer;
  let sandbox: SandboxBrowser;

  beforeAll(async () => {
    server = await startReferenceServer({ quiet: true });
    sandbox = await launchSandboxBrowser({ serverUrl: server.url, sites: allSites, headless: true });
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await sandbox?.close();
    await server?.close();
  });

  it('walks Settings → Developers → Generate Token → copy, without page reloads', async () => {
    const origin = 'https://www.jobprogress.com';
    await sandbox.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const page = await sandbox.newPage(`${origin}/app/#/settings`);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await page.locator(aria('Developers', 'link')).click();
    await page.waitForSelector(aria('Developers', 'heading'));
    await page.waitForSelector(aria('Public API Tokens', 'heading'));
    // Seeded tokens from the reference server, under the table's headers.
    await page.waitForSelector('::-p-aria([name="Zapier"][role="cell"])');
    const headers = await page.$$eval('table th', (ths) => ths.map((th) => th.textContent?.trim()));
    expect(headers).toEqual(['Token Name', 'Created On', 'Created By', 'Actions']);
    expect(page.url()).toBe(`${origin}/app/#/settings/developers`);

    await page.locator(aria('Generate Token', 'button')).click();
    let dialog = await dialogOf(page);
    expect(await dialog.evaluate((el) => el.getAttribute('aria-modal'))).toBe('true');
    await dialog.waitForSelector(aria('Generate Token', 'heading'));
    const nameField = await dialog.waitForSelector(aria('Token Name', 'textbox'));
    await nameField!.type('HeavySet Tech');
    await (await dialog.waitForSelector(aria('Generate Token', 'button')))!.click();

    dialog = await dialogOf(page);
    await dialog.waitForSelector(aria('Your API token', 'heading'));
    expect(await dialog.evaluate((el) => el.textContent)).toContain('This token will only be shown once. Copy it now.');
    const tokenField = await dialog.waitForSelector(aria('API Token', 'textbox'));
    const token = await valueOf(tokenField!);
    expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await tokenField!.evaluate((el) => (el as HTMLInputElement).readOnly)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/leap-sandbox-token-dialog.png` });

    await (await dialog.waitForSelector(aria('Copy to Clipboard', 'button')))!.click();
    // Closed at once: no wait for the copy.
    expect(await page.$('::-p-aria([role="dialog"])')).toBeNull();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    await page.waitForSelector('::-p-aria([name="HeavySet Tech"][role="cell"])');
    expect(await page.content()).not.toContain(token);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/leap-sandbox.png` });

    // The token is real for the reference server's Leap.
    const listed = (await (await fetch(`${server.url}/sandbox/crm/leap/tokens`)).json()) as { name: string }[];
    expect(listed.map((t) => t.name)).toContain('HeavySet Tech');
    await page.close();
  });

  it('closes the token dialog with ×, and Cancel leaves no token behind', async () => {
    const page = await sandbox.newPage('https://jobprogress.com/app/#/settings/developers');
    const before = ((await (await fetch(`${server.url}/sandbox/crm/leap/tokens`)).json()) as unknown[]).length;
    await page.locator(aria('Generate Token', 'button')).click();
    let dialog = await dialogOf(page);
    await (await dialog.waitForSelector(aria('Cancel', 'button')))!.click();
    await page.waitForSelector('::-p-aria([role="dialog"])', { hidden: true });

    await page.locator(aria('Generate Token', 'button')).click();
    dialog = await dialogOf(page);
    await (await dialog.waitForSelector(aria('Token Name', 'textbox')))!.type('Second');
    await page.keyboard.press('Enter');
    dialog = await dialogOf(page);
    await dialog.waitForSelector(aria('API Token', 'textbox'));
    await (await dialog.waitForSelector(aria('Close', 'button')))!.click();
    await page.waitForSelector('::-p-aria([role="dialog"])', { hidden: true });
    await page.waitForSelector('::-p-aria([name="Second"][role="cell"])');
    const after = ((await (await fetch(`${server.url}/sandbox/crm/leap/tokens`)).json()) as unknown[]).length;
    expect(after).toBe(before + 1);
    await page.close();
  });

  it('hides Developers from the Staff sandbox user', async () => {
    const page = await sandbox.newPage('https://www.jobprogress.com/app/#/settings');
    await page.waitForSelector(aria('Developers', 'link'));
    await page.locator(aria('Staff', 'button')).click();
    await page.waitForSelector(aria('Company Profile', 'link'));
    expect(await page.$(aria('Developers', 'link'))).toBeNull();
    await page.goto('https://www.jobprogress.com/app/#/settings/developers');
    await page.waitForSelector(aria('Access Denied', 'heading'));
    expect(await page.$(aria('Generate Token', 'button'))).toBeNull();
    await page.locator(aria('Admin', 'button')).click();
    await page.waitForSelector(aria('Generate Token', 'button'));
    await page.close();
  });

  it('blocks every host that is neither a sandbox site nor loopback', async () => {
    const page = await sandbox.newPage();
    await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    // Loopback (the reference server) passes.
    const loopback = await page.goto(`${server.url}/`);
    expect(loopback?.status()).toBe(200);
    await page.goto('https://www.jobprogress.com/app/#/dashboard');
    await page.waitForSelector(aria('Dashboard', 'heading'));
    const api = await page.evaluate(() =>
      fetch('https://api.heavyset.tech/v1/session', { mode: 'no-cors' }).then(() => 'reached', () => 'blocked'),
    );
    expect(api).toBe('blocked');
    await page.close();
  });
});

describe('sandbox browser with an extension', () => {
  let server: ReferenceServer;
  let sandbox: SandboxBrowser;
  let extensionDir: string;

  beforeAll(async () => {
    server = await startReferenceServer({ quiet: true });
    // A minimal MV3 extension: the interception must cover tabs it opens itself.
    extensionDir = await mkdtemp(join(tmpdir(), 'sandbox-test-extension-'));
    await writeFile(
      join(extensionDir, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'Sandbox probe', version: '1.0', background: { service_worker: 'background.js' } }),
    );
    await writeFile(join(extensionDir, 'background.js'), 'chrome.runtime.onMessage.addListener(() => undefined);\n');
    sandbox = await launchSandboxBrowser({ extensionPath: extensionDir, serverUrl: server.url, sites: allSites, headless: true });
  });
  afterAll(async () => {
    await sandbox?.close();
    await server?.close();
    await rm(extensionDir, { recursive: true, force: true });
  });

  it('finds the extension id and serves the sandbox page in a tab the extension opens', async () => {
    expect(sandbox.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await sandbox.serviceWorker();
    await worker.evaluate(() => chrome.tabs.create({ url: 'https://www.jobprogress.com/app/#/settings/developers' }));
    const target = await sandbox.browser.waitForTarget((t) => t.url().startsWith('https://www.jobprogress.com/'));
    const page = (await target.page())!;
    await page.waitForSelector(aria('Generate Token', 'button'));
    await page.close();
  });

  it('re-acquires the service worker after Chromium stopped it', async () => {
    const first = await sandbox.serviceWorker();
    await first.close();
    const second = await sandbox.serviceWorker();
    expect(second).not.toBe(first);
    expect(await second.evaluate(() => chrome.runtime.id)).toBe(sandbox.extensionId);
  });
});
