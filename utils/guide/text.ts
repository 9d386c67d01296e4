// Text as a person reads it: whitespace folded, invisible characters dropped; and the text
// matches playbooks use, kept as plain strings so that a playbook is pure JSON data.
import { styleOf } from './dom';
import { INVISIBLE } from '../value-text';

/**
 * "/source/flags" is a regular expression tested on the folded text; any other string matches
 * case-insensitively wherever the folded text contains it. Compiled once per string.
 */
export type TextMatch = string;

interface CompiledMatch {
  /** The expression (never global or sticky: no state between tests). */
  re?: RegExp;
  /** A literal, lowercased and folded. */
  needle?: string;
}

const REGEX_FORM = /^\/(.+)\/([dgimsuvy]*)$/s;
const compiledMatches = new Map<string, CompiledMatch>();

/** "/^developers$/i" from the literal /^developers$/i: playbooks are written with regex literals. */
export function patternOf(re: RegExp): TextMatch {
  return `/${re.source}/${re.flags.replace(/[gy]/g, '')}`;
}

/** Parses (and caches) a text match; a malformed expression throws (playbooks are validated first). */
export function compileMatch(match: TextMatch): CompiledMatch {
  let compiled = compiledMatches.get(match);
  if (!compiled) {
    const parts = REGEX_FORM.exec(match);
    compiled = parts ? { re: new RegExp(parts[1]!, parts[2]!.replace(/[gy]/g, '')) } : { needle: fold(match).toLowerCase() };
    compiledMatches.set(match, compiled);
  }
  return compiled;
}

/** The match as a regular expression (a literal becomes an escaped, case-insensitive one). */
export function regexOf(match: TextMatch): RegExp {
  const compiled = compileMatch(match);
  return compiled.re ?? new RegExp(escapeRegExp(compiled.needle!), 'i');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Something `fold` would change: an invisible character, whitespace other than one inner space. */
const UNFOLDED = new RegExp(`${INVISIBLE.source}|[^\\S ]| {2}|^ | $`);

/** Collapses every run of whitespace (incl. NBSP and newlines) to one space and trims. */
export function fold(text: string): string {
  // Most page text is already folded: one test instead of two replaces and a trim.
  if (!UNFOLDED.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** A test on text that is already folded (no folding per call): for many texts against one match. */
export function foldedMatcher(match: TextMatch): (folded: string) => boolean {
  const { re, needle } = compileMatch(match);
  if (re) return (folded) => re.test(folded);
  return (folded) => folded.toLowerCase().includes(needle!);
}

/** Is `match` found in text that is already folded? */
export function matchesFolded(folded: string, match: TextMatch): boolean {
  const { re, needle } = compileMatch(match);
  return re ? re.test(folded) : folded.toLowerCase().includes(needle!);
}

/** Is `match` found in the text (folded)? */
export function matches(text: string, match: TextMatch): boolean {
  return matchesFolded(fold(text), match);
}

/** The whole text is the match (used to prefer "Generate Token" over "Generate Token Help"). */
export function matchesExactly(text: string, match: TextMatch): boolean {
  const { re, needle } = compileMatch(match);
  const folded = fold(text);
  if (!re) return folded.toLowerCase() === needle;
  const found = re.exec(folded);
  return found !== null && found[0].length === folded.length;
}

/** Leading and trailing marks that are not words: "+", icons, arrows, "×", "…", bullets. */
const MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)?!]+$/gu;

/** A control's or heading's words without the marks around them: "+ New App ›" → "New App". */
export function bareWords(text: string): string {
  return fold(text).replace(MARKS, '');
}

/** Matches the name as written, or its bare words ("+ New App" is a "New App" button). */
export function nameMatches(name: string, match: TextMatch): boolean {
  return matches(name, match) || matches(bareWords(name), match);
}

export function nameMatchesExactly(name: string, match: TextMatch): boolean {
  return matchesExactly(name, match) || matchesExactly(bareWords(name), match);
}

const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CODE', 'EM', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Text as read, with a space where block elements and cells meet ("HeavySet Tech Connected",
 *  not "HeavySet TechConnected"), without scripts and styles. */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (UNREAD.has(tag)) continue;
        const block = !INLINE.has(tag);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el);
  return fold(parts.join(''));
}

/** The elements an element's `aria-labelledby` names, in its own root. */
export function labelledBy(el: Element): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot | Element;
  // A detached subtree (a dialog removed in the same task) is its own root: search it by id.
  const byId = (id: string) => ('getElementById' in root ? root.getElementById(id) : root.querySelector(`[id="${CSS.escape(id)}"]`));
  return (el.getAttribute('aria-labelledby')?.split(/\s+/) ?? []).flatMap((id) => (id && byId(id)) || []);
}

/** The text of what an element's `aria-labelledby` names (unfolded). */
export function labelledByText(el: Element): string {
  return labelledBy(el)
    .map((named) => named.textContent ?? '')
    .join(' ');
}

/** An element's text without what is hidden from assistive technology (icon ligatures such as
 *  <i aria-hidden="true">add</i>) or not drawn (a cell's column title kept for narrow screens), as
 *  accessible names are computed. */
export function nameText(el: Element): string {
  return el.childElementCount ? drawnText(el) : el.textContent ?? '';
}

/** The text as drawn: a web component's <slot> gives what its host slots in (a <button> around a slot
 *  is named by the host's words), and what is aria-hidden or not displayed is left out. */
function drawnText(node: Node): string {
  let out = '';
  const slotted = node.nodeName === 'SLOT' ? (node as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
  for (const child of slotted.length ? slotted : node.childNodes) {
    if (child.nodeType === 3) out += child.nodeValue;
    else if (child.nodeType === 1 && (child as Element).getAttribute('aria-hidden') !== 'true' && styleOf(child as Element)?.display !== 'none') out += drawnText(child);
  }
  return out;
}

const DIALOG = '[role=dialog],[role=alertdialog],dialog,[aria-modal=true]';
const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading]';
const TICKABLE = 'input[type=checkbox],input[type=radio],[role=checkbox],[role=radio],[role=switch]';

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
  // A native box has no text of its own: the words beside it are read by labelsOf (locate.ts).
  if (el.tagName === 'INPUT' && el.matches(TICKABLE)) return fold(el.getAttribute('title') ?? '');
  const text = fold(nameText(el));
  if (text) return text;
  return fold(el.getAttribute('title') ?? '');
}
