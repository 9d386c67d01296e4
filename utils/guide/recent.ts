// What the page added lately, and whether the person had just clicked: a panel that appears under
// the button the person pressed is the page answering them (an inline "dialog"), and a value that
// appears then is new — not one the page showed before the person acted.

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
const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** The person clicked (or pressed a key on) something of the page. */
export function noteAction(): void {
  lastClick = now();
}

export function actedRecently(): boolean {
  return now() - lastClick < AFTER_CLICK_MS;
}

/** An element the page just added (the outermost of a batch). */
export function noteAdded(el: Element): void {
  added.push({ el, at: now(), afterClick: actedRecently() });
  if (added.length > KEEP) added = added.slice(-KEEP);
}

/** Elements added after a click, still on the page, newest first. */
export function addedAfterAction(): Element[] {
  const since = now() - AFTER_CLICK_MS;
  added = added.filter((a) => a.el.isConnected && a.at >= since);
  return added.filter((a) => a.afterClick).map((a) => a.el).reverse();
}

/** Tests only: forget everything. */
export function forgetRecent(): void {
  added = [];
  lastClick = Number.NEGATIVE_INFINITY;
}
