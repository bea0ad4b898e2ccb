import ExcelJS from "exceljs";
import type { Plain } from "./grid";

export interface SheetSpec {
  readonly name?: string;
  readonly rows: readonly (readonly Plain[])[];
  /** Ranges to merge, e.g. "A1:H1". */
  readonly merges?: readonly string[];
  readonly hidden?: boolean;
  /** Row numbers to hide. */
  readonly hiddenRows?: readonly number[];
}

function excelValue(value: Plain): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object") return value;
  if ("error" in value) return { error: value.error } as ExcelJS.CellErrorValue;
  if ("date" in value) return new Date(`${value.date}T00:00:00Z`);
  return { formula: value.formula, ...(value.result !== undefined ? { result: value.result } : {}) } as ExcelJS.CellFormulaValue;
}

/** .xlsx bytes of a workbook made of the given sheets (written with exceljs, as a user's Excel would store them). */
export async function xlsxBytes(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((spec, i) => {
    const ws = workbook.addWorksheet(spec.name ?? `Sheet${i + 1}`, spec.hidden ? { state: "hidden" } : {});
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const v = excelValue(value);
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
        if (value && typeof value === "object" && "date" in value) ws.getCell(r + 1, c + 1).numFmt = "yyyy-mm-dd";
      });
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
    for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The canonical headers of a simple tracker, in Simplified Chinese. */
export const SIMPLIFIED_HEADERS = [
  "项目编号",
  "项目名称",
  "项目类型",
  "发榜方",
  "发榜方统一社会信用代码",
  "发榜方性质",
  "发榜方所在地",
  "是否在区内纳税",
  "揭榜方",
  "揭榜方所在地",
  "是否达成合作",
  "研发投入总额（万元）",
  "是否特别重大",
  "一事一议核定金额（万元）",
  "一事一议批复文号",
  "批次",
  "技术领域",
] as const;

/** The same headers in Traditional script, full-width brackets, a line break and stray spaces. */
export const TRADITIONAL_HEADERS = [
  " 項目編號",
  "項目名稱",
  "項目類型",
  "發榜方",
  "發榜方統一社會信用代碼",
  "發榜方性質",
  "發榜方所在地",
  "是否在區內納稅",
  "揭榜方",
  "揭榜方所在地",
  "是否達成合作",
  "研發投入總額\n（萬元）",
  "是否特別重大",
  "一事一議核定金額（萬元）",
  "一事一議批覆文號",
  "批次",
  "技術領域 ",
] as const;

/** The same headers in English. */
export const ENGLISH_HEADERS = [
  "Project ID",
  "Project name",
  "Project type",
  "Issuer",
  "Issuer USCC",
  "Issuer type",
  "Issuer location",
  "Pays tax in region",
  "Solver",
  "Solver location",
  "Agreement reached",
  "Total R&D investment (10k yuan)",
  "Especially major",
  "Case-by-case amount (10k yuan)",
  "Case-by-case approval ref",
  "Batch",
  "Field",
] as const;
