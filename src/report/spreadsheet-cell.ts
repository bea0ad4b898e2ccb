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
  if (typeof cell === "string") return { value: cell, format: looksLikeFormula(cell) ? TEXT_FORMAT : null };
  if (typeof cell === "boolean") return { value: cell, format: null };
  if ("int" in cell) return { value: cell.int, format: null };
  if ("money" in cell) return { value: Number(cell.money), format: MONEY_FORMAT };
  return { value: Number(cell.ratio), format: ratioFormat(cell.ratio) };
}
