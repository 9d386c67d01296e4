// What a page shows as possible values — text and control values, each with the element a person
// reads it in — and the words that label each one, in every common shape: <label for>, wrapping
// label, aria-label(ledby), placeholder, a column header (also in another table of the grid), a
// <dt>, the words before it in the same element ("Tenant ID: 4090…") or in a sibling before it.
import { labelsOf } from './locate-labels';
import { parentOf, queryAll, searchRoots } from './dom';
import { fold, nameText } from './text';
import { headerFor } from './grid';

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

/** Every text and control value in `scope` (open shadow roots and same-origin frames included). */
export function readingsIn(scope: ParentNode, limit = 2_000): Reading[] {
  const out: Reading[] = [];
  for (const control of queryAll(scope, VALUE_CONTROLS)) {
    const value = (control as HTMLInputElement).value ?? '';
    if (value.length >= MIN_LENGTH && value.length <= MAX_LENGTH) out.push({ raw: value, holder: control });
  }
  const node = scope as Node;
  const doc = node.ownerDocument ?? (node as Document);
  // The nested roots the page is known to hold (tracked as they arrive), not a look at every element.
  for (const root of searchRoots(scope)) {
    const walker = doc.createTreeWalker(root as Node, 4 /* SHOW_TEXT */);
    for (let text = walker.nextNode(); text && out.length < limit; text = walker.nextNode()) {
      const value = text.nodeValue ?? '';
      const holder = text.parentElement;
      if (!holder || value.trim().length < MIN_LENGTH || value.length > MAX_LENGTH || holder.closest(CONTROL_TEXT)) continue;
      out.push({ raw: value, holder, node: text });
    }
  }
  return out;
}

/** The value shown by an element and what holds it: control values, else its text without its buttons. */
export function readingsOf(el: Element): Reading[] {
  if (el.matches('input,textarea,select')) return [{ raw: (el as HTMLInputElement).value, holder: el }];
  const out = queryAll(el, VALUE_CONTROLS).map((c) => ({ raw: (c as HTMLInputElement).value, holder: c }));
  const texts = readingsIn(el).filter((r) => !r.holder.matches(VALUE_CONTROLS));
  if (texts.length > 1) out.push({ raw: texts.map((t) => t.raw).join(''), holder: el });
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
    const ids = at.getAttribute('aria-labelledby');
    const root = at.getRootNode() as Document | ShadowRoot;
    if (ids && 'getElementById' in root) out.push(fold(ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ')));
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
