// What a person can see. `isVisible`: rendered at all (for finding things to point at);
// `isShown`: the stricter test a value must pass to be captured — on screen-able ground, of a
// readable size, not transparent, not hidden from assistive technology, not placed off the page.
import { parentOf, styleOf, taskMemory } from './dom';

const MIN_SIDE = 4;
const layoutCache = taskMemory<Document, boolean>();

/** Decided once per task (per document), not per element: each question costs a page layout. */
export function layoutAvailable(doc: Document): boolean {
  const known = layoutCache.get(doc);
  if (known !== undefined) return known;
  const rect = doc.documentElement?.getBoundingClientRect();
  const available = !!rect && (rect.width > 0 || rect.height > 0);
  layoutCache.set(doc, available);
  return available;
}

function hiddenByStyle(el: Element, strict: boolean): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.tagName === 'DIALOG' && !el.hasAttribute('open')) return true;
  if (strict && el.getAttribute('aria-hidden') === 'true') return true;
  const style = styleOf(el);
  if (!style) return false;
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  return strict && Number.parseFloat(style.opacity) === 0;
}

function hiddenUpwards(el: Element, strict: boolean): boolean {
  for (let node: Element | null = el; node; node = parentOf(node)) if (hiddenByStyle(node, strict)) return true;
  return false;
}

/** Rendered for a person to see. Without layout (happy-dom), styles decide. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  // A closed <select> lays out none of its options: they are as visible as the select.
  const select = el.tagName === 'OPTION' || el.tagName === 'OPTGROUP' ? el.closest('select') : null;
  if (select) return isVisible(select);
  const doc = el.ownerDocument;
  if (!layoutAvailable(doc)) return !hiddenUpwards(el, false);
  // Rows of ARIA grids may be `display: contents`: no box of their own (checkVisibility says no), their cells have one.
  if (styleOf(el)?.display === 'contents') return Array.from(el.children).some(isVisible);
  const hidden = typeof el.checkVisibility === 'function' ? !el.checkVisibility({ visibilityProperty: true }) : hiddenUpwards(el, false);
  if (!hidden) {
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) return true;
  }
  const drawn = drawnBy(el);
  return drawn !== el && isVisible(drawn);
}

/** What a person sees of an element: itself, or — for a native box a UI kit hides (not rendered, or
 *  clipped to a few pixels) and draws inside its <label> — that label (clicking it ticks the box). */
export function drawnBy(el: Element): Element {
  const box = el as HTMLInputElement;
  const label = /^(checkbox|radio)$/.test(box.type) && box.labels?.[0];
  if (!label) return el;
  const rect = el.getBoundingClientRect();
  return rect.width >= MIN_SIDE && rect.height >= MIN_SIDE ? el : label;
}

const FAR_OFF = -500;

/** Transparent or unreadable text: colour without alpha, a tiny font, text pushed out of its box. */
function unreadable(el: Element): boolean {
  const style = styleOf(el);
  if (!style) return false;
  if (/^rgba\(.*,\s*0\)$|^transparent$/.test(style.color)) return true;
  if (Number.parseFloat(style.fontSize) < 6) return true;
  return Number.parseFloat(style.textIndent) < FAR_OFF;
}

/** Placed where no scrolling reaches: left of or above the page, clipped away by an ancestor, or in a
 *  fixed box, below or right of the window (a drawer slid out). Not clipped by one above a fixed box (a
 *  modal's mask), nor by <body>: its overflow is the window's (a modal open sets `overflow: hidden` on a
 *  body shorter than the window). */
function offPage(el: Element, rect: DOMRect): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  if (rect.right + view.scrollX <= 0 || rect.bottom + view.scrollY <= 0) return true;
  let style = view.getComputedStyle(el);
  let scrolls = false;
  for (let up = parentOf(el), depth = 0; up && depth < 12 && style.position !== 'fixed' && up !== el.ownerDocument.body; up = parentOf(up), depth++) {
    style = view.getComputedStyle(up);
    if (style.overflow === 'visible' && style.clipPath === 'none' && style.clip === 'auto') continue;
    const box = up.getBoundingClientRect();
    // Apart from a box that scrolls on neither axis ("hidden", "hidden clip"; not "hidden auto").
    const scrollable = /auto|scroll/.test(style.overflow);
    if (!scrollable && (rect.right <= box.left || rect.left >= box.right || rect.bottom <= box.top || rect.top >= box.bottom)) return true;
    if (box.width < MIN_SIDE || box.height < MIN_SIDE) return true;
    scrolls ||= scrollable;
  }
  // A fixed box does not scroll with the page: only a box scrolling inside it brings the value into the window.
  return style.position === 'fixed' && !scrolls && (rect.top >= view.innerHeight || rect.left >= view.innerWidth);
}

/**
 * A person can read this element now, or by scrolling: the test a captured value must pass.
 * A detached element was never painted; hidden, transparent, tiny, aria-hidden, off-page and
 * clipped-away elements are not shown — a page can plant them, a person cannot see them.
 */
export function isShown(el: Element): boolean {
  if (!isVisible(el)) return false;
  if (el.closest('[aria-hidden="true"]') || hiddenUpwards(el, true)) return false;
  if (!layoutAvailable(el.ownerDocument)) return true;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  const rect = el.getBoundingClientRect();
  const display = styleOf(el)?.display;
  if (display !== 'contents' && (rect.width < MIN_SIDE || rect.height < MIN_SIDE)) return false;
  return !unreadable(el) && !offPage(el, rect);
}
