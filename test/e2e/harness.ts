// Shared e2e setup: the reference server, Chromium with the built extension and the sandbox
// CRM sites at their real URLs, and a few helpers that act as a person would.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Locator, Puppeteer, type CustomQueryHandler, type ElementHandle, type Page } from 'puppeteer';
import { launchSandboxBrowser, type SandboxBrowser } from '../sandbox/browser';
import { cardClick, cardText, waitForCard } from './support/card';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callSandbox } from '../sandbox/server/testing';
import type { FaultRequest } from '../sandbox/server/faults';
import type { ServerState } from '../sandbox/server/state';
import { allSites } from '../sandbox/sites/index';
import type { SandboxSite } from '../sandbox/sites/types';

/** The built extension; EXTENSION_PATH points elsewhere (e.g. a copy kept while someone else rebuilds). */
export const EXTENSION_PATH = resolve(process.env.EXTENSION_PATH ?? '.output/chrome-mv3');
export const SCREENSHOTS = resolve('artifacts/screenshots');

export interface Sandbox {
  server: ReferenceServer;
  browser: SandboxBrowser;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface SandboxOptions {
  headless?: boolean;
  slowMo?: number;
  /** The CRM sites answering their real hosts (default: the sandbox's own; a variant replaces one). */
  sites?: SandboxSite[];
  /** Loopback granted as a person grants it when asked (default true); false: the extension as installed. */
  grantLoopback?: boolean;
}

export async function startSandbox(options: SandboxOptions & { dataDir?: string } = {}): Promise<Sandbox> {
  const server = await startReferenceServer({ quiet: true, dataDir: options.dataDir });
  const sandbox = await browseSandbox(server, options);
  return {
    ...sandbox,
    async close() {
      await sandbox.close();
      await server.close();
    },
  };
}

/** Chromium with the extension against a server that outlives it: `close()` closes the browser only. */
export async function browseSandbox(server: ReferenceServer, options: SandboxOptions = {}): Promise<Sandbox> {
  const browser = await launchSandboxBrowser({
    extensionPath: EXTENSION_PATH,
    serverUrl: server.url,
    sites: options.sites ?? allSites,
    headless: options.headless ?? true,
    slowMo: options.slowMo,
    grantLoopback: options.grantLoopback,
  });
  return {
    server,
    browser,
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path}`,
    close: () => browser.close(),
  };
}

/** By role and accessible name, as a person reads the page (pierces shadow roots). */
export const byRole = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

// Firefox's accessibility locator (WebDriver BiDi) does not look into shadow roots, where the overlay
// lives: there a control is also found by its element (or role attribute) and its label or text.
// No named inner functions: tsx (the demo) would wrap them in a helper the page lacks.
const inShadowRoots: CustomQueryHandler = {
  queryAll: (root, selector) => {
    const [role, name] = selector.split('|') as [string, string];
    const css: Record<string, string> = {
      button: 'button, [role="button"]',
      link: 'a[href], [role="link"]',
      checkbox: 'input[type="checkbox"], [role="checkbox"]',
      textbox: 'input:not([type]), input[type="text"], input[type="password"], input[type="email"], input[type="url"], textarea',
    };
    const found: Element[] = [];
    const hosts = [...(root as ParentNode).querySelectorAll('*')].filter((el) => el.shadowRoot);
    while (hosts.length) {
      const shadow = hosts.pop()!.shadowRoot!;
      for (const el of shadow.querySelectorAll(css[role] ?? `[role="${role}"]`)) {
        const named = el.getAttribute('aria-label') ?? ((el as HTMLInputElement).labels?.[0] ?? el).textContent ?? '';
        if (named.replace(/\s+/g, ' ').trim() === name) found.push(el);
      }
      hosts.push(...[...shadow.querySelectorAll('*')].filter((el) => el.shadowRoot));
    }
    return found;
  },
};
// Once per process: vitest may load this module again for another test file.
if (!Puppeteer.customQueryHandlerNames().includes('inShadowRoots')) Puppeteer.registerCustomQueryHandler('inShadowRoots', inShadowRoots);

export async function click(page: Page, role: string, name: string): Promise<void> {
  const target = () => Locator.race([page.locator(byRole(role, name)), page.locator(`::-p-inShadowRoots(${role}|${name})`)]).setTimeout(10_000);
  await centre(await target().waitHandle());
  await target().click();
}

/** Scrolled to the middle first, as a person brings a control into view: at a window's edge it may sit
 *  under something sticky (the popup's next-step bar, a page's toolbar) that would take the click. */
async function centre(target: ElementHandle<Node>): Promise<void> {
  await target.evaluate((el) => (el as Element).scrollIntoView({ block: 'center', inline: 'nearest' }));
}

/** Opens a collapsed section (a <details> whose summary reads `text`), brought to the middle of the window first. */
export async function expand(page: Page, text: string): Promise<void> {
  const summary = await page.locator(`::-p-text(${text})`).setTimeout(10_000).waitHandle();
  await centre(summary);
  const open = await summary.evaluate((el) => (el as Element).closest('details')?.open ?? false);
  if (!open) await summary.click();
}

/** The person clicks a button on the assistant's card. */
export { cardClick };

export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  // Firefox gives a password input no "textbox" role: there the field is found by its <label for>.
  const field = Locator.race([
    page.locator(byRole('textbox', label)),
    page.locator(`::-p-xpath(//input[@id = //label[normalize-space(.) = "${label}"]/@for])`),
  ]);
  const box = (await field.setTimeout(10_000).waitHandle()) as ElementHandle<HTMLInputElement>;
  // As a person waits for a form still loading (aria-busy) to show what it holds: arriving mid-typing,
  // stored settings would land under the caret (a worker cold-starting on a busy machine answers late).
  await page.waitForFunction((el) => !el.closest('[aria-busy="true"]'), { timeout: 15_000 }, box);
  await box.click({ count: 3 });
  await box.evaluate((el) => {
    el.value = '';
  });
  await box.type(text);
  // A line break is Enter: the form may be submitted (and cleared) by then, so what it holds is not checked.
  const typed = await box.evaluate((el) => el.value);
  if (!/[\r\n]/.test(text) && typed !== text) throw new Error(`"${label}" holds "${typed}" after typing "${text}"`);
}

/** Waits until the page (light DOM and open shadow roots) shows this text. */
export async function waitForText(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  const source = text instanceof RegExp ? { re: text.source, flags: text.flags } : { re: null, text };
  await page.waitForFunction(
    (s: { re: string | null; flags?: string; text?: string }) => {
      // No named inner functions: tsx (the demo) would wrap them in a helper the page lacks.
      const parts: string[] = [document.body.innerText];
      const roots: ShadowRoot[] = [...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
      while (roots.length) {
        const root = roots.pop()!;
        parts.push(root.textContent ?? '');
        roots.push(...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])));
      }
      const text = parts.join('\n');
      return s.re ? new RegExp(s.re, s.flags).test(text) : text.includes(s.text!);
    },
    { timeout },
    source,
  );
}

/** The card's text (inside <heavyset-assistant>'s closed shadow root). */
export const overlayText = cardText;

/** Waits for the card to say this; on failure, says what it showed instead. */
export const waitForOverlay = waitForCard;

/** Waits until the popup row (a group named after the value) says `word`, e.g. "Sent" or "Format OK". */
export async function waitForRowStatus(popup: Page, row: string, word: string, timeout = 30_000): Promise<void> {
  await popup
    .waitForFunction(
      (name: string, w: string) => (document.querySelector(`[role="group"][aria-label="${name}"]`)?.textContent ?? '').includes(w),
      { timeout },
      row,
      word,
    )
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nwaiting for "${row}" to say "${word}"; the popup showed:\n${await pageText(popup)}`);
    });
}

/** The text a person reads on the page (light DOM). */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** Clicks the link/button with exactly this text inside the table row or list item naming `rowText`. */
export async function clickInRow(page: Page, rowText: string, control: string): Promise<void> {
  const found = await page.waitForFunction(
    (row: string, name: string) => {
      const container = [...document.querySelectorAll('tr, li')].find((el) => el.textContent?.includes(row));
      return [...(container?.querySelectorAll<HTMLElement>('a, button') ?? [])].find((c) => c.textContent?.trim() === name) ?? false;
    },
    { timeout: 10_000 },
    rowText,
    control,
  );
  await (found.asElement() as ElementHandle<HTMLElement>).click();
}

export async function waitForHeading(page: Page, name: string, timeout = 10_000): Promise<void> {
  await page.locator(byRole('heading', name)).setTimeout(timeout).wait();
}

/** Waits until the page has finished loading its lists (no "Loading…" spinner left), as a person waits before reading them. */
export async function waitForLoaded(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => !/Loading…|Loading\.\.\./.test(document.body.innerText), { timeout });
}

/** Whether a table row or list item on the page reads like `text` (a pattern, e.g. /HeavySet Tech.*Connected/). */
export async function rowShown(page: Page, text: RegExp): Promise<boolean> {
  return page.evaluate(
    (re: string, flags: string) => [...document.querySelectorAll('tr, li')].some((el) => new RegExp(re, flags).test(el.textContent ?? '')),
    text.source,
    text.flags,
  );
}

/** Ticks the checkbox unless it is ticked already (data kept between demo runs). */
export async function check(page: Page, name: string): Promise<void> {
  const box = await page.locator(byRole('checkbox', name)).setTimeout(10_000).waitHandle();
  if (await box.evaluate((el) => (el as HTMLInputElement).checked)) return;
  await centre(box);
  await box.click();
}

export async function saveOptions(sandbox: Sandbox, code: string, email = 'engineer@heavyset.tech'): Promise<Page> {
  const page = await sandbox.browser.newPage(sandbox.extensionUrl('options.html'));
  await typeInto(page, 'HeavySet API URL', sandbox.server.url);
  await typeInto(page, 'Connect code', code);
  await typeInto(page, 'Engineer e-mail', email);
  await click(page, 'button', 'Save');
  return page;
}

/** Saves the options with this connect code and waits until the page says so; else throws with what it showed. */
export async function connectWith(sandbox: Sandbox, code: string, says: RegExp = /Connected to .+/, timeout = 15_000): Promise<void> {
  const options = await saveOptions(sandbox, code);
  await waitForText(options, says, timeout).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\nwaiting for ${String(says)}; the options page showed:\n${await pageText(options)}`);
  });
  await options.close();
}

export async function openPopup(sandbox: Sandbox): Promise<Page> {
  return sandbox.browser.newPage(sandbox.extensionUrl('popup.html'), { width: 400, height: 600 });
}

export async function serverState(sandbox: Sandbox): Promise<ServerState> {
  return (await callSandbox(sandbox.server, 'GET', '/sandbox/state')).body as ServerState;
}

export async function injectFaults(sandbox: Sandbox, fault: FaultRequest) {
  const answer = await callSandbox(sandbox.server, 'POST', '/sandbox/faults', fault);
  if (answer.status >= 300) throw new Error(`fault injection refused: ${answer.status}`);
}

export interface ShotOptions {
  /** The whole page, from the top (a full-page picture taken while scrolled shows the sticky popup header mid-page). */
  fullPage?: boolean;
  /** Folder for the picture; default artifacts/screenshots. */
  dir?: string;
}

/** How walks take pictures: the tests keep them in artifacts/screenshots, the demo in artifacts/demo. */
export type Shot = (page: Page, name: string, options?: ShotOptions) => Promise<unknown>;

/** Saves `<dir>/<name>.png` after the pages' fade-in animations, so it shows what a person sees. */
export async function screenshot(page: Page, name: string, options: ShotOptions = {}): Promise<string> {
  const dir = options.dir ?? SCREENSHOTS;
  await mkdir(dir, { recursive: true });
  if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await new Promise((r) => setTimeout(r, 300));
  const path = resolve(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}

/** Stops the extension's service worker, as Chromium does after 30 s idle. */
export async function stopServiceWorker(sandbox: Sandbox): Promise<void> {
  const session = await sandbox.browser.browser.target().createCDPSession();
  const targets = await session.send('Target.getTargets');
  const worker = targets.targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(sandbox.browser.extensionId!));
  if (!worker) return;
  // ServiceWorker.stopAllWorkers needs a page session; use a throwaway page.
  const page = await sandbox.browser.browser.newPage();
  const pageSession = await page.createCDPSession();
  await pageSession.send('ServiceWorker.enable');
  await pageSession.send('ServiceWorker.stopAllWorkers');
  await page.close();
  await session.detach();
}
