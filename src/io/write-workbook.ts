import ExcelJS from "exceljs";
import { drained } from "./backpressure";
import { recordChunks, RECORD_CHUNK, RECORD_SHEET, type AuditedWorkbook, type OutSheet } from "../report";
import { writeOutCell } from "./out-cell";
import { applyPrint, PAGE_SETUP } from "./print";
import { addChartsToPackage } from "./chart-part";

function addSheet(workbook: ExcelJS.Workbook, sheet: OutSheet): void {
  const ws = workbook.addWorksheet(sheet.name, { ...(sheet.print ? { pageSetup: { ...PAGE_SETUP } } : {}), ...(sheet.table ? { views: [{ state: "frozen", ySplit: 1 }] } : {}) });
  sheet.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  sheet.rows.forEach((out, r) => {
    const row = ws.getRow(r + 1);
    out.cells.forEach((value, c) => value !== null && writeOutCell(row.getCell(c + 1), value, out));
  });
  if (sheet.table && sheet.rows.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.rows[0]!.cells.length) } };
  }
  if (sheet.print) applyPrint(ws, sheet.print);
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
 * a very hidden, protected sheet: from the record's text, whole or in pieces
 * as a run spooled it, cut into cells as recordChunks cuts the whole. Works
 * with exceljs's Workbook and with its streaming WorkbookWriter (call it
 * before the workbook is committed).
 */
export async function addRecordSheet(workbook: ExcelJS.Workbook, record: string | AsyncIterable<string> | Iterable<string>): Promise<void> {
  const ws = workbook.addWorksheet(RECORD_SHEET, { state: "veryHidden" });
  let row = 0;
  // Streamed (exceljs's WorkbookWriter), each row waits for the compressor as the funding sheet's do; in memory, nothing waits.
  const put = async (chunk: string) => {
    const cells = ws.getRow(++row);
    cells.getCell(1).value = chunk;
    cells.commit();
    await drained(ws);
  };
  let buffer = "";
  for await (const piece of typeof record === "string" ? [record] : record) {
    buffer += piece;
    while (buffer.length > RECORD_CHUNK) {
      const [chunk] = recordChunks(buffer.slice(0, RECORD_CHUNK + 1));
      await put(chunk!);
      buffer = buffer.slice(chunk!.length);
    }
  }
  for (const chunk of recordChunks(buffer)) await put(chunk);
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
  // exceljs writes no charts: the sheets' charts go into the package it wrote.
  return addChartsToPackage(new Uint8Array(buffer as ArrayBuffer), book.sheets.map((s) => ({ name: s.name, charts: s.charts ?? [] })));
}
