// Chromium for tests and the demo: the CRM sandbox sites answer at their real URLs, loopback
// (the reference server) passes, everything else fails as if offline (this machine has no network).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page, type Protocol, type Target, type Viewport, type WebWorker } from 'puppeteer';
import { createSiteRouter, type SiteRouter } from './sites/index';
import type { SandboxSite } from './sites/types';

export interface SandboxBrowserOptions {
  /** Built extension folder (e.g. `.output/chrome-mv3`); omitted: no extension. */
  extensionPath?: string;
  /** Reference server base URL; site `/__sandbox__/` calls are forwarded to it. */
  serverUrl: string;
  sites: SandboxSite[];
  headless: boolean;
  slowMo?: number;
  /** A profile folder kept after close (a browser restart reuses it); omitted: a fresh temp one, removed on close. */
  userDataDir?: string;
}

export interface SandboxBrowser {
  browser: Browser;
  extensionId?: string;
  /** A new tab, sized to `viewport` when given, then navigated to `url` when given (waits for `load`). */
  newPage(url?: string, viewport?: Viewport): Promise<Page>;
  /** The extension's service worker; wakes and re-acquires it if Chromium stopped it. */
  serviceWorker(): Promise<WebWorker>;
  close(): Promise<void>;
}

export const SANDBOX_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchSandboxBrowser(opts: SandboxBrowserOptions): Promise<SandboxBrowser> {
  const keepProfile = opts.userDataDir !== undefined;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'heavyset-sandbox-')));
  const removeProfile = (dir: string) => (keepProfile ? Promise.resolve() : removeDir(dir));
  const extensionPath = opts.extensionPath ? resolve(opts.extensionPath) : undefined;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: opts.headless,
      slowMo: opts.slowMo,
      pipe: true,
      enableExtensions: extensionPath ? [extensionPath] : false,
      userDataDir,
      defaultViewport: opts.headless ? { width: 1280, height: 800 } : null,
      args: SANDBOX_CHROMIUM_ARGS,
    });
  } catch (error) {
    await removeProfile(userDataDir);
    throw error;
  }

  const router = createSiteRouter(opts.sites, opts.serverUrl);
  try {
    await interceptBrowserWide(browser, router);
  } catch (error) {
    await browser.close();
    await removeProfile(userDataDir);
    throw error;
  }

  let extensionId: string | undefined;
  if (extensionPath) {
    const target = await browser.waitForTarget(isExtensionWorker, { timeout: 20_000 });
    extensionId = new URL(target.url()).host;
  }

  let worker: { target: Target; worker: WebWorker } | undefined;
  const serviceWorker = async (): Promise<WebWorker> => {
    if (!extensionId) throw new Error('The sandbox browser was launched without an extension.');
    const id = extensionId;
    if (worker && browser.targets().includes(worker.target) && (await isAlive(worker.worker))) return worker.worker;
    const stale = worker?.target;
    const isOurs = (t: Target) => isExtensionWorker(t, id) && t !== stale;
    let target = browser.targets().find(isOurs);
    if (!target) {
      await wakeExtensionWorker(browser, id);
      target = await browser.waitForTarget(isOurs, { timeout: 10_000 });
    }
    const acquired = await target.worker();
    if (!acquired) throw new Error('The extension service worker target has no worker.');
    worker = { target, worker: acquired };
    return acquired;
  };

  return {
    browser,
    extensionId,
    async newPage(url, viewport) {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      if (url) await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    serviceWorker,
    async close() {
      await browser.close().catch(() => undefined);
      await removeProfile(userDataDir);
    },
  };
}

function isExtensionWorker(target: Target, extensionId?: string): boolean {
  if (target.type() !== 'service_worker') return false;
  const url = target.url();
  return extensionId ? url.startsWith(`chrome-extension://${extensionId}/`) : url.startsWith('chrome-extension://');
}

async function isAlive(worker: WebWorker): Promise<boolean> {
  try {
    return (await withTimeout(worker.evaluate(() => true), 2_000)) === true;
  } catch {
    return false;
  }
}

/** A stopped MV3 worker starts again on an extension event: a message from one of its pages. */
async function wakeExtensionWorker(browser: Browser, extensionId: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    await page.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime;
      await runtime.sendMessage({ type: 'sandbox/wake' }).catch(() => undefined);
    });
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Interception at the browser target (CDP Fetch) rather than per page: a tab the extension
 * opens with a URL starts loading before a `targetcreated` handler can turn on page
 * interception (puppeteer#1378), so its first document would escape to the real network.
 */
async function interceptBrowserWide(browser: Browser, router: SiteRouter): Promise<void> {
  const session = await browser.target().createCDPSession();
  session.on('Fetch.requestPaused', (event) => {
    void answer(session, router, event).catch((error: unknown) => {
      if (!browser.connected) return;
      console.error(`Sandbox interception failed for ${event.request.url}:`, error);
      void session.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'Failed' }).catch(() => undefined);
    });
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: 'http://*' }, { urlPattern: 'https://*' }] });
}

async function answer(session: CDPSession, router: SiteRouter, event: Protocol.Fetch.RequestPausedEvent): Promise<void> {
  const { requestId, request } = event;
  if (router.handles(request.url)) {
    const response = await router.respond({ url: request.url, method: request.method, body: requestBody(request) });
    const headers: Protocol.Fetch.HeaderEntry[] = [
      { name: 'Content-Type', value: response.contentType },
      { name: 'Cache-Control', value: 'no-store' },
      ...Object.entries(response.headers ?? {}).map(([name, value]) => ({ name, value })),
    ];
    await session.send('Fetch.fulfillRequest', {
      requestId,
      responseCode: response.status,
      responseHeaders: headers,
      body: Buffer.from(response.body, 'utf8').toString('base64'),
    });
    return;
  }
  if (isPassThrough(request.url)) {
    await session.send('Fetch.continueRequest', { requestId });
    return;
  }
  await session.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' });
}

/** Loopback (the reference server); extension and data URLs are never paused (patterns are http/https). */
export function isPassThrough(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'data:') return true;
  const host = parsed.hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

function requestBody(request: Protocol.Network.Request): string | undefined {
  if (request.postData !== undefined) return request.postData;
  if (!request.postDataEntries?.length) return undefined;
  return request.postDataEntries.map((entry) => Buffer.from(entry.bytes ?? '', 'base64').toString('utf8')).join('');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
}
