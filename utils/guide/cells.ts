// Controls named only by their table headers: the box in row "Bookings", column "Read".
import { fold, matches, matchesExactly, nameText, type TextMatch } from './text';
import { isVisible, queryAll } from './dom';

const TABLES = 'table,[role=table],[role=grid],[role=treegrid]';
const ROWS = 'tr,[role=row]';
const CELLS = 'td,th,[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]';
const HEADER_CELLS = 'th,[role=columnheader]';
const ROW_HEADERS = 'th[scope=row],[role=rowheader]';

/** Controls (matching `controls`) in the cells at row × column of every table/grid in `scope`,
 *  exact row names first. */
export function controlsInCell(scope: ParentNode, row: TextMatch, column: TextMatch, controls: string): Element[] {
  const exact: Element[] = [];
  const loose: Element[] = [];
  for (const table of queryAll(scope, TABLES)) {
    const rows = ownRows(table);
    const col = columnOf(rows, column);
    if (col < 0) continue;
    for (const tr of rows) {
      const cells = ownCells(tr);
      const name = rowName(cells);
      if (!name || !matches(name.text, row)) continue;
      const cell = cellAt(cells, col);
      if (!cell || cell === name.cell || cell.matches(HEADER_CELLS)) continue;
      const found = queryAll(cell, controls).filter((el) => el.closest(CELLS) === cell && isVisible(el));
      (matchesExactly(name.text, row) ? exact : loose).push(...found);
    }
  }
  return [...exact, ...loose];
}

/** Rows of this table, not of a table nested in one of its cells. */
function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll(ROWS)).filter((r) => r.parentElement?.closest(TABLES) === table);
}

/** The cells of this row, not of a table nested in one of its cells. */
export function ownCells(row: Element): Element[] {
  return Array.from(row.querySelectorAll(CELLS)).filter((c) => c.closest(ROWS) === row);
}

/** A header row: in <thead>, or made of header cells only (a group row is one wide cell). */
function isHeaderRow(row: Element, cells: Element[]): boolean {
  if (row.closest('thead')) return true;
  return cells.length > 1 && cells.every((c) => c.matches(HEADER_CELLS) && !c.matches(ROW_HEADERS));
}

/** The column index (colspan aware) of the header cell named `column`, exact names first. */
function columnOf(rows: Element[], column: TextMatch): number {
  let loose = -1;
  for (const row of rows) {
    const cells = ownCells(row);
    if (!isHeaderRow(row, cells)) continue;
    for (const cell of cells) {
      const text = fold(nameText(cell));
      if (!matches(text, column)) continue;
      const at = position(cells, cell);
      if (matchesExactly(text, column)) return at;
      if (loose < 0) loose = at;
    }
  }
  return loose;
}

function span(cell: Element): number {
  return Number(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan') ?? 1) || 1;
}

/** A cell's column: aria-colindex when the grid gives it (virtualised grids), else counted with colspans. */
export function position(cells: Element[], target: Element): number {
  const aria = Number(target.getAttribute('aria-colindex'));
  if (aria > 0) return aria - 1;
  let col = 0;
  for (const cell of cells) {
    if (cell === target) return col;
    col += span(cell);
  }
  return -1;
}

/** The cell of `cells` (one row's) that covers column `col`. */
export function cellAt(cells: Element[], col: number): Element | undefined {
  return cells.find((cell) => {
    const at = position(cells, cell);
    return at <= col && col < at + span(cell);
  });
}

/** The row's header cell, else its first cell with text. */
function rowName(cells: Element[]): { cell: Element; text: string } | undefined {
  const header = cells.find((c) => c.matches(ROW_HEADERS));
  const cell = header ?? cells.find((c) => fold(nameText(c)));
  const text = cell ? fold(nameText(cell)) : '';
  return cell && text ? { cell, text } : undefined;
}
