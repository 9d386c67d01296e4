// Firefox for tests: the Firefox build as a temporary add-on, the CRM sandbox sites at their real URLs,
// loopback (the reference server) passing, everything else failing as if offline. Puppeteer drives
// Firefox over WebDriver BiDi, which brings three differences from ./browser.ts (Chromium over CDP):
// - interception is per tab (BiDi network.addIntercept on a browsing context), so every tab is set
//   up before it loads anything: open tabs with `newPage`, which does that first;
// - extension pages live at moz-extension://<uuid>/, a UUID Firefox draws at install: the
//   `extensions.webextensions.uuids` pref fixes it before the add-on is installed;
// - Firefox 153 lets WebDriver navigate to moz-extension:// only with --remote-allow-system-access,
//   and reports no navigation events for it (the tab moves to the extension process): `newPage`
//   waits for the document itself instead.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer, { type HTTPRequest, type Page, type Viewport } from 'puppeteer';
import { createSiteRouter, type SiteRouter } from './sites/index';
import { isPassThrough, pageOptions, type NewPageOptions, type SandboxBrowser } from './browser';
import type { SandboxSite } from './sites/types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export interface FirefoxSandboxOptions {
  /** Built Firefox extension folder (e.g. `.output/firefox-mv3`). */
  extensionPath: string;
  /** Reference server base URL; site `/__sandbox__/` calls are forwarded to it. */
  serverUrl: string;
  sites: SandboxSite[];
  headless: boolean;
}

/** A SandboxBrowser whose `extensionId` is the add-on's moz-extension UUID (what its page URLs hold). */
export interface FirefoxSandboxBrowser extends SandboxBrowser {
  extensionId: string;
  /** The add-on ID from the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
}

export async function launchFirefoxSandbox(opts: FirefoxSandboxOptions): Promise<FirefoxSandboxBrowser> {
  const extensionPath = resolve(opts.extensionPath);
  const addonId = await geckoId(extensionPath);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: opts.headless,
    defaultViewport: opts.headless ? { width: 1280, height: 800 } : null,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // No first-run pages, update checks or captive-portal probes reaching for the network.
      'browser.startup.homepage_override.mstone': 'ignore',
      'network.captive-portal-service.enabled': false,
      'app.update.disabledForTesting': true,
    },
  });
  try {
    const installed = await browser.installExtension(extensionPath);
    if (installed !== addonId) throw new Error(`Firefox installed the add-on as ${installed}, not ${addonId}.`);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }

  const router = createSiteRouter(opts.sites, opts.serverUrl);
  const intercepted = new WeakSet<Page>();
  const intercept = async (page: Page) => {
    if (intercepted.has(page)) return;
    intercepted.add(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      void answer(router, request).catch((error: unknown) => {
        if (!browser.connected || request.isInterceptResolutionHandled()) return;
        console.error(`Sandbox interception failed for ${request.url()}:`, error);
        void request.abort('failed').catch(() => undefined);
      });
    });
  };
  // Tabs the extension opens itself: best effort (their first request may start before this runs).
  browser.on('targetcreated', (target) => {
    void target
      .page()
      .then((page) => page && intercept(page))
      .catch(() => undefined);
  });

  return {
    browser,
    extensionId: uuid,
    addonId,
    async newPage(url?: string, given?: NewPageOptions | Viewport) {
      const { viewport, variant, serverUrl } = pageOptions(given);
      if (variant !== undefined || serverUrl !== undefined) throw new Error('The Firefox sandbox serves the default sites only (no per-tab variants).');
      const page = await browser.newPage();
      await intercept(page);
      if (viewport) await page.setViewport(viewport);
      if (url) await open(page, url);
      return page;
    },
    serviceWorker() {
      return Promise.reject(new Error('Firefox runs the MV3 background as an event page, not a service worker.'));
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

async function geckoId(extensionPath: string): Promise<string> {
  const manifest = JSON.parse(await readFile(resolve(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json has no browser_specific_settings.gecko.id: is it the Firefox build?`);
  return id;
}

/** Navigates and waits for `load`; moz-extension pages are waited for in the page (no BiDi navigation events). */
async function open(page: Page, url: string): Promise<void> {
  if (!url.startsWith('moz-extension:')) {
    await page.goto(url, { waitUntil: 'load' });
    return;
  }
  void page.goto(url, { timeout: 20_000 }).catch(() => undefined);
  // Polled by hand: an evaluation that lands while the document is being replaced fails with a protocol error
  // ("right-hand side of 'in' should be an object, got null"), which ends waitForFunction; here it is one more try.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await page
      .evaluate((target: string) => location.href === target && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not finish loading in 20 s`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function answer(router: SiteRouter, request: HTTPRequest): Promise<void> {
  const url = request.url();
  if (router.handles(url)) {
    const body = request.hasPostData() ? await request.fetchPostData() : undefined;
    const response = await router.respond({ url, method: request.method(), body });
    await request.respond({
      status: response.status,
      contentType: response.contentType,
      headers: { 'Cache-Control': 'no-store', ...response.headers },
      body: response.body,
    });
    return;
  }
  if (!/^https?:/.test(url) || isPassThrough(url)) {
    await request.continue();
    return;
  }
  await request.abort('internetdisconnected');
}
