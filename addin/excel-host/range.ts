/**
 * Excel.Range: a rectangle of one worksheet (reference: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range).
 *
 * - `address` is sheet-qualified, the sheet name quoted when Excel quotes it:
 *   "'Two Names'!A1", "'Sheet''s With Apostrophe'!A1", "Sheet1!A1"
 *   (OfficeDev/office-js#512, #299; a1.ts `quoteSheet`); a single cell has no colon.
 * - Cell data is read and written through range-data.ts; formats through range-format.ts.
 * - `_ValidateArraySize`, `GetRow`, `GetBoundingRect`: what the client sends
 *   when it splits a write of more than 1500 cells itself
 *   (`setRangePropertiesInBulk`, excel-web-16.00.debug.js L26483-26500, L32025-32028).
 */

import type ExcelJS from "exceljs";
import { type Area, MAX_COLUMNS, MAX_ROWS, cellCount, formatAddress, isWholeColumns, isWholeRows } from "./a1";
import { cellProperties } from "./cell-properties";
import { invalidArgument, itemNotFound, notModelled } from "./errors";
import { HostObject, type HostEnv } from "./host-object";
import { clearRange, isCellData, readCellData, writeInputs, writeNumberFormats } from "./range-data";
import { RangeFormatObject } from "./range-format";
import { type RangeTarget, checkedArea, usedArea } from "./range-target";
import { parseRangeAddress } from "./sheet-address";
import { WorksheetObject } from "./worksheet";

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "formulas",
  "formulasLocal",
  "isEntireColumn",
  "isEntireRow",
  "numberFormat",
  "numberFormatLocal",
  "rowCount",
  "rowIndex",
  "text",
  "valueTypes",
  "values",
] as const;

function intersect(a: Area, b: Area): Area | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.columns, b.left + b.columns);
  return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : undefined;
}

export class RangeObject extends HostObject {
  readonly typeName = "Range";

  constructor(
    env: HostEnv,
    readonly sheet: ExcelJS.Worksheet,
    readonly area: Area,
  ) {
    super(env);
  }

  get target(): RangeTarget {
    return { sheet: this.sheet, area: this.area };
  }

  override check(): void {
    this.doc.live(this.sheet);
  }

  override get scalarNames(): readonly string[] {
    return RANGE_SCALARS;
  }

  /** One read of the cells serves every cell-data property of a Query (cleared before and after it). */
  #grid = new Map();

  resetCellCache(): void {
    this.#grid = new Map();
  }

  override scalar(name: string): unknown {
    this.check();
    if (isCellData(name)) return readCellData(this.env, this.target, name, this.#grid);
    const { area, sheet } = this;
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, area);
      case "cellCount":
        return cellCount(area);
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.columns;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "isEntireColumn":
        return isWholeColumns(area);
      case "isEntireRow":
        return isWholeRows(area);
    }
    return super.scalar(name);
  }

  override navigate(name: string): HostObject {
    if (name === "Format") return new RangeFormatObject(this.env, this);
    if (name === "Worksheet") return new WorksheetObject(this.env, this.sheet);
    return super.navigate(name);
  }

  #derive(area: Area): RangeObject {
    return new RangeObject(this.env, this.sheet, area);
  }

  /** A range argument: another Range, or an address on this range's sheet. */
  #other(arg: unknown): RangeObject {
    if (arg instanceof RangeObject) {
      if (arg.sheet !== this.sheet) throw invalidArgument("The two ranges are on different worksheets.");
      return arg;
    }
    if (typeof arg === "string") return this.#derive(parseRangeAddress(this.doc, this.sheet, arg));
    throw invalidArgument(`A range or an address was expected, not ${JSON.stringify(arg)}.`);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    this.check();
    const a = this.area;
    const n = (i: number) => Number(args[i] ?? 0);
    switch (name) {
      case "GetCell":
        return this.#derive(checkedArea(a.top + n(0), a.left + n(1), 1, 1));
      case "GetRow":
        return this.#derive(checkedArea(a.top + n(0), a.left, 1, a.columns));
      case "GetColumn":
        return this.#derive(checkedArea(a.top, a.left + n(0), a.rows, 1));
      case "GetLastRow":
        return this.#derive(checkedArea(a.top + a.rows - 1, a.left, 1, a.columns));
      case "GetLastColumn":
        return this.#derive(checkedArea(a.top, a.left + a.columns - 1, a.rows, 1));
      case "GetLastCell":
        return this.#derive(checkedArea(a.top + a.rows - 1, a.left + a.columns - 1, 1, 1));
      case "GetOffsetRange":
        return this.#derive(checkedArea(a.top + n(0), a.left + n(1), a.rows, a.columns));
      case "GetResizedRange":
        return this.#derive(checkedArea(a.top, a.left, a.rows + n(0), a.columns + n(1)));
      case "GetAbsoluteResizedRange":
        return this.#derive(checkedArea(a.top, a.left, n(0), n(1)));
      case "GetEntireColumn":
        return this.#derive({ top: 0, left: a.left, rows: MAX_ROWS, columns: a.columns });
      case "GetEntireRow":
        return this.#derive({ top: a.top, left: 0, rows: a.rows, columns: MAX_COLUMNS });
      case "GetBoundingRect": {
        const b = this.#other(args[0]).area;
        const top = Math.min(a.top, b.top);
        const left = Math.min(a.left, b.left);
        const bottom = Math.max(a.top + a.rows, b.top + b.rows);
        const right = Math.max(a.left + a.columns, b.left + b.columns);
        return this.#derive({ top, left, rows: bottom - top, columns: right - left });
      }
      case "GetIntersection":
      case "GetIntersectionOrNullObject": {
        const meet = intersect(a, this.#other(args[0]).area);
        if (meet) return this.#derive(meet);
        if (name === "GetIntersectionOrNullObject") return null;
        throw itemNotFound("The ranges do not intersect.");
      }
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        // Range.getUsedRange: "If there are no used cells within the range, this function will throw an ItemNotFound error."
        const used = usedArea(this.sheet, args[0] === true);
        const meet = used && intersect(a, used);
        if (meet) return this.#derive(meet);
        if (name === "GetUsedRangeOrNullObject") return null;
        throw itemNotFound("The range has no used cells.");
      }
    }
    return super.objectMethod(name, args);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    switch (name) {
      case "Clear": {
        // Range.clear(applyTo): "All" (the default), "Formats", "Contents", … (Excel.ClearApplyTo).
        const applyTo = args[0] ?? "All";
        if (applyTo === "All") clearRange(this.env, this.target, true, true);
        else if (applyTo === "Contents" || applyTo === "ResetContents") clearRange(this.env, this.target, true, false);
        else if (applyTo === "Formats") clearRange(this.env, this.target, false, true);
        else throw notModelled(`Range.clear(${JSON.stringify(applyTo)})`);
        return undefined;
      }
      case "Select":
        this.doc.select(this.sheet, this.area);
        return undefined;
      case "GetCellProperties":
        return cellProperties(this.env, this.target, args[0]);
      case "_ValidateArraySize":
        if (Number(args[0]) !== this.area.rows || Number(args[1]) !== this.area.columns) {
          throw invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        }
        return undefined;
    }
    return super.call(name, args);
  }

  override set(name: string, value: unknown): void {
    this.check();
    switch (name) {
      case "Values":
        return writeInputs(this.env, this.target, value, "values");
      case "Formulas":
      case "FormulasLocal":
        return writeInputs(this.env, this.target, value, "formulas");
      case "NumberFormat":
      case "NumberFormatLocal":
        return writeNumberFormats(this.env, this.target, value);
    }
    super.set(name, value);
  }
}
