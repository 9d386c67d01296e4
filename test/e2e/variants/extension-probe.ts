// What the matrix asks of the loaded extension: the card's step at a checkpoint, a press on one of
// the card's buttons, the values it captured. The card is read from <heavyset-assistant>'s shadow
// root as a person reads it (its heading and visible text).
import type { Page } from 'puppeteer';
import { connectWith, type Sandbox } from '../harness';
import { cardClick as clickOnCard, cardEval } from '../support/card';
import { sleep } from '../person';
import type { CheckpointRecord, WalkHooks } from './run';
import { stepTitles } from './steps';
import type { CrmName } from './types';

/** How long the card may take to show the step after the page got there. */
const CHECKPOINT_WAIT_MS = 2_500;
const CARD_BUTTON_WAIT_MS = 3_000;

// Run with `this` = the card's (closed) shadow root, through the DevTools protocol (support/card.ts).
const READ_CARD = `function () {
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const shown = [...this.querySelectorAll('*')].filter((e) => e.tagName !== 'STYLE' && (e.checkVisibility ? e.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true));
  const heading = shown.find((e) => /^H[1-6]$/.test(e.tagName) || e.getAttribute('role') === 'heading');
  const text = shown.filter((e) => !shown.includes(e.parentElement)).map((e) => e.innerText || '').join('\\n');
  // Folded to a one-line bar (no heading): "[✓ API Token captured ••••wxyz · ]Step 3 of 23 (guide §5): <the step's title>".
  const bar = text.split('\\n').map((l) => /(?:^|· )Step \\d+ of \\d+[^:]*:\\s*(.+)$/.exec(l.trim())).find(Boolean);
  return { title: norm(heading ? heading.innerText : bar ? bar[1] : text.split('\\n').find((l) => l.trim()) || ''), text: text.trim() };
}`;

const normTitle = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

async function readCard(page: Page): Promise<{ title: string; text: string } | null> {
  return ((await cardEval(page, READ_CARD).catch(() => undefined)) as { title: string; text: string } | undefined) ?? null;
}

export const extensionHooks: WalkHooks = {
  async checkpoint(page: Page, crm: CrmName, stepId: string): Promise<CheckpointRecord> {
    const titles = stepTitles(crm, stepId);
    const expected = titles.join(' | ') || undefined;
    const deadline = Date.now() + CHECKPOINT_WAIT_MS;
    let card = await readCard(page);
    // Folded to its pill (the person minimised it when it lay over the page): they open it to read it.
    // The pill may come after the pointer's own words ("Click here" at the target), so any line.
    const folded = (c: { text: string } | null) => !!c && c.text.split('\n').some((line) => PILL.test(line.trim()));
    if (folded(card) && (await pressOnCard(page, UNFOLD, 1_000))) card = await readCard(page);
    const matches = () => !!card && titles.some((title) => normTitle(card!.title).includes(normTitle(title)));
    while (!matches() && Date.now() < deadline) {
      await sleep(150);
      card = await readCard(page);
    }
    return { step: stepId, expected, cardTitle: card?.title, cardText: card?.text, matched: matches() };
  },
  async uncover(page: Page, coveredBy: string): Promise<boolean> {
    // The person minimises the card when it lies over what they want to click.
    return /heavyset-assistant/i.test(coveredBy) && extensionHooks.cardClick(page, /^minimi[sz]e$/i);
  },
  async cardClick(page: Page, name: string | RegExp): Promise<boolean> {
    // Not on the card as it is: folded to a one-line bar or a pill, it is opened first ("Show").
    const pressed =
      (await pressOnCard(page, name, CARD_BUTTON_WAIT_MS / 2)) || ((await pressOnCard(page, UNFOLD, 500)) && (await pressOnCard(page, name, CARD_BUTTON_WAIT_MS / 2)));
    if (pressed) await sleep(400);
    return pressed;
  },
};

/** The card folded to its pill: "▸ HeavySet · 3/23". */
const PILL = /^▸?\s*HeavySet · \d+\/\d+$/;
/** What opens a folded card: the one-line bar's "Show", the pill ("HeavySet · 3/23: show the assistant (…)"). */
const UNFOLD = /^Show$|^HeavySet · \d+\/\d+: show the assistant\b/;

async function pressOnCard(page: Page, name: string | RegExp, timeout: number): Promise<boolean> {
  try {
    await clickOnCard(page, name, timeout);
    return true;
  } catch {
    return false;
  }
}

/**
 * An extension page kept open for a session's bookkeeping between walks (reset, read what was captured):
 * the package's privacy page, which runs no script of its own, asking the background as the popup and
 * options pages ask it. One tab for all the walks: each new tab costs Chromium about 0.3 s of CPU.
 */
export async function openDesk(sandbox: Sandbox): Promise<Page> {
  return sandbox.browser.newPage(sandbox.extensionUrl('privacy.html'));
}

/** Runs `use` on the desk, or on a page of `path` opened for it and closed after. */
async function onExtensionPage<T>(sandbox: Sandbox, desk: Page | undefined, path: string, use: (page: Page) => Promise<T>): Promise<T> {
  if (desk && !desk.isClosed()) return use(desk);
  const page = await sandbox.browser.newPage(sandbox.extensionUrl(path));
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

/**
 * What the extension holds for these fields, asked as the popup asks the background (from the desk when
 * given, else from a popup page). The only place that knows the protocol (it is being reworked).
 */
export async function readCaptured(sandbox: Sandbox, crm: CrmName, fields: string[], desk?: Page): Promise<Record<string, string>> {
  return onExtensionPage(sandbox, desk, 'popup.html', async (popup) => {
    const captured: Record<string, string> = {};
    for (const field of fields) {
      const answer = (await popup.evaluate(
        `chrome.runtime.sendMessage({ type: 'value/reveal', crm: ${JSON.stringify(crm)}, field: ${JSON.stringify(field)} })`,
      )) as { ok?: boolean; data?: unknown; value?: unknown } | undefined;
      // The answer has carried the value as `data` and, since the protocol rework, as `value`.
      const value = answer?.ok ? (answer.value ?? answer.data) : undefined;
      if (typeof value === 'string' && value !== '') captured[field] = value;
    }
    return captured;
  });
}

/** Connects the extension to the sandbox with this CRM's connect code, as the person does first. */
export async function connectExtension(sandbox: Sandbox, crm: CrmName): Promise<void> {
  await connectWith(sandbox, sandbox.server.codes[crm]);
}

/**
 * A clean slate for the next walk in the same browser, and the extension connected for its CRM: from
 * the desk (else an options page), what the options page's Disconnect sends after the confirmation
 * (the link, every captured value and the guide's progress are forgotten), the CRM sites' storage
 * cleared (a signed-in portal, remembered token creators), then what its Save sends with the CRM's
 * connect code. Throws when the extension refuses either, e.g. when it could not connect again.
 */
export async function resetExtension(sandbox: Sandbox, crm: CrmName, hosts: string[], desk?: Page): Promise<void> {
  await onExtensionPage(sandbox, desk, 'options.html', async (page) => {
    const ask = async (message: object) => {
      const answer = (await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`)) as { ok?: boolean; problem?: string } | undefined;
      if (!answer?.ok) throw new Error(`The extension refused ${JSON.stringify(message).slice(0, 40)}…: ${answer?.problem ?? 'no answer'}`);
    };
    await ask({ type: 'options/disconnect' });
    const session = await page.createCDPSession();
    try {
      for (const host of hosts) await session.send('Storage.clearDataForOrigin', { origin: `https://${host}`, storageTypes: 'all' });
    } finally {
      await session.detach().catch(() => undefined);
    }
    await ask({ type: 'options/save', apiUrl: sandbox.server.url, connectCode: sandbox.server.codes[crm], engineerEmail: 'engineer@heavyset.tech' });
  });
}
