import type ExcelJS from "exceljs";
import type { PrintSetup } from "../report";
import { columnLetter } from "../tracker";

/** A4 in SpreadsheetML's paper sizes (ECMA-376 Part 1, §18.3.1.64 pageSetup: paperSize 9 = A4 210 × 297 mm). */
const A4 = 9;

/**
 * A4 landscape, fit to one page wide and as many long as it takes. Given
 * when the sheet is added: a streamed sheet's properties (sheetPr, where
 * fitToPage goes) are written before its rows.
 */
export const PAGE_SETUP: Partial<ExcelJS.PageSetup> = { paperSize: A4, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

/**
 * A sheet's print layout, as exceljs writes it: the page set-up and margins
 * (written after the rows, with the header and footer, so a streamed sheet's
 * footer can name what its rows' digest came to), and the print area and
 * titles (defined names in workbook.xml, written with the workbook).
 */
export function applyPrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  Object.assign(ws.pageSetup, {
    ...PAGE_SETUP,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    // exceljs writes the area as '$' + each corner: "A$1" comes out as the absolute $A$1 a print area is.
    printArea: `A$1:${columnLetter(print.columns)}$${print.rows}`,
    ...(print.titleRows > 0 ? { printTitlesRow: `1:${print.titleRows}` } : {}),
  });
  ws.headerFooter.oddHeader = `&C${print.header}`;
  ws.headerFooter.oddFooter = `&C${print.footer}`;
}
