// `npm start [-- --crm leap|servicetitan|zoho|all] [--headless]`: the extension against the sandbox.
// With a display, Chromium opens with the extension loaded, already connected to the reference
// server with that CRM's connect code, on the CRM's first page (the CRM sites answer at their real
// URLs). Without one (or with --headless), it walks the CRM's flow headless and saves screenshots;
// `--crm all` walks the three in turn. The reference server keeps its data in .sandbox-data/
// between runs, so a walk may meet the app, tag or token an earlier run made.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { startReferenceServer, type ReferenceServer } from '../test/sandbox/server/index';
import { browseSandbox, saveOptions, screenshot, waitForText, type Sandbox, type Shot, type ShotOptions } from '../test/e2e/harness';
import { LEAP_SETTINGS, walkLeap } from '../test/e2e/walks/leap';
import { PORTAL, walkServiceTitan } from '../test/e2e/walks/servicetitan';
import { walkZoho } from '../test/e2e/walks/zoho';

const CRMS = ['leap', 'servicetitan', 'zoho'] as const;
type Crm = (typeof CRMS)[number];

const WALKS: Record<Crm, { name: string; walk: (s: Sandbox, shot: Shot) => Promise<string[] | void>; done: string }> = {
  leap: { name: 'Leap CRM', walk: walkLeap, done: 'API token captured, sent once, settings saved, verified' },
  servicetitan: {
    name: 'ServiceTitan',
    walk: walkServiceTitan,
    done: 'app and tag ready, tenant authorized, five values captured across two hosts, sent, verified',
  },
  zoho: { name: 'Zoho CRM', walk: walkZoho, done: 'consent given, HeavySet holds the three fields, settings saved, verified' },
};

const SHOTS = resolve('artifacts/demo');

function parseArgs(argv: string[]): { headless: boolean; crms: Crm[] } {
  const headless = argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const at = argv.findIndex((a) => a === '--crm' || a.startsWith('--crm='));
  const value = at < 0 ? 'leap' : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  if (value === 'all') {
    if (!headless) throw new Error('--crm all walks the three CRMs headless: add --headless, or pick one CRM to try by hand.');
    return { headless, crms: [...CRMS] };
  }
  if (!CRMS.includes(value as Crm)) throw new Error(`--crm must be one of ${CRMS.join(', ')} or all (got "${value ?? ''}")`);
  return { headless, crms: [value as Crm] };
}

async function walkHeadless(server: ReferenceServer, crms: Crm[]): Promise<void> {
  for (const crm of crms) {
    const { name, walk, done } = WALKS[crm];
    console.log(`\nWalking the ${name} flow headless…`);
    const started = Date.now();
    // A fresh browser profile per CRM, as a new engineer would have; the server keeps its data.
    const sandbox = await browseSandbox(server, { headless: true });
    const shot = async (page: Page, shotName: string, options: ShotOptions = {}) => {
      console.log(`  screenshot ${await screenshot(page, shotName, { ...options, dir: SHOTS })}`);
    };
    let found: string[] | void;
    try {
      found = await walk(sandbox, shot);
    } finally {
      await sandbox.close();
    }
    for (const note of found ?? []) console.log(`  kept from an earlier run: ${note}`);
    console.log(`Done in ${Math.round((Date.now() - started) / 1000)} s: ${done}.`);
  }
  console.log(`\nScreenshots in ${SHOTS}/`);
}

async function openForPerson(server: ReferenceServer, crm: Crm): Promise<void> {
  const sandbox = await browseSandbox(server, { headless: false });
  const options = await saveOptions(sandbox, server.codes[crm]);
  await waitForText(options, /Connected to .+/);
  const stop = async () => {
    await sandbox.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  sandbox.browser.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));

  console.log(`\nChromium is open with the assistant connected to the sandbox (${WALKS[crm].name} config).`);
  if (crm === 'zoho') {
    // Connect Zoho lives in the popup and must be pressed by the person; the popup page in a tab stands in for the toolbar one.
    await sandbox.browser.newPage(sandbox.extensionUrl('popup.html'));
    console.log('The options page and the assistant’s popup are open in tabs: press "Connect Zoho" in the popup tab and follow the overlay.');
  } else {
    await options.close();
    await sandbox.browser.newPage(crm === 'leap' ? LEAP_SETTINGS : `${PORTAL}/signin`);
    console.log(`Follow the overlay on the ${WALKS[crm].name} page; open the assistant from the toolbar (puzzle icon → pin it).`);
  }
  console.log('To try another CRM, run again with --crm leap|servicetitan|zoho. Close Chromium or press Ctrl+C to stop.');
}

async function main(): Promise<void> {
  const { headless, crms } = parseArgs(process.argv.slice(2));
  const server = await startReferenceServer({ port: Number(process.env.SANDBOX_PORT ?? 8787), dataDir: resolve('.sandbox-data'), quiet: headless });
  console.log(`\nReference HeavySet API (sandbox): ${server.url}`);
  console.log('Connect codes of the seeded organization "Acme Roofing":');
  for (const crm of CRMS) console.log(`  ${crm.padEnd(13)} ${server.codes[crm]}`);

  if (!headless) return openForPerson(server, crms[0]!);
  try {
    await walkHeadless(server, crms);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
