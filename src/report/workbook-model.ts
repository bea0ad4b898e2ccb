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

/** A cell's corner, 0-based: a chart's anchor is from the top-left corner of `from` to the top-left corner of `to`. */
export interface SheetPoint {
  readonly column: number;
  readonly row: number;
}

/** Cells a chart reads, as a formula names them (`'汇总'!$A$23:$A$28`), and what they held when written (a reader that does not recalculate draws these). */
export interface ChartRange<T extends string> {
  readonly ref: string;
  readonly values: readonly T[];
}

/**
 * A bar chart drawn from a table of its sheet: one series, its name a
 * header cell, its categories a column of labels and its values a column of
 * numbers (as the cells hold them: "7800000", never "7,800,000.00").
 */
export interface ChartSpec {
  readonly title: string;
  readonly series: ChartRange<string>;
  readonly categories: ChartRange<string>;
  readonly values: ChartRange<string>;
  /** The values' number format (the cells' own). */
  readonly format: string;
  readonly from: SheetPoint;
  readonly to: SheetPoint;
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
  /** Charts drawn on the sheet from its cells (the Summary sheet's), in order: chart1, chart2… of the sheet. */
  readonly charts?: readonly ChartSpec[];
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
