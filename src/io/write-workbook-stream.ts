import ExcelJS from "exceljs";
import type { Writable } from "node:stream";
import { recordChunks, RECORD_CHUNK, RECORD_SHEET, type AuditedWorkbook, type ExportSink } from "../report";
import { writeOutCell } from "./out-cell";
import { addRecordSheet, protectExportSheet } from "./write-workbook";

/**
 * The audited workbook written with exceljs's streaming writer: each row is
 * committed as it is written, so a 100,000-row run never holds the workbook's
 * object model. The cells are those of `writeWorkbook`.
 */
export async function writeWorkbookStream(book: AuditedWorkbook, stream: Writable, onRows?: (rows: number) => void): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "jiebang";
  workbook.title = book.title;
  workbook.created = new Date(book.createdAt);
  workbook.modified = new Date(book.createdAt);
  let written = 0;
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name, sheet.table ? { views: [{ state: "frozen", ySplit: 1 }] } : {});
    ws.columns = sheet.widths.map((width) => ({ width }));
    if (sheet.table && sheet.rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.rows[0]!.cells.length) } };
    sheet.rows.forEach((out, r) => {
      const row = ws.getRow(r + 1);
      out.cells.forEach((value, c) => value !== null && writeOutCell(row.getCell(c + 1), value, out));
      row.commit();
      if (++written % 5000 === 0) onRows?.(written);
    });
    if (book.record !== undefined) await protectExportSheet(ws);
    ws.commit();
  }
  if (book.record !== undefined) await addRecordSheet(workbook, book.record);
  await workbook.commit();
  onRows?.(written);
}

/**
 * An export written with exceljs's streaming writer as the run goes: the
 * sheets' rows as ExportWriter hands them (each committed at once, every
 * sheet protected), then the hidden record sheet from the record's text in
 * pieces, then the package. Nothing of a sheet is held once its row is committed.
 */
export function openExportStream(stream: Writable, title: string, createdAt: string, onRows?: (rows: number) => void) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "jiebang";
  workbook.title = title;
  workbook.created = new Date(createdAt);
  workbook.modified = new Date(createdAt);
  let ws: ExcelJS.Worksheet | null = null;
  let table = false;
  let r = 0;
  let written = 0;
  const sink: ExportSink = {
    sheet(name, widths, isTable) {
      ws = workbook.addWorksheet(name, isTable ? { views: [{ state: "frozen", ySplit: 1 }] } : {});
      ws.columns = widths.map((width) => ({ width }));
      table = isTable;
      r = 0;
    },
    row(out) {
      const row = ws!.getRow(++r);
      if (r === 1 && table) ws!.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, out.cells.length) } };
      out.cells.forEach((value, c) => value !== null && writeOutCell(row.getCell(c + 1), value, out));
      row.commit();
      if (++written % 5000 === 0) onRows?.(written);
    },
    async end() {
      await protectExportSheet(ws!);
      ws!.commit();
    },
  };
  return {
    sink,
    /** The record sheet, last, from the record's text in pieces (cut into cells as recordChunks cuts the whole). */
    async record(pieces: AsyncIterable<string> | Iterable<string>): Promise<void> {
      const sheet = workbook.addWorksheet(RECORD_SHEET, { state: "veryHidden" });
      let row = 0;
      let buffer = "";
      const put = (chunk: string) => {
        const cells = sheet.getRow(++row);
        cells.getCell(1).value = chunk;
        cells.commit();
      };
      for await (const piece of pieces) {
        buffer += piece;
        while (buffer.length > RECORD_CHUNK) {
          const [chunk] = recordChunks(buffer.slice(0, RECORD_CHUNK + 1));
          put(chunk!);
          buffer = buffer.slice(chunk!.length);
        }
      }
      for (const chunk of recordChunks(buffer)) put(chunk);
      await protectExportSheet(sheet);
      sheet.commit();
    },
    async commit(): Promise<void> {
      await workbook.commit();
      onRows?.(written);
    },
  };
}
