import ExcelJS from "exceljs";
import { JiebangError, type Localized } from "../i18n";
import { canonicalMoney, canonicalRatio, RECORD_SHEET, type CanonicalSheet, type CanonicalValue } from "../report";
import { assertXlsxBytes } from "./sniff";
import { assertZipWithinLimits, ZIP_LIMITS } from "./zip-limits";

/** An exported audited workbook read back: its sheets' cells in the record's canonical form, and the record it carries. */
export interface ExportReading {
  /** Every worksheet but the record's, in the workbook's order, whatever its visibility. */
  readonly sheets: readonly CanonicalSheet[];
  /** The text of the record sheet, or null when the workbook has none (not an export of jiebang). */
  readonly record: string | null;
}

type ExcelValue = ExcelJS.CellValue | undefined;

/** Money is a number shown with a yuan format; a rate one with a percent format. */
function numberValue(value: number, format: string | undefined): CanonicalValue {
  if (!Number.isFinite(value)) return String(value);
  const fmt = format ?? "";
  if (fmt.includes("%")) return canonicalRatio(String(value));
  if (fmt.includes("¥") || fmt.includes("#,##0.00")) return canonicalMoney(String(value));
  return value;
}

function plainValue(value: ExcelValue, format: string | undefined): CanonicalValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return numberValue(value, format);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "#VALUE!" : value.toISOString();
  if ("error" in value) return String(value.error);
  if ("richText" in value) return plainValue(value.richText.map((r) => r.text).join(""), format);
  if ("hyperlink" in value) return plainValue((value as { text?: unknown }).text as ExcelValue, format);
  return String(value);
}

/**
 * A cell as the record would keep it. jiebang never writes a formula, so a
 * formula is shown as one ("=A1*2 ⇒ 7800000"), never as its result alone.
 */
function canonicalOf(cell: ExcelJS.Cell): CanonicalValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const value = cell.value as ExcelValue;
  if (value && typeof value === "object" && !(value instanceof Date) && ("formula" in value || "sharedFormula" in value)) {
    const formula = cell.formula || (value as { formula?: string }).formula || (value as { sharedFormula?: string }).sharedFormula || "";
    const result = plainValue((value as { result?: ExcelValue }).result, cell.numFmt);
    return result === null ? `=${formula}` : `=${formula} ⇒ ${String(result)}`;
  }
  return plainValue(value, cell.numFmt);
}

function sheetOf(ws: ExcelJS.Worksheet): CanonicalSheet {
  const cells: Record<string, CanonicalValue> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = canonicalOf(cell);
      if (value !== null) cells[cell.address] = value;
    });
  });
  return { name: ws.name, cells };
}

/** The record sheet's text: column A from A1 down to the first empty cell. */
function recordText(ws: ExcelJS.Worksheet): string {
  let text = "";
  for (let r = 1; ; r++) {
    const value = ws.getCell(r, 1).value;
    if (typeof value !== "string" || value === "") return text;
    text += value;
  }
}

const WHY_DAMAGED: Localized = { "zh-CN": "文件不完整或已损坏", en: "the file is incomplete or damaged" };

/** Read an exported audited workbook back into the canonical form its record uses. */
export async function readExport(bytes: Uint8Array, file: string): Promise<ExportReading> {
  assertXlsxBytes(bytes, file);
  assertZipWithinLimits(bytes, file, ZIP_LIMITS);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new JiebangError("NOT_XLSX", { file, why: WHY_DAMAGED }, { file });
  }
  const sheets: CanonicalSheet[] = [];
  let record: string | null = null;
  for (const ws of workbook.worksheets) {
    if (ws.name === RECORD_SHEET) record = recordText(ws);
    else sheets.push(sheetOf(ws));
  }
  return { sheets, record };
}
