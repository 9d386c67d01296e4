// Cheap tests, asked for every change of the page, of whether a changed subtree could show a
// field's value: it holds a text box or a nested root (a component's, a frame's), or its words (with its grid's column headers) could be one
// of the fields' labels or values of a field's own shape. A big table rewriting unrelated cells
// is not searched at all.
import type { FieldSpec } from './playbook';
import { holdsNestedRoot, isElement } from './dom';
import { combined, loosened, textPassesAny } from './literals';
import { gridOf, headers } from './grid';

const VALUE_CONTROLS = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]),textarea';
/** Longer texts are searched anyway (reading them to decide costs as much). */
const MAX_TEXT = 50_000;

function wordTests(fields: FieldSpec[]): ((folded: string) => boolean)[] {
  const live = fields.filter((f) => !f.readOnly && f.capture);
  const patterns = live.flatMap((f) => [...f.capture!.labels, ...(f.detect ? [f.detect] : [])]).map(loosened);
  return combined(patterns);
}

/** How long a grid's column headers' words are kept (a table rewriting its cells every few
 *  milliseconds does not query them each time), unless a header changes meanwhile (`headersChanged`). */
const HEADERS_KEPT_MS = 1_000;
interface HeaderWords {
  words: string;
  at: number;
  generation: number;
}
const headerWords = new WeakMap<Element, HeaderWords>();
let generation = 0;

/** A header changed somewhere (renamed, rebuilt): every grid's header words are read again, not only
 *  its table's (a grid's header may sit in another table than its rows: grid.ts). */
export function headersChanged(): void {
  generation++;
}

function headerWordsOf(grid: Element): HeaderWords {
  const kept = headerWords.get(grid);
  // Date.now: a coarse clock read for every changed cell is cheaper than performance.now.
  if (kept && kept.generation === generation && Date.now() - kept.at < HEADERS_KEPT_MS) return kept;
  const fresh = { words: [...headers(grid).values()].map((h) => h.textContent ?? '').join(' '), at: Date.now(), generation };
  headerWords.set(grid, fresh);
  return fresh;
}

/** The column headers' words of the grid an element sits in (a row changed alone). */
function gridWords(el: Element): string {
  const grid = gridOf(el);
  return grid ? headerWordsOf(grid).words : '';
}

/** The scope's text with a space between text nodes ("ID" in one cell and "Status" in the next
 *  are two words, not "IDStatus"); undefined when longer than is worth testing. */
function wordsOf(scope: Node): string | undefined {
  const only = scope.firstChild;
  if (only && only === scope.lastChild && only.nodeType === 3) return only.nodeValue ?? ''; // a cell's one text
  const doc = scope.ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope, 4 /* SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = text.nodeValue ?? '';
    length += value.length + 1;
    if (length > MAX_TEXT) return undefined;
    parts.push(value);
  }
  return parts.join(' ');
}

export function valueScopeFilter(fields: FieldSpec[]): (scope: ParentNode) => boolean {
  const tests = wordTests(fields);
  if (!tests.length) return () => false;
  return (scope) => {
    if (!isElement(scope)) return true;
    if (scope.matches(VALUE_CONTROLS) || scope.querySelector(VALUE_CONTROLS) || scope.shadowRoot || holdsNestedRoot(scope)) return true;
    const text = wordsOf(scope);
    if (text === undefined) return true;
    return textPassesAny(tests, `${text} ${gridWords(scope)}`);
  };
}

/** Could text changed inside `el` show a value? Its own words could be a value or a label, or its
 *  grid's column headers could name a field. Asked for every changed text: the headers' answer is
 *  kept with the headers' words. A text that names a field may be a header renamed: they are read again. */
export function textRevealFilter(fields: FieldSpec[]): (el: Element, text?: string) => boolean {
  const tests = wordTests(fields);
  const test = (text: string): boolean => textPassesAny(tests, text);
  const named = new WeakMap<HeaderWords, boolean>();
  const gridNamesField = (grid: Element): boolean => {
    const heads = headerWordsOf(grid);
    let names = named.get(heads);
    if (names === undefined) named.set(heads, (names = test(heads.words)));
    return names;
  };
  return (el, whole) => {
    const text = whole ?? wordsOf(el);
    if (text === undefined) return true;
    if (test(text)) {
      headersChanged();
      return true;
    }
    const grid = gridOf(el);
    return !!grid && gridNamesField(grid);
  };
}
