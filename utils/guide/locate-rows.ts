// Rows and records: table and grid rows, list items, and — without row markup — one of several
// sibling records of the same make (cards, <dl>s, divs).
import { fold, matches, readableText, type TextMatch } from './text';
import { isElement } from './dom';
import { isVisible } from './visibility';
import { boundless } from './literals';
import { CLICKABLE, CONTROLS, ROWS, ranked } from './locate-kinds';
import { byText, rootsThatCould } from './locate-text';

/** The rows of `scope` and its nested roots, in the roots whose text could hold the match only. */
function rowsThatCould(scope: ParentNode, could: TextMatch): Element[] {
  const out: Element[] = [];
  for (const root of rootsThatCould(scope, could)) {
    if (root === scope && isElement(root) && root.matches(ROWS)) out.push(root);
    // One by one: a spread of a page's rows (100k of a virtualised grid's) could exceed a call's arguments.
    for (const row of root.querySelectorAll(ROWS)) out.push(row);
  }
  return out;
}

/** Announcements (a toast in a list item, "“HeavySet Tech” can now be chosen by connected apps")
 *  tell of an event: the words are in a status or alert the row holds, not in a record of a list. */
const LIVE = '[role=status],[role=alert],[aria-live=polite],[aria-live=assertive]';
const announces = (row: Element, could: TextMatch): boolean => Array.from(row.querySelectorAll(LIVE)).some((live) => matches(live.textContent ?? '', could));

/** Rows whose text contains the match, or holding an element whose own words are it (an
 *  anchored pattern names one cell exactly: "HeavySet Tech", not "HeavySet Tech (old)"). Without
 *  row markup, a record is one of several siblings of the same make (cards, divs). */
export function byRow(text: TextMatch, scope: ParentNode): Element[] {
  const could = boundless(text);
  const isRecord = (row: Element) => isVisible(row) && !announces(row, could);
  const rows = rowsThatCould(scope, could).filter((row) => matches(row.textContent ?? '', could) && matches(readableText(row), text) && isRecord(row));
  const named: Element[] = [];
  const words = byText(text, scope);
  for (const el of words) {
    // Its row, unless the row holds the scope (the words are found in the scope's shadow roots too).
    const row = el.closest(ROWS);
    if (row && !rows.includes(row) && !named.includes(row) && !(row !== scope && row.contains(scope as Node)) && isRecord(row)) named.push(row);
  }
  // The innermost row (a list item inside a matching row is the better answer).
  const all = [...rows, ...named];
  const innermost = (list: Element[]) => list.filter((row) => !all.some((other) => other !== row && row.contains(other)));
  const inner = [...ranked(innermost(rows), readableText, text), ...innermost(named)];
  if (inner.length) return inner;
  const records: Element[] = [];
  for (const el of words) {
    const record = repeatedAncestor(el);
    if (record && !records.includes(record) && !announces(record, could)) records.push(record);
  }
  return records;
}

/** Something to press or fill: records hold one (a card's Edit button). */
const PRESSABLE = `${CONTROLS},${CLICKABLE}`;

/** The nearest ancestor that is one of several siblings of the same make (tag and class; and, unless both
 *  hold something to press or fill, what they start with: a card's name block beside its icon block is not
 *  a record, a card with a photo beside one with initials is) and holds more than the words themselves (a
 *  <dd> among <dd>s is a field of the record, not the record). */
function repeatedAncestor(el: Element): Element | null {
  const own = fold(el.textContent ?? '');
  for (let at: Element | null = el, depth = 0; at && depth < 6; at = at.parentElement, depth++) {
    const parent = at.parentElement;
    if (!parent || at === at.ownerDocument.body) return null;
    if (fold(at.textContent ?? '') === own && !at.querySelector(CONTROLS)) continue;
    const record = at;
    const controls = !!record.querySelector(PRESSABLE);
    const twins = Array.from(parent.children).filter(
      (sib) =>
        sib !== record &&
        sib.tagName === record.tagName &&
        sib.className === record.className &&
        (sib.firstElementChild?.tagName === record.firstElementChild?.tagName || (controls && !!sib.querySelector(PRESSABLE))),
    );
    if (twins.length >= 1 && fold(at.textContent ?? '').length < 600) return at;
  }
  return null;
}
