// Shared e2e setup: the reference server, Chromium with the built extension and the sandbox
// CRM sites at their real URLs, and a few helpers that act as a person would.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { launchSandboxBrowser, type SandboxBrowser } from '../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callSandbox } from '../sandbox/server/testing';
import type { ServerState } from '../sandbox/server/state';
import { allSites } from '../sandbox/sites/index';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');
export const SCREENSHOTS = resolve('artifacts/screenshots');

export interface Sandbox {
  server: ReferenceServer;
  browser: SandboxBrowser;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function startSandbox(options: { headless?: boolean; slowMo?: number; dataDir?: string } = {}): Promise<Sandbox> {
  const server = await startReferenceServer({ quiet: true, dataDir: options.dataDir });
  const browser = await launchSandboxBrowser({
    extensionPath: EXTENSION_PATH,
    serverUrl: server.url,
    sites: allSites,
    headless: options.headless ?? true,
    slowMo: options.slowMo,
  });
  return {
    server,
    browser,
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** By role and accessible name, as a person reads the page (pierces shadow roots). */
export const byRole = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

export async function click(page: Page, role: string, name: string): Promise<void> {
  await page.locator(byRole(role, name)).setTimeout(10_000).click();
}

export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const box = (await page.locator(byRole('textbox', label)).setTimeout(10_000).waitHandle()) as ElementHandle<HTMLInputElement>;
  await box.click({ count: 3 });
  await box.evaluate((el) => {
    el.value = '';
  });
  await box.type(text);
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

/** The overlay's text (inside <heavyset-assistant>'s shadow root). */
export async function overlayText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('heavyset-assistant')?.shadowRoot?.textContent ?? '');
}

export async function waitForOverlay(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  const source = text instanceof RegExp ? { re: text.source, flags: text.flags } : { re: null, text };
  await page.waitForFunction(
    (s: { re: string | null; flags?: string; text?: string }) => {
      const t = document.querySelector('heavyset-assistant')?.shadowRoot?.textContent ?? '';
      return s.re ? new RegExp(s.re, s.flags).test(t) : t.includes(s.text!);
    },
    { timeout },
    source,
  );
}

export async function saveOptions(sandbox: Sandbox, code: string, email = 'engineer@heavyset.tech'): Promise<Page> {
  const page = await sandbox.browser.newPage(sandbox.extensionUrl('options.html'));
  await typeInto(page, 'HeavySet API URL', sandbox.server.url);
  await typeInto(page, 'Connect code', code);
  await typeInto(page, 'Engineer e-mail', email);
  await click(page, 'button', 'Save');
  return page;
}

export async function openPopup(sandbox: Sandbox): Promise<Page> {
  const page = await sandbox.browser.browser.newPage();
  await page.setViewport({ width: 400, height: 600 });
  await page.goto(sandbox.extensionUrl('popup.html'), { waitUntil: 'load' });
  return page;
}

export async function serverState(sandbox: Sandbox): Promise<ServerState> {
  return (await callSandbox(sandbox.server, 'GET', '/sandbox/state')).body as ServerState;
}

export async function injectFaults(sandbox: Sandbox, fault: { kind: '500' | '429' | 'hang' | 'drop'; count: number; pathPrefix?: string; retryAfter?: number }) {
  const answer = await callSandbox(sandbox.server, 'POST', '/sandbox/faults', fault);
  if (answer.status >= 300) throw new Error(`fault injection refused: ${answer.status}`);
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
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
