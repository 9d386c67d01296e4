// A browser restart keeps what was captured (sealed in storage.local, key in IndexedDB) until it is sent.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { launchSandboxBrowser, type SandboxBrowser } from '../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { allSites } from '../sandbox/sites/index';
import { byRole, EXTENSION_PATH, openPopup, type Sandbox } from './harness';
import { connectLeap, generateToken, leapConfig, sendFromPopup } from './walks/leap';

let server: ReferenceServer | undefined;
let browser: SandboxBrowser | undefined;
let profile: string | undefined;
afterEach(async () => {
  await browser?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
  browser = server = profile = undefined;
});

async function sandboxWith(userDataDir: string): Promise<Sandbox> {
  browser = await launchSandboxBrowser({ extensionPath: EXTENSION_PATH, serverUrl: server!.url, sites: allSites, headless: true, userDataDir });
  const b = browser;
  return { server: server!, browser: b, extensionUrl: (path) => `chrome-extension://${b.extensionId}/${path}`, close: () => b.close() };
}

it('keeps a captured token across a browser restart and sends it afterwards', async () => {
  server = await startReferenceServer({ quiet: true });
  profile = await mkdtemp(join(tmpdir(), 'heavyset-restart-'));
  let sandbox = await sandboxWith(profile);
  await connectLeap(sandbox);
  const { token } = await generateToken(sandbox);
  await browser!.close();

  sandbox = await sandboxWith(profile);
  const popup = await openPopup(sandbox);
  const row = await popup.locator(byRole('group', 'API Token')).setTimeout(10_000).waitHandle();
  expect(await row.evaluate((el) => el.textContent ?? '')).toContain(token.slice(-4));
  await sendFromPopup(popup);
  expect((await leapConfig(sandbox)).connection.apiToken?.value).toBe(token);
});
