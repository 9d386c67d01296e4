// The ServiceTitan flow as a person walks it with the assistant: Developer Portal sign-in, the
// New App form filled for them, the booking provider tag and the tenant authorization in the
// main app (another tab, another host), App Connections with the secret captured although never
// copied, the Application Key; then the popup: five values, Send, Verify.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { click, openPopup, overlayText, saveOptions, screenshot as saveScreenshot, serverState, startSandbox, waitForOverlay as waitForOverlayText, waitForText, type Sandbox } from './harness';
import { serviceTitanScopes } from '../../utils/crm/servicetitan';

const PORTAL = 'https://developer.servicetitan.io';
const GO = 'https://go.servicetitan.com';
const ROWS = ['Tenant ID', 'Client ID', 'Client Secret', 'Application Key', 'Booking Provider ID'];

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});

/** After the pages' fade-in animations, so the picture shows what a person sees. */
async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  // A full-page picture taken while scrolled shows the sticky popup header mid-page.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await new Promise((r) => setTimeout(r, 300));
  await saveScreenshot(page, name, fullPage);
}

/** Waits for the overlay to say this; on failure, says what it showed instead. */
async function waitForOverlay(page: Page, text: RegExp): Promise<void> {
  await waitForOverlayText(page, text).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\nwaiting for ${String(text)} on ${page.url()}; the overlay showed:\n${await overlayText(page)}`);
  });
}

/** Clicks the link/button with exactly this text inside the table row or list item naming `rowText`. */
async function clickInRow(page: Page, rowText: string, control: string): Promise<void> {
  const found = await page.waitForFunction(
    (row: string, name: string) => {
      const container = [...document.querySelectorAll('tr, li')].find((el) => el.textContent?.includes(row));
      return [...(container?.querySelectorAll<HTMLElement>('a, button') ?? [])].find((c) => c.textContent?.trim() === name) ?? false;
    },
    { timeout: 10_000 },
    rowText,
    control,
  );
  await (found.asElement() as import('puppeteer').ElementHandle<HTMLElement>).click();
}

/** What the New App form holds: text/select values, the checked radio and every checked scope. */
async function formState(page: Page) {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]), select, textarea')] as HTMLInputElement[];
    const fields = Object.fromEntries(controls.map((c) => [c.labels?.[0]?.textContent?.replace(/\s*\*$/, '') ?? c.id, c.value]));
    const radio = (document.querySelector('input[type=radio]:checked')?.closest('label')?.textContent ?? '').trim();
    const scopes = [...document.querySelectorAll('input[type=checkbox]:checked')].map((b) => b.getAttribute('aria-label'));
    return { fields, radio, scopes };
  });
}

async function waitForRow(popup: Page, row: string, word: string): Promise<void> {
  await popup
    .waitForFunction((name: string, w: string) => (document.querySelector(`[role="group"][aria-label="${name}"]`)?.textContent ?? '').includes(w), { timeout: 30_000 }, row, word)
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nThe popup showed:\n${await popup.evaluate(() => document.body.innerText)}`);
    });
}

describe('ServiceTitan flow, end to end', () => {
  it('guides from sign-in to Verify and HeavySet holds exactly the five values', async () => {
    const options = await saveOptions(sandbox, sandbox.server.codes.servicetitan);
    await waitForText(options, /Connected to .+/);
    await options.close();

    // Step 3: the sign-in page points at the production login.
    const portal = await sandbox.browser.newPage(`${PORTAL}/custom/my-apps/`);
    await waitForOverlay(portal, /Login as Production Environment User/);
    await screenshot(portal, 'st-flow-signin');
    await click(portal, 'button', 'Login as Production Environment User');

    // Steps 4–7: + New App, Fill for me (twice), the person clicks Create App.
    await waitForOverlay(portal, /\+ New App/);
    await click(portal, 'button', '+ New App');
    await waitForOverlay(portal, /Fill for me/);
    const before = await formState(portal);
    await click(portal, 'button', 'Fill for me');
    await waitForOverlay(portal, /Filled:/);
    const filled = await formState(portal);
    expect(filled.fields).toMatchObject({
      Organization: 'HeavySet Tech',
      Homepage: 'https://heavyset.tech',
      'Email Address': 'support@heavyset.tech',
      'Application Name': 'HeavySet Tech',
      'App Category': 'Web Scheduler',
    });
    expect(filled.fields.Description).toMatch(/HeavySet Tech/);
    // Nothing else touched: Tenants, Customer Global Network(s), External Data Application GUID.
    for (const untouched of ['Tenants', 'Customer Global Network(s)', 'External Data Application GUID']) {
      expect(filled.fields[untouched]).toBe(before.fields[untouched]);
    }
    expect(filled.radio).toBe('I, the app developer, will configure the credentials on behalf of each tenant');
    const wanted = [...serviceTitanScopes.read.map((s) => `Read ${s}`), ...serviceTitanScopes.write.map((s) => `Write ${s}`)];
    expect([...filled.scopes].sort()).toEqual([...wanted].sort());
    expect(await overlayText(portal)).not.toMatch(/Could not fill/);
    await screenshot(portal, 'st-flow-new-app-filled');
    await click(portal, 'button', 'Fill for me');
    expect(await formState(portal)).toEqual(filled);
    expect(new URL(portal.url()).pathname).toBe('/custom/my-apps/new'); // never submitted by the assistant
    await click(portal, 'button', 'Create App');

    // Step 8: listed; the next step is in the main app.
    await waitForOverlay(portal, /HeavySet Tech is listed in My Apps/);
    await waitForOverlay(portal, /Booking Providers/);

    // Steps 9–11 in another tab, on the main app's host.
    const go = await sandbox.browser.newPage(`${GO}/#/Settings`);
    await waitForOverlay(go, /Booking Providers/);
    await click(go, 'link', 'Booking Providers');
    await waitForOverlay(go, /Add Tag/);
    await click(go, 'button', 'Add Tag');
    await waitForOverlay(go, /Fill for me/);
    await click(go, 'button', 'Fill for me');
    await click(go, 'button', 'Add');
    await waitForOverlay(go, /Booking Provider ID captured ••••/);

    // Steps 12–16.
    await waitForOverlay(go, /API Application Access/);
    await click(go, 'link', 'API Application Access');
    await waitForOverlay(go, /Connect New App/);
    await click(go, 'button', 'Connect New App');
    await waitForOverlay(go, /Select HeavySet Tech/);
    await clickInRow(go, 'HeavySet Tech', 'Connect');
    await waitForOverlay(go, /Restrict bookings/);
    await go.waitForFunction(() => !document.querySelector('[role=dialog] select')?.hasAttribute('disabled'));
    await click(go, 'button', 'Fill for me');
    await screenshot(go, 'st-flow-connect-app');
    await click(go, 'button', 'Accept');
    await go.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((tr) => /HeavySet Tech.*Connected/.test(tr.textContent ?? '')));

    // Steps 17–20 back in the portal tab: the secret is never copied and the dialog is closed.
    await portal.bringToFront();
    await portal.goto(`${PORTAL}/custom/my-apps/`);
    await waitForOverlay(portal, /View Connections/);
    await clickInRow(portal, 'HeavySet Tech', 'View Connections');
    await waitForOverlay(portal, /✓ Allowed by Tenant/);
    await waitForOverlay(portal, /✓ Tenant ID and Client ID shown/);
    await click(portal, 'button', 'Generate');
    await waitForOverlay(portal, /Yes, Continue/);
    await click(portal, 'button', 'Yes, Continue');
    await waitForOverlay(portal, /Client Secret captured ••••/);
    await screenshot(portal, 'st-flow-secret-captured');
    await click(portal, 'button', 'Done');
    await portal.waitForFunction(() => !document.querySelector('[role="dialog"]'));

    // Generating again asks first; Cancel keeps the old secret.
    await click(portal, 'button', 'Generate');
    await waitForOverlay(portal, /invalidates it/);
    await click(portal, 'button', 'Cancel');
    expect(await portal.$('[role="dialog"]')).toBeNull();

    // Another app's Edit screen: the overlay says so and its key is not taken.
    await click(portal, 'link', 'My Apps');
    await waitForOverlay(portal, /Edit/);
    await clickInRow(portal, 'Fleet Tracker', 'Edit');
    await waitForOverlay(portal, /another app’s Edit screen/);
    expect(await overlayText(portal)).not.toMatch(/Application Key captured ••••/);

    // Steps 21–22.
    await click(portal, 'link', 'My Apps');
    await waitForOverlay(portal, /Edit/);
    await clickInRow(portal, 'HeavySet Tech', 'Edit');
    await waitForOverlay(portal, /Application Key captured ••••/);

    // The popup: five rows from two hosts, Send, Verify.
    const popup = await openPopup(sandbox);
    for (const row of ROWS) await waitForRow(popup, row, 'Format OK');
    await screenshot(popup, 'st-flow-popup', true);
    await click(popup, 'button', 'Send to HeavySet');
    for (const row of ROWS) await waitForRow(popup, row, 'Sent');
    await click(popup, 'button', 'Verify');
    await waitForText(popup, 'App allowed by the tenant', 20_000);
    // The values Fill for me typed, changeable by the person.
    await popup.locator('::-p-text(Values "Fill for me" types)').click();
    expect(await popup.$eval('::-p-aria([name="Homepage"][role="textbox"])', (el) => (el as HTMLInputElement).value)).toBe('https://heavyset.tech');
    await screenshot(popup, 'st-flow-popup-verified', true);
    expect(await popup.evaluate(() => document.body.innerText)).not.toMatch(/✗|failed/i);

    const state = await serverState(sandbox);
    const st = state.crm.servicetitan;
    const app = st.apps.find((a) => a.name === 'HeavySet Tech')!;
    const tag = st.tags.find((t) => t.name === 'HeavySet Tech')!;
    const config = state.configs[sandbox.server.configIds.servicetitan]!;
    const values = Object.fromEntries(Object.entries(config.connection).map(([k, v]) => [k, v?.value]));
    expect(values).toEqual({ tenantId: st.tenantId, clientId: app.clientId, clientSecret: app.clientSecret, applicationKey: app.applicationKey });
    expect(config.settings).toEqual({ bookingProviderId: tag.id });
    expect([...app.scopes.read].sort()).toEqual([...serviceTitanScopes.read].sort());
    expect([...app.scopes.write].sort()).toEqual([...serviceTitanScopes.write].sort());
    expect(app).toMatchObject({ homepage: 'https://heavyset.tech', email: 'support@heavyset.tech', category: 'Web Scheduler', credentialsManagement: 'developer' });
  });
});
