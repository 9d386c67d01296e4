// The Leap flow's steps as a person does them, shared by the e2e tests and the demo.
import type { Page } from 'puppeteer';
import {
  byRole,
  check,
  click,
  openPopup,
  pageText,
  connectWith,
  screenshot,
  serverState,
  waitForOverlay,
  waitForRowStatus,
  waitForText,
  type Sandbox,
  type Shot,
} from '../harness';
import { callSandbox } from '../../sandbox/server/testing';

export const LEAP_SETTINGS = 'https://www.jobprogress.com/app/#/settings';

export async function connectLeap(s: Sandbox): Promise<void> {
  await connectWith(s, s.server.codes.leap);
}

/** Connected, then Settings → Developers, the card pointing at Generate Token: where the Leap tests start. */
export async function openDevelopers(s: Sandbox): Promise<Page> {
  await connectLeap(s);
  const page = await s.browser.newPage(LEAP_SETTINGS);
  await page.waitForSelector('heavyset-assistant');
  await click(page, 'link', 'Developers');
  await waitForOverlay(page, /Generate Token/);
  return page;
}

/**
 * Settings → Developers → Generate Token → Fill for me → Generate; closes the dialog at once with ×.
 * `card: false` (Firefox: no test access to the card's closed shadow root): the person types the name.
 */
export async function generateToken(s: Sandbox, opts: { shots?: boolean; shot?: Shot; card?: boolean } = {}): Promise<{ page: Page; token: string }> {
  const shot = opts.shot ?? screenshot;
  const card = opts.card ?? true;
  const before = new Set((await serverState(s)).crm.leap.tokens.map((t) => t.id));
  const page = await s.browser.newPage(LEAP_SETTINGS);
  await page.waitForSelector('heavyset-assistant');
  if (card) await waitForOverlay(page, /Developers/);
  await click(page, 'link', 'Developers');
  if (card) await waitForOverlay(page, /Generate Token/);
  if (opts.shots) await shot(page, 'leap-overlay-generate-token');
  await click(page, 'button', 'Generate Token');
  if (card) {
    await waitForOverlay(page, /Fill for me/);
    await click(page, 'button', 'Fill for me');
  } else {
    await page.waitForSelector('[role="dialog"] input');
    await page.type('[role="dialog"] input', 'HeavySet Tech');
  }
  // Fill for me loads its code on the first click: the name appears a moment later.
  await page.waitForFunction(() => (document.querySelector('[role="dialog"] input') as HTMLInputElement | null)?.value, { timeout: 5_000 }).catch(() => undefined);
  const name = await page.$eval('[role="dialog"] input', (el) => (el as HTMLInputElement).value);
  if (name !== 'HeavySet Tech') throw new Error(`Fill for me wrote "${name}" as the token name`);
  if (opts.shots) await shot(page, 'leap-overlay-fill');
  // The dialog's own Generate Token button (the page's one sits behind the modal).
  await page.evaluate(() => {
    const buttons = [...document.querySelectorAll('[role="dialog"] button')] as HTMLButtonElement[];
    buttons.find((b) => /generate token/i.test(b.textContent ?? ''))!.click();
  });
  const state = await waitForToken(s, before);
  // Close at once, without Copy to Clipboard.
  await page.waitForFunction(() => /only be shown once/i.test(document.querySelector('[role="dialog"]')?.textContent ?? ''));
  if (card) await waitForOverlay(page, /captured/i);
  if (opts.shots) await shot(page, 'leap-overlay-captured');
  await page.evaluate(() => {
    const close = [...document.querySelectorAll('[role="dialog"] button')].find((b) => /close|×/i.test((b.getAttribute('aria-label') ?? '') + b.textContent));
    (close as HTMLButtonElement).click();
  });
  await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
  return { page, token: state };
}

/** The token Leap (the sandbox) issued after `before` was taken. */
export async function waitForToken(s: Sandbox, before: Set<string>): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const token = (await serverState(s)).crm.leap.tokens.find((t) => t.name === 'HeavySet Tech' && !before.has(t.id));
    if (token) return token.token;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the sandbox never issued a token');
}

/** A token Leap (the sandbox) issued, pasted into the popup by hand (Enter by hand → Save value), as a person
 *  who copied it from Leap would: for tests of the popup that do not need the page walk. */
export async function pasteToken(s: Sandbox): Promise<string> {
  const token = (await callSandbox(s.server, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' })).body.token as string;
  const popup = await openPopup(s);
  await click(popup, 'button', 'Enter by hand');
  await popup.locator(byRole('textbox', 'New API Token')).fill(token);
  await click(popup, 'button', 'Save value');
  await waitForRowStatus(popup, 'API Token', 'Captured');
  await popup.close();
  return token;
}

export async function sendFromPopup(popup: Page): Promise<void> {
  await click(popup, 'button', 'Send to HeavySet');
  await waitForRowStatus(popup, 'API Token', 'Sent');
}

export const leapConfig = async (s: Sandbox) => (await serverState(s)).configs[s.server.configIds.leap]!;

/** The whole happy path, with screenshots: the demo's headless walk. */
export async function walkLeap(s: Sandbox, shot: Shot = screenshot): Promise<void> {
  await connectLeap(s);
  const { token } = await generateToken(s, { shots: true, shot });
  const popup = await openPopup(s);
  await popup.setViewport({ width: 400, height: 1000 });
  await popup.locator(byRole('group', 'API Token')).waitHandle();
  await shot(popup, 'leap-popup-captured');
  await sendFromPopup(popup);
  // The demo's server keeps its data between runs: saved settings show as a summary; tick only what is not ticked yet.
  if (await popup.$(byRole('button', 'Change settings'))) await click(popup, 'button', 'Change settings');
  await check(popup, 'Job Sold');
  await check(popup, 'Cancelled by Customer');
  await click(popup, 'button', 'Save settings');
  await waitForText(popup, /Settings saved/i, 20_000);
  await click(popup, 'button', 'Verify');
  await waitForText(popup, 'API token accepted by Leap', 20_000);
  await shot(popup, 'leap-popup-verified');
  if (/✗|failed/i.test(await pageText(popup))) throw new Error(`The popup shows a failure:\n${await pageText(popup)}`);
  const stored = (await leapConfig(s)).connection.apiToken?.value;
  if (stored !== token) throw new Error('HeavySet does not hold the token that Leap issued');
}
