// Chromium for tests and the demo: the CRM sandbox sites answer at their real URLs, loopback
// (the reference server) passes, everything else fails as if offline (this machine has no network).
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page, type Protocol, type Target, type Viewport, type WebWorker } from 'puppeteer';
import type { SiteRouter } from './sites/index';
import { createTabRouting, type TabRouting } from './sites/tab-routing';
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
  /** Other renderings of the CRM pages a tab can be opened on (`newPage(url, { variant })`). */
  variants?: { id: string; sites: SandboxSite[] }[];
  /** Loopback granted as a person grants it when saving a loopback API URL (default true); false: as installed. */
  grantLoopback?: boolean;
  /**
   * The CRM pages of every tab in one renderer process (site isolation off), as Chromium shares processes
   * under memory pressure: a new tab then costs about 0.1 s of CPU instead of 0.35 s. For the walks on the
   * renderings, which open a few tabs per walk, hundreds in all, and have no frames; the flows, the
   * hostile-page tests and the bench keep Chromium's own process model.
   */
  shareRenderers?: boolean;
}

export interface NewPageOptions {
  /** Open the tab on this variant's sites (see `variants`); the default sites answer the other hosts. */
  variant?: string;
  /** This tab's `/__sandbox__/` calls go to another reference server. */
  serverUrl?: string;
  viewport?: Viewport;
}

export function pageOptions(given: NewPageOptions | Viewport | undefined): NewPageOptions {
  if (!given) return {};
  return 'width' in given ? { viewport: given } : given;
}

export interface SandboxBrowser {
  browser: Browser;
  extensionId?: string;
  /**
   * A new tab, sized when asked, on a variant's sites when asked, then navigated to `url` when given
   * (waits for `load`). A bare viewport as the second argument is the same as `{ viewport }`.
   */
  newPage(url?: string, options?: NewPageOptions | Viewport): Promise<Page>;
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
  const built = opts.extensionPath ? resolve(opts.extensionPath) : undefined;
  const extensionPath = built && opts.grantLoopback !== false ? await withOptionalHostsGranted(built) : built;
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
      args: [...SANDBOX_CHROMIUM_ARGS, ...(opts.shareRenderers ? ['--disable-site-isolation-trials', '--renderer-process-limit=1'] : [])],
    });
  } catch (error) {
    await removeProfile(userDataDir);
    throw error;
  }

  const routing = createTabRouting(opts.sites, opts.serverUrl);
  const variantSites = new Map((opts.variants ?? []).map((v) => [v.id, v.sites]));
  try {
    await interceptBrowserWide(browser, routing);
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
    async newPage(url, given) {
      const options = pageOptions(given);
      // A window of its own: shown, as the tab a person works in is. Tabs opened side by side in one
      // window are hidden but the newest: no animation frames there, so a dialog's fade-in (Vuetify's)
      // and Puppeteer's waits that poll on frames stood still until the tab came to the front.
      const page = await browser.newPage({ type: 'window' });
      if (options.viewport) await page.setViewport(options.viewport);
      if (options.variant !== undefined || options.serverUrl !== undefined) {
        const sites = options.variant === undefined ? undefined : variantSites.get(options.variant);
        if (options.variant !== undefined && !sites) throw new Error(`No sandbox variant "${options.variant}" was given to the browser.`);
        await routeTab(page, routing, { sites, serverUrl: options.serverUrl });
      }
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

/**
 * The extension with its optional host permissions (loopback) granted, as a person grants them when
 * the options page asks (Chromium gives automation no way to answer that prompt): a copy whose
 * manifest lists them as granted hosts. The code path is the product's: asking for a host already
 * granted answers yes at once. One copy per build folder and test process, at a stable path (the
 * extension ID follows the path, so a browser restart on the same profile finds its storage; test
 * files running side by side each have their own).
 */
export async function withOptionalHostsGranted(extensionPath: string): Promise<string> {
  const copy = join(tmpdir(), `heavyset-granted-${createHash('sha256').update(extensionPath).digest('hex').slice(0, 12)}-${process.pid}`);
  await rm(copy, { recursive: true, force: true });
  await cp(extensionPath, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])])];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return copy;
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
async function interceptBrowserWide(browser: Browser, routing: TabRouting): Promise<void> {
  const session = await browser.target().createCDPSession();
  session.on('Fetch.requestPaused', (event) => {
    void answer(session, routing.routerFor(event.frameId), event).catch((error: unknown) => {
      // A tab closed while its request was paused: nothing is waiting for the answer any more.
      if (!browser.connected || /Invalid InterceptionId|Target closed|Session closed/i.test(String(error))) return;
      console.error(`Sandbox interception failed for ${event.request.url}:`, error);
      void session.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'Failed' }).catch(() => undefined);
    });
  });
  // Tabs a routed tab opens follow it: their creation is announced before their first request.
  session.on('Target.targetCreated', ({ targetInfo }) => routing.tabOpened(targetInfo.targetId, targetInfo.openerId));
  session.on('Target.targetDestroyed', ({ targetId }) => routing.releaseTab(targetId));
  await session.send('Target.setDiscoverTargets', { discover: true });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: 'http://*' }, { urlPattern: 'https://*' }] });
}

/** Routes this tab's main frame (its id is the target id) and the frames attached inside it. */
async function routeTab(page: Page, routing: TabRouting, route: Parameters<TabRouting['assignTab']>[1]): Promise<void> {
  const session = await page.createCDPSession();
  const { targetInfo } = await session.send('Target.getTargetInfo');
  routing.assignTab(targetInfo.targetId, route);
  session.on('Page.frameAttached', ({ frameId, parentFrameId }) => routing.frameAttached(frameId, parentFrameId));
  await session.send('Page.enable');
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
