// The popup as a person uses it, keyboard first: one next action in a bar that stays in view, two
// Tab presses away; after each action the focus lands on what it did; a refused connect code said
// once at the top; the seed's fix only under the check it fixes; axe-core finds nothing serious
// in any state, light or dark. Screenshots of each state go to artifacts/screenshots.
import type { Page } from 'puppeteer';
import { afterEach, describe, expect, it } from 'vitest';
import { callSandbox } from '../sandbox/server/testing';
import { focusVisible, focusedName, stopsWithoutVisibleFocus, tabsTo, violationsInBothSchemes } from './a11y';
import {
  byRole,
  check,
  injectFaults,
  openPopup,
  pageText,
  screenshot,
  serverState,
  startSandbox,
  waitForRowStatus,
  waitForText,
  type Sandbox,
} from './harness';
import { connectLeap, leapConfig, pasteToken } from './walks/leap';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const LEAP_START = 'Open Leap → Settings → Developers';

/** Screenshots of the popup as it is now, in both colour schemes. */
async function shots(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await screenshot(page, `${name}-dark`);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
}

/** No serious or critical axe violation in either colour scheme. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
}

/** The next-step bar: its button's name, whether it is on, and its status line. */
async function nextStep(popup: Page): Promise<{ action: string; enabled: boolean; status: string; hint: string }> {
  return popup.evaluate(() => {
    const bar = document.querySelector('[aria-label="Next step"]')!;
    const button = bar.querySelector('button')!;
    return {
      action: button.textContent?.trim() ?? '',
      enabled: !button.disabled,
      status: bar.querySelector('[role="status"]')?.textContent?.trim() ?? '',
      hint: bar.querySelector('.next-hint')?.textContent?.trim() ?? '',
    };
  });
}

async function waitForNext(popup: Page, action: string, timeout = 20_000): Promise<void> {
  await popup
    .waitForFunction((name: string) => document.querySelector('[aria-label="Next step"] button')?.textContent?.trim() === name, { timeout }, action)
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nwaiting for the next action "${action}"; the bar shows ${JSON.stringify(await nextStep(popup))}`);
    });
}

/** Waits for the next-step bar's status line to read `text`. */
async function waitForStatus(popup: Page, text: RegExp, timeout = 20_000): Promise<void> {
  await popup
    .waitForFunction(
      (re: string) => new RegExp(re).test(document.querySelector('[aria-label="Next step"] [role="status"]')?.textContent ?? ''),
      { timeout },
      text.source,
    )
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}
waiting for the status ${String(text)}; the bar shows ${JSON.stringify(await nextStep(popup))}
${await pageText(popup)}`);
    });
}

/** The focus is on the next-step bar's status line. */
async function focusOnStatus(popup: Page): Promise<boolean> {
  return popup.evaluate(() => document.activeElement?.matches('[aria-label="Next step"] [role="status"]') ?? false);
}

/** The next action's button is inside the 600 px popup, without scrolling. */
async function actionInView(popup: Page): Promise<boolean> {
  return popup.evaluate(() => {
    const box = document.querySelector('[aria-label="Next step"] button')!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

describe('the popup’s next action', () => {
  it('leads from the empty popup to Verify by keyboard, with the focus on each outcome', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);

    // Empty: the button opens Leap's Developers page.
    let popup = await openPopup(sandbox);
    await waitForNext(popup, LEAP_START);
    expect(await tabsTo(popup, LEAP_START)).toBe(2);
    expect(await focusVisible(popup)).toBe(true);
    await expectAccessible(popup);
    await shots(popup, 'popup-empty');
    const opened = sandbox.browser.browser.waitForTarget((t) => t.url().includes('jobprogress.com/app/#/settings/developers'), { timeout: 10_000 });
    await popup.keyboard.press('Enter');
    await opened;
    // (A real popup closes as the tab opens; this one, a tab itself, is brought back to read what it says.)
    await popup.bringToFront();
    await popup.waitForFunction(() => document.activeElement?.matches('[aria-label="Next step"] [role="status"]'));
    expect((await nextStep(popup)).status).toMatch(/Opened in a new tab/);
    await popup.close();

    // Captured: Send is the next action, in view, two Tab presses away.
    const token = await pasteToken(sandbox);
    popup = await openPopup(sandbox);
    await waitForNext(popup, 'Send to HeavySet');
    expect(await actionInView(popup)).toBe(true);
    // At 200 % zoom the 600 px popup holds 300 CSS pixels: the action is still in view.
    await popup.setViewport({ width: 400, height: 300 });
    expect(await actionInView(popup)).toBe(true);
    await popup.setViewport({ width: 400, height: 600 });
    expect(await tabsTo(popup, 'Send to HeavySet')).toBe(2);
    await expectAccessible(popup);
    await shots(popup, 'popup-captured');
    // Every control shows where the focus is (the next action is back in focus after the round).
    const round = await stopsWithoutVisibleFocus(popup);
    expect(round.invisible).toEqual([]);
    expect(round.stops).toBeGreaterThan(5);
    await popup.focus('[aria-label="Next step"] button');

    // Sending (HeavySet answers 500 three times first): the focus moves to the status at once.
    await injectFaults(sandbox, { kind: '500', count: 3, pathPrefix: `/v1/crm-configs/${sandbox.server.configIds.leap}/connection` });
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.activeElement?.matches('[aria-label="Next step"] [role="status"]'));
    await waitForText(popup, /Sending/);
    await expectAccessible(popup);
    await shots(popup, 'popup-sending');

    // Sent: the status says so and keeps the focus; one Tab reaches the next action, Save settings.
    await waitForRowStatus(popup, 'API Token', 'Sent');
    await waitForStatus(popup, /Sent to HeavySet/);
    expect(await focusOnStatus(popup)).toBe(true);
    await waitForNext(popup, 'Save settings');
    expect(await tabsTo(popup, 'Save settings')).toBe(1);
    expect((await leapConfig(sandbox)).connection.apiToken?.value).toBe(token);

    // Settings: tick two options, then back to the bar (Shift+Tab from the first option would be long: the bar is first after the header).
    await check(popup, 'Job Sold');
    await check(popup, 'Cancelled by Customer');
    await popup.locator(byRole('button', 'Save settings')).click();
    await waitForStatus(popup, /Settings saved/);
    expect(await focusOnStatus(popup)).toBe(true);
    await waitForNext(popup, 'Verify');
    expect(await tabsTo(popup, 'Verify')).toBe(1);
    await popup.keyboard.press('Enter');
    await waitForStatus(popup, /Verified: all 2 checks passed/);
    expect(await focusOnStatus(popup)).toBe(true);
    await waitForNext(popup, 'Verify again');
    expect((await nextStep(popup)).hint).toBe('✓ HeavySet is connected and working.');
    await expectAccessible(popup);
    await shots(popup, 'popup-verified');
  });

  it('shows the seed’s token fix only under a failed token check, and then leads back to Leap', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    await pasteToken(sandbox);
    const popup = await openPopup(sandbox);
    await popup.locator(byRole('button', 'Send to HeavySet')).click();
    await waitForRowStatus(popup, 'API Token', 'Sent');
    await check(popup, 'Job Sold');
    await check(popup, 'Cancelled by Customer');
    await popup.locator(byRole('button', 'Save settings')).click();
    await waitForNext(popup, 'Verify');

    // Leap revokes the token: Verify fails on it, and the fix appears under that check only.
    const leapToken = (await serverState(sandbox)).crm.leap.tokens.find((t) => t.name === 'HeavySet Tech')!;
    await callSandbox(sandbox.server, 'POST', `/sandbox/crm/leap/tokens/${leapToken.id}/revoke`);
    await popup.locator(byRole('button', 'Verify')).click();
    await waitForText(popup, /1 of 2 checks failed/, 20_000);
    const items = await popup.$$eval('.verify-list li', (lis) => lis.map((li) => ({ ok: li.classList.contains('ok'), text: li.textContent ?? '' })));
    expect(items.find((i) => !i.ok)?.text).toMatch(/API token accepted by Leap.*generate a new token and capture it again/s);
    expect(items.filter((i) => i.ok).every((i) => !/generate a new token/.test(i.text))).toBe(true);
    expect((await pageText(popup)).match(/generate a new token and capture it again/g)).toHaveLength(1);
    // The next action goes where the fix is: Leap's Developers page.
    await waitForNext(popup, LEAP_START);
    expect((await nextStep(popup)).hint).toBe("Next: capture a new API Token (the fix is under Verify, above).");
    await expectAccessible(popup);
    await shots(popup, 'popup-verify-failed');
  });
});

describe('a refused connect code', () => {
  it('is said once at the top, Send waits for a new code, and a queued send that fails meanwhile is notified', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    await pasteToken(sandbox);
    const connection = `/v1/crm-configs/${sandbox.server.configIds.leap}/connection`;

    // HeavySet cannot be reached: the send waits in the queue, the popup is closed.
    await injectFaults(sandbox, { kind: 'drop', count: 50, pathPrefix: connection });
    let popup = await openPopup(sandbox);
    await popup.locator(byRole('button', 'Send to HeavySet')).click();
    await waitForText(popup, /cannot be reached.*Queued/s, 30_000);
    await popup.close();

    // Meanwhile the connect code expires; HeavySet is back; the queued send runs and is refused.
    await callSandbox(sandbox.server, 'POST', '/sandbox/codes/expire', { code: sandbox.server.codes.leap });
    await callSandbox(sandbox.server, 'DELETE', '/sandbox/faults');
    const worker = await sandbox.browser.serviceWorker();
    await worker.evaluate(() => {
      const seen: { id: string; title: string; message: string }[] = [];
      (globalThis as unknown as { seenNotices: typeof seen }).seenNotices = seen;
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = ((id: string, options: chrome.notifications.NotificationCreateOptions) => {
        seen.push({ id, title: options.title ?? '', message: options.message ?? '' });
        return create(id, options);
      }) as typeof chrome.notifications.create;
    });
    // The queue's own alarm wakes it after its backoff (15 s, or Chromium's 30 s minimum).
    const notice = await worker.waitForFunction(() => (globalThis as unknown as { seenNotices: unknown[] }).seenNotices[0], { timeout: 60_000 });
    const { title, message } = (await notice.jsonValue()) as { title: string; message: string };
    expect(title).toBe('Not sent to HeavySet: API Token');
    expect(message).toMatch(/This connect code has expired.*Open the assistant from the toolbar to send again/);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');

    // Reopened: one banner at the top, the server's words once, Send off, no copy in the row.
    popup = await openPopup(sandbox);
    await waitForText(popup, 'Connect code expired');
    const text = await pageText(popup);
    expect(text.match(/This connect code has expired/g)).toHaveLength(1);
    expect(text).not.toMatch(/cannot be reached/);
    expect(await popup.$eval('[role="group"][aria-label="API Token"]', (el) => el.textContent ?? '')).not.toMatch(/connect code|expired/i);
    expect(await nextStep(popup)).toMatchObject({ action: 'Send to HeavySet', enabled: false });
    expect(await tabsTo(popup, 'Open Settings')).toBe(2);
    await expectAccessible(popup);
    await shots(popup, 'popup-expired-code');
    expect(await popup.evaluate(() => document.querySelector('.banner')!.getBoundingClientRect().top)).toBeLessThan(80);
  });

  it('is noticed on opening, before any send: the banner is there at once and Send is off', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    // The code expires before the person pastes a token (the popup opened for it notices, as any opening does).
    await callSandbox(sandbox.server, 'POST', '/sandbox/codes/expire', { code: sandbox.server.codes.leap });
    await pasteToken(sandbox);
    const popup = await openPopup(sandbox);
    await waitForText(popup, 'Connect code expired');
    expect(await nextStep(popup)).toMatchObject({ action: 'Send to HeavySet', enabled: false });
    expect((await nextStep(popup)).hint).toMatch(/until the connect code is replaced/);
  });
});

describe('a queued send that ends while the popup is closed', () => {
  it('is told in a notification, and the badge is cleared', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    await pasteToken(sandbox);
    const worker = await sandbox.browser.serviceWorker();
    await worker.evaluate(() => {
      const seen: { id: string; title: string; message: string }[] = [];
      (globalThis as unknown as { seenNotices: typeof seen }).seenNotices = seen;
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = ((id: string, options: chrome.notifications.NotificationCreateOptions) => {
        seen.push({ id, title: options.title ?? '', message: options.message ?? '' });
        return create(id, options);
      }) as typeof chrome.notifications.create;
    });
    // Two 500s first: ky retries within a second or two, after the popup is gone.
    await injectFaults(sandbox, { kind: '500', count: 2, pathPrefix: `/v1/crm-configs/${sandbox.server.configIds.leap}/connection` });
    const popup = await openPopup(sandbox);
    await popup.locator(byRole('button', 'Send to HeavySet')).click();
    await popup.close();
    const notice = await worker.waitForFunction(() => (globalThis as unknown as { seenNotices: unknown[] }).seenNotices[0], { timeout: 30_000 });
    expect(await notice.jsonValue()).toMatchObject({ title: 'Sent to HeavySet', message: expect.stringMatching(/^API Token is at HeavySet now/) });
    // Seen as it was asked for: the browser shows it a moment later (one, not two).
    await worker.waitForFunction(async () => Object.keys(await chrome.notifications.getAll()).length > 0, { timeout: 5_000 });
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toHaveLength(1);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    expect((await leapConfig(sandbox)).connection.apiToken).toBeDefined();
  });

  it('is not notified while the popup is open (the popup says it)', async () => {
    sandbox = await startSandbox();
    await connectLeap(sandbox);
    await pasteToken(sandbox);
    const popup = await openPopup(sandbox);
    await popup.locator(byRole('button', 'Send to HeavySet')).click();
    await waitForRowStatus(popup, 'API Token', 'Sent');
    await new Promise((r) => setTimeout(r, 500));
    const worker = await sandbox.browser.serviceWorker();
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
    expect(await focusedName(popup)).toMatch(/Sent to HeavySet/);
  });
});
