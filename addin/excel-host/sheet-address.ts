/**
 * Addresses given to Excel as strings ("B3", "A:A", "Sheet1!B3",
 * "'2022年第一批'!G14"), parsed the way Excel parses a reference in a
 * formula: a sheet name that is not a plain name (it starts with a digit,
 * holds a space, "-", "(" or any other character outside letters, digits,
 * "_" and ".", or looks like a cell reference) must be in single quotes,
 * with "'" doubled inside. An unquoted one is InvalidArgument.
 *
 * Sources: Excel writes such names quoted in addresses ("'Two Names'!A1:A1",
 * "'Sheet''s With Apostrophe'!A1:A1", OfficeDev/office-js#512; "'Something&Something'!A1",
 * OfficeDev/office-js-docs-pr#4050); the rule for which names need quotes is
 * Excel's formula rule as ironcalc/IronCalc#1422 states it ("Excel leaves a
 * sheet name unquoted only when it is made of letters, digits, _ and ., and
 * does not start with a digit or a ."), plus names that read as A1 or R1C1
 * references (EPPlusSoftware/EPPlus#214). An unquoted one fails:
 * OfficeDev/office-js#681 "GetRange with sheet name include '-' will cause
 * error" (`sheet.getRange("Sample-1!B5:D5")`; Microsoft: "It is a known bug,
 * we tracked it through the Bug 3567629"). The issue does not name the code;
 * InvalidArgument, "The argument is invalid or missing or has an incorrect
 * format", is our choice for an address Excel cannot read. The same parser
 * serves getRange and comments.add.
 */

import type ExcelJS from "exceljs";
import { type Area, MAX_COLUMNS, MAX_ROWS, parseAddress, quoteSheet } from "./a1";
import type { WorkbookDocument } from "./document";
import { invalidArgument, itemNotFound } from "./errors";

export interface SheetReference {
  /** The sheet named before "!", unquoted; undefined when there was none. */
  readonly sheet: string | undefined;
  readonly area: Area;
}

/** Parse "Sheet!A1:B2" / "'My sheet'!A1" / "A1"; InvalidArgument when Excel would not read it. */
export function parseReference(address: unknown): SheetReference {
  if (typeof address !== "string" || address.trim() === "") throw invalidArgument(`The address ${JSON.stringify(address)} is not a reference.`);
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  let sheet: string | undefined;
  let local = text;
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    local = text.slice(bang + 1);
    if (raw.startsWith("'")) {
      if (raw.length < 3 || !raw.endsWith("'") || /(^|[^'])'([^']|$)/.test(raw.slice(1, -1))) throw invalidArgument(`The sheet name in ${JSON.stringify(address)} is not quoted properly.`);
      sheet = raw.slice(1, -1).replaceAll("''", "'");
    } else {
      if (raw === "") throw invalidArgument(`The address ${JSON.stringify(address)} has no sheet name before "!".`);
      if (quoteSheet(raw) !== raw) {
        throw invalidArgument(`The sheet name in ${JSON.stringify(address)} must be in single quotes: ${quoteSheet(raw)}!${local}.`);
      }
      sheet = raw;
    }
  }
  const parsed = parseAddress(local);
  if (!parsed || parsed.sheet !== undefined) throw invalidArgument(`The address ${JSON.stringify(address)} is not a valid A1 reference.`);
  return { sheet, area: parsed.area };
}

/** worksheet.getRange(address): on this sheet; a sheet name, if given, must be this one's. No address: the whole sheet. */
export function parseRangeAddress(doc: WorkbookDocument, sheet: ExcelJS.Worksheet, address: unknown): Area {
  if (address === undefined || address === null) return { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };
  const ref = parseReference(address);
  if (ref.sheet !== undefined && doc.findSheet(ref.sheet) !== sheet) {
    throw invalidArgument(`The address ${JSON.stringify(address)} names another worksheet than '${sheet.name}'.`);
  }
  return ref.area;
}

/** A full "Sheet!A1" reference: its sheet (ItemNotFound when missing) and area. */
export function parseSheetReference(doc: WorkbookDocument, address: unknown, defaultSheet?: ExcelJS.Worksheet): { sheet: ExcelJS.Worksheet; area: Area } {
  const ref = parseReference(address);
  if (ref.sheet === undefined) {
    if (defaultSheet) return { sheet: defaultSheet, area: ref.area };
    throw invalidArgument(`The address ${JSON.stringify(address)} needs a sheet name ("Sheet1!A1").`);
  }
  const sheet = doc.findSheet(ref.sheet);
  if (!sheet) throw itemNotFound(`There is no worksheet named '${ref.sheet}'.`);
  return { sheet, area: ref.area };
}
