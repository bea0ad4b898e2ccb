import { canonicalMoney, canonicalRatio, RECORD_SHEET, type CanonicalSheet, type CanonicalValue } from "../report";
import { cellAddress, type Grid, type GridCell } from "../tracker";
import { isDateFormat, readXlsx } from "./xlsx";

/** An exported audited workbook read back: its sheets' cells in the record's canonical form, and the record it carries. */
export interface ExportReading {
  /** Every worksheet but the record's, in the workbook's order, whatever its visibility. */
  readonly sheets: readonly CanonicalSheet[];
  /** The text of the record sheet, or null when the workbook has none (not an export of jiebang). */
  readonly record: string | null;
}

/** Money is a number shown with a yuan format; a rate one with a percent format; a date one with a date format. */
function numberValue(value: number, format: string | undefined): CanonicalValue {
  if (!Number.isFinite(value)) return String(value);
  const fmt = format ?? "";
  if (fmt.includes("%")) return canonicalRatio(String(value));
  if (fmt.includes("¥") || fmt.includes("#,##0.00")) return canonicalMoney(String(value));
  // A date typed into an export reads as the moment it shows, as a spreadsheet library would give it (1900 system).
  if (isDateFormat(fmt)) return new Date(Math.round((value - 25_569) * 86_400_000)).toISOString();
  return value;
}

/**
 * A cell as the record would keep it. jiebang never writes a formula, so a
 * formula is shown as one ("=A1*2 ⇒ 7800000"), never as its result alone.
 */
function canonicalOf(cell: GridCell): CanonicalValue {
  const v = cell.value;
  const plain: CanonicalValue =
    v.kind === "empty" ? null : v.kind === "text" ? (v.value === "" ? null : v.value) : v.kind === "number" ? numberValue(v.value, cell.format) : v.kind === "boolean" ? v.value : String(v.value);
  if (cell.formula !== undefined) return plain === null ? `=${cell.formula}` : `=${cell.formula} ⇒ ${String(plain)}`;
  return plain;
}

function sheetOf(grid: Grid): CanonicalSheet {
  const cells: Record<string, CanonicalValue> = {};
  grid.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const value = canonicalOf(cell);
      if (value !== null) cells[cellAddress(grid.firstRow + r, grid.firstColumn + c)] = value;
    });
  });
  return { name: grid.sheet, cells };
}

/** The record sheet's text: column A from A1 down to the first empty cell. */
function recordText(grid: Grid): string {
  let text = "";
  for (let r = 0; ; r++) {
    const cell = grid.rows[r]?.[0];
    if (!cell || cell.value.kind !== "text" || cell.value.value === "") return text;
    text += cell.value.value;
  }
}

/**
 * Read an exported audited workbook back into the canonical form its record
 * uses, with jiebang's own reader (as a tracker is read: every part
 * streamed, the package checked as Excel would).
 */
export async function readExport(bytes: Uint8Array, file: string): Promise<ExportReading> {
  const workbook = await readXlsx(bytes, file);
  const sheets: CanonicalSheet[] = [];
  let record: string | null = null;
  for (const grid of workbook.grids) {
    if (grid.sheet === RECORD_SHEET) record = recordText(grid);
    else sheets.push(sheetOf(grid));
  }
  return { sheets, record };
}
