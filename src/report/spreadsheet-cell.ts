import type { OutCell } from "./workbook-model";

export const MONEY_FORMAT = '"¥"#,##0.00';
export const TEXT_FORMAT = "@";

/** Text a spreadsheet would take for a formula if it were typed or written as a value. */
const FORMULA_START = /^[=+\-@]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

function ratioFormat(ratio: string): string {
  const decimals = (ratio.split(".")[1] ?? "").length;
  return decimals <= 2 ? "0%" : `0.${"0".repeat(Math.min(decimals - 2, 4))}%`;
}

/** The most characters a cell holds (Excel's limit; a longer text makes Excel repair the workbook). */
export const CELL_TEXT_MAX = 32_767;
const CUT_MARKER = "…［已截断，全文见 JSON 与审计记录 / truncated: the full text is in the JSON and the record］";

/**
 * A text as a cell can hold it: cut at Excel's limit with a marker saying
 * so (never inside a surrogate pair). The record and the JSON keep it whole;
 * `verify` compares a recorded long text by what this makes of it.
 */
export function shownText(text: string): string {
  if (text.length <= CELL_TEXT_MAX) return text;
  let end = CELL_TEXT_MAX - CUT_MARKER.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + CUT_MARKER;
}

export interface SpreadsheetCell {
  readonly value: string | number | boolean | null;
  /** The number format to set, or null to leave the cell's own. */
  readonly format: string | null;
}

/**
 * How an output cell goes into a spreadsheet, for both doors (exceljs and
 * Office.js): money and rates become numbers here and only here, with their
 * formats; text that could be read as a formula gets the text format.
 */
export function spreadsheetCell(cell: OutCell): SpreadsheetCell {
  if (cell === null) return { value: null, format: null };
  if (typeof cell === "string") return { value: shownText(cell), format: looksLikeFormula(cell) ? TEXT_FORMAT : null };
  if (typeof cell === "boolean") return { value: cell, format: null };
  if ("int" in cell) return { value: cell.int, format: null };
  if ("money" in cell) return { value: Number(cell.money), format: MONEY_FORMAT };
  return { value: Number(cell.ratio), format: ratioFormat(cell.ratio) };
}
