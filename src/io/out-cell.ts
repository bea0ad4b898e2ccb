import type ExcelJS from "exceljs";
import { spreadsheetCell, type OutCell, type OutRow } from "../report";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const SECTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12, color: { argb: "FF1F4E79" } };

/**
 * One output cell into an exceljs cell, for both writers: the value and its
 * number format (a string stays a string, never a formula; money and rates
 * get their formats), wrapping for text with line breaks, and the row's style.
 */
export function writeOutCell(cell: ExcelJS.Cell, value: OutCell, row: OutRow): void {
  const out = spreadsheetCell(value);
  if (out.value === null) return;
  cell.value = out.value;
  if (out.format) cell.numFmt = out.format;
  if (typeof out.value === "string" && out.value.includes("\n")) cell.alignment = { wrapText: true, vertical: "top" };
  if (row.style === "header") {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
  } else if (row.style === "section") cell.font = SECTION_FONT;
  else if (row.style === "total") cell.font = { bold: true };
}
