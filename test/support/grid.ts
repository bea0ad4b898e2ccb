import type { CellValue, Grid, GridCell } from "../../src/tracker";

export type Plain = string | number | boolean | null | undefined | { error: string } | { formula: string; result?: string | number | boolean } | { date: string };

/** A grid cell from a plain value: text, number, boolean, {error}, {formula, result} or {date: "2022-01-10"} (a dated serial). */
export function cell(value: Plain): GridCell {
  if (value === null || value === undefined) return { value: { kind: "empty" } };
  if (typeof value === "string") return { value: value === "" ? { kind: "empty" } : { kind: "text", value } };
  if (typeof value === "number") return { value: { kind: "number", value } };
  if (typeof value === "boolean") return { value: { kind: "boolean", value } };
  if ("error" in value) return { value: { kind: "error", value: value.error } };
  if ("date" in value) {
    const ms = Date.parse(`${value.date}T00:00:00Z`) - Date.UTC(1899, 11, 30);
    return { value: { kind: "number", value: ms / 86_400_000 }, format: "yyyy-mm-dd" };
  }
  const result: CellValue =
    value.result === undefined ? { kind: "empty" } : (cell(value.result).value as CellValue);
  return { value: result, formula: value.formula };
}

/** A Grid from rows of plain values, starting at A1 unless told otherwise. */
export function gridOf(rows: readonly (readonly Plain[])[], sheet = "Sheet1", firstRow = 1, firstColumn = 1): Grid {
  return { sheet, firstRow, firstColumn, rows: rows.map((r) => r.map(cell)) };
}
