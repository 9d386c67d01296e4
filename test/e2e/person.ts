// A person at the keyboard: finds what to click or type by the words on screen (text, labels,
// placeholders, column headers), clicks where those words are with the mouse (so whatever lies
// on top, a backdrop or the assistant's card, gets the click as it would), types with the keyboard.
// Never the page's ids, classes or ARIA names: a rendering's markup is free to change.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer';

export type TextMatch = string | RegExp;

export interface ActOptions {
  /** Only where these words are close by: the row, card or box holding both. */
  near?: TextMatch;
  timeout?: number;
}

const PAGE_SIDE = readFileSync(new URL('./person-page.js', import.meta.url), 'utf8').trim().replace(/;$/, '');
const DEFAULT_TIMEOUT = 10_000;

type Wire = { text: string } | { re: string; flags: string };
const wire = (m: TextMatch): Wire => (typeof m === 'string' ? { text: m } : { re: m.source, flags: m.flags });
const say = (m: TextMatch) => (typeof m === 'string' ? `"${m}"` : String(m));

interface Answer {
  ok: boolean;
  why?: string;
  x?: number;
  y?: number;
  checked?: boolean;
  value?: string;
  tag?: string;
  readOnly?: boolean;
  texts?: string[];
}

async function ask(page: Page, op: string, arg: unknown): Promise<Answer> {
  try {
    return (await page.evaluate(`(${PAGE_SIDE})(${JSON.stringify(op)}, ${JSON.stringify(arg)})`)) as Answer;
  } catch (error) {
    // The page navigated in between: ask again on the next page. (Puppeteer waits for the next page's
    // context up to the page's default timeout, then says only "Timed out after waiting …".)
    if (/context was destroyed|Cannot find context|detached/i.test(String(error))) return { ok: false, why: 'the page was navigating' };
    if (/Timed out after waiting/i.test(String(error))) return { ok: false, why: `the page had no document to read (a navigation that did not finish) at ${page.url()}` };
    throw error;
  }
}

/** How long a person watches something lying over what they want before moving it themselves. */
const COVERED_PATIENCE_MS = 800;

/** What the person does when something lies over what they want to click (e.g. minimise a floating panel); true: try again. */
export type WhenCovered = (page: Page, coveredBy: string, wanted: string) => Promise<boolean>;
const whenCoveredByPage = new WeakMap<Page, WhenCovered>();

export function whenCovered(page: Page, handler: WhenCovered): void {
  whenCoveredByPage.set(page, handler);
}

/** When the person's last click met something other than what they aimed at: in words, for a failure's message. */
async function lastClickMissed(page: Page): Promise<string> {
  const missed = await page.evaluate(() => (window as { __personLastClick?: string }).__personLastClick).catch(() => undefined);
  return missed ? `; ${missed}` : '';
}

/** Asks until the page answers ok (things appear after clicks and fetches), or says why not. */
async function until(page: Page, op: string, arg: unknown, what: string, timeout = DEFAULT_TIMEOUT): Promise<Answer> {
  const deadline = Date.now() + timeout;
  const handled = new Set<string>();
  let coveredSince: number | undefined;
  for (;;) {
    const last = await ask(page, op, arg);
    if (last.ok) return last;
    const coveredBy = /is covered by (.*)$/.exec(last.why ?? '')?.[1];
    const handler = whenCoveredByPage.get(page);
    // Something moving over what they want (a panel sliding away) gets a moment before the person deals with it.
    coveredSince = coveredBy ? (coveredSince ?? Date.now()) : undefined;
    if (coveredBy && handler && !handled.has(coveredBy) && Date.now() - coveredSince! >= COVERED_PATIENCE_MS) {
      handled.add(coveredBy);
      if (await handler(page, coveredBy, what)) continue;
    }
    // Still covered after the person dealt with it: waiting longer will not uncover it.
    if (coveredBy && handled.has(coveredBy) && Date.now() > deadline - timeout + 2_000) throw new Error(`${what}: ${last.why}`);
    if (Date.now() > deadline) throw new Error(`${what}: ${last.why ?? 'not found'} (on ${page.url()})${await lastClickMissed(page)}`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Clicks the visible words (a button, link, menu entry, row action…). When something stays over
 * them (after `whenCovered` had its go), the person reaches the control with the keyboard: focus, Enter.
 */
export async function clickText(page: Page, text: TextMatch, options: ActOptions = {}): Promise<void> {
  const arg = { text: wire(text), near: options.near && wire(options.near) };
  try {
    const at = await until(page, 'click', arg, `click ${say(text)}`, options.timeout);
    await page.mouse.click(at.x!, at.y!);
  } catch (error) {
    if (!/is covered by/.test(String(error))) throw error;
    const focused = await ask(page, 'click', { ...arg, keyboard: true });
    if (!focused.ok) throw error;
    await page.keyboard.press('Enter');
  }
}

/**
 * Clicks the words until `done()` holds, as a person clicks again when nothing happened (the control
 * was still sliding in, its row was repainted under the pointer): up to three clicks, 3 s each.
 */
export async function clickUntil(page: Page, text: TextMatch, done: () => Promise<boolean>, options: ActOptions = {}): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await clickText(page, text, options);
    for (const deadline = Date.now() + 3_000; Date.now() < deadline; await sleep(100)) if (await done()) return;
  }
  throw new Error(`three clicks on ${say(text)} changed nothing (on ${page.url()})`);
}

/** Types into the field these words label (label, words beside or above it, or its placeholder), unless it already says so. */
export async function typeByLabel(page: Page, label: TextMatch, value: string, options: ActOptions = {}): Promise<void> {
  const arg = { label: wire(label) };
  let field = await until(page, 'field', arg, `type into ${say(label)}`, options.timeout);
  if (field.value === value) return;
  if (field.tag === 'select') throw new Error(`${say(label)} is a drop-down: choose from it instead`);
  // A field still moving in (a dialog's opening animation, on a loaded machine) can miss the click:
  // the person sees it did not take the words, and types again.
  for (let attempt = 1; ; attempt++) {
    await page.mouse.click(field.x!, field.y!);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(value);
    field = await until(page, 'field', arg, `read ${say(label)}`, options.timeout);
    if (field.value === value) return;
    if (attempt === 3) throw new Error(`${say(label)} says "${field.value}" after typing "${value}" (3 times)`);
    await sleep(300);
  }
}

/** What the field these words label holds now (null when there is no such field). */
export async function fieldValue(page: Page, label: TextMatch): Promise<string | null> {
  return (await fieldInfo(page, label))?.value ?? null;
}

/** The field these words label: its kind (input, textarea, select, or a clickable drop-down) and what it shows. */
export async function fieldInfo(page: Page, label: TextMatch, timeout = DEFAULT_TIMEOUT): Promise<{ tag: string; value: string } | null> {
  const field = await until(page, 'field', { label: wire(label), clickable: true }, `find ${say(label)}`, timeout).catch(() => null);
  return field ? { tag: field.tag ?? '', value: field.value ?? '' } : null;
}

/** Chooses an option of the drop-down these words label: a native select, or one that opens a list to click in. */
export async function chooseByLabel(page: Page, label: TextMatch, option: TextMatch, options: ActOptions = {}): Promise<void> {
  const field = await until(page, 'field', { label: wire(label), clickable: true }, `open ${say(label)}`, options.timeout);
  if (field.tag === 'select') {
    await until(page, 'select', { label: wire(label), option: wire(option) }, `choose ${say(option)} in ${say(label)}`, options.timeout);
    return;
  }
  if (typeof option === 'string' ? field.value === option : false) return;
  await page.mouse.click(field.x!, field.y!);
  await clickText(page, option, options);
}

/** Ticks (or unticks) the box or radio these words belong to, unless it already is. */
export async function setChecked(page: Page, label: TextMatch, on = true, options: ActOptions = {}): Promise<void> {
  const arg = { label: wire(label), near: options.near && wire(options.near) };
  const box = await until(page, 'box', arg, `tick ${say(label)}`, options.timeout);
  if (box.checked === on) return;
  await page.mouse.click(box.x!, box.y!);
  const after = await until(page, 'box', arg, `read ${say(label)}`, options.timeout);
  if (after.checked !== on) throw new Error(`${say(label)} is still ${after.checked ? 'ticked' : 'not ticked'} after a click`);
}

/** Ticks (or unticks) the box in this row under this column header (a scopes table), unless it already is. */
export async function setCell(page: Page, row: TextMatch, column: TextMatch, on = true, options: ActOptions = {}): Promise<void> {
  const arg = { row: wire(row), column: wire(column), near: options.near && wire(options.near) };
  const what = `${say(row)} × ${say(column)}`;
  const box = await until(page, 'cell', arg, `tick ${what}`, options.timeout);
  if (box.checked === on) return;
  await page.mouse.click(box.x!, box.y!);
  const after = await until(page, 'cell', arg, `read ${what}`, options.timeout);
  if (after.checked !== on) throw new Error(`${what} is still ${after.checked ? 'ticked' : 'not ticked'} after a click`);
}

/** Waits until the page shows these words (a part of a line is enough for a string; case ignored). */
export async function waitForText(page: Page, text: TextMatch, timeout = DEFAULT_TIMEOUT): Promise<void> {
  await until(page, 'shows', { text: wire(asPattern(text)) }, `wait for ${say(text)}`, timeout);
}

/** Waits until these words are gone from the screen (a dialog closed). */
export async function waitForTextGone(page: Page, text: TextMatch, timeout = DEFAULT_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await ask(page, 'shows', { text: wire(asPattern(text)) })).ok) {
    if (Date.now() > deadline) throw new Error(`${say(text)} is still shown after ${timeout} ms (on ${page.url()})`);
    await sleep(100);
  }
}

/** Whether the page shows these words now. */
export async function shows(page: Page, text: TextMatch): Promise<boolean> {
  return (await ask(page, 'shows', { text: wire(asPattern(text)) })).ok;
}

/** Every piece of visible text (and field value) matching the pattern, e.g. masked previews /•+\w{4}/. */
export async function visibleTexts(page: Page, pattern: RegExp): Promise<string[]> {
  return (await ask(page, 'texts', wire(pattern))).texts ?? [];
}

function asPattern(text: TextMatch): RegExp {
  if (text instanceof RegExp) return text;
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'i');
}
