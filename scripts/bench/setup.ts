// The two browsers the bench compares: one with the built extension (connected to the
// reference server with the sandbox Leap code) and one without (the baseline).
import { launchSandboxBrowser, type SandboxBrowser } from '../../test/sandbox/browser';
import { startReferenceServer } from '../../test/sandbox/server/index';
import { EXTENSION_PATH, saveOptions, waitForText, type Sandbox } from '../../test/e2e/harness';
import { benchLeapSite } from './page';

export interface BenchRig {
  sandbox: Sandbox;
  baseline: SandboxBrowser;
  close(): Promise<void>;
}

/** A browser with the extension built at `extensionPath`, connected to the sandbox's Leap configuration as a person would. */
export async function connectedBrowser(server: Sandbox['server'], extensionPath: string): Promise<Sandbox> {
  const browser = await launchSandboxBrowser({ extensionPath, serverUrl: server.url, sites: [benchLeapSite], headless: true });
  const sandbox: Sandbox = {
    server,
    browser,
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
  const options = await saveOptions(sandbox, server.codes.leap);
  await waitForText(options, /Connected to .+/, 20_000);
  await options.close();
  return sandbox;
}

export async function startRig(): Promise<BenchRig> {
  const server = await startReferenceServer({ quiet: true });
  const sandbox = await connectedBrowser(server, EXTENSION_PATH);
  const baseline = await launchSandboxBrowser({ serverUrl: server.url, sites: [benchLeapSite], headless: true });
  return {
    sandbox,
    baseline,
    async close() {
      await baseline.close();
      await sandbox.close();
    },
  };
}
