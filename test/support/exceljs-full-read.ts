/**
 * The reference read for the differential tests: exceljs's full Workbook
 * model (`workbook.xlsx.load`), turned into the same grids jiebang's reader
 * gives. exceljs's streaming reader is not the reference: it loses sheet
 * names, states, merges and hidden rows on openpyxl files.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, Grid, GridCell } from "../../src/tracker";

export interface FullRead {
  readonly grids: Grid[];
  readonly hiddenSheets: ReadonlySet<string>;
  readonly date1904: boolean;
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** exceljs hands dates as JS Dates (UTC, in the workbook's date system already applied); grids speak 1900-system serials. */
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

function formulaOf(value: ExcelValue): string | undefined {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    if ("formula" in value && typeof value.formula === "string") return value.formula;
    if ("sharedFormula" in value && typeof value.sharedFormula === "string") return value.sharedFormula;
  }
  return undefined;
}

/** One worksheet as a Grid: values as exceljs's model holds them, merges as its ranges, hidden rows that hold values. */
export function gridOfWorksheet(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridCell[][] = [];
  const hiddenRows = new Set<number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const raw = cell.value as ExcelValue;
      const formula = formulaOf(raw);
      const value = plainValue(raw);
      if (value.kind === "empty" && formula === undefined) return;
      const format = cell.numFmt;
      cells[column - 1] = { value, ...(format ? { format } : {}), ...(formula !== undefined ? { formula } : {}) };
    });
    if (cells.length === 0) return;
    if (row.hidden) hiddenRows.add(rowNumber);
    rows[rowNumber - 1] = cells;
  });
  const merges = ((sheet as unknown as { model: { merges?: string[] } }).model.merges ?? []).map((m) => m.replace(/\$/g, "").toUpperCase());
  return { sheet: sheet.name, firstRow: 1, firstColumn: 1, rows, hiddenRows, merges };
}

/**
 * exceljs 4.4 fails on parts it finds by their usual names when a writer
 * names them otherwise: openpyxl's comments at xl/comments/comment1.xml
 * ("Cannot read properties of undefined (reading 'comments')") and its tables
 * by an absolute target /xl/tables/table1.xml ("… (reading 'name')").
 * Comments and table definitions hold no cell values, so for the reference
 * read they are dropped and the load tried again. exceljs also reads only
 * unprefixed SpreadsheetML, while WPS writes `<x:row>`: the prefix bound to
 * the main namespace is made the default namespace, which means the same XML.
 */
async function asExceljsReads(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/_rels\/.*\.rels$/.test(name)) {
      const xml = await zip.file(name)!.async("string");
      zip.file(name, xml.replace(/<Relationship\b[^>]*Type="[^"]*\/(comments|vmlDrawing|table)"[^>]*\/>/g, ""));
    }
  }
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".xml") || zip.files[name]!.dir) continue;
    const xml = await zip.file(name)!.async("string");
    const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/.exec(xml)?.[1];
    if (prefix) zip.file(name, xml.replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1").replace(`xmlns:${prefix}=`, "xmlns="));
  }
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/[^/]*\.xml$/.test(name)) {
      const xml = await zip.file(name)!.async("string");
      zip.file(name, xml.replace(/<(\w+:)?legacyDrawing\b[^>]*\/>/g, "").replace(/<(\w+:)?tableParts\b[^>]*\/>/g, "").replace(/<(\w+:)?tableParts\b[^>]*>[\s\S]*?<\/(\w+:)?tableParts>/g, ""));
    }
  }
  return zip.generateAsync({ type: "uint8array" });
}

export async function readWorkbookFull(bytes: Uint8Array): Promise<FullRead> {
  let workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await asExceljsReads(bytes)) as unknown as ArrayBuffer);
  }
  const grids: Grid[] = [];
  const hiddenSheets = new Set<string>();
  for (const sheet of workbook.worksheets) {
    grids.push(gridOfWorksheet(sheet));
    if (sheet.state !== "visible") hiddenSheets.add(sheet.name);
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  return { grids, hiddenSheets, date1904 };
}
