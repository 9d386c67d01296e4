// Leap redesigns its Developers page (reworded: "Integrations", "Create access key"): the bundled
// playbook knows the page by its address but cannot point at the renamed button. HeavySet publishes a signed update (a modified copy of the bundled
// playbook, through the reference server); the extension takes it at its next check — no rebuild, no
// reinstall — and a tab opened afterwards shows the step. A tampered update is refused and the
// options page says why, while the taken one stays in use.
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leapPlaybook } from '../../utils/crm/leap';
import type { Playbook } from '../../utils/guide/playbook';
import { leapRewordedSite } from '../sandbox/sites/leap/reworded';
import { serviceTitanSite } from '../sandbox/sites/servicetitan/index';
import { zohoSite } from '../sandbox/sites/zoho/index';
import { signWithSandboxKey } from '../sandbox/server/playbooks';
import { callSandbox, publishPlaybook } from '../sandbox/server/testing';
import { click, overlayText, saveOptions, screenshot, startSandbox, waitForHeading, waitForOverlay, waitForText, type Sandbox } from './harness';

const DEVELOPERS = 'https://www.jobprogress.com/app/#/settings/developers';
const UPDATED_TITLE = 'Click "Create access key"';

/** What HeavySet edits: the bundled playbook, naming the reworded heading and button too. */
function updatedPlaybook(): Playbook {
  let edits = 0;
  const copy = JSON.parse(JSON.stringify(leapPlaybook), (_key, value: unknown) => {
    const locator = value as { role?: string; name?: string };
    if (locator?.role === 'heading' && /developers/.test(locator.name ?? '')) {
      edits++;
      return { ...locator, name: '/^(developers?|integrations|access keys|(public )?(api|access) tokens?)$/i' };
    }
    if (locator?.role === 'button' && /token\$/.test(locator.name ?? '') && /generate/.test(locator.name ?? '')) {
      edits++;
      return { ...locator, name: '/^(\\+|add)?\\s*(generate (a )?(new )?(api )?token|create (an )?access key)$/i' };
    }
    return value;
  }) as Playbook;
  expect(edits).toBeGreaterThanOrEqual(2);
  const step = copy.steps.find((s) => s.id === 'generate-token')!;
  step.title = UPDATED_TITLE;
  step.hint = 'Click "Create access key" at the top right. The new key is shown only once: the assistant captures it the moment it appears.';
  return copy;
}

async function openDevelopers(sandbox: Sandbox): Promise<Page> {
  const page = await sandbox.browser.newPage(DEVELOPERS);
  await waitForHeading(page, 'Integrations');
  return page;
}

/** The options page's row for Leap in "CRM guides (playbooks)". */
async function leapRow(options: Page): Promise<string> {
  return options.$eval('tr[aria-label="Leap CRM playbook"]', (row) => row.textContent ?? '').catch(() => '');
}

async function checkNow(options: Page, expected: RegExp): Promise<void> {
  await click(options, 'button', 'Check for updates now');
  await options
    .waitForFunction((re: string) => new RegExp(re).test(document.querySelector('tr[aria-label="Leap CRM playbook"]')?.textContent ?? ''), { timeout: 15_000 }, expected.source)
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nthe Leap row said: ${await leapRow(options)}`);
    });
}

describe('a signed playbook update fixes a changed CRM page without a new release', () => {
  let sandbox: Sandbox;
  let options: Page;
  beforeAll(async () => {
    sandbox = await startSandbox({ sites: [leapRewordedSite, serviceTitanSite, zohoSite] });
    options = await saveOptions(sandbox, sandbox.server.codes.leap);
    await waitForText(options, /Connected to Acme Roofing/);
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('the bundled playbook knows the page by its address but cannot point at the reworded button', async () => {
    // The link to the sandbox API was saved: the extension checked it (nothing published yet).
    await waitForText(options, 'Nothing published', 15_000);
    expect(await leapRow(options)).toContain('Bundled');
    const page = await openDevelopers(sandbox);
    await waitForOverlay(page, 'Click "Generate Token"');
    await new Promise((r) => setTimeout(r, 1_000));
    const card = await overlayText(page);
    expect(card).not.toContain(UPDATED_TITLE);
    expect(card).not.toContain('Click here');
    await page.close();
  });

  it('recognises it once HeavySet publishes a signed update: no rebuild, no reinstall', async () => {
    await publishPlaybook(sandbox.server, { crmType: 'leap', version: 2, minExtensionVersion: '0.1.0', playbook: updatedPlaybook() });
    await checkNow(options, /Update v2 from HeavySet/);
    expect(await leapRow(options)).toContain('Update taken');

    const page = await openDevelopers(sandbox);
    await waitForOverlay(page, UPDATED_TITLE);
    // The update's target: the reworded button is ringed.
    await waitForOverlay(page, 'Click here');
    await screenshot(page, 'playbook-update-recognised');
    await page.close();
  });

  it('refuses a tampered update, says why and keeps the one it took', async () => {
    const signed = signWithSandboxKey({ crmType: 'leap', version: 3, playbook: updatedPlaybook() });
    const tampered = { ...signed, payload: signed.payload.replace('Create access key', 'Click anything') };
    expect(tampered.payload).not.toBe(signed.payload);
    expect((await callSandbox(sandbox.server, 'POST', '/sandbox/playbooks/raw', { crmType: 'leap', ...tampered })).status).toBe(201);
    await checkNow(options, /Update refused/);
    const row = await leapRow(options);
    expect(row).toContain('Update v2 from HeavySet');
    expect(row).toMatch(/signature does not match its content/);
    await screenshot(options, 'playbook-update-refused', { fullPage: true });

    const page = await openDevelopers(sandbox);
    await waitForOverlay(page, UPDATED_TITLE);
    await page.close();
  });
});
