// The Firefox counterpart of harness.ts's startSandbox: the reference server and Firefox ESR with the
// Firefox build installed as a temporary add-on. The walks and helpers of harness.ts work on it.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { launchFirefoxSandbox } from '../sandbox/firefox';
import { startReferenceServer } from '../sandbox/server/index';
import { allSites } from '../sandbox/sites/index';
import type { Sandbox } from './harness';

/** The built Firefox extension; FIREFOX_EXTENSION_PATH points elsewhere. */
export const FIREFOX_EXTENSION_PATH = resolve(process.env.FIREFOX_EXTENSION_PATH ?? '.output/firefox-mv3');

export async function startFirefoxSandbox(options: { headless?: boolean } = {}): Promise<Sandbox> {
  const server = await startReferenceServer({ quiet: true });
  try {
    const browser = await launchFirefoxSandbox({
      extensionPath: FIREFOX_EXTENSION_PATH,
      serverUrl: server.url,
      sites: allSites,
      headless: options.headless ?? true,
    });
    return {
      server,
      browser,
      extensionUrl: (path) => `moz-extension://${browser.extensionId}/${path}`,
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** The extension's own APIs as one of its pages sees them (Firefox has no worker target to evaluate in). */
export interface ExtensionApis {
  badge: string;
  title: string;
  alarms: string[];
  sessionKeys: string[];
}

export async function extensionApis(page: Page): Promise<ExtensionApis> {
  return page.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    const [badge, title, alarms, session] = await Promise.all([
      ext.action.getBadgeText({}),
      ext.action.getTitle({}),
      ext.alarms.getAll(),
      ext.storage.session.get(null),
    ]);
    return { badge, title, alarms: alarms.map((a) => a.name), sessionKeys: Object.keys(session) };
  });
}
