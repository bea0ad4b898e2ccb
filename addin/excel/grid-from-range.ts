import { parseCellRef, type CellValue, type Grid, type GridCell } from "../../src/tracker";

/** What one `context.sync()` loads of a range: the data the tracker reader needs. */
export interface RangeData {
  readonly sheet: string;
  /** "Sheet1!B2:S21" (a single cell has no colon). */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  /** The workbook counts dates from 1904: `values` gives its serials (probed with `functions.date`, see read-source.ts). */
  readonly date1904?: boolean;
}


/** The top-left cell of an address like "'My Sheet'!B2:S21". */
export function rangeOrigin(address: string): { row: number; column: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  return parseCellRef(local.split(":")[0]!);
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  switch (type) {
    case "Empty":
      return { kind: "empty" };
    case "Error":
      return { kind: "error", value: String(value) };
    case "Boolean":
      return { kind: "boolean", value: Boolean(value) };
    case "Double":
      return typeof value === "number" ? { kind: "number", value } : { kind: "text", value: String(value) };
    default:
      if (value === "" || value === null || value === undefined) return { kind: "empty" };
      if (typeof value === "number") return { kind: "number", value };
      if (typeof value === "boolean") return { kind: "boolean", value };
      return { kind: "text", value: String(value) };
  }
}

/**
 * The same Grid the CLI builds with exceljs, from what Office.js loads:
 * values, their types (to tell an error cell from text), number formats and
 * formulas (a formula cell's value is its result). Columns in `exclude`
 * (1-based, e.g. the result columns of an earlier run) read as empty.
 */
export function gridFromRange(data: RangeData, exclude: ReadonlySet<number> = new Set()): Grid {
  const origin = rangeOrigin(data.address);
  const rows: GridCell[][] = data.values.map((row, r) =>
    row.map((value, c) => {
      if (exclude.has(origin.column + c)) return { value: { kind: "empty" } };
      const format = data.numberFormat[r]?.[c];
      const formula = data.formulas[r]?.[c];
      return {
        value: cellValue(value, data.valueTypes[r]?.[c]),
        ...(typeof format === "string" && format !== "General" ? { format } : {}),
        ...(typeof formula === "string" && formula.startsWith("=") ? { formula: formula.slice(1) } : {}),
      };
    }),
  );
  return { sheet: data.sheet, firstRow: origin.row, firstColumn: origin.column, rows, ...(data.date1904 ? { date1904: true } : {}) };
}
