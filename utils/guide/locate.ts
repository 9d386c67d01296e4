// Finds elements the way a person does: by role and name, label, text or row — and, where the
// page's markup does not say what a thing is, by how it looks and behaves (a div that is clicked
// like a button, a bold line that titles a section, a box that floats above the page).
import type { Locator, Role } from './playbook';
import { matches, nameMatches, readableName, readableText, type TextMatch } from './text';
import { ancestors, isElement, parentOf, queryAll, styleOf } from './dom';
import { isVisible } from './visibility';
import { controlsInCell } from './grid';
import { dialogName, isDialogLike, openDialogs } from './dialogs';
import { CLICK_ROLES, CLICKABLE, CONTROLS, ROLE_SELECTORS, ROWS, TICKABLE, VALUE_BOXES, ranked } from './locate-kinds';
import { byText } from './locate-text';
import { standsOut } from './locate-look';
import { byLabel, labelsOf } from './locate-labels';
import { headingLikes } from './locate-titles';
import { byRow } from './locate-rows';

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
    return el.matches(ROLE_SELECTORS[loc.role]) && (!loc.name || nameMatches(nameOf(el), loc.name)) && (!loc.primary || standsOut(el));
  }
  if ('css' in loc) return el.matches(loc.css);
  if ('value' in loc) return el.matches(VALUE_BOXES) && matches(shownValue(el), loc.value);
  if ('rowContaining' in loc) return el.matches(ROWS) && (matches(readableText(el), loc.rowContaining) || byText(loc.rowContaining, el).length > 0);
  return false;
}

/** The words a locator looks for (a name, a label, a text, a row's), if any. */
export function locatorWords(loc: Locator): TextMatch | undefined {
  return 'role' in loc ? loc.name : 'label' in loc ? loc.label : 'text' in loc ? loc.text : 'rowContaining' in loc ? loc.rowContaining : undefined;
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
  if ('role' in loc) {
    const found = byRole(loc.role, loc.name, scope);
    return loc.primary ? found.filter(standsOut) : found;
  }
  if ('label' in loc) return byLabel(loc.label, scope);
  if ('text' in loc) return byText(loc.text, scope);
  if ('value' in loc) return ranked(queryAll(scope, VALUE_BOXES), shownValue, loc.value).filter(isVisible);
  if ('rowContaining' in loc) return byRow(loc.rowContaining, scope);
  if ('cell' in loc) return controlsInCell(scope, loc.cell.row, loc.cell.column, loc.control ? ROLE_SELECTORS[loc.control] : `${CONTROLS},${ROLE_SELECTORS.button},${ROLE_SELECTORS.link}`);
  return queryAll(scope, loc.css).filter(isVisible);
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
  // Named first, then seen: on a big page the name rules most out before any layout is read.
  const exact = ranked(els, nameOf, name, true).filter(isVisible);
  if (exact.length || !name) return exact;
  if (CLICK_ROLES.includes(role)) return clickables(name, scope);
  if (role === 'heading') return headingLikes(name, scope);
  return exact;
}

/** Things clicked like a button without saying so: focusable or handled elements, then any element
 *  with a pointer cursor around the words. */
function clickables(name: TextMatch, scope: ParentNode): Element[] {
  const marked = ranked(queryAll(scope, CLICKABLE), nameOf, name, true).filter(isVisible);
  if (marked.length) return marked;
  const out: Element[] = [];
  for (const words of byText(name, scope)) {
    for (let at: Element | null = words, depth = 0; at && depth < 4; at = parentOf(at), depth++) {
      if (styleOf(at)?.cursor === 'pointer') {
        if (!out.includes(at)) out.push(at);
        break;
      }
    }
  }
  return out;
}

/** What a box shows: its contents, or a select's chosen option. */
function shownValue(el: Element): string {
  if (el.tagName === 'SELECT') return (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
  return (el as HTMLInputElement).value ?? '';
}

