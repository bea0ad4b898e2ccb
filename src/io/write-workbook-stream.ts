import ExcelJS from "exceljs";
import type { Writable } from "node:stream";
import type { AuditedWorkbook } from "../report";
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
