// A control at row × column without grid markup (div rows under a div header, as Knockout's scopes
// list draws them): found as a person's eye finds it — along the line of the row's name, down from
// the column's header. Part of "Fill for me" (loaded on demand), for `cell` locators grid.ts misses.
import type { Locator } from './playbook';
import type { byText as ByText } from './locate-text';
import { CONTROLS, ROLE_SELECTORS } from './locate-kinds';
import { queryAll } from './dom';
import { isVisible } from './visibility';
import { matchesExactly, type TextMatch } from './text';

type CellLocator = Extract<Locator, { cell: unknown }>;

const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

export function alignedControl(target: Locator | Locator[], root: ParentNode, byText: typeof ByText): Element | undefined {
  for (const loc of [target].flat()) {
    const found = 'cell' in loc ? crossing(loc, root, byText) : undefined;
    if (found) return found;
  }
  return undefined;
}

function crossing({ cell, control }: CellLocator, root: ParentNode, byText: typeof ByText): Element | undefined {
  const whole = (match: TextMatch) => byText(match, root).filter((el) => matchesExactly(el.textContent ?? '', match));
  const headers = whole(cell.column).map((el) => el.getBoundingClientRect());
  const boxes = queryAll(root, control ? ROLE_SELECTORS[control] : CONTROLS)
    .filter(isVisible)
    .map((el) => ({ el, at: centre(el.getBoundingClientRect()) }));
  for (const name of whole(cell.row)) {
    const line = name.getBoundingClientRect();
    // On the name's line: within a line's height of its middle.
    const onLine = boxes.filter((b) => Math.abs(b.at.y - centre(line).y) <= Math.max(line.height, 24) / 2);
    // The nearest header above the line that has one of them under it (within half its width of its span).
    const above = headers.filter((h) => h.bottom <= line.top + 2).sort((a, b) => b.bottom - a.bottom);
    for (const h of above) {
      const mid = centre(h).x;
      const under = onLine
        .filter((b) => Math.abs(b.at.x - mid) <= h.width)
        .sort((a, b) => Math.abs(a.at.x - mid) - Math.abs(b.at.x - mid));
      if (under[0]) return under[0].el;
    }
  }
  return undefined;
}
