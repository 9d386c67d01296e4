// Finds elements the way a person does: by role and name, label, text or row — and, where the
// page's markup does not say what a thing is, by how it looks and behaves (a div that is clicked
// like a button, a bold line that titles a section, a box that floats above the page).
import type { Locator, Role } from './playbook';
import { compileMatch, fold, matches, matchesExactly, nameMatches, nameMatchesExactly, readableName, readableText, type TextMatch } from './text';
import { ancestors, isElement, parentOf, queryAll, searchRoots } from './dom';
import { isVisible } from './visibility';
import { controlsInCell } from './grid';
import { boundless } from './literals';
import { dialogName, isDialogLike, openDialogs, ARIA_DIALOG } from './dialogs';

const TEXT_INPUTS = ['', 'text', 'email', 'url', 'tel', 'search', 'password', 'number']
  .map((t) => (t ? `input[type=${t}]` : 'input:not([type])'))
  .join(',');

const ROLE_SELECTORS: Record<Role, string> = {
  button: 'button,input[type=button],input[type=submit],input[type=reset],[role=button]',
  link: 'a[href],[role=link]',
  menuitem: '[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio]',
  tab: '[role=tab]',
  checkbox: 'input[type=checkbox],[role=checkbox],[role=switch]',
  radio: 'input[type=radio],[role=radio]',
  option: 'option,[role=option]',
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
  dialog: ARIA_DIALOG,
  row: 'tr,[role=row]',
  cell: 'td,th,[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]',
  textbox: `${TEXT_INPUTS},textarea,[role=textbox],[contenteditable=""],[contenteditable=true]`,
  combobox: 'select,[role=combobox],input[list],[aria-haspopup=listbox]',
  listitem: 'li,[role=listitem]',
  img: 'img,[role=img]',
};

/** Real apps make anything clickable: the fallback when no element has the exact role. */
const CLICKABLE = 'a,button,[role=button],[role=link],[role=menuitem],[role=tab],[onclick],[ng-click],[tabindex],input[type=button],input[type=submit]';
const CLICK_ROLES: Role[] = ['button', 'link', 'menuitem', 'tab'];

const CONTROLS =
  'input:not([type=hidden]),textarea,select,[role=textbox],[role=combobox],[role=listbox],[role=checkbox],[role=radio],[role=switch],[contenteditable=""],[contenteditable=true]';
const TICKABLE = 'input[type=checkbox],input[type=radio],[role=checkbox],[role=radio],[role=switch]';

const ROWS = 'tr,[role=row],li,[role=listitem]';
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAVYSET-ASSISTANT']);
/** An element whose whole text is a name or a label: not a container of many things or much text. */
const MAX_CHILDREN_READ = 16;
const MAX_WHOLE_TEXT = 400;

export function locate(loc: Locator | Locator[], root: ParentNode = document): Element | null {
  for (const one of Array.isArray(loc) ? loc : [loc]) {
    const found = locateAll(one, root)[0];
    if (found) return found;
  }
  return null;
}

/** Every visible match, best first (exact name before contains, then shortest text). */
export function locateAll(loc: Locator, root: ParentNode = document): Element[] {
  const scopes = loc.within ? containersFor(loc.within, root) : [root];
  const out: Element[] = [];
  for (const scope of scopes) for (const el of findIn(loc, scope)) if (!out.includes(el)) out.push(el);
  return out;
}

/** Containers matching `within` inside `root`, or `root`'s own ancestors that match
 *  (a scan root that sits inside the dialog). */
export function containersFor(within: Locator, root: ParentNode): ParentNode[] {
  const inside = locateAll(within, root);
  if (inside.length) return inside;
  if (!isElement(root)) return [];
  const up = [root, ...ancestors(root)].find((el) => elementMatches(el, within));
  return up ? [up] : [];
}

/** Does this element answer the locator (role/css only; others need a search)? */
export function elementMatches(el: Element, loc: Locator): boolean {
  if ('role' in loc) {
    if (loc.role === 'dialog') return isDialogLike(el) && (!loc.name || matches(dialogName(el), loc.name));
    return el.matches(ROLE_SELECTORS[loc.role]) && (!loc.name || nameMatches(nameOf(el), loc.name));
  }
  if ('css' in loc) return el.matches(loc.css);
  if ('value' in loc) return el.matches(VALUE_BOXES) && matches(shownValue(el), loc.value);
  if ('rowContaining' in loc) return el.matches(ROWS) && (matches(readableText(el), loc.rowContaining) || byText(loc.rowContaining, el).length > 0);
  return false;
}

/** The elements a locator can answer with, as one selector (none for text: any element; none for
 *  a cell: found only when a step needs it, never watched). */
export function selectorOf(loc: Locator): string | undefined {
  if ('role' in loc) return CLICK_ROLES.includes(loc.role) && loc.name ? `${ROLE_SELECTORS[loc.role]},${CLICKABLE}` : ROLE_SELECTORS[loc.role];
  if ('label' in loc) return `${CONTROLS},label`;
  if ('rowContaining' in loc) return ROWS;
  if ('value' in loc) return VALUE_BOXES;
  if ('css' in loc) return loc.css;
  return undefined;
}

function findIn(loc: Locator, scope: ParentNode): Element[] {
  if ('role' in loc) return byRole(loc.role, loc.name, scope);
  if ('label' in loc) return byLabel(loc.label, scope);
  if ('text' in loc) return byText(loc.text, scope);
  if ('value' in loc) return ranked(queryAll(scope, VALUE_BOXES).filter(isVisible), shownValue, loc.value);
  if ('rowContaining' in loc) return byRow(loc.rowContaining, scope);
  if ('cell' in loc) return controlsInCell(scope, loc.cell.row, loc.cell.column, loc.control ? ROLE_SELECTORS[loc.control] : `${CONTROLS},${ROLE_SELECTORS.button},${ROLE_SELECTORS.link}`);
  return queryAll(scope, loc.css).filter(isVisible);
}

function ranked(els: Element[], nameOf: (el: Element) => string, match: TextMatch | undefined, named = false): Element[] {
  if (!match) return els;
  const scored: { el: Element; exact: boolean; length: number }[] = [];
  for (const el of els) {
    const name = nameOf(el);
    if (!(named ? nameMatches(name, match) : matches(name, match))) continue;
    scored.push({ el, exact: named ? nameMatchesExactly(name, match) : matchesExactly(name, match), length: name.length });
  }
  scored.sort((a, b) => Number(b.exact) - Number(a.exact) || a.length - b.length);
  return scored.map((s) => s.el);
}

/** A control's name as a person reads it; a box with no name of its own is named by its label words. */
function nameOf(el: Element): string {
  const name = readableName(el);
  if (name || !el.matches(TICKABLE)) return name;
  return labelsOf(el)[0] ?? '';
}

function byRole(role: Role, name: TextMatch | undefined, scope: ParentNode): Element[] {
  if (role === 'dialog') return ranked(openDialogs(scope), dialogName, name);
  let els = queryAll(scope, ROLE_SELECTORS[role]);
  if (role === 'img') els = els.filter((el) => el.tagName !== 'IMG' || el.hasAttribute('alt'));
  const exact = ranked(els.filter(isVisible), nameOf, name, true);
  if (exact.length || !name) return exact;
  if (CLICK_ROLES.includes(role)) return clickables(name, scope);
  if (role === 'heading') return headingLikes(name, scope);
  return exact;
}

/** Things clicked like a button without saying so: focusable or handled elements, then any element
 *  with a pointer cursor around the words. */
function clickables(name: TextMatch, scope: ParentNode): Element[] {
  const marked = ranked(queryAll(scope, CLICKABLE).filter(isVisible), nameOf, name, true);
  if (marked.length) return marked;
  const out: Element[] = [];
  for (const words of byText(name, scope)) {
    for (let at: Element | null = words, depth = 0; at && depth < 4; at = parentOf(at), depth++) {
      if (at.ownerDocument.defaultView?.getComputedStyle(at).cursor === 'pointer') {
        if (!out.includes(at)) out.push(at);
        break;
      }
    }
  }
  return out;
}

/** Bold words there are a link's, a menu's or a cell's, not a title of the page or a dialog. */
const NOT_TITLES = 'a[href],button,[role=button],[role=link],[role=tab],[role=menuitem],[role=option],label,nav,[role=navigation],td,th,[role=cell],[role=gridcell]';

/** A short line set apart as a title (bold or large), where no heading element says so. */
function headingLikes(name: TextMatch, scope: ParentNode): Element[] {
  return byText(name, scope).filter((el) => {
    const text = fold(el.textContent ?? '');
    if (!text || text.length > 80 || el.querySelector(CONTROLS) || el.closest(NOT_TITLES)) return false;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (!style || style.cursor === 'pointer') return false; // clicked like a button: not a title
    const body = el.ownerDocument.body ? el.ownerDocument.defaultView!.getComputedStyle(el.ownerDocument.body) : undefined;
    const size = Number.parseFloat(style.fontSize);
    const bodySize = Number.parseFloat(body?.fontSize ?? '16') || 16;
    return Number.parseInt(style.fontWeight, 10) >= 600 || size >= bodySize * 1.2;
  });
}

/** The texts that label a form control, as a person would read them. */
export function labelsOf(control: Element): string[] {
  const out: string[] = [];
  const id = control.getAttribute('id');
  const root = control.getRootNode() as ParentNode;
  if (id && 'querySelectorAll' in root) {
    for (const label of root.querySelectorAll(`label[for="${CSS.escape(id)}"]`)) out.push(label.textContent ?? '');
  }
  const wrapping = control.closest('label');
  if (wrapping) out.push(wrapping.textContent ?? '');
  for (const attr of ['aria-label', 'placeholder', 'title']) {
    const v = control.getAttribute(attr);
    if (v) out.push(v);
  }
  const name = readableName(control);
  if (control.hasAttribute('aria-labelledby') && name) out.push(name);
  const before = textBeside(control, 'previousSibling');
  if (before) out.push(before);
  // A box is read with the words after it ("☐ I allow …"), also without a <label>.
  if (control.matches(TICKABLE)) {
    const after = textBeside(control, 'nextSibling');
    if (after) out.push(after);
  }
  return out.map(fold).filter(Boolean);
}

/** The text right before (after) a control: its sibling's text, else its parent's sibling's. */
function textBeside(control: Element, step: 'previousSibling' | 'nextSibling'): string {
  for (let node: Element | null = control, depth = 0; node && depth < 3; node = parentOf(node), depth++) {
    for (let sib = node[step]; sib; sib = sib[step]) {
      // Words after a box belong to it only up to the next control (the next box's words).
      if (isElement(sib) && (sib.matches(CONTROLS) || (step === 'nextSibling' && sib.querySelector(CONTROLS)))) return '';
      const text = fold(sib.textContent ?? '');
      if (text) return text;
    }
  }
  return '';
}

function byLabel(label: TextMatch, scope: ParentNode): Element[] {
  const scored: { el: Element; exact: boolean; length: number }[] = [];
  for (const control of queryAll(scope, CONTROLS)) {
    if (!isVisible(control)) continue;
    const texts = labelsOf(control).filter((t) => matches(t, label));
    if (!texts.length) continue;
    scored.push({
      el: control,
      exact: texts.some((t) => matchesExactly(t.replace(/[:*]\s*$/, ''), label)),
      length: Math.min(...texts.map((t) => t.length)),
    });
  }
  scored.sort((a, b) => Number(b.exact) - Number(a.exact) || a.length - b.length);
  return scored.length ? scored.map((s) => s.el) : homeMadeControls(label, scope);
}

/** No real control answers to the words: a home-made one (a div drop-down) right after them,
 *  recognised by behaving like a control (the pointer says it is clicked). */
function homeMadeControls(label: TextMatch, scope: ParentNode): Element[] {
  const out: Element[] = [];
  for (const words of byText(label, scope)) {
    for (let at: Element | null = words, depth = 0; at && depth < 2; at = at.parentElement, depth++) {
      const next = at.nextElementSibling;
      if (!next) continue;
      const view = next.ownerDocument.defaultView;
      const control = [next, ...queryAll(next, '*')].find((el) => isVisible(el) && view?.getComputedStyle(el).cursor === 'pointer');
      if (control && !out.includes(control)) out.push(control);
      break;
    }
  }
  return out;
}

/** Boxes that show a value a person reads. */
const VALUE_BOXES = 'input:not([type]),input[type=text],input[type=search],input[type=email],input[type=url],textarea,select';

/** What a box shows: its contents, or a select's chosen option. */
function shownValue(el: Element): string {
  if (el.tagName === 'SELECT') return (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
  return (el as HTMLInputElement).value ?? '';
}

/** Smallest elements whose text matches. */
export function byText(text: TextMatch, scope: ParentNode): Element[] {
  const found: Element[] = [];
  for (const root of searchRoots(scope)) {
    if (anchored(text)) textUpwards(text, root, found);
    else textDownwards(text, root, found);
  }
  return ranked(found.filter(isVisible), (el) => el.textContent ?? '', text);
}

/** ^…$ patterns fail on ancestors: start from text nodes and climb a few levels. */
function anchored(text: TextMatch): boolean {
  const { re } = compileMatch(text);
  return !!re && /^\^|[^\\]\$$/.test(re.source);
}

function textUpwards(text: TextMatch, root: ParentNode, found: Element[]): void {
  const node = root as Node;
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4 /* SHOW_TEXT */);
  const hits = new Set<Element>();
  // Each element is read once (the cells of a row all climb to it), and never a big container: a
  // whole text that is the match is short (a 3,000-row table is not read 24,000 times).
  const read = new Set<Element>();
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.nodeValue?.trim()) continue;
    let el = t.parentElement;
    for (let depth = 0; el && depth < 4 && !SKIP_TEXT.has(el.tagName); depth++, el = el.parentElement) {
      if (read.has(el) || el.childElementCount > MAX_CHILDREN_READ) break;
      read.add(el);
      const whole = el.textContent ?? '';
      if (whole.length > MAX_WHOLE_TEXT) break;
      if (matches(whole, text) || nameMatchesExactly(whole, text)) {
        hits.add(el);
        break;
      }
      if (el === root) break;
    }
  }
  for (const el of hits) if (![...hits].some((o) => o !== el && el.contains(o))) found.push(el);
}

/** Down from the root through elements whose text could hold the match (read without the
 *  spaces between elements, word boundaries cannot be trusted: a superset prunes), to the smallest
 *  that does hold it, read as a person reads it (elements apart). */
function textDownwards(text: TextMatch, root: ParentNode, found: Element[]): void {
  const could = boundless(text);
  const visit = (el: Element): boolean => {
    let childMatched = false;
    for (const child of el.children) {
      if (SKIP_TEXT.has(child.tagName) || !matches(child.textContent ?? '', could)) continue;
      if (visit(child)) childMatched = true;
    }
    if (childMatched) return true;
    if (!matches(readableText(el), text)) return false;
    found.push(el);
    return true;
  };
  const start: Element[] = isElement(root) ? [root] : Array.from(root.children);
  for (const el of start) if (!SKIP_TEXT.has(el.tagName) && matches(el.textContent ?? '', could)) visit(el);
}

/** Rows whose text contains the match, or holding an element whose own words are it (an
 *  anchored pattern names one cell exactly: "HeavySet Tech", not "HeavySet Tech (old)"). Without
 *  row markup, a record is one of several siblings of the same make (cards, divs). */
function byRow(text: TextMatch, scope: ParentNode): Element[] {
  const could = boundless(text);
  const rows = queryAll(scope, ROWS).filter((row) => matches(row.textContent ?? '', could) && matches(readableText(row), text) && isVisible(row));
  const named: Element[] = [];
  const words = byText(text, scope);
  for (const el of words) {
    const row = el.closest(ROWS);
    if (row && !rows.includes(row) && !named.includes(row) && (scope as Node).contains(row) && isVisible(row)) named.push(row);
  }
  // The innermost row (a list item inside a matching row is the better answer).
  const all = [...rows, ...named];
  const innermost = (list: Element[]) => list.filter((row) => !all.some((other) => other !== row && row.contains(other)));
  const inner = [...ranked(innermost(rows), readableText, text), ...innermost(named)];
  if (inner.length) return inner;
  const records: Element[] = [];
  for (const el of words) {
    const record = repeatedAncestor(el);
    if (record && !records.includes(record)) records.push(record);
  }
  return records;
}

/** The nearest ancestor that is one of several siblings of the same make (tag and class). */
function repeatedAncestor(el: Element): Element | null {
  for (let at: Element | null = el, depth = 0; at && depth < 6; at = at.parentElement, depth++) {
    const parent = at.parentElement;
    if (!parent || at === at.ownerDocument.body) return null;
    const twins = Array.from(parent.children).filter((sib) => sib !== at && sib.tagName === at!.tagName && sib.className === at!.className);
    if (twins.length >= 1 && fold(at.textContent ?? '').length < 600) return at;
  }
  return null;
}
