// Cheap tests, asked for every change of the page, of whether a changed subtree could show a
// field's value: it holds a text box or a nested root (a component's, a frame's), or its words (with its grid's column headers) could be one
// of the fields' labels or values of a field's own shape. A big table rewriting unrelated cells
// is not searched at all.
import type { FieldSpec } from './playbook';
import { holdsNestedRoot, isElement, taskMemory } from './dom';
import { combined, loosened } from './literals';
import { fold } from './text';
import { gridOf, headers } from './grid';

const VALUE_CONTROLS = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]),textarea';
/** Longer texts are searched anyway (reading them to decide costs as much). */
const MAX_TEXT = 50_000;

function wordTests(fields: FieldSpec[]): ((folded: string) => boolean)[] {
  const live = fields.filter((f) => !f.readOnly && f.capture);
  const patterns = live.flatMap((f) => [...f.capture!.labels, ...(f.detect ? [f.detect] : [])]).map(loosened);
  return combined(patterns);
}

/** The column headers' words of the grid an element sits in (a row changed alone). */
function gridWords(el: Element): string {
  const grid = gridOf(el);
  return grid ? [...headers(grid).values()].map((h) => h.textContent ?? '').join(' ') : '';
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
    const folded = fold(`${text} ${gridWords(scope)}`);
    return !!folded && tests.some((test) => test(folded));
  };
}

/** Could text changed inside `el` show a value? Its own words could be a value or a label, or its
 *  grid's column headers could name a field. Asked for every changed text: the headers' answer is
 *  read once per grid and page task, so fifty cells of one table rewritten at once read them once. */
export function textRevealFilter(fields: FieldSpec[]): (el: Element, text?: string) => boolean {
  const tests = wordTests(fields);
  const test = (text: string): boolean => {
    const folded = fold(text);
    return !!folded && tests.some((t) => t(folded));
  };
  /** Per grid, for the page's current task only (one observer callback: fifty cells of one table). */
  const thisTask = taskMemory<Element, boolean>();
  const gridNamesField = (grid: Element): boolean => {
    let names = thisTask.get(grid);
    if (names === undefined) {
      names = test(gridWords(grid));
      thisTask.set(grid, names);
    }
    return names;
  };
  return (el, whole) => {
    const text = whole ?? wordsOf(el);
    if (text === undefined || test(text)) return true;
    const grid = gridOf(el);
    return !!grid && gridNamesField(grid);
  };
}
