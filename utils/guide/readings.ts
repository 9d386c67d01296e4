// What a page shows as possible values — text and control values, each with the element a person
// reads it in — and the words that label each one, in every common shape: <label for>, wrapping
// label, aria-label(ledby), placeholder, a column header (also in another table of the grid), a
// <dt>, the words before it in the same element ("Tenant ID: 4090…") or in a sibling before it.
import { labelsOf } from './locate-labels';
import { isElement, parentOf, queryAll, searchRoots, styleOf } from './dom';
import { fold, labelledByText, nameText } from './text';
import { headerFor } from './grid';
import { inSlices } from './slices';

export interface Reading {
  /** As shown (not yet cleaned). */
  raw: string;
  /** The element that shows it: the input, or the element holding the text. */
  holder: Element;
  /** The text node itself, for text: the words before it in its element may label it. */
  node?: Node;
}

const VALUE_CONTROLS = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]),textarea';
/** Text of controls inside a value's container is never part of the value ("eyJ…Copy"). */
const CONTROL_TEXT = 'button,[role=button],select,option,script,style,noscript,template';
const MIN_LENGTH = 1;
const MAX_LENGTH = 4096;

/** Characters a value is made of: a run of them across inline pieces is one word to a person. */
const VALUE_CHAR = /[\w.~+/=-]/;
/** Laid out in the line of its neighbours, not as a box of its own (a flex item is blockified). */
const inLine = (el: Element) => !/block|flex|grid|table|list-item/.test(styleOf(el)?.display ?? '');

/**
 * The whole word a text is a piece of, when inline neighbours touch it with no space between
 * ("eyJ…" "." "eyJ…" in spans of their own: a token coloured by part), else null. A person reads
 * the unbroken word, never one piece of it; a sentence's closing dot is not part of it.
 */
function wordAround(node: Node): Reading | null {
  const own = (node.nodeValue ?? '').trim();
  // Pieces meet at a joint of the value's own punctuation ("eyJ…" + "."); letters meeting digits
  // are words side by side ("Tenant ID" beside "4090…", spaced by CSS), not one word.
  const glued = (a = '', b = '') => VALUE_CHAR.test(a.slice(-1)) && VALUE_CHAR.test(b.charAt(0)) && /[^\w]|_/.test(a.slice(-1) + b.charAt(0));
  // Elements climbed out of (a piece alone in its own element): they must be inline for their
  // neighbours to touch the piece — read only when a neighbour does touch it (style reads cost).
  const climbed: Element[] = [];
  for (let at = node, depth = 0; depth < 2 && at.parentElement; depth++) {
    const holder = at.parentElement;
    const piece = at.textContent ?? '';
    if (glued(at.previousSibling?.textContent ?? '', piece) || glued(piece, at.nextSibling?.textContent ?? '')) {
      if (!climbed.every(inLine)) return null;
      const kids = Array.from(holder.childNodes).filter((k) => k.nodeType !== 8 /* comment */);
      if (!kids.every((k) => k.nodeType !== 1 || inLine(k as Element))) return null;
      const text = holder.textContent ?? '';
      let from = kids.slice(0, kids.indexOf(at as ChildNode)).reduce((n, k) => n + (k.textContent ?? '').length, 0);
      let to = from + piece.length;
      while (from > 0 && VALUE_CHAR.test(text.charAt(from - 1))) from--;
      while (VALUE_CHAR.test(text.charAt(to))) to++;
      const word = text.slice(from, to).replace(/\.+$/, '');
      return word.length > own.length ? { raw: word, holder } : null;
    }
    // A piece alone in an inline element of its own: its neighbours are that element's.
    if (holder.childNodes.length > 1) return null;
    climbed.push(holder);
    at = holder;
  }
  return null;
}

/** Every text and control value in `scope` (open shadow roots and same-origin frames included). */
export function readingsIn(scope: ParentNode, limit = 2_000): Reading[] {
  const out = controlReadings(scope);
  for (const _ of textReadings(scope, out, limit));
  return out;
}

/** `readingsIn` for a whole page, read in short slices with `pause` between them (a page of 50k
 *  nodes is not read in one long task). What changes meanwhile is the watcher's to read. */
export async function readingsInSlices(scope: ParentNode, pause: () => Promise<void>, limit = 2_000): Promise<Reading[]> {
  const out = controlReadings(scope);
  await inSlices(textReadings(scope, out, limit), pause);
  return out;
}

function controlReadings(scope: ParentNode): Reading[] {
  const out: Reading[] = [];
  for (const control of queryAll(scope, VALUE_CONTROLS)) {
    const value = (control as HTMLInputElement).value ?? '';
    if (value.length >= MIN_LENGTH && value.length <= MAX_LENGTH) out.push({ raw: value, holder: control });
  }
  return out;
}

/** Adds the texts of `scope` to `out` (up to `limit` readings), yielding after each text read. */
function* textReadings(scope: ParentNode, out: Reading[], limit: number): Generator<void> {
  const node = scope as Node;
  const doc = node.ownerDocument ?? (node as Document);
  // A control's subtree is skipped whole (one test per element, not one climb per text).
  const skipControls = (n: Node): number => (n.nodeType === 1 && (n as Element).matches(CONTROL_TEXT) ? 2 /* REJECT */ : n.nodeType === 3 ? 1 /* ACCEPT */ : 3 /* SKIP */);
  // The nested roots the page is known to hold (tracked as they arrive), not a look at every element.
  for (const root of searchRoots(scope)) {
    if ((isElement(root) ? root : (root as Node).parentElement)?.closest(CONTROL_TEXT)) continue;
    const walker = doc.createTreeWalker(root as Node, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, skipControls);
    for (let text = walker.nextNode(); text && out.length < limit; text = walker.nextNode()) {
      const value = text.nodeValue ?? '';
      const holder = text.parentElement;
      if (!holder || value.length > MAX_LENGTH || value.trim().length < MIN_LENGTH) continue;
      const word = wordAround(text);
      if (!word || !out.some((r) => r.holder === word.holder && r.raw === word.raw)) out.push(word ?? { raw: value, holder, node: text });
      yield;
    }
  }
}

/** The value shown by an element and what holds it: control values, else its text without its buttons. */
export function readingsOf(el: Element): Reading[] {
  if (el.matches('input,textarea,select')) return [{ raw: (el as HTMLInputElement).value, holder: el }];
  const out = queryAll(el, VALUE_CONTROLS).map((c) => ({ raw: (c as HTMLInputElement).value, holder: c }));
  const texts = readingsIn(el).filter((r) => !r.holder.matches(VALUE_CONTROLS));
  // Texts read as one only when they run in one line ("Token" in a cell beside the value is not part of it).
  const inLineWithin = (at: Element | null): boolean => !at || at === el || (inLine(at) && inLineWithin(at.parentElement));
  if (texts.length > 1 && texts.every((t) => inLineWithin(t.holder))) out.push({ raw: texts.map((t) => t.raw).join(''), holder: el });
  return [...out, ...texts];
}

/** The words right before an element: its earlier siblings' text, climbing a few levels. */
function wordsBefore(el: Element): string {
  for (let at: Element | null = el, depth = 0; at && depth < 3; at = parentOf(at), depth++) {
    for (let sib = at.previousElementSibling, seen = 0; sib && seen < 2; sib = sib.previousElementSibling, seen++) {
      const text = fold(nameText(sib));
      if (text) return text;
    }
    // Text in the same element before this one ("Tenant ID: <strong>4090…</strong>").
    let before = '';
    for (let node = at.previousSibling; node; node = node.previousSibling) before = (node.textContent ?? '') + before;
    if (fold(before)) return fold(before);
  }
  return '';
}

/** The words that label a reading, nearest first. */
export function labelsNear(reading: Reading): string[] {
  const { holder, raw, node } = reading;
  const out: string[] = [];
  // Words before the text in its own element ("<li><b>Client ID:</b> cid.…</li>").
  if (node) {
    let before = '';
    for (let sib = node.previousSibling; sib && before.length < 80; sib = sib.previousSibling) before = (sib.textContent ?? '') + before;
    if (fold(before)) out.push(fold(before));
  }
  if (holder.matches('input,textarea,select')) out.push(...labelsOf(holder));
  // "Label: value" in one text.
  const inline = fold(raw).match(/^(.{2,60}?)\s*:\s*\S/);
  if (inline) out.push(inline[1]!);
  const cell = holder.closest('td,th,[role=cell],[role=gridcell]');
  if (cell) {
    const header = headerFor(cell);
    if (header) out.push(fold(nameText(header)));
  }
  const dd = holder.closest('dd');
  if (dd) for (let dt = dd.previousElementSibling; dt; dt = dt.previousElementSibling) if (dt.tagName === 'DT') {
    out.push(fold(nameText(dt)));
    break;
  }
  for (let at: Element | null = holder, depth = 0; at && depth < 3; at = parentOf(at), depth++) {
    // Named by id within a document or shadow root (not within a detached subtree).
    if ('getElementById' in at.getRootNode()) out.push(fold(labelledByText(at)));
    const aria = at.getAttribute('aria-label');
    if (aria && at !== holder) out.push(fold(aria));
  }
  const before = wordsBefore(holder);
  if (before) out.push(before);
  return out.filter(Boolean);
}

/** The part of a reading after its inline label, if it has one ("Tenant ID: 4090" → "4090"). */
export function afterInlineLabel(raw: string): string {
  const match = fold(raw).match(/^.{2,60}?:\s*(\S.*)$/);
  return match ? match[1]! : raw;
}
