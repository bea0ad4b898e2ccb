/**
 * The audited funding workbook as plain data, written to .xlsx by src/io.
 * Money stays a decimal string here; only the writer turns it into a cell number.
 */
export type OutCell =
  | null
  | string
  | boolean
  /** A count or row number. */
  | { readonly int: number }
  /** An amount in yuan, e.g. "7800000.00". */
  | { readonly money: string }
  /** A rate, e.g. "0.3" (shown as 30%). */
  | { readonly ratio: string };

export type RowStyle = "section" | "header" | "total";

export interface OutRow {
  readonly cells: readonly OutCell[];
  readonly style?: RowStyle;
}

/** How a sheet prints: A4 landscape, one page wide, with a header and footer on every page. */
export interface PrintSetup {
  /** The print area's last column (1-based) and row: columns right of it stay on the screen only. */
  readonly columns: number;
  readonly rows: number;
  /** Rows repeated at the top of every printed page (the table's header), or 0. */
  readonly titleRows: number;
  /** Excel header and footer text (with its codes: &P page, &N pages, &A sheet). */
  readonly header: string;
  readonly footer: string;
}

export interface OutSheet {
  readonly name: string;
  /** Column widths in characters. */
  readonly widths: readonly number[];
  readonly rows: readonly OutRow[];
  /** The first row is a table header: freeze it and put filters on it. */
  readonly table?: boolean;
  /** How it prints (an audited workbook's sheets all say). */
  readonly print?: PrintSetup;
}

export interface AuditedWorkbook {
  readonly title: string;
  /** ISO time of the run. */
  readonly createdAt: string;
  readonly sheets: readonly OutSheet[];
  /**
   * The export's canonical record as JSON text (see audit-record.ts). When
   * present, the writer puts it in a very hidden sheet `_jiebang` and
   * protects the sheets against casual edits.
   */
  readonly record?: string;
}
