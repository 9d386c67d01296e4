// Leap as a Lit web-components app renders it (test/sandbox/renderings/leap-lit): everything in open
// shadow roots, nested four deep; the avatar's jp-dropdown → Settings → Developers (jp-nav-item) →
// Generate Token → jp-dialog "Token Name" (jp-input) → Generate → the token once in a read-only
// jp-input (value a property) → "Copy to Clipboard" closes the dialog (www), or the icon-only Copy
// in the input's suffix, then Done (jobprogress.com).
//
// The person finds things by the words on screen, as test/e2e/person.ts does, but person.ts cannot
// see into shadow roots (it lists `document.body.querySelectorAll('*')`, reads `innerText`, which
// leaves shadow content out, and checks a click with `document.elementFromPoint`, which answers the
// outermost host): on this page it sees no words at all. So the looking and clicking are done here
// the same way (visible words, their place on screen, a mouse click there; the assistant's card is
// not part of the page), through the shadow roots; typing goes through person-actions' `fillIfNeeded`
// (the accessibility tree, which does reach into shadow roots). When the card lies over what the
// person wants to click they minimise it, as person.ts has the matrix do, and the walk fails at its
// end with what it covered (person.ts's `whenCovered` record is out of reach from here).
import type { Page } from 'puppeteer';
import { leapLitSites } from '../../sandbox/renderings/leap-lit/index';
import { fillIfNeeded, press, valueOf } from '../person-actions';
import { LEAP_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext, WalkResult } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const ONCE = /will not be shown again/;
const MASKED = /•{4}[0-9a-f]{4}/;
const TOKEN_NAME = 'HeavySet Tech';
/** The jp-dialog's 250 ms show animation: the person reads it once it has settled. */
const SETTLE_MS = 350;
const TIMEOUT = 10_000;

type Wire = { re: string; flags: string };
const wire = (m: string | RegExp): Wire => (typeof m === 'string' ? { re: `^\\s*${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\s*$`, flags: 'i' } : { re: m.source, flags: m.flags });
const loose = (m: string | RegExp): Wire => (typeof m === 'string' ? { re: m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), flags: 'i' } : { re: m.source, flags: m.flags });
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// The page side, as text (no bundler helpers can leak in). Walks the composed tree: every element,
// the shadow root of every host, never the assistant's <heavyset-assistant>.
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
  (function visit(root) {
    var kids = root.children;
    for (var i = 0; i < kids.length; i++) {
      var el = kids[i];
      if (el.tagName === 'HEAVYSET-ASSISTANT' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') continue;
      els.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
      visit(el);
    }
  })(document.body);
  function own(el) {
    if (isField(el)) return el.value;
    var t = '';
    for (var c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) t += ' ' + c.nodeValue;
    return norm(t);
  }
  var found = els.filter(function (el) { var t = own(el); return t !== '' && re.test(t) && visible(el); });
  if (op === 'shows') return { ok: found.length > 0 };
  if (op === 'texts') {
    var g = new RegExp(arg.re, arg.flags.indexOf('g') >= 0 ? arg.flags : arg.flags + 'g');
    var out = [];
    found.forEach(function (el) { var m = own(el).match(g); if (m) out.push.apply(out, m); });
    return { ok: true, texts: out };
  }
  // op 'point': where a click reaches the words (the deepest element at a point, through shadow roots).
  if (!found.length) return { ok: false, why: 'no visible words matching ' + re };
  var el = found[0];
  function deepHit(x, y) {
    var hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      var inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  }
  function within(n, target) {
    for (; n; n = n.parentNode || n.host) if (n === target) return true;
    return false;
  }
  function describe(n) { return n ? '<' + n.tagName.toLowerCase() + '> "' + norm(n.textContent).slice(0, 40) + '"' : 'nothing'; }
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  var r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) {
    // No box of its own (display: contents): where its words are drawn.
    for (var c = el.firstChild; c; c = c.nextSibling) {
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
    if (within(hit, el)) return { ok: true, x: x, y: y };
  }
  var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (arg.keyboard) {
    var f = el;
    while (f && !(f.matches && f.matches('a[href], button, input, [tabindex], jp-button, jp-menu-item, jp-nav-item'))) f = f.parentNode || f.host;
    if (!f) return { ok: false, why: describe(el) + ' cannot be reached with the keyboard' };
    f.focus();
    return { ok: true, keyboard: true };
  }
  return { ok: false, covered: !!top && top.tagName === 'HEAVYSET-ASSISTANT', why: describe(el) + ' is covered by ' + (top && top.tagName === 'HEAVYSET-ASSISTANT' ? "the assistant's card" : describe(hit)) };
})`;

interface DeepAnswer {
  ok: boolean;
  why?: string;
  x?: number;
  y?: number;
  covered?: boolean;
  keyboard?: boolean;
  texts?: string[];
}
async function deep(page: Page, op: string, arg: object): Promise<DeepAnswer> {
  try {
    return (await page.evaluate(`${DEEP}(${JSON.stringify(op)}, ${JSON.stringify(arg)})`)) as DeepAnswer;
  } catch (error) {
    if (/context was destroyed|Cannot find context|detached/i.test(String(error))) return { ok: false, why: 'the page was navigating' };
    throw error;
  }
}

/** Waits until these words show on screen (a part of a line for a string), inside shadow roots too. */
async function sees(page: Page, text: string | RegExp, timeout = TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await deep(page, 'shows', loose(text))).ok) {
    if (Date.now() > deadline) throw new Error(`wait for ${String(text)}: not shown (on ${page.url()})`);
    await sleep(100);
  }
}

/** Waits until these words are gone from the screen (a dialog closed). */
async function gone(page: Page, text: string | RegExp, timeout = TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await deep(page, 'shows', loose(text))).ok) {
    if (Date.now() > deadline) throw new Error(`${String(text)} is still shown after ${timeout} ms (on ${page.url()})`);
    await sleep(100);
  }
}

/** Every visible text (and field value) matching the pattern, e.g. masked previews. */
async function shownTexts(page: Page, pattern: RegExp): Promise<string[]> {
  return (await deep(page, 'texts', loose(pattern))).texts ?? [];
}

/**
 * The person on this page: clicks the visible words (exactly these, as a control's label reads) with the
 * mouse where they are. When the assistant's card lies over them, they minimise the card (as
 * person.ts's `whenCovered` has the matrix do) and, if it still covers them, use the keyboard. The card
 * lying over what they wanted is a failure the matrix counts (`cardInTheWay`); person.ts's hook cannot
 * be reached from here, so `done` fails the walk with it once the walk has reached its end.
 */
class Person {
  readonly inTheWay: string[] = [];
  constructor(private readonly ctx: VariantWalkContext) {}

  async click(page: Page, text: string, timeout = TIMEOUT): Promise<void> {
    const deadline = Date.now() + timeout;
    let coveredSince: number | undefined;
    let minimisedAt: number | undefined;
    for (;;) {
      const at = await deep(page, 'point', wire(text));
      if (at.ok) {
        await page.mouse.click(at.x!, at.y!);
        return;
      }
      coveredSince = at.covered ? (coveredSince ?? Date.now()) : undefined;
      if (coveredSince !== undefined && minimisedAt === undefined && Date.now() - coveredSince >= 800) {
        this.inTheWay.push(`click "${text}" (${page.url()})`);
        await this.ctx.shot(page, `leap-lit--in-the-way-${this.inTheWay.length}`);
        await this.ctx.cardClick(page, 'Minimise');
        minimisedAt = Date.now();
        continue;
      }
      if (coveredSince !== undefined && minimisedAt !== undefined && Date.now() - minimisedAt >= 2_000) {
        const focused = await deep(page, 'point', { ...wire(text), keyboard: true });
        if (focused.ok) {
          await page.keyboard.press('Enter');
          return;
        }
      }
      if (Date.now() > deadline) throw new Error(`click "${text}": ${at.why} (on ${page.url()})`);
      await sleep(100);
    }
  }

  /** The walk's end: its result, unless the card lay over something the person wanted to click. */
  done(result: WalkResult): WalkResult {
    if (this.inTheWay.length) throw new Error(`the card lay over what the person wanted: ${this.inTheWay.join('; ')}`);
    return result;
  }
}

/** Types into the text box these words label (unless it says so already), then reads it back as a person checks it. */
async function typeInto(page: Page, label: string, value: string): Promise<void> {
  await fillIfNeeded(page, label, value);
  const now = await valueOf(page, label);
  if (now !== value) throw new Error(`"${label}" says "${now}" after typing "${value}"`);
}

/** On Developers: Generate Token, the dialog's Token Name (Fill for me, then as a person checks it), Generate. */
async function generateNamedToken(ctx: VariantWalkContext, person: Person, page: Page): Promise<void> {
  await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
  await person.click(page, 'Generate Token');
  await sees(page, 'Give the token a name');
  await sleep(SETTLE_MS);
  await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
  await ctx.cardClick(page, 'Fill for me');
  await typeInto(page, 'Token Name', TOKEN_NAME);
  await person.click(page, 'Generate');
}

export const leapLit: MarkupVariant = {
  id: 'leap-lit',
  description:
    'JobProgress as a Lit web-components app (Shoelace-style kit, reproduced): the whole app in nested OPEN shadow roots (jp-app → jp-settings-view → jp-developers-panel → jp-dialog / jp-input / jp-table), Lit marker comments, adoptedStyleSheets, `part`s; the avatar’s jp-dropdown (trigger slot, panel hidden until opened) with jp-menu-item hosts role=menuitem; Settings side nav of jp-nav-items; tokens in a jp-table (its <table> in its own shadow root) with masked previews "••••1a2b"; Generate Token → jp-dialog (overlay + part=panel role=dialog aria-modal aria-labelledby in its shadow root, body and footer slotted, focus trapped) with a jp-input "Token Name" (label + input inside the shadow root; its value written back from the component on every render, as sl-input’s live() binding) → the token once in a read-only jp-input (value a property) with "Copy to Clipboard" closing the dialog (www) or an icon-only jp-copy-button in the suffix and Done (no www); toasts in a light-DOM stack.',
  sites: leapLitSites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → avatar jp-dropdown → Settings → Developers (jp-nav-item) → Generate Token jp-dialog → token in a read-only jp-input in shadow roots, Copy to Clipboard closes it',
      async walk(ctx) {
        const person = new Person(ctx);
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
        await sees(page, 'Good morning, Jane. 3 appointments today.');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await person.click(page, 'Jane Cooper');
        await person.click(page, 'Settings');
        await sees(page, 'Company Profile');
        await person.click(page, 'Developers');
        await sees(page, 'QuickBooks sync');
        const masked = await shownTexts(page, MASKED);
        await generateNamedToken(ctx, person, page);
        await sees(page, ONCE);
        await sleep(SETTLE_MS);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-lit-token-clipboard');
        await person.click(page, 'Copy to Clipboard');
        await gone(page, ONCE);
        await sees(page, 'Token copied to clipboard.');
        return person.done({ issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: masked } });
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (jobprogress.com, 1024×640) with an earlier "HeavySet Tech" token; token in a read-only jp-input, icon-only Copy in its suffix, Done',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const person = new Person(ctx);
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://jobprogress.com/app/#/settings/developers');
        await sees(page, TOKEN_NAME);
        const masked = await shownTexts(page, MASKED);
        await generateNamedToken(ctx, person, page);
        await sees(page, ONCE);
        await sleep(SETTLE_MS);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-lit-token-copy-button');
        await press(page, 'button', 'Copy');
        await sees(page, 'Copied');
        await person.click(page, 'Done');
        await gone(page, ONCE);
        return person.done({ issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, earlier!] } });
      },
    },
  ],
};
