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
}

export const EMPTY_CELL: GridCell = Object.freeze({ value: Object.freeze({ kind: "empty" as const }) });

/** The cell at Excel coordinates, or an empty cell outside the grid. */
export function cellAt(grid: Grid, row: number, column: number): GridCell {
  return grid.rows[row - grid.firstRow]?.[column - grid.firstColumn] ?? EMPTY_CELL;
}

const widths = new WeakMap<Grid, number>();

/** Number of columns of the widest row (computed once per grid). */
export function gridWidth(grid: Grid): number {
  let width = widths.get(grid);
  if (width === undefined) {
    width = 0;
    for (const row of grid.rows) width = Math.max(width, row.length);
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
