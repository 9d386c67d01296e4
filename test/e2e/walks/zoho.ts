// The Zoho flow's steps as a person does them, shared by the e2e tests and the demo: the popup's
// Connect Zoho, the consent page's hints (tick, Accept), HeavySet's redirect, the popup showing
// the three fields HeavySet set, settings saved and Verify.
import { Locator, type Page } from 'puppeteer';
import {
  byRole,
  click,
  openPopup,
  pageText,
  connectWith,
  screenshot,
  serverState,
  waitForOverlay,
  waitForText,
  type Sandbox,
  type Shot,
} from '../harness';

export const CONSENT_LABEL = 'I allow HeavySet Tech to access the above data from my Zoho account';
export const ZOHO_ROWS = ['Refresh Token', 'API Domain', 'Accounts Domain'];
const HEAVYSET_CLIENT_ID = '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI';
const SCOPES = 'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ';
const OWNER_EMAIL = 'owner@acmeroofing.com';

export async function connectZohoOptions(s: Sandbox): Promise<void> {
  await connectWith(s, s.server.codes.zoho, /Connected to .+Zoho/);
}

/**
 * Presses Connect Zoho (after picking the data centre) and returns the tab it opened. A config
 * connected earlier offers "Connect Zoho again" instead: the person presses that.
 */
export async function pressConnect(s: Sandbox, popup: Page, location = 'us'): Promise<Page> {
  const region = await popup.locator(byRole('combobox', 'Zoho data centre')).setTimeout(10_000).waitHandle();
  await region.select(location);
  const opened = s.browser.browser.waitForTarget((t) => t.url().includes('/oauth/v2/auth'), { timeout: 15_000 });
  await Locator.race([popup.locator(byRole('button', 'Connect Zoho')), popup.locator(byRole('button', 'Connect Zoho again'))])
    .setTimeout(10_000)
    .click();
  const page = (await (await opened).page())!;
  await page.setViewport({ width: 1280, height: 800 });
  return page;
}

export async function tickAndAccept(page: Page): Promise<void> {
  await waitForOverlay(page, /Tick "I allow HeavySet Tech/, 15_000);
  await click(page, 'checkbox', CONSENT_LABEL);
  await waitForOverlay(page, /Press Accept/);
  await click(page, 'button', 'Accept');
  await page.waitForFunction(() => location.pathname.endsWith('/zoho/callback'), { timeout: 15_000 });
}

export async function rowText(popup: Page, name: string): Promise<string> {
  return popup.$eval(`[role="group"][aria-label="${name}"]`, (el) => el.textContent ?? '');
}

/** Waits until the popup shows the three fields as set at HeavySet (a fresh connection). */
export async function waitForConnectedRows(popup: Page): Promise<void> {
  await popup
    .waitForFunction(
      (names: string[]) =>
        names.every((name) => (document.querySelector(`[role="group"][aria-label="${name}"]`)?.textContent ?? '').includes('Set at HeavySet')),
      { timeout: 30_000 },
      ZOHO_ROWS,
    )
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nThe popup showed:\n${await pageText(popup)}`);
    });
}

/** A consent page URL as Zoho would show it for this host, with HeavySet's app unless `extra` says otherwise. */
export function consentUrl(s: Sandbox, host: string, extra: Record<string, string>): string {
  const query = new URLSearchParams({
    client_id: HEAVYSET_CLIENT_ID,
    response_type: 'code',
    access_type: 'offline',
    prompt: 'consent',
    scope: SCOPES,
    redirect_uri: `${s.server.url}/sandbox/zoho/callback`,
    state: 'st_lookalike',
    ...extra,
  });
  return `https://${host}/oauth/v2/auth?${query}`;
}

export const zohoConfig = async (s: Sandbox) => (await serverState(s)).configs[s.server.configIds.zoho]!;

/**
 * Settings: module defaults as Zoho offers them, the engineer's and the owner's alert e-mails
 * (added only if missing: a kept config may hold them), Save. Returns the Lead Module shown.
 */
export async function saveZohoSettings(popup: Page, shot: Shot = screenshot): Promise<string> {
  // Settings saved by an earlier run show as a summary until the person asks to change them.
  await Locator.race([popup.locator(byRole('combobox', 'Lead Module')), popup.locator(byRole('button', 'Change settings'))])
    .setTimeout(15_000)
    .wait();
  if (await popup.$(byRole('button', 'Change settings'))) await click(popup, 'button', 'Change settings');
  const lead = await popup.locator(byRole('combobox', 'Lead Module')).setTimeout(15_000).waitHandle();
  const leadModule = await lead.evaluate((el) => (el as HTMLSelectElement).value);
  const addEngineer = await popup.$(byRole('button', 'Add engineer@heavyset.tech'));
  if (addEngineer) await click(popup, 'button', 'Add engineer@heavyset.tech');
  const emails = await popup.locator('textarea').waitHandle();
  if (!(await emails.evaluate((el) => (el as HTMLTextAreaElement).value)).includes(OWNER_EMAIL)) {
    await emails.click();
    await popup.keyboard.press('End');
    await emails.type(`\n${OWNER_EMAIL}`);
  }
  await shot(popup, 'zoho-popup-connected');
  await click(popup, 'button', 'Save settings');
  await waitForText(popup, /Settings saved/i, 20_000);
  return leadModule;
}

export async function verifyZoho(popup: Page, shot: Shot = screenshot): Promise<void> {
  await click(popup, 'button', 'Verify');
  await waitForText(popup, 'HeavySet is connected and working', 20_000).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\nThe popup showed:\n${await pageText(popup)}`);
  });
  await shot(popup, 'zoho-popup-verified');
}

/** The whole happy path (US data centre), with screenshots: the demo's headless walk. Returns what it found made by an earlier run. */
export async function walkZoho(s: Sandbox, shot: Shot = screenshot): Promise<string[]> {
  const found: string[] = [];
  await connectZohoOptions(s);
  const popup = await openPopup(s);
  await Locator.race([popup.locator(byRole('button', 'Connect Zoho')), popup.locator(byRole('button', 'Connect Zoho again'))]).setTimeout(10_000).wait();
  if (await popup.$(byRole('button', 'Connect Zoho again'))) found.push('Zoho was connected already: "Connect Zoho again" was pressed');
  const consent = await pressConnect(s, popup);
  await waitForOverlay(consent, 'The app asking is HeavySet Tech', 15_000);
  await shot(consent, 'zoho-consent-overlay');
  await tickAndAccept(consent);
  await waitForOverlay(consent, /Connected: HeavySet has the Refresh Token, API Domain and Accounts Domain \(United States data centre\)/, 20_000);
  await shot(consent, 'zoho-redirect-connected');
  await popup.bringToFront();
  await waitForConnectedRows(popup);
  const config = await zohoConfig(s);
  if (config.connection.apiDomain?.value !== 'https://www.zohoapis.com') throw new Error(`HeavySet holds API Domain ${config.connection.apiDomain?.value}`);
  if (await popup.$(byRole('button', 'Add engineer@heavyset.tech')).then((b) => b === null)) found.push('the alert e-mails were saved already');
  await saveZohoSettings(popup, shot);
  const emails = (await zohoConfig(s)).settings.tokenExpiryAlertEmails;
  if (!Array.isArray(emails) || !emails.includes(OWNER_EMAIL)) throw new Error(`HeavySet holds the alert e-mails ${JSON.stringify(emails)}`);
  await verifyZoho(popup, shot);
  return found;
}
