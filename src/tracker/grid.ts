/**
 * A worksheet as plain data: what both doors (exceljs in Node, Office.js in
 * Excel) hand to the tracker reader. Values are what Excel shows the user:
 * formulas count by their cached result, dates are serial numbers with their
 * number format.
 */
export type CellValue =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** An Excel error value such as "#N/A" or "#VALUE!". */
  | { readonly kind: "error"; readonly value: string };

export interface GridCell {
  readonly value: CellValue;
  /** The Excel number format, e.g. "yyyy-mm-dd" or "#,##0.00". */
  readonly format?: string;
  /** The cell holds a formula; `value` is its cached result (empty when there is none). */
  readonly formula?: string;
  /** The cell is covered by a merged range whose top-left cell is `mergedInto` (A1 form). */
  readonly mergedInto?: string;
}

export interface Grid {
  /** Worksheet name as the workbook shows it. */
  readonly sheet: string;
  /** Excel row number of `rows[0]` (1-based). */
  readonly firstRow: number;
  /** Excel column number of `rows[r][0]` (1-based; A = 1). */
  readonly firstColumn: number;
  /** Row-major cells; rows may be shorter than the widest row. */
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell>>;
  /** Excel row numbers of hidden rows. */
  readonly hiddenRows?: ReadonlySet<number>;
  /**
   * Merged ranges in A1 form ("A1:H1"). Kept as ranges, not as cells: a cell
   * they cover reads through `cellAt` as empty with `mergedInto` its master.
   * (A grid may also mark covered cells itself with `mergedInto`.)
   */
  readonly merges?: readonly string[];
  /**
   * Date serials in this grid count from 1904 (a Mac workbook's date system),
   * as Office.js hands them; date fields are moved to the 1900 system when
   * read. A reader that converts them itself leaves this unset.
   */
  readonly date1904?: boolean;
}

export const EMPTY_CELL: GridCell = Object.freeze({ value: Object.freeze({ kind: "empty" as const }) });

/** The cell at Excel coordinates, or an empty cell outside the grid; a cell a merged range covers says so. */
export function cellAt(grid: Grid, row: number, column: number): GridCell {
  const cell = grid.rows[row - grid.firstRow]?.[column - grid.firstColumn];
  if (cell !== undefined && (cell.value.kind !== "empty" || cell.mergedInto !== undefined)) return cell;
  if (grid.merges !== undefined && grid.merges.length > 0) {
    const master = mergeIndexOf(grid).get(row)?.find((m) => column >= m.left && column <= m.right);
    if (master && !(master.top === row && master.left === column)) return master.covered;
  }
  return cell ?? EMPTY_CELL;
}

interface MergeSpan {
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly covered: GridCell;
}

const mergeIndexes = new WeakMap<Grid, Map<number, MergeSpan[]>>();

/**
 * Row → the merged ranges crossing it, for the rows the grid has (a range
 * down to row 1,048,576 costs only the rows that exist). Built once per grid.
 */
function mergeIndexOf(grid: Grid): Map<number, MergeSpan[]> {
  let index = mergeIndexes.get(grid);
  if (index) return index;
  index = new Map();
  const lastRow = grid.firstRow + grid.rows.length - 1;
  for (const range of grid.merges ?? []) {
    const [from, to] = range.split(":");
    if (!from || !to) continue;
    const a = parseCellRef(from);
    const b = parseCellRef(to);
    const span: MergeSpan = { top: a.row, left: a.column, right: b.column, covered: Object.freeze({ value: EMPTY_CELL.value, mergedInto: cellAddress(a.row, a.column) }) };
    for (let r = Math.max(a.row, grid.firstRow); r <= Math.min(b.row, lastRow); r++) {
      const list = index.get(r);
      if (list) list.push(span);
      else index.set(r, [span]);
    }
  }
  mergeIndexes.set(grid, index);
  return index;
}

const widths = new WeakMap<Grid, number>();

/** Number of columns of the widest row (computed once per grid; rows may be holes). */
export function gridWidth(grid: Grid): number {
  let width = widths.get(grid);
  if (width === undefined) {
    width = 0;
    for (const row of grid.rows) if (row) width = Math.max(width, row.length);
    widths.set(grid, width);
  }
  return width;
}

/** "A", "B", … "Z", "AA" for a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "O7" for row 7, column 15. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** The text a user sees in a cell, for messages and the issues sheet. */
export function displayText(cell: GridCell): string {
  const v = cell.value;
  switch (v.kind) {
    case "empty":
      return "";
    case "number":
      return String(v.value);
    case "boolean":
      return v.value ? "TRUE" : "FALSE";
    default:
      return v.value;
  }
}

/** Row and column (1-based) of an A1 reference such as "B2" or "$B$2". */
export function parseCellRef(ref: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!match) throw new Error(`not a cell reference: ${ref}`);
  let column = 0;
  for (const ch of match[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}
