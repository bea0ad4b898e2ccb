import ExcelJS from "exceljs";
import { recordChunks, RECORD_SHEET, spreadsheetCell, type AuditedWorkbook, type OutCell, type OutRow, type OutSheet } from "../report";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const SECTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12, color: { argb: "FF1F4E79" } };

function writeCell(cell: ExcelJS.Cell, value: OutCell): void {
  const out = spreadsheetCell(value);
  if (out.value === null) return;
  // A string is stored as a string, never as a formula; the text format keeps it so when a user edits the cell.
  cell.value = out.value;
  if (out.format) cell.numFmt = out.format;
}

function styleRow(row: ExcelJS.Row, out: OutRow): void {
  if (out.style === "header") {
    row.font = { bold: true };
    row.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: "middle", wrapText: true };
    });
  } else if (out.style === "section") {
    row.font = SECTION_FONT;
  } else if (out.style === "total") {
    row.font = { bold: true };
  }
}

function addSheet(workbook: ExcelJS.Workbook, sheet: OutSheet): void {
  const ws = workbook.addWorksheet(sheet.name, sheet.table ? { views: [{ state: "frozen", ySplit: 1 }] } : {});
  sheet.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  sheet.rows.forEach((out, r) => {
    const row = ws.getRow(r + 1);
    out.cells.forEach((value, c) => writeCell(row.getCell(c + 1), value));
    styleRow(row, out);
  });
  if (sheet.table && sheet.rows.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.rows[0]!.cells.length) } };
  }
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.includes("\n")) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
    });
  });
}

/**
 * Protection against casual edits, without a password (Excel's Review →
 * Unprotect Sheet lifts it): cells can be selected, filtered and columns
 * widened, nothing else. It is no security; `jiebang verify` is the check.
 */
export const EXPORT_PROTECTION: Readonly<Partial<ExcelJS.WorksheetProtection>> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  autoFilter: true,
  formatColumns: true,
};

/**
 * Protect one sheet of an export that carries a record. For exceljs's
 * streaming writer too: call it before the sheet is committed.
 */
export async function protectExportSheet(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect("", { ...EXPORT_PROTECTION });
}

/**
 * Add the export's record, last, as text in consecutive cells of column A of
 * a very hidden, protected sheet. Works with exceljs's Workbook and with its
 * streaming WorkbookWriter (call it before the workbook is committed).
 */
export async function addRecordSheet(workbook: ExcelJS.Workbook, record: string): Promise<void> {
  const ws = workbook.addWorksheet(RECORD_SHEET, { state: "veryHidden" });
  recordChunks(record).forEach((chunk, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = chunk;
    row.commit();
  });
  await protectExportSheet(ws);
  (ws as ExcelJS.Worksheet & { commit?: () => void }).commit?.();
}

/** The audited workbook's .xlsx bytes: a new workbook, never a rewrite of the user's file. */
export async function writeWorkbook(book: AuditedWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jiebang";
  workbook.title = book.title;
  workbook.created = new Date(book.createdAt);
  workbook.modified = new Date(book.createdAt);
  for (const sheet of book.sheets) addSheet(workbook, sheet);
  if (book.record !== undefined) {
    for (const ws of workbook.worksheets) await protectExportSheet(ws);
    await addRecordSheet(workbook, book.record);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
