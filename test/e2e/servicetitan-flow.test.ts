// The ServiceTitan flow as a person walks it with the assistant: Developer Portal sign-in, the
// New App form filled for them, the booking provider tag and the tenant authorization in the
// main app (another tab, another host), App Connections with the secret captured although never
// copied, the Application Key; then the popup: five values, Send, Verify.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byRole, click, clickInRow, expand, openPopup, overlayText, screenshot, startSandbox, waitForOverlay, waitForRowStatus, waitForText, type Sandbox } from './harness';
import { tabsTo, violationsInBothSchemes } from './a11y';
import {
  addBookingProviderTag,
  authorizeApp,
  captureAppKey,
  connectServiceTitan,
  createApp,
  generateSecret,
  sendAndVerify,
  serviceTitanRecords,
  signIn,
  ST_ROWS,
} from './walks/servicetitan';
import { serviceTitanScopes } from '../../utils/crm/servicetitan';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});

describe('ServiceTitan flow, end to end', () => {
  it('guides from sign-in to Verify and HeavySet holds exactly the five values', async () => {
    await connectServiceTitan(sandbox);
    // The contact address Fill for me types: the engineer e-mail from Settings by default; this
    // person chooses HeavySet's support address instead (the seed: "assigned engineer or support contact").
    const chooser = await openPopup(sandbox);
    await expand(chooser, 'Values "Fill for me" types');
    const engineer = await chooser.locator(byRole('radio', 'Your engineer e-mail (engineer@heavyset.tech)')).waitHandle();
    expect(await engineer.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    await click(chooser, 'radio', 'The support address (support@heavyset.tech)');
    await click(chooser, 'button', 'Save values');
    await waitForText(chooser, /Fill for me" uses these values/);
    await chooser.close();
    const portal = await signIn(sandbox);

    // Steps 4–8: + New App, Fill for me (twice), the person clicks Create App; then listed.
    const form = await createApp(portal);
    expect(form).not.toBeNull();
    const { before, filled, overlayAfterFill, refilled, pathBeforeCreate } = form!;
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
    expect(overlayAfterFill).not.toMatch(/Could not fill/);
    expect(refilled).toEqual(filled);
    expect(pathBeforeCreate).toBe('/custom/my-apps/new'); // never submitted by the assistant

    // Steps 9–16 in another tab, on the main app's host.
    const { go, tagExisted } = await addBookingProviderTag(sandbox);
    expect(tagExisted).toBe(false);
    expect(await authorizeApp(go)).toBe(true);

    // Steps 17–20 back in the portal tab.
    await generateSecret(portal);

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
    await captureAppKey(portal);

    // Five values from two hosts in a 600 px popup: Send in view, two Tab presses away.
    const before600 = await openPopup(sandbox);
    for (const row of ST_ROWS) await waitForRowStatus(before600, row, 'Format OK');
    expect(await before600.evaluate(() => document.querySelector('[aria-label="Next step"] button')!.getBoundingClientRect().bottom)).toBeLessThanOrEqual(600);
    expect(await tabsTo(before600, 'Send to HeavySet')).toBe(2);
    console.log(`ServiceTitan popup, 5 values captured: ${await before600.evaluate(() => document.body.scrollHeight)} px of content`);
    expect(await violationsInBothSchemes(before600)).toEqual({ light: [], dark: [] });
    await screenshot(before600, 'st-popup-600');
    await before600.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await screenshot(before600, 'st-popup-600-dark');
    await before600.close();

    // The popup: five rows from two hosts, Send, Verify.
    const popup = await sendAndVerify(sandbox);
    // One number per step: Step 1 of N … Step N of N, each with its guide section.
    const numbers = await popup.$$eval('.step-number', (els) => els.map((el) => el.textContent ?? ''));
    expect(numbers.map((n) => /^Step (\d+) of (\d+) \(guide §[^)]+\)$/.exec(n)?.slice(1, 3).join('/'))).toEqual(
      numbers.map((_, i) => `${i + 1}/${numbers.length}`),
    );
    console.log(`ServiceTitan popup, verified: ${await popup.evaluate(() => document.body.scrollHeight)} px of content`);
    // The values Fill for me typed, changeable by the person.
    await expand(popup, 'Values "Fill for me" types');
    expect(await popup.$eval('::-p-aria([name="Homepage"][role="textbox"])', (el) => (el as HTMLInputElement).value)).toBe('https://heavyset.tech');
    await screenshot(popup, 'st-flow-popup-verified');
    expect(await popup.evaluate(() => document.body.innerText)).not.toMatch(/✗|failed/i);

    const { app, tag, config, values, issued } = await serviceTitanRecords(sandbox);
    expect(values).toEqual(issued);
    expect(config.settings).toEqual({ bookingProviderId: tag.id });
    expect([...app.scopes.read].sort()).toEqual([...serviceTitanScopes.read].sort());
    expect([...app.scopes.write].sort()).toEqual([...serviceTitanScopes.write].sort());
    expect(app).toMatchObject({ homepage: 'https://heavyset.tech', email: 'support@heavyset.tech', category: 'Web Scheduler', credentialsManagement: 'developer' });
  });
});
