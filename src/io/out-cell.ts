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
  const wrap = typeof out.value === "string" && out.value.includes("\n");
  // Even a plain cell gets the shared style object: a cell's own default style is a new object exceljs would describe afresh.
  cell.style = styleOf(out.format, wrap, row.style);
}

/**
 * One style object per combination a workbook uses (number format, wrapping,
 * the row's style), shared by every cell that has it: exceljs recognises a
 * style object it has seen (a WeakMap) instead of describing each cell's own.
 */
const STYLES = new Map<string, Partial<ExcelJS.Style>>();

function styleOf(format: string | null, wrap: boolean, rowStyle: OutRow["style"]): Partial<ExcelJS.Style> {
  const key = `${format ?? ""}\u0000${wrap}\u0000${rowStyle ?? ""}`;
  let style = STYLES.get(key);
  if (style) return style;
  style = {};
  if (format) style.numFmt = format;
  if (wrap) style.alignment = { wrapText: true, vertical: "top" };
  if (rowStyle === "header") {
    style.font = { bold: true };
    style.fill = HEADER_FILL;
    style.alignment = { vertical: "middle", wrapText: true };
  } else if (rowStyle === "section") style.font = SECTION_FONT;
  else if (rowStyle === "total") style.font = { bold: true };
  STYLES.set(key, style);
  return style;
}
