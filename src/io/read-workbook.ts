import ExcelJS from "exceljs";
import { JiebangError, type Localized } from "../i18n";
import type { CellValue, Grid, GridCell } from "../tracker";
import { assertXlsxBytes } from "./sniff";
import { assertZipWithinLimits, ZIP_LIMITS, type ZipLimits } from "./zip-limits";

export interface WorkbookGrids {
  readonly grids: Grid[];
  /** Names of hidden sheets. */
  readonly hiddenSheets: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** exceljs hands dates as JS Dates (UTC); trackers and Office.js speak Excel serials. */
function serialOf(date: Date): number {
  const serial = (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  return serial < 61 ? serial - 1 : serial;
}

type ExcelValue = ExcelJS.CellValue | undefined;

export function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", value: "#NUM!" };
  if (typeof value === "string") return value === "" ? { kind: "empty" } : { kind: "text", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: "error", value: "#VALUE!" } : { kind: "number", value: serialOf(value) };
  if ("error" in value) return { kind: "error", value: String(value.error) };
  if ("richText" in value) return plainValue(value.richText.map((r) => r.text).join(""));
  if ("hyperlink" in value) return plainValue((value as { text?: unknown }).text as ExcelValue);
  if ("formula" in value || "sharedFormula" in value) return plainValue((value as { result?: ExcelValue }).result);
  return { kind: "text", value: String(value) };
}

export function formulaOf(value: ExcelValue): string | undefined {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    if ("formula" in value && typeof value.formula === "string") return value.formula;
    if ("sharedFormula" in value && typeof value.sharedFormula === "string") return value.sharedFormula;
  }
  return undefined;
}

/** One worksheet as a Grid: values as Excel shows them, formulas by their cached result. */
export function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridCell[][] = [];
  const hiddenRows = new Set<number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.add(rowNumber);
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      let gridCell: GridCell;
      if (cell.type === ExcelJS.ValueType.Merge) {
        gridCell = { value: { kind: "empty" }, mergedInto: cell.master.address };
      } else {
        const raw = cell.value as ExcelValue;
        const formula = formulaOf(raw);
        const format = cell.numFmt;
        gridCell = {
          value: plainValue(raw),
          ...(format ? { format } : {}),
          ...(formula !== undefined ? { formula } : {}),
        };
      }
      cells[column - 1] = gridCell;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { value: { kind: "empty" } };
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheet: sheet.name, firstRow: 1, firstColumn: 1, rows, hiddenRows };
}

export const WHY_DAMAGED: Localized = { "zh-CN": "文件不完整或已损坏", en: "the file is incomplete or damaged" };

/** Read an .xlsx file's bytes into one Grid per worksheet. */
export async function readWorkbook(bytes: Uint8Array, file: string, limits: ZipLimits = ZIP_LIMITS): Promise<WorkbookGrids> {
  assertXlsxBytes(bytes, file);
  assertZipWithinLimits(bytes, file, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new JiebangError("NOT_XLSX", { file, why: WHY_DAMAGED }, { file });
  }
  const grids: Grid[] = [];
  const hiddenSheets = new Set<string>();
  for (const sheet of workbook.worksheets) {
    grids.push(gridOf(sheet));
    if (sheet.state !== "visible") hiddenSheets.add(sheet.name);
  }
  if (grids.every((g) => g.rows.length === 0)) throw new JiebangError("EMPTY_WORKBOOK", { file }, { file });
  return { grids, hiddenSheets };
}
