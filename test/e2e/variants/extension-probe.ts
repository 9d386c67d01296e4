// What the matrix asks of the loaded extension: the card's step at a checkpoint, a press on one of
// the card's buttons, the values it captured, and a clean slate between walks. The card is read
// from <heavyset-assistant>'s shadow root as a person reads it (its heading and visible text).
import type { Page } from 'puppeteer';
import { saveOptions, waitForText, type Sandbox } from '../harness';
import { sleep } from '../person';
import type { CheckpointRecord, WalkHooks } from './run';
import { stepTitles } from './steps';
import type { CrmName } from './types';

/** How long the card may take to show the step after the page got there. */
const CHECKPOINT_WAIT_MS = 2_500;
const CARD_BUTTON_WAIT_MS = 3_000;

// Evaluated as text: scripts run under tsx, whose helpers must not leak into page functions.
const READ_CARD = `(() => {
  const root = document.querySelector('heavyset-assistant')?.shadowRoot;
  if (!root) return null;
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const shown = [...root.querySelectorAll('*')].filter((e) => e.checkVisibility ? e.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true);
  const heading = shown.find((e) => /^H[1-6]$/.test(e.tagName) || e.getAttribute('role') === 'heading');
  const text = shown.filter((e) => !shown.includes(e.parentElement)).map((e) => e.innerText || '').join('\\n');
  return { title: norm(heading ? heading.innerText : text.split('\\n').find((l) => l.trim()) || ''), text: text.trim() };
})()`;

const FIND_CARD_BUTTON = (wanted: { re: string; flags: string }) => `(() => {
  const root = document.querySelector('heavyset-assistant')?.shadowRoot;
  if (!root) return null;
  const re = new RegExp(${JSON.stringify(wanted.re)}, ${JSON.stringify(wanted.flags)});
  const button = [...root.querySelectorAll('button, a, [role=button]')].find((b) => re.test((b.innerText || '').replace(/\\s+/g, ' ').trim()) && b.getBoundingClientRect().width > 0);
  if (!button) return null;
  button.scrollIntoView({ block: 'nearest' });
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

const normTitle = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

async function readCard(page: Page): Promise<{ title: string; text: string } | null> {
  return (await page.evaluate(READ_CARD).catch(() => null)) as { title: string; text: string } | null;
}

export const extensionHooks: WalkHooks = {
  async checkpoint(page: Page, crm: CrmName, stepId: string): Promise<CheckpointRecord> {
    const titles = stepTitles(crm, stepId);
    const expected = titles.join(' | ') || undefined;
    const deadline = Date.now() + CHECKPOINT_WAIT_MS;
    let card = await readCard(page);
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
    const wanted = typeof name === 'string' ? { re: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: 'i' } : { re: name.source, flags: name.flags };
    const deadline = Date.now() + CARD_BUTTON_WAIT_MS;
    for (;;) {
      const at = (await page.evaluate(FIND_CARD_BUTTON(wanted)).catch(() => null)) as { x: number; y: number } | null;
      if (at) {
        await page.mouse.click(at.x, at.y);
        await sleep(400);
        return true;
      }
      if (Date.now() > deadline) return false;
      await sleep(150);
    }
  },
};

/**
 * What the extension holds for these fields, asked from its popup page as the popup asks the
 * background. The only place that knows the protocol (it is being reworked).
 */
export async function readCaptured(sandbox: Sandbox, crm: CrmName, fields: string[]): Promise<Record<string, string>> {
  const popup = await sandbox.browser.newPage(sandbox.extensionUrl('popup.html'));
  try {
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
  } finally {
    await popup.close();
  }
}

/**
 * Connects the extension to the sandbox with this CRM's connect code, as the person does first.
 * (A clean slate between walks is a fresh browser profile: clearing chrome.storage.local and
 * restarting the worker left today's extension unable to save its options.)
 */
export async function connectExtension(sandbox: Sandbox, crm: CrmName): Promise<void> {
  const options = await saveOptions(sandbox, sandbox.server.codes[crm]);
  await waitForText(options, /Connected to .+/, 15_000);
  await options.close();
}
