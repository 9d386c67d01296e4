// What the page added lately, and whether the person had just clicked: a panel that appears under
// the button the person pressed is the page answering them (an inline "dialog"), and a value that
// appears then is new — not one the page showed before the person acted.
import { now } from './dom';

/** How long after a click what appears counts as its answer. */
export const AFTER_CLICK_MS = 10_000;
const KEEP = 64;

interface Added {
  el: Element;
  at: number;
  afterClick: boolean;
}

let added: Added[] = [];
let lastClick = Number.NEGATIVE_INFINITY;
/** The last action went somewhere (a link, a tab, a menu entry): what appears is a view, not a panel. */
let wentSomewhere = false;
const GOES_SOMEWHERE = 'a[href],[role=link],[role=tab],[role=menuitem],nav,[role=navigation],[role=menu],[role=tablist]';

/** The person clicked (or pressed a key on) something of the page. */
export function noteAction(target?: EventTarget | null): void {
  lastClick = now();
  const el = target && (target as Node).nodeType === 1 ? (target as Element) : null;
  wentSomewhere = !!el?.closest(GOES_SOMEWHERE);
}

export function actedRecently(): boolean {
  return now() - lastClick < AFTER_CLICK_MS;
}

/** The page changed address right after the person pressed something that does not go somewhere (Generate,
 *  Save): the new page answers it, and what it shows is new (a token shown on a page of its own). */
export function answersAction(): boolean {
  return actedRecently() && !wentSomewhere;
}

/** Only what could be a panel is noted (it has a title): rows, cells and styles changing by the
 *  hundred after a click must not push a panel out of the list. */
const TITLED = 'h1,h2,h3,h4,h5,h6,[role=heading]';

/** An element the page just added or showed (the outermost of a batch). Noted again, it keeps
 *  being the answer to the click that first showed it. */
export function noteAdded(el: Element): void {
  if (!el.querySelector(TITLED)) return;
  const before = added.find((a) => a.el === el);
  if (before?.afterClick) return;
  added = added.filter((a) => a.el !== el);
  added.push({ el, at: now(), afterClick: actedRecently() && !wentSomewhere });
  if (added.length > KEEP) added = added.slice(-KEEP);
}

/** Elements shown in answer to a click and still on the page, newest first: a panel stays the
 *  click's answer while it is there (the person takes their time filling it in), until the page
 *  goes elsewhere (forgetShown). */
export function addedAfterAction(): Element[] {
  added = added.filter((a) => a.el.isConnected && (a.afterClick || a.at >= now() - AFTER_CLICK_MS));
  return added.filter((a) => a.afterClick).map((a) => a.el).reverse();
}

/** The page went to another address: a new view, not an answer to a click. */
export function forgetShown(): void {
  added = [];
}

/** Tests only: forget everything. */
export function forgetRecent(): void {
  added = [];
  lastClick = Number.NEGATIVE_INFINITY;
  wentSomewhere = false;
}
