// `npm start`: the extension against the sandbox. With a display, Chromium opens with the
// extension loaded, already connected to the reference server, on Leap's Settings page (the
// CRM sites answer at their real URLs). Without one, it walks the Leap flow headless and
// saves screenshots. The reference server keeps its data in .sandbox-data/ between runs.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { launchSandboxBrowser } from '../test/sandbox/browser';
import { startReferenceServer } from '../test/sandbox/server/index';
import { allSites } from '../test/sandbox/sites/index';
import { EXTENSION_PATH, saveOptions, waitForText } from '../test/e2e/harness';
import { LEAP_SETTINGS, walkLeap } from '../test/e2e/walks/leap';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const SHOTS = resolve('artifacts/demo');

async function main(): Promise<void> {
  const server = await startReferenceServer({ port: Number(process.env.SANDBOX_PORT ?? 8787), dataDir: resolve('.sandbox-data'), quiet: headless });
  console.log(`\nReference HeavySet API (sandbox): ${server.url}`);
  console.log('Connect codes of the seeded organization "Acme Roofing":');
  for (const crm of ['leap', 'servicetitan', 'zoho'] as const) console.log(`  ${crm.padEnd(13)} ${server.codes[crm]}`);

  const browser = await launchSandboxBrowser({ extensionPath: EXTENSION_PATH, serverUrl: server.url, sites: allSites, headless });
  const sandbox = {
    server,
    browser,
    extensionUrl: (path: string) => `chrome-extension://${browser.extensionId}/${path}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
  const stop = async () => {
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  if (headless) {
    await mkdir(SHOTS, { recursive: true });
    console.log('\nNo display: walking the Leap flow headless…');
    const shot = async (page: Page, name: string) => {
      const path = resolve(SHOTS, `${name}.png`);
      await page.screenshot({ path });
      console.log(`  screenshot ${path}`);
    };
    await walkLeap(sandbox, shot);
    console.log(`\nDone: token captured, sent once, settings saved, verified. Screenshots in ${SHOTS}/`);
    await sandbox.close();
    return;
  }

  const options = await saveOptions(sandbox, server.codes.leap);
  await waitForText(options, /Connected to .+/);
  await browser.newPage(LEAP_SETTINGS);
  console.log('\nChromium is open with the assistant connected to the sandbox (Leap config).');
  console.log('Follow the overlay on the Leap page; open the assistant from the toolbar (puzzle icon → pin it).');
  console.log('To try another CRM, paste its connect code in the assistant\'s Settings. Close Chromium or press Ctrl+C to stop.');
  browser.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
