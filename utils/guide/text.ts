// Text as a person reads it: whitespace folded, invisible characters dropped.
import type { TextMatch } from './playbook';

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Something `fold` would change: an invisible character, whitespace other than one inner space. */
const UNFOLDED = /[\u200B-\u200D\u2060\uFEFF]|[^\S ]| {2}|^ | $/;

/** Collapses every run of whitespace (incl. NBSP and newlines) to one space and trims. */
export function fold(text: string): string {
  // Most page text is already folded: one test instead of two replaces and a trim.
  if (!UNFOLDED.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A test on text that is already folded (no folding per call): for many texts against one pattern. */
export function foldedMatcher(match: TextMatch): (folded: string) => boolean {
  if (typeof match === 'string') {
    const needle = fold(match).toLowerCase();
    return (folded) => folded.toLowerCase().includes(needle);
  }
  return (folded) => testRegExp(match, folded);
}

function testRegExp(re: RegExp, text: string): boolean {
  re.lastIndex = 0; // a /g or /y pattern keeps state between calls
  return re.test(text);
}

/** String: case-insensitive "contains" on folded text; RegExp: tested on folded text. */
export function matches(text: string, match: TextMatch): boolean {
  const folded = fold(text);
  if (typeof match === 'string') return folded.toLowerCase().includes(fold(match).toLowerCase());
  return testRegExp(match, folded);
}

/** The whole text is the match (used to prefer "Generate Token" over "Generate Token Help"). */
export function matchesExactly(text: string, match: TextMatch): boolean {
  const folded = fold(text);
  if (typeof match === 'string') return folded.toLowerCase() === fold(match).toLowerCase();
  match.lastIndex = 0;
  const found = match.exec(folded);
  match.lastIndex = 0;
  return found !== null && found[0].length === folded.length;
}

function labelledByText(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  const root = el.getRootNode() as Document | ShadowRoot | Element;
  // A detached subtree (a dialog removed in the same task) is its own root: search it by id.
  const byId = (id: string) => ('getElementById' in root ? root.getElementById(id) : root.querySelector(`[id="${CSS.escape(id)}"]`));
  return ids
    .split(/\s+/)
    .map((id) => (id ? byId(id)?.textContent ?? '' : ''))
    .join(' ');
}

/** An element's text without what is hidden from assistive technology (icon ligatures such as
 *  <i aria-hidden="true">add</i>), as accessible names are computed. */
export function nameText(el: Element): string {
  if (!el.querySelector('[aria-hidden="true"]')) return el.textContent ?? '';
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement?.closest('[aria-hidden="true"]');
    if (!hidden || !el.contains(hidden)) parts.push(node.nodeValue ?? '');
  }
  return parts.join('');
}

const DIALOG = '[role=dialog],[role=alertdialog],dialog,[aria-modal=true]';
const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading]';

/** The readable name of an element, roughly its accessible name. */
export function readableName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria && fold(aria)) return fold(aria);
  const byId = fold(labelledByText(el));
  if (byId) return byId;
  // A form control is named by its <label for> or wrapping label (a checkbox "Read Bookings").
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) {
    const byLabel = fold(Array.from(labels, nameText).join(' '));
    if (byLabel) return byLabel;
  }
  // A dialog without aria naming is announced by its title: its first heading.
  if (el.matches(DIALOG)) {
    const title = el.querySelector(HEADING);
    const byTitle = title ? fold(nameText(title)) : '';
    if (byTitle) return byTitle;
  }
  const alt = el.getAttribute('alt');
  if (alt && fold(alt)) return fold(alt);
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'button' || type === 'submit' || type === 'reset') return fold((el as HTMLInputElement).value);
  }
  const text = fold(nameText(el));
  if (text) return text;
  return fold(el.getAttribute('title') ?? '');
}
