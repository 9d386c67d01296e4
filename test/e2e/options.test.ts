// The options page as a person uses it: a good code shows the organization and where to go next;
// a bad one says why and which code stays in use; Disconnect forgets everything of this browser.
// axe-core finds nothing serious in any of its states, light or dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { byRole, click, pageText, screenshot, startSandbox, typeInto, waitForText, type Sandbox } from './harness';
import { focusedName, stopsWithoutVisibleFocus, violationsInBothSchemes } from './a11y';
import { pasteToken } from './walks/leap';

let sandbox: Sandbox;
let page: Page;
beforeAll(async () => {
  sandbox = await startSandbox();
  page = await sandbox.browser.newPage(sandbox.extensionUrl('options.html'), { width: 900, height: 1000 });
});
afterAll(() => sandbox.close());

async function save(apiUrl: string, code: string): Promise<void> {
  await typeInto(page, 'HeavySet API URL', apiUrl);
  await typeInto(page, 'Connect code', code);
  await click(page, 'button', 'Save');
}

async function expectAccessible(): Promise<void> {
  expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
}

async function shots(name: string): Promise<void> {
  await screenshot(page, name, { fullPage: true });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await screenshot(page, `${name}-dark`, { fullPage: true });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
}

/** Everything the extension keeps in storage.local and storage.session, read from one of its pages. */
async function storedEverything(): Promise<{ local: Record<string, unknown>; session: Record<string, unknown> }> {
  return page.evaluate(async () => ({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) }));
}

describe('options page', () => {
  it('starts empty, with nothing serious for axe', async () => {
    await page.locator(byRole('textbox', 'HeavySet API URL')).wait();
    await expectAccessible();
    await shots('options-empty');
  });

  it('links the privacy policy from its footer: the package’s own page, readable and accessible', async () => {
    const link = await page.locator(byRole('link', 'Privacy policy')).waitHandle();
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(sandbox.extensionUrl('privacy.html'));
    const policy = await sandbox.browser.newPage(href, { width: 900, height: 1000 });
    expect(await policy.$eval('h1', (h) => h.textContent)).toBe('Privacy policy — HeavySet Setup Assistant');
    const text = await pageText(policy);
    for (const words of ['What it reads', 'What it keeps on the computer', 'What it sends, and to whom', 'Why each permission', 'https://api.heavyset.tech'])
      expect(text).toContain(words);
    expect(await violationsInBothSchemes(policy)).toEqual({ light: [], dark: [] });
    await policy.close();
  });

  it('refuses plain http outside loopback before calling anything', async () => {
    await save('http://api.heavyset.tech', sandbox.server.codes.leap);
    await waitForText(page, /must use https/i);
  });

  it('says when HeavySet cannot be reached', async () => {
    await save('http://127.0.0.1:9', sandbox.server.codes.leap);
    await waitForText(page, /cannot be reached/i, 20_000);
  });

  it('says when the connect code has expired, in HeavySet’s words, and how to get a new one', async () => {
    await save(sandbox.server.url, sandbox.server.codes.expired);
    await waitForText(page, /This connect code has expired/);
    expect(await pageText(page)).toMatch(/Connections → CRM → Edit Config → Connect code/);
  });

  it('shows the code typed when asked (Show), and hides it again', async () => {
    await typeInto(page, 'Connect code', 'hsc_typed');
    const type = () => page.$eval('#connectCode', (el) => (el as HTMLInputElement).type);
    expect(await type()).toBe('password');
    await click(page, 'button', 'Show the connect code');
    expect(await type()).toBe('text');
    await click(page, 'button', 'Hide the connect code');
    expect(await type()).toBe('password');
  });

  it('trims a pasted code, shows the organization and CRM config, and where to go next', async () => {
    await save(sandbox.server.url, `  ${sandbox.server.codes.leap}\n`);
    await waitForText(page, /Connected to Acme Roofing/);
    expect(await pageText(page)).not.toContain(sandbox.server.codes.leap);
    const opened = sandbox.browser.browser.waitForTarget((t) => t.url().includes('jobprogress.com/app/#/settings/developers'), { timeout: 10_000 });
    await click(page, 'button', 'Open Leap → Settings → Developers');
    await (await (await opened).page())?.close();
    await expectAccessible();
    await shots('options-connected');
    await page.bringToFront();
    const round = await stopsWithoutVisibleFocus(page);
    expect(round.invisible).toEqual([]);
    expect(round.stops).toBeGreaterThanOrEqual(6);
  });

  it('says which code stays in use when a new one is refused', async () => {
    const lastFour = sandbox.server.codes.leap.slice(-4);
    await save(sandbox.server.url, sandbox.server.codes.revoked);
    await waitForText(page, new RegExp(`Still using the saved code …${lastFour}`));
    expect(await pageText(page)).toMatch(/This connect code was revoked/);
    expect(await pageText(page)).toMatch(/Connected to Acme Roofing/);
    await expectAccessible();
    await shots('options-refused');
  });

  it('disconnects after a confirmation, and nothing of HeavySet’s is left in the browser', async () => {
    // Something to forget: a captured token (sealed in the vault), the guide's progress, a popup opened once.
    await pasteToken(sandbox);
    const popup = await sandbox.browser.newPage(sandbox.extensionUrl('popup.html'), { width: 400, height: 600 });
    await popup.locator(byRole('group', 'API Token')).wait();
    await popup.close();
    const before = JSON.stringify(await storedEverything());
    expect(before).toContain('Acme Roofing');

    await page.reload({ waitUntil: 'load' });
    await click(page, 'button', 'Disconnect…');
    await page.locator(byRole('alertdialog', 'Forget everything the assistant keeps in this browser? Values not sent yet are lost.')).wait();
    expect(await focusedName(page)).toBe('Disconnect');
    await expectAccessible();
    await shots('options-disconnect-confirm');
    await page.keyboard.press('Enter');
    await waitForText(page, /Disconnected: the connect code and every captured value are gone/);
    expect(await focusedName(page)).toMatch(/^✓ Disconnected/);
    await shots('options-disconnected');

    await new Promise((r) => setTimeout(r, 500));
    // What is left: the popup's ready-made first screen, rebuilt empty, and the guides' update status for the
    // default API (checked again as the API URL went back to it): nothing of this connection or its values.
    const { local, session } = await storedEverything();
    const left = JSON.stringify({ local, session });
    expect(Object.keys(local).filter((key) => !key.endsWith('$') && key !== 'playbook-updates')).toEqual([]);
    expect(Object.keys(session).filter((key) => key !== 'popup-snapshot')).toEqual([]);
    expect(session['popup-snapshot']).toMatchObject({ configured: false, values: [] });
    const traces = ['Acme Roofing', sandbox.server.url, sandbox.server.configIds.leap, sandbox.server.codes.leap.slice(-4), 'apiToken', 'sealed', 'hsc_', 'engineer@'];
    for (const gone of traces) expect(left).not.toContain(gone);
    expect(await pageText(page)).not.toMatch(/Connected to/);
    await expectAccessible();
  });
});
