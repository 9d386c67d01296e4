// Titles without heading markup: a short bold or large line set apart — never a link's, a cell's,
// a column header's or a term's words.
import { fold, type TextMatch } from './text';
import { parentOf, styleOf } from './dom';
import { CONTROLS } from './locate-kinds';
import { byText } from './locate-text';

/** Bold words there are a link's, a menu's, a cell's or a column's, not a title of the page or a dialog. */
const NOT_TITLES =
  'a[href],button,[role=button],[role=link],[role=tab],[role=menuitem],[role=option],label,nav,[role=navigation],td,th,[role=cell],[role=gridcell],[role=columnheader],[role=rowheader],dt,thead';

/** Bold words side by side with other bold words in one line: a row of column headers (tables of divs). */
function inHeaderRow(el: Element, bold: (el: Element) => boolean): boolean {
  for (let cell: Element | null = el, depth = 0; cell && depth < 3; cell = parentOf(cell), depth++) {
    const row = parentOf(cell);
    if (!row || row.children.length < 3 || row.children.length > 16) continue;
    const top = cell.getBoundingClientRect().top;
    const beside = [...row.children].filter((other) => {
      if (other === cell || !(other.textContent ?? '').trim() || other.querySelector(CONTROLS)) return false;
      const box = other.getBoundingClientRect();
      return box.width > 0 && Math.abs(box.top - top) < 4 && bold(other.firstElementChild ?? other);
    });
    if (beside.length >= 2) return true;
  }
  return false;
}

/** A short line set apart as a title (bold or large), where no heading element says so. */
export function headingLikes(name: TextMatch, scope: ParentNode): Element[] {
  return byText(name, scope).filter((el) => {
    const text = fold(el.textContent ?? '');
    if (!text || text.length > 80 || el.querySelector(CONTROLS) || el.closest(NOT_TITLES)) return false;
    const style = styleOf(el);
    if (!style || style.cursor === 'pointer') return false; // clicked like a button: not a title
    const body = el.ownerDocument.body && styleOf(el.ownerDocument.body);
    const bodySize = Number.parseFloat(body?.fontSize ?? '16') || 16;
    const setApart = (at: Element) => {
      const look = styleOf(at)!;
      return Number.parseInt(look.fontWeight, 10) >= 600 || Number.parseFloat(look.fontSize) >= bodySize * 1.2;
    };
    return setApart(el) && !inHeaderRow(el, setApart);
  });
}
