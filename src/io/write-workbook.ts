import ExcelJS from "exceljs";
import type { AuditedWorkbook, OutCell, OutRow, OutSheet } from "../report";

export const MONEY_FORMAT = '"¥"#,##0.00';
const TEXT_FORMAT = "@";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const SECTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12, color: { argb: "FF1F4E79" } };

/** Text that a spreadsheet could take for a formula if it were ever re-entered. */
const FORMULA_START = /^[=+\-@]/;

function ratioFormat(ratio: string): string {
  const decimals = (ratio.split(".")[1] ?? "").length;
  return decimals <= 2 ? "0%" : `0.${"0".repeat(Math.min(decimals - 2, 4))}%`;
}

function writeCell(cell: ExcelJS.Cell, value: OutCell): void {
  if (value === null) return;
  if (typeof value === "string") {
    // Strings are stored as strings, never as formulas; the text format keeps them so when a user edits the cell.
    cell.value = value;
    if (FORMULA_START.test(value)) cell.numFmt = TEXT_FORMAT;
    return;
  }
  if (typeof value === "boolean") {
    cell.value = value;
    return;
  }
  if ("int" in value) {
    cell.value = value.int;
    return;
  }
  if ("money" in value) {
    // The single place a money amount becomes a binary number: the cell of the exported file.
    cell.value = Number(value.money);
    cell.numFmt = MONEY_FORMAT;
    return;
  }
  cell.value = Number(value.ratio);
  cell.numFmt = ratioFormat(value.ratio);
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

/** The audited workbook's .xlsx bytes: a new workbook, never a rewrite of the user's file. */
export async function writeWorkbook(book: AuditedWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jiebang";
  workbook.title = book.title;
  workbook.created = new Date(book.createdAt);
  workbook.modified = new Date(book.createdAt);
  for (const sheet of book.sheets) addSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
