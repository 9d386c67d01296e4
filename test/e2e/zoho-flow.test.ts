// The Zoho flow as a person walks it: options with the Zoho connect code, the popup's Connect Zoho,
// the consent page's hints (tick, Accept), HeavySet's redirect, the popup showing the three fields
// HeavySet set, settings saved and Verify; then the phishing look-alike, no_org and the EU data centre.
import { afterEach, describe, expect, it } from 'vitest';
import { byRole, click, openPopup, overlayText, pageText, screenshot, startSandbox, waitForOverlay, waitForText, type Sandbox } from './harness';
import { tabsTo, violationsInBothSchemes } from './a11y';
import { cardEval } from './support/card';
import { connectZohoOptions, consentUrl, pressConnect, rowText, saveZohoSettings, tickAndAccept, verifyZoho, waitForConnectedRows, zohoConfig } from './walks/zoho';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('Zoho flow, end to end', () => {
  it('connects through the consent page, shows the three fields, saves the settings and verifies', async () => {
    sandbox = await startSandbox();
    await connectZohoOptions(sandbox);
    const popup = await openPopup(sandbox);
    await waitForText(popup, /Not connected yet/);
    expect(await rowText(popup, 'Refresh Token')).toContain('Not set yet');
    expect(await popup.$$(byRole('button', 'Send to HeavySet'))).toHaveLength(0);
    // Nothing to send for Zoho: the next action is Connect Zoho, two Tab presses away, and nothing asks to send first.
    expect(await popup.$eval('[aria-label="Next step"] button', (b) => b.textContent)).toBe('Connect Zoho');
    expect(await tabsTo(popup, 'Connect Zoho')).toBe(2);
    expect(await pageText(popup)).not.toMatch(/Send the values first/);
    expect(await violationsInBothSchemes(popup)).toEqual({ light: [], dark: [] });

    const consent = await pressConnect(sandbox, popup);
    expect(consent.url()).toMatch(/^https:\/\/accounts\.zoho\.com\/oauth\/v2\/auth\?/);
    await waitForOverlay(consent, /Tick "I allow HeavySet Tech/, 15_000);
    const overlay = await overlayText(consent);
    expect(overlay).toContain('HeavySet Tech (HeavySet’s registered Zoho app)');
    expect(overlay).toContain('United States (accounts.zoho.com)');
    expect(overlay).toContain('admin@acmeroofing.com');
    await waitForOverlay(consent, 'The app asking is HeavySet Tech');
    await screenshot(consent, 'zoho-consent-overlay');

    // Reject is guarded: the person is asked first, and Cancel keeps them on the page.
    await click(consent, 'button', 'Reject');
    await waitForOverlay(consent, /Reject stops the connection/);
    await click(consent, 'button', 'Cancel');
    expect(consent.url()).toContain('/oauth/v2/auth');

    await tickAndAccept(consent);
    await waitForOverlay(consent, /Connected: HeavySet has the Refresh Token, API Domain and Accounts Domain \(United States data centre\)/, 20_000);
    expect(consent.url()).toContain('code=');
    // The return page's follower (loaded from the extension there only) told the background of the return: its region, never the code.
    const worker = await sandbox.browser.serviceWorker();
    const watch = (await worker.evaluate(async () => (await chrome.storage.local.get('oauth-watch'))['oauth-watch'])) as { returned?: { params: Record<string, string> } } | undefined;
    expect(watch?.returned?.params).toMatchObject({ location: 'us' });
    expect(watch?.returned?.params).not.toHaveProperty('code');
    await screenshot(consent, 'zoho-redirect-connected');

    await popup.bringToFront();
    await waitForConnectedRows(popup);
    await waitForText(popup, /Connected: HeavySet has/);
    expect(await rowText(popup, 'API Domain')).toContain('.com');
    const config = await zohoConfig(sandbox);
    expect(config.connection.apiDomain?.value).toBe('https://www.zohoapis.com');
    expect(config.connection.accountsDomain?.value).toBe('https://accounts.zoho.com');

    // Settings: module defaults from what Zoho offers, the default slot source, alert e-mails.
    expect(await saveZohoSettings(popup)).toBe('Leads');
    const settings = (await zohoConfig(sandbox)).settings;
    expect(settings).toMatchObject({
      leadModule: 'Leads',
      appointmentModule: 'Events',
      relatedRecordModule: 'Contacts',
      contactUsModule: null,
      slotAvailabilitySource: 'crm_appointments',
      tokenExpiryAlertEmails: ['engineer@heavyset.tech', 'owner@acmeroofing.com'],
    });

    await verifyZoho(popup);
    expect(await violationsInBothSchemes(popup)).toEqual({ light: [], dark: [] });
  });

  it('warns in red on a consent page of another client_id that claims to be HeavySet Tech', async () => {
    sandbox = await startSandbox();
    await connectZohoOptions(sandbox);
    const page = await sandbox.browser.newPage(
      consentUrl(sandbox, 'accounts.zoho.com', { client_id: '1000.LOOKALIKE0000000000000000000000', sandbox_app_name: 'HeavySet Tech' }),
    );
    await waitForOverlay(page, /ANOTHER app/, 15_000);
    expect(await overlayText(page)).toContain('This is NOT HeavySet Tech asking');
    const overlay = await overlayText(page);
    expect(overlay).toContain('NOT HeavySet Tech: unknown client ID');
    expect(overlay).toContain('Check that the app asking is HeavySet Tech');
    expect(overlay).not.toContain('Tick "I allow');
    const alert = await cardEval(page, 'function () { const box = this.querySelector(\'[role="alert"]\'); return box ? getComputedStyle(box).backgroundColor : ""; }');
    expect(alert).toBe('rgb(179, 20, 27)');
    await screenshot(page, 'zoho-phishing-warning');
  });

  it('explains the no_org page', async () => {
    sandbox = await startSandbox();
    await connectZohoOptions(sandbox);
    const page = await sandbox.browser.newPage(consentUrl(sandbox, 'accounts.zohocloud.ca', { sandbox_orgs: '0' }));
    await waitForText(page, 'No Zoho CRM account found');
    await waitForOverlay(page, /Use a Zoho account that has Zoho CRM/, 15_000);
    expect(await overlayText(page)).toContain('Canada (accounts.zohocloud.ca)');
    await screenshot(page, 'zoho-no-org');
  });

  it('connects in the EU data centre through the org picker', async () => {
    sandbox = await startSandbox();
    await connectZohoOptions(sandbox);
    const popup = await openPopup(sandbox);
    const consent = await pressConnect(sandbox, popup, 'eu');
    expect(consent.url()).toMatch(/^https:\/\/accounts\.zoho\.eu\//);
    // The same request as a user with two CRM organizations sees it.
    await consent.goto(`${consent.url()}&sandbox_orgs=2`, { waitUntil: 'load' });
    await waitForOverlay(consent, /Choose the Zoho CRM organization/, 15_000);
    expect(await overlayText(consent)).toContain('Europe (accounts.zoho.eu)');
    await click(consent, 'radio', 'Acme Roofing Organization ID: 60012345678');
    await click(consent, 'button', 'Submit');
    await waitForOverlay(consent, /Organization\s*Acme Roofing/, 15_000);
    await tickAndAccept(consent);
    await waitForOverlay(consent, /Connected: .*\(Europe data centre\)/, 20_000);
    await popup.bringToFront();
    await waitForConnectedRows(popup);
    const config = await zohoConfig(sandbox);
    expect(config.connection.apiDomain?.value).toBe('https://www.zohoapis.eu');
    expect(config.connection.accountsDomain?.value).toBe('https://accounts.zoho.eu');
  });
});
