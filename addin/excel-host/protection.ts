/**
 * Worksheet protection: on a protected sheet, locked cells refuse changes.
 *
 * Sources: "Worksheet protection" in "Work with worksheets using the Excel
 * JavaScript API" (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection):
 * protection prevents changes to the sheet's data; cells are locked unless
 * `format.protection.locked` is false (Excel.FormatProtection, "locked: Specifies
 * if Excel locks the cells in the object"; every cell is locked by default,
 * "Lock or unlock specific areas of a protected worksheet",
 * https://support.microsoft.com/office/7f0ac3fc-d4b0-4a4c-8fb2-a3a7f1f6e1a4).
 * The refusal is AccessDenied ("You cannot perform the requested operation",
 * error-code table of application-specific-api-error-handling).
 * `protect()` on a protected sheet throws (Graph's WorksheetProtection: protect,
 * "It throws if the worksheet has been protected").
 */

import type ExcelJS from "exceljs";
import type { Area } from "./a1";
import type { WorkbookDocument } from "./document";
import { accessDenied } from "./errors";

/** Refuse a change to cells of a protected sheet; with an area, unlocked cells may change. */
export function assertEditable(doc: WorkbookDocument, sheet: ExcelJS.Worksheet, area: Area | undefined, what: string): void {
  if (!doc.isProtected(sheet)) return;
  if (area) {
    let allUnlocked = true;
    for (let r = area.top; r < area.top + area.rows && allUnlocked; r++) {
      for (let c = area.left; c < area.left + area.columns; c++) {
        if (sheet.findCell(r + 1, c + 1)?.protection?.locked !== false) {
          allUnlocked = false;
          break;
        }
      }
    }
    if (allUnlocked) return;
  }
  throw accessDenied(`The worksheet '${sheet.name}' is protected: ${what} is not allowed.`);
}
