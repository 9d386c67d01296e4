// A person on a page whose UI lives in (nested, open) shadow roots: web-components apps (Lit, Shoelace,
// Spectrum Web Components…). test/e2e/person.ts cannot read these pages: it lists
// `document.body.querySelectorAll('*')`, reads `innerText` (which leaves shadow content out) and checks
// a click with `document.elementFromPoint` (which answers the outermost host), so on such a page it sees
// no words at all. This is the same person through the shadow roots: the visible words, their place on
// screen, a mouse click there (the assistant's card is not part of the page); a field found by the words
// that label it; a box found by its row and the column header over it. When the card lies over what the
// person wants to click they minimise it, as person.ts has the matrix do, and `done` fails the walk at its
// end with what it covered (person.ts's `whenCovered` record is out of reach from here).
import type { Page } from 'puppeteer';
import { fillIfNeeded, valueOf } from './person-actions';
import type { VariantWalkContext, WalkResult } from './variants/types';

const TIMEOUT = 10_000;

export type Wire = { re: string; flags: string };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** Exactly these words (a control's label as it reads), or the pattern. */
export const wire = (m: string | RegExp): Wire => (typeof m === 'string' ? { re: `^\\s*${escape(m)}\\s*$`, flags: 'i' } : { re: m.source, flags: m.flags });
/** These words anywhere in an element's own text (a part of a line), or the pattern. */
export const loose = (m: string | RegExp): Wire => (typeof m === 'string' ? { re: escape(m), flags: 'i' } : { re: m.source, flags: m.flags });
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// The page side, as text (no bundler helpers can leak in). Walks the composed tree: every element, the
// shadow root of every host, never the assistant's <heavyset-assistant>.
// arg: { re, flags } the words; near: words that must be close by (the row or box holding both);
// target: 'words' (default) the words themselves, 'control' the field or box they label, 'cell' the
// checkbox in their row under the column header `column`; keyboard: focus it instead (op 'point').
const DEEP = `(function (op, arg) {
  var re = new RegExp(arg.re, arg.flags);
  function norm(s) { return String(s == null ? '' : s).replace(/[\\s\\u00a0]+/g, ' ').trim(); }
  function boxVisible(el) {
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    var r = el.getBoundingClientRect();
    return r.width >= 2 && r.height >= 2 && r.right > -5000 && r.bottom > -5000;
  }
  /** Whether the element's own words (or the field itself) are drawn: an element without a box of its own
   *  (display: contents, a slot's fallback) shows its words if they take room on screen and are not hidden. */
  function visible(el) {
    if (!el || !el.isConnected) return false;
    if (el.tagName !== 'SLOT' && getComputedStyle(el).display !== 'contents') return boxVisible(el);
    if (getComputedStyle(el).visibility !== 'visible') return false;
    for (var c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3 || !c.nodeValue.trim()) continue;
      var range = document.createRange();
      range.selectNodeContents(c);
      var rects = range.getClientRects();
      for (var k = 0; k < rects.length; k++) if (rects[k].width >= 2 && rects[k].height >= 2) return true;
    }
    return false;
  }
  function isField(el) {
    return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && ['hidden', 'submit', 'button', 'reset', 'checkbox', 'radio', 'image', 'file'].indexOf((el.getAttribute('type') || 'text').toLowerCase()) < 0);
  }
  var els = [];
  function visit(root, out) {
    var kids = root.children;
    for (var i = 0; i < kids.length; i++) {
      var el = kids[i];
      if (el.tagName === 'HEAVYSET-ASSISTANT' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') continue;
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot, out);
      visit(el, out);
    }
  }
  visit(document.body, els);
  function own(el) {
    if (isField(el)) return el.value;
    var t = '';
    for (var c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) t += ' ' + c.nodeValue;
    return norm(t);
  }
  function matching(pattern) { return els.filter(function (el) { var t = own(el); return t !== '' && pattern.test(t) && visible(el); }); }
  var found = matching(re);
  if (op === 'shows') return { ok: found.length > 0 };
  if (op === 'texts') {
    var g = new RegExp(arg.re, arg.flags.indexOf('g') >= 0 ? arg.flags : arg.flags + 'g');
    var out = [];
    found.forEach(function (el) { var m = own(el).match(g); if (m) out.push.apply(out, m); });
    return { ok: true, texts: out };
  }
  function describe(n) { return n ? '<' + n.tagName.toLowerCase() + '> "' + norm(n.textContent).slice(0, 40) + '"' : 'nothing'; }
  if (!found.length) return { ok: false, why: 'no visible words matching ' + re };
  // The tree a person sees: a shadow root's children belong to its host.
  function up(n) { return n.parentElement || (n.parentNode && n.parentNode.host) || null; }
  var el = found[0];
  if (arg.near) {
    var nearRe = new RegExp(arg.near.re, arg.near.flags);
    var holders = new Set();
    matching(nearRe).forEach(function (n) { for (var p = n; p; p = up(p)) holders.add(p); });
    var best = -1;
    found.forEach(function (f) {
      var d = 0;
      for (var p = f; p && !holders.has(p); p = up(p)) d++;
      if (p && (best < 0 || d < best)) { best = d; el = f; }
    });
    if (best < 0) return { ok: false, why: 'no ' + re + ' near ' + nearRe };
  }
  function roleOf(n) { return (n.getAttribute && n.getAttribute('role')) || ''; }
  function isControl(n) {
    return n.tagName === 'INPUT' || n.tagName === 'TEXTAREA' || n.tagName === 'SELECT' || ['radio', 'checkbox', 'combobox', 'textbox', 'switch'].indexOf(roleOf(n)) >= 0;
  }
  /** The field or box these words label: <label for>, a wrapping <label>, aria-labelledby, or the control itself. */
  function controlFor(w) {
    if (isControl(w)) return w;
    for (var l = w; l; l = l.parentElement) {
      if (l.tagName !== 'LABEL') continue;
      var root = l.getRootNode();
      if (l.htmlFor && root.getElementById) { var byFor = root.getElementById(l.htmlFor); if (byFor) return byFor; }
      var inner = l.querySelector('input, textarea, select, [role=checkbox], [role=radio], [role=combobox]');
      if (inner) return inner;
    }
    for (var n = w; n && n !== document.body; n = n.parentElement) {
      if (!n.id) continue;
      var scope = n.getRootNode();
      var by = scope.querySelectorAll ? Array.prototype.find.call(scope.querySelectorAll('[aria-labelledby]'), function (c) { return isControl(c) && c.getAttribute('aria-labelledby').split(/\\s+/).indexOf(n.id) >= 0; }) : null;
      if (by) return by;
    }
    return null;
  }
  function deepAll(root) { var all = []; visit(root, all); if (root.shadowRoot) visit(root.shadowRoot, all); return all; }
  /** The checkbox in the words' row whose middle lies under the column header. */
  function cellFor(w) {
    var colRe = new RegExp(arg.column.re, arg.column.flags);
    var row = w;
    while (row && !(row.tagName === 'TR' || roleOf(row) === 'row')) row = up(row);
    if (!row) return { why: describe(w) + ' is in no row' };
    var heads = els.filter(function (h) { return (h.tagName === 'TH' || roleOf(h) === 'columnheader') && colRe.test(norm(h.textContent)) && visible(h); });
    if (!heads.length) return { why: 'no column headed ' + colRe };
    var boxes = deepAll(row).filter(function (b) { return (b.tagName === 'INPUT' && b.type === 'checkbox') || roleOf(b) === 'checkbox'; });
    for (var i = 0; i < heads.length; i++) {
      var span = heads[i].getBoundingClientRect();
      for (var j = 0; j < boxes.length; j++) {
        var r = boxes[j].getBoundingClientRect();
        var x = r.left + r.width / 2;
        if (r.width > 0 && x >= span.left && x <= span.right) return { box: boxes[j] };
      }
    }
    return { why: 'no box under ' + colRe + ' in the row of ' + describe(w) };
  }
  var target = el;
  if (arg.target === 'control') {
    target = controlFor(el);
    if (!target) return { ok: false, why: describe(el) + ' labels no field' };
  } else if (arg.target === 'cell') {
    var cell = cellFor(el);
    if (!cell.box) return { ok: false, why: cell.why };
    target = cell.box;
  }
  if (op === 'state') {
    var value = target.tagName === 'SELECT' ? (target.selectedOptions[0] ? norm(target.selectedOptions[0].textContent) : '') : (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') ? target.value : norm(target.textContent);
    var checked = target.tagName === 'INPUT' ? target.checked : target.getAttribute('aria-checked') === 'true';
    return { ok: true, value: value, checked: checked, expanded: target.getAttribute('aria-expanded') === 'true', readOnly: !!target.readOnly };
  }
  // op 'point': where a click reaches the target (the deepest element at a point, through shadow roots).
  function deepHit(x, y) {
    var hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      var inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  }
  function within(n, t) {
    for (; n; n = n.parentNode || n.host) if (n === t) return true;
    return false;
  }
  target.scrollIntoView({ block: 'center', inline: 'nearest' });
  var r = target.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) {
    // No box of its own (display: contents): where its words are drawn.
    for (var c = target.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3 || !c.nodeValue.trim()) continue;
      var range = document.createRange();
      range.selectNodeContents(c);
      r = range.getBoundingClientRect();
      break;
    }
  }
  var hit = null;
  var xs = [0.5, 0.25, 0.75], ys = [0.5, 0.3, 0.7];
  for (var i = 0; i < xs.length; i++) for (var j = 0; j < ys.length; j++) {
    var x = r.left + r.width * xs[i], y = r.top + r.height * ys[j];
    hit = deepHit(x, y);
    if (within(hit, target)) return { ok: true, x: x, y: y };
  }
  var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (arg.keyboard) {
    // What the keyboard reaches: a link, a button, a field, anything with a tabindex, or a custom
    // element that takes focus itself (a role, a tabindex, or a shadow root delegating focus).
    var f = target;
    while (f && !(f.matches && (f.matches('a[href], button, input, [tabindex]') || (f.localName.indexOf('-') > 0 && (f.hasAttribute('role') || (f.shadowRoot && f.shadowRoot.delegatesFocus)))))) f = f.parentNode || f.host;
    if (!f) return { ok: false, why: describe(target) + ' cannot be reached with the keyboard' };
    f.focus();
    return { ok: true, keyboard: true };
  }
  return { ok: false, covered: !!top && top.tagName === 'HEAVYSET-ASSISTANT', why: describe(target) + ' is covered by ' + (top && top.tagName === 'HEAVYSET-ASSISTANT' ? "the assistant's card" : describe(hit)) };
})`;

interface DeepAnswer {
  ok: boolean;
  why?: string;
  x?: number;
  y?: number;
  covered?: boolean;
  keyboard?: boolean;
  texts?: string[];
  value?: string;
  checked?: boolean;
  expanded?: boolean;
  readOnly?: boolean;
}

export interface DeepTarget {
  /** Only where these words are close by (the row or box holding both). */
  near?: string | RegExp;
  /** The words themselves (default), the field or box they label, or the checkbox of their row under `column`. */
  target?: 'words' | 'control' | 'cell';
  column?: string | RegExp;
}

const targetArg = (t: DeepTarget = {}) => ({ near: t.near && wire(t.near), target: t.target, column: t.column && wire(t.column) });

export async function deep(page: Page, op: string, arg: object): Promise<DeepAnswer> {
  try {
    return (await page.evaluate(`${DEEP}(${JSON.stringify(op)}, ${JSON.stringify(arg)})`)) as DeepAnswer;
  } catch (error) {
    if (/context was destroyed|Cannot find context|detached/i.test(String(error))) return { ok: false, why: 'the page was navigating' };
    throw error;
  }
}

/** Waits until these words show on screen (a part of a line for a string), inside shadow roots too. */
export async function sees(page: Page, text: string | RegExp, timeout = TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await deep(page, 'shows', loose(text))).ok) {
    if (Date.now() > deadline) throw new Error(`wait for ${String(text)}: not shown (on ${page.url()})`);
    await sleep(100);
  }
}

/** Whether these words show on screen now. */
export async function showsDeep(page: Page, text: string | RegExp): Promise<boolean> {
  return (await deep(page, 'shows', loose(text))).ok;
}

/** Waits until these words are gone from the screen (a dialog closed). */
export async function gone(page: Page, text: string | RegExp, timeout = TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await deep(page, 'shows', loose(text))).ok) {
    if (Date.now() > deadline) throw new Error(`${String(text)} is still shown after ${timeout} ms (on ${page.url()})`);
    await sleep(100);
  }
}

/** Every visible text (and field value) matching the pattern, e.g. masked previews. */
export async function shownTexts(page: Page, pattern: RegExp): Promise<string[]> {
  return (await deep(page, 'texts', loose(pattern))).texts ?? [];
}

/**
 * Waits until the page holds still (every field's value, every box's state, every scrolled list's
 * position unchanged for `quietMs`), as a person watches something fill a form before reviewing it.
 */
export async function untilStill(page: Page, quietMs = 1_200, timeout = TIMEOUT): Promise<void> {
  const snapshot = () =>
    page.evaluate(`(function () {
      var out = [];
      (function visit(root) {
        for (var i = 0; i < root.children.length; i++) {
          var el = root.children[i];
          if (el.tagName === 'HEAVYSET-ASSISTANT') continue;
          if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') out.push(el.value + (el.checked ? '+' : ''));
          else if (el.hasAttribute('aria-checked')) out.push(el.getAttribute('aria-checked'));
          if (el.scrollTop) out.push('@' + el.scrollTop);
          if (el.shadowRoot) visit(el.shadowRoot);
          visit(el);
        }
      })(document.body);
      return out.join('|') + '|@' + scrollY;
    })()`);
  const deadline = Date.now() + timeout;
  let last = await snapshot();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`the page kept changing for ${timeout} ms (on ${page.url()})`);
    await sleep(200);
    const now = await snapshot();
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

/** What the field or box these words label (or the box at their row × column) holds now. */
export async function stateOf(page: Page, words: string | RegExp, where: DeepTarget = { target: 'control' }, timeout = TIMEOUT): Promise<DeepAnswer> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const at = await deep(page, 'state', { ...wire(words), ...targetArg(where) });
    if (at.ok) return at;
    if (Date.now() > deadline) throw new Error(`read ${String(words)}: ${at.why} (on ${page.url()})`);
    await sleep(100);
  }
}

/** Types into the text box these words label (unless it says so already), then reads it back as a person checks it. */
export async function typeInto(page: Page, label: string, value: string): Promise<void> {
  await fillIfNeeded(page, label, value);
  const now = await valueOf(page, label);
  if (now !== value) throw new Error(`"${label}" says "${now}" after typing "${value}"`);
}

/**
 * The person on such a page: clicks the visible words (exactly these, as a control's label reads) with the
 * mouse where they are. When the assistant's card lies over them, they minimise the card (as person.ts's
 * `whenCovered` has the matrix do) and, if it still covers them, use the keyboard. The card lying over
 * what they wanted is a failure the matrix counts (`cardInTheWay`); person.ts's hook cannot be reached
 * from here, so `done` fails the walk with it once the walk has reached its end.
 */
export class DeepPerson {
  readonly inTheWay: string[] = [];
  /** `shots`: the name pictures of the card in the way start with (the variant's id). */
  constructor(
    private readonly ctx: VariantWalkContext,
    private readonly shots: string,
  ) {}

  async click(page: Page, text: string, where: DeepTarget | number = {}, timeout = TIMEOUT): Promise<void> {
    if (typeof where === 'number') [where, timeout] = [{}, where];
    const arg = { ...wire(text), ...targetArg(where) };
    const deadline = Date.now() + timeout;
    let coveredSince: number | undefined;
    let minimisedAt: number | undefined;
    for (;;) {
      const at = await deep(page, 'point', arg);
      if (at.ok) {
        await page.mouse.click(at.x!, at.y!);
        return;
      }
      coveredSince = at.covered ? (coveredSince ?? Date.now()) : undefined;
      if (coveredSince !== undefined && minimisedAt === undefined && Date.now() - coveredSince >= 800) {
        this.inTheWay.push(`click "${text}" (${page.url()})`);
        await this.ctx.shot(page, `${this.shots}--in-the-way-${this.inTheWay.length}`);
        await this.ctx.cardClick(page, 'Minimise');
        minimisedAt = Date.now();
        continue;
      }
      if (coveredSince !== undefined && minimisedAt !== undefined && Date.now() - minimisedAt >= 2_000) {
        const focused = await deep(page, 'point', { ...arg, keyboard: true });
        if (focused.ok) {
          await page.keyboard.press('Enter');
          return;
        }
      }
      if (Date.now() > deadline) throw new Error(`click "${text}"${where.target === 'cell' ? ` × "${String(where.column)}"` : ''}: ${at.why} (on ${page.url()})`);
      await sleep(100);
    }
  }

  /** Types into the field these words label, unless it says so already: a click in it, select all, the words; then reads it back. */
  async type(page: Page, label: string, value: string): Promise<void> {
    if ((await stateOf(page, label)).value === value) return;
    for (let attempt = 1; ; attempt++) {
      await this.click(page, label, { target: 'control' });
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(value);
      const now = (await stateOf(page, label)).value;
      if (now === value) return;
      if (attempt === 3) throw new Error(`"${label}" says "${now}" after typing "${value}" (3 times)`);
      await sleep(300);
    }
  }

  /** Opens the drop-down these words label and clicks the option, unless it shows it already. */
  async choose(page: Page, label: string, option: string): Promise<void> {
    if ((await stateOf(page, label)).value === option) return;
    for (let attempt = 1; ; attempt++) {
      if (!(await stateOf(page, label)).expanded) await this.click(page, label, { target: 'control' });
      await this.click(page, option);
      await sleep(150);
      const now = (await stateOf(page, label)).value;
      if (now === option) return;
      if (attempt === 3) throw new Error(`"${label}" shows "${now}" after choosing "${option}" (3 times)`);
    }
  }

  /** Ticks (or unticks) the box or radio these words name, or the box at their row under `column`, unless it already is. */
  async tick(page: Page, words: string, where: DeepTarget = { target: 'control' }, on = true): Promise<void> {
    if ((await stateOf(page, words, where)).checked === on) return;
    await this.click(page, words, where);
    const deadline = Date.now() + 3_000;
    while ((await stateOf(page, words, where)).checked !== on) {
      if (Date.now() > deadline) throw new Error(`"${words}"${where.column ? ` × "${String(where.column)}"` : ''} is still ${on ? 'not ticked' : 'ticked'} after a click`);
      await sleep(100);
    }
  }

  /** The walk's end: its result, unless the card lay over something the person wanted to click. */
  done(result: WalkResult): WalkResult {
    if (this.inTheWay.length) throw new Error(`the card lay over what the person wanted: ${this.inTheWay.join('; ')}`);
    return result;
  }
}
