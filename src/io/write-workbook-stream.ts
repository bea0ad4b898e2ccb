import ExcelJS from "exceljs";
import type { Writable } from "node:stream";
import type { ExportSink } from "../report";
import { writeOutCell } from "./out-cell";
import { drained } from "./backpressure";
import { applyPrint, PAGE_SETUP } from "./print";
import { addRecordSheet, protectExportSheet } from "./write-workbook";

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
      ws = workbook.addWorksheet(name, { pageSetup: { ...PAGE_SETUP }, ...(isTable ? { views: [{ state: "frozen", ySplit: 1 }] } : {}) });
      ws.columns = widths.map((width) => ({ width }));
      table = isTable;
      r = 0;
    },
    async row(out) {
      const row = ws!.getRow(++r);
      if (r === 1 && table) ws!.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, out.cells.length) } };
      out.cells.forEach((value, c) => value !== null && writeOutCell(row.getCell(c + 1), value, out));
      row.commit();
      if (++written % 5000 === 0) onRows?.(written);
      if (written % 64 === 0) await drained(ws!);
    },
    async end(print) {
      if (print) applyPrint(ws!, print);
      await protectExportSheet(ws!);
      ws!.commit();
    },
  };
  return {
    sink,
    /** The record sheet, last, from the record's text in pieces. */
    record: (pieces: AsyncIterable<string> | Iterable<string>) => addRecordSheet(workbook as unknown as ExcelJS.Workbook, pieces),
    async commit(): Promise<void> {
      await workbook.commit();
      onRows?.(written);
    },
  };
}
