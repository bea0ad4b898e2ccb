import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./limits";

/** Row and column (1-based) of an A1 reference inside Excel's grid, or null for anything else. */
export function cellRef(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > EXCEL_MAX_ROWS || column > EXCEL_MAX_COLUMNS) return null;
  return { row, column };
}

/** Just the column of a reference ("XFD12" → 16384), or null. */
export function columnOfRef(ref: string): number | null {
  return cellRef(ref)?.column ?? null;
}
