// The Leap flow as a person walks it: options, the Leap Developers page, the token captured
// although Copy is never clicked, the popup, Send, settings, Verify; then the faults.
import { afterEach, describe, expect, it } from 'vitest';
import {
  byRole,
  click,
  injectFaults,
  openPopup,
  overlayText,
  screenshot,
  startSandbox,
  stopServiceWorker,
  waitForOverlay,
  waitForRowStatus,
  waitForText,
  type Sandbox,
} from './harness';
import { callSandbox } from '../sandbox/server/testing';
import { LEAP_SETTINGS, connectLeap, generateToken, leapConfig, sendFromPopup } from './walks/leap';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** The toolbar badge (captured values not sent yet) once it reads `expected` — it is set just after the vault
 *  changes — else what it reads after 5 s. */
async function badge(s: Sandbox, expected: string): Promise<string> {
  let text = '';
  for (const until = Date.now() + 5_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    const worker = await s.browser.serviceWorker();
    text = await worker.evaluate(() => chrome.action.getBadgeText({}));
    if (text === expected) break;
  }
  return text;
}

describe('Leap flow, end to end', () => {
  it('captures the token, shows it masked, sends it once, saves the settings and verifies', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    const { page, token } = await generateToken(sandbox, { shots: true });
    const overlay = await overlayText(page);
    expect(overlay).toContain(token.slice(-4));
    expect(overlay).not.toContain(token.slice(0, 12));
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(token);

    const popup = await openPopup(sandbox);
    const row = await popup.locator(byRole('group', 'API Token')).waitHandle();
    const masked = await row.evaluate((el) => el.textContent ?? '');
    expect(masked).toContain(token.slice(-4));
    expect(masked).not.toContain(token);
    await screenshot(popup, 'leap-popup-captured');
    await click(popup, 'button', 'Reveal');
    await waitForText(popup, token);
    await sendFromPopup(popup);

    const config = await leapConfig(sandbox);
    expect(config.connection.apiToken?.value).toBe(token);
    expect(config.writeLog.filter((w) => w.field === 'apiToken')).toHaveLength(1);

    // Settings from the options Leap offers, then Verify.
    await click(popup, 'checkbox', 'Job Sold');
    await click(popup, 'checkbox', 'Cancelled by Customer');
    await click(popup, 'button', 'Save settings');
    await waitForText(popup, /Settings saved/i, 20_000);
    const settings = (await leapConfig(sandbox)).settings;
    expect(settings.jobSoldStageNames).toEqual(['Job Sold']);
    expect(settings.appointmentCancelledResultOptions).toEqual(['Cancelled by Customer']);
    await click(popup, 'button', 'Verify');
    await waitForText(popup, 'API token accepted by Leap', 20_000);
    await screenshot(popup, 'leap-popup-verified');
    expect(await popup.evaluate(() => document.body.innerText)).not.toMatch(/✗|failed/i);
  });

  it('loses nothing when the popup is closed and reopened mid-way', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    const { token } = await generateToken(sandbox);
    let popup = await openPopup(sandbox);
    await popup.locator(byRole('group', 'API Token')).waitHandle();
    await popup.close();
    popup = await openPopup(sandbox);
    const row = await popup.locator(byRole('group', 'API Token')).waitHandle();
    expect(await row.evaluate((el) => el.textContent ?? '')).toContain(token.slice(-4));
    // Half-way through typing a replacement by hand: closing the popup keeps the text.
    await click(popup, 'button', 'Edit');
    await popup.locator(byRole('textbox', 'New API Token')).fill('eyJhalf-typed');
    await new Promise((r) => setTimeout(r, 300));
    await popup.close();
    popup = await openPopup(sandbox);
    const typed = await popup.locator(byRole('textbox', 'New API Token')).setTimeout(10_000).waitHandle();
    expect(await typed.evaluate((el) => (el as HTMLInputElement).value)).toBe('eyJhalf-typed');
    await click(popup, 'button', 'Cancel');
    await sendFromPopup(popup);
    await click(popup, 'checkbox', 'Paid');
    await new Promise((r) => setTimeout(r, 500));
    await popup.close();
    popup = await openPopup(sandbox);
    await popup.locator(byRole('checkbox', 'Paid')).waitHandle();
    expect(await popup.$eval('::-p-aria([name="Paid"][role="checkbox"])', (el) => (el as HTMLInputElement).checked)).toBe(true);
  });

  it('stores the token once when HeavySet answers 500 twice before it succeeds', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    const { token } = await generateToken(sandbox);
    expect(await badge(sandbox, '1')).toBe('1');
    await injectFaults(sandbox, { kind: '500', count: 2, pathPrefix: `/v1/crm-configs/${sandbox.server.configIds.leap}/connection` });
    const popup = await openPopup(sandbox);
    await sendFromPopup(popup);
    expect(await badge(sandbox, '')).toBe('');
    const config = await leapConfig(sandbox);
    expect(config.connection.apiToken?.value).toBe(token);
    expect(config.writeLog.filter((w) => w.field === 'apiToken')).toHaveLength(1);
  });

  it('keeps the value when the service worker is stopped between capture and send', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    const { token } = await generateToken(sandbox);
    await stopServiceWorker(sandbox);
    const popup = await openPopup(sandbox);
    await sendFromPopup(popup);
    expect((await leapConfig(sandbox)).connection.apiToken?.value).toBe(token);
  });

  it('resends under the same key when the worker is stopped mid-send', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    const { token } = await generateToken(sandbox);
    await injectFaults(sandbox, { kind: 'hang', count: 1, pathPrefix: `/v1/crm-configs/${sandbox.server.configIds.leap}/connection` });
    let popup = await openPopup(sandbox);
    await click(popup, 'button', 'Send to HeavySet');
    await waitForText(popup, /Sending/i);
    await popup.close();
    await stopServiceWorker(sandbox);
    popup = await openPopup(sandbox);
    await waitForRowStatus(popup, 'API Token', 'Sent');
    const config = await leapConfig(sandbox);
    expect(config.connection.apiToken?.value).toBe(token);
    expect(config.writeLog.filter((w) => w.field === 'apiToken')).toHaveLength(1);
  });

  it('points out an earlier "HeavySet Tech" token that cannot be shown again', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    await callSandbox(sandbox.server, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' });
    const page = await sandbox.browser.newPage('https://www.jobprogress.com/app/#/settings/developers');
    await waitForOverlay(page, /A "HeavySet Tech" token already exists/, 15_000);
    expect(await overlayText(page)).toMatch(/cannot show its value again/);
    await screenshot(page, 'leap-overlay-existing-token');
  });

  it('says why a Leap account without admin access has no Developers entry', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    const page = await sandbox.browser.newPage(LEAP_SETTINGS);
    // The sandbox's user switch (its footer control sits under the overlay card).
    await page.evaluate(() => localStorage.setItem('leap.sandbox.user', 'staff'));
    await page.reload({ waitUntil: 'load' });
    await waitForOverlay(page, /lacks admin access/, 15_000);
    await screenshot(page, 'leap-overlay-no-admin');
  });
});
