// A control at row × column without grid markup (div rows under a div header, as Knockout's scopes
// list draws them): found as a person's eye finds it — along the line of the row's name, down from
// the column's header. Part of "Fill for me" (loaded on demand), for `cell` locators grid.ts misses;
// never where a grid names the column (an empty cell there is no box, not one to guess).
import type { Locator } from './playbook';
import type { byText as ByText } from './locate-text';
import { CONTROLS, ROLE_SELECTORS } from './locate-kinds';
import { queryAll } from './dom';
import { isVisible } from './visibility';
import { gridNamesColumn } from './grid';
import { fold, matchesExactly, type TextMatch } from './text';

type CellLocator = Extract<Locator, { cell: unknown }>;

const middle = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

export function alignedControl(target: Locator | Locator[], root: ParentNode, byText: typeof ByText): Element | undefined {
  for (const loc of [target].flat()) {
    const found = 'cell' in loc ? crossing(loc, root, byText) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The header's cell: the words' element widened while its parent holds nothing else (a word in a
 *  span of a column's div: the column is the div). */
function cellOf(words: Element): Element {
  let cell = words;
  for (let depth = 0; depth < 3 && cell.parentElement && fold(cell.parentElement.textContent ?? '') === fold(words.textContent ?? ''); depth++) cell = cell.parentElement;
  return cell;
}

function crossing({ cell, control }: CellLocator, root: ParentNode, byText: typeof ByText): Element | undefined {
  if (gridNamesColumn(root, cell.column)) return undefined;
  const whole = (match: TextMatch) => byText(match, root).filter((el) => matchesExactly(el.textContent ?? '', match));
  const headers = whole(cell.column).map(cellOf);
  const boxes = queryAll(root, control ? ROLE_SELECTORS[control] : CONTROLS)
    .filter(isVisible)
    .map((el) => ({ el, at: middle(el.getBoundingClientRect()) }));
  for (const name of whole(cell.row)) {
    const line = name.getBoundingClientRect();
    // On the name's line (within half a line of its middle), and in one row with it: the smallest box
    // holding the name and the control holds no header of the column (a same word elsewhere on the line is another row's).
    const onLine = boxes.filter((b) => {
      if (Math.abs(b.at.y - middle(line).y) > Math.max(line.height, 24) / 2) return false;
      let shared = name.parentElement;
      while (shared && !shared.contains(b.el)) shared = shared.parentElement;
      return !!shared && !headers.some((h) => shared!.contains(h));
    });
    // The nearest header above the line with one of them within its column's span.
    const above = headers
      .map((h) => h.getBoundingClientRect())
      .filter((h) => h.bottom <= line.top + 2)
      .sort((a, b) => b.bottom - a.bottom);
    for (const h of above) {
      const under = onLine.filter((b) => b.at.x >= h.left && b.at.x <= h.right).sort((a, b) => Math.abs(a.at.x - middle(h).x) - Math.abs(b.at.x - middle(h).x));
      if (under[0]) return under[0].el;
    }
  }
  return undefined;
}
