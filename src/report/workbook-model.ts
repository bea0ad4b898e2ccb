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

export interface OutSheet {
  readonly name: string;
  /** Column widths in characters. */
  readonly widths: readonly number[];
  readonly rows: readonly OutRow[];
  /** The first row is a table header: freeze it and put filters on it. */
  readonly table?: boolean;
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
