// Tables and grids as a person reads them: a cell's column header, the cells of a column, a
// row's name. The header may sit in another <table> than the rows (KendoReact-style grids tie
// them by aria-colindex only); rows may be `display: contents`.
import { fold, matches, matchesExactly, nameText, type TextMatch } from './text';
import { now as clock, inDocumentOrder, queryAll } from './dom';
import { isVisible } from './visibility';

/** The grid a cell belongs to: an ARIA grid/table, else a real (not presentational) table. */
const GRIDS = '[role=grid],[role=treegrid],[role=table],table:not([role=presentation]):not([role=none])';
export const ROWS = 'tr,[role=row]';
const CELLS = 'td,th,[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]';
export const HEADER_CELLS = 'th,[role=columnheader]';
const ROW_HEADERS = 'th[scope=row],[role=rowheader]';
const HEADER_ROW_CELLS = ['th', '[role=columnheader]', 'thead td'];

export function gridOf(el: Element): Element | null {
  return el.closest(GRIDS);
}

/** A row of this grid, not of a grid nested in one of its cells (looked for from the row's parent up). */
const isRowOf = (row: Element, grid: Element): boolean => gridOf(row.parentElement ?? row) === grid;

/** Rows of this grid, not of a grid nested in one of its cells. */
export function rowsOf(grid: Element): Element[] {
  return Array.from(grid.querySelectorAll(ROWS)).filter((r) => isRowOf(r, grid));
}

/** The cells of this row, not of a table nested in one of its cells. */
export function ownCells(row: Element): Element[] {
  return Array.from(row.querySelectorAll(CELLS)).filter((c) => c.closest(ROWS) === row);
}

function isHeaderRow(row: Element, cells: Element[]): boolean {
  if (row.closest('thead')) return true;
  return cells.length > 0 && cells.every((c) => c.matches(HEADER_CELLS) && !c.matches(ROW_HEADERS));
}

/** Data rows: not header rows. */
export function dataRows(grid: Element): Element[] {
  return rowsOf(grid).filter((row) => !isHeaderRow(row, ownCells(row)));
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

/** The rows that can be header rows: those holding a header cell, and a <thead>'s (found from
 *  the header cells, not by reading every row of a 3,000-row table). */
function headerRowCandidates(grid: Element): Element[] {
  const rows = new Set<Element>();
  // One query per selector, not one list: Blink matches `thead td` on its own by finding the <thead>s
  // first, in a list it walks up from every cell (four times slower on a 3,000-row table).
  for (const selector of HEADER_ROW_CELLS) {
    for (const cell of grid.querySelectorAll(selector)) {
      const row = cell.closest(ROWS);
      if (row && isRowOf(row, grid)) rows.add(row);
    }
  }
  return [...rows].sort(inDocumentOrder);
}

function headerCells(grid: Element): Map<number, Element> {
  const out = new Map<number, Element>();
  for (const row of headerRowCandidates(grid)) {
    const cells = ownCells(row);
    if (!isHeaderRow(row, cells)) continue;
    for (const cell of cells) if (!out.has(position(cells, cell))) out.set(position(cells, cell), cell);
  }
  return out;
}

/** The grid's first data row (the rows are read only until one is found). */
function firstDataRow(grid: Element): Element | undefined {
  for (const row of grid.querySelectorAll(ROWS)) {
    if (isRowOf(row, grid) && !isHeaderRow(row, ownCells(row))) return row;
  }
  return undefined;
}

function columnCount(row: Element): number {
  const cells = ownCells(row);
  return cells.reduce((n, cell) => n + span(cell), 0);
}

/** A header drawn as a table of its own just above the rows' table (a frozen header): a person
 *  reads its names over the columns below. Taken only when it has as many columns. */
function headerAbove(grid: Element): Map<number, Element> | undefined {
  const first = firstDataRow(grid);
  if (!first) return undefined;
  const columns = columnCount(first);
  for (let at: Element | null = grid, depth = 0; at && depth < 3; at = at.parentElement, depth++) {
    const before = at.previousElementSibling;
    if (!before) continue;
    const table = before.matches(GRIDS) ? before : queryAll(before, GRIDS).at(-1);
    if (!table || table === grid || firstDataRow(table)) continue;
    const found = headerCells(table);
    const row = found.values().next().value?.closest(ROWS);
    if (row && columnCount(row) === columns) return found;
  }
  return undefined;
}

/** Headers per grid, read again after a while or when one of them left the page (a table
 *  rewriting its cells many times a second is not searched for its headers each time). */
const known = new WeakMap<Element, { at: number; headers: Map<number, Element>; cells: Element[] }>();
const HEADERS_TTL_MS = 5_000;

/** The header cells of a grid, by column (from its header rows, wherever they are in the grid, or
 *  from a header table drawn right above it). */
export function headers(grid: Element): Map<number, Element> {
  const now = clock();
  const cached = known.get(grid);
  // A header row replaced takes its first or last cell with it (not every header is checked per changed cell).
  if (cached && now - cached.at < HEADERS_TTL_MS && (cached.cells[0]?.isConnected ?? true) && (cached.cells.at(-1)?.isConnected ?? true)) return cached.headers;
  const own = headerCells(grid);
  const found = own.size ? own : (headerAbove(grid) ?? own);
  known.set(grid, { at: now, headers: found, cells: [...found.values()] });
  return found;
}

/** The header of the column a cell is in, if the grid has one. */
export function headerFor(cell: Element): Element | undefined {
  const row = cell.closest(ROWS);
  const grid = row && gridOf(row);
  if (!row || !grid) return undefined;
  return headers(grid).get(position(ownCells(row), cell));
}

/** The row's header cell, else its first cell with text. */
export function rowName(cells: Element[]): { cell: Element; text: string } | undefined {
  const header = cells.find((c) => c.matches(ROW_HEADERS));
  const cell = header ?? cells.find((c) => fold(nameText(c)));
  const text = cell ? fold(nameText(cell)) : '';
  return cell && text ? { cell, text } : undefined;
}

/** The column index of the header named `column` in a grid, exact names first; -1 if none. */
function columnNamed(grid: Element, column: TextMatch): number {
  let loose = -1;
  for (const [at, cell] of headers(grid)) {
    const text = fold(nameText(cell));
    if (!matches(text, column)) continue;
    if (matchesExactly(text, column)) return at;
    if (loose < 0) loose = at;
  }
  return loose;
}

/** Does a grid in `scope` have a column named `column`? (Then its cells answer, not the layout.) */
export function gridNamesColumn(scope: ParentNode, column: TextMatch): boolean {
  return queryAll(scope, GRIDS).some((grid) => columnNamed(grid, column) >= 0);
}

/** Controls (matching `controls`) in the cells at row × column of every grid in `scope`, exact
 *  row names first: the box in row "Bookings", column "Read" (the seed's bare scope boxes). */
export function controlsInCell(scope: ParentNode, row: TextMatch, column: TextMatch, controls: string): Element[] {
  const exact: Element[] = [];
  const loose: Element[] = [];
  for (const grid of queryAll(scope, GRIDS)) {
    const col = columnNamed(grid, column);
    if (col < 0) continue;
    for (const tr of dataRows(grid)) {
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
