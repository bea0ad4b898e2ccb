/**
 * What a Range proxy resolves to — a sheet and an area — and the geometry
 * around it: offsets, resizing, the used range, and clipping whole rows or
 * columns to the part of the sheet that has cells.
 */

import type ExcelJS from "exceljs";
import { type Area, MAX_COLUMNS, MAX_ROWS, isWholeColumns, isWholeRows } from "./a1";
import { invalidArgument } from "./errors";
import { cellsOf, rowsOf } from "./exceljs-internals";

export interface RangeTarget {
  readonly sheet: ExcelJS.Worksheet;
  readonly area: Area;
}

export function checkedArea(top: number, left: number, rows: number, columns: number): Area {
  const ints = [top, left, rows, columns].every((n) => Number.isInteger(n));
  if (!ints || rows < 1 || columns < 1 || top < 0 || left < 0 || top + rows > MAX_ROWS || left + columns > MAX_COLUMNS) {
    throw invalidArgument(`the range (row ${top}, column ${left}, ${rows}×${columns}) is outside the worksheet grid`);
  }
  return { top, left, rows, columns };
}

/** Does the cell hold anything `values` would show? */
function hasValue(cell: ExcelJS.Cell): boolean {
  const value: unknown = cell.value;
  return value !== null && value !== undefined && value !== "" && cell.type !== 1; // 1: Merge
}

/** Does the cell carry formatting Excel counts in a used range? */
function hasFormat(cell: ExcelJS.Cell): boolean {
  const style = cell.style as Partial<ExcelJS.Style> | undefined;
  if (!style) return false;
  if (style.numFmt && style.numFmt !== "General") return true;
  const fill = style.fill as { type?: string; pattern?: string } | undefined;
  if (fill && !(fill.type === "pattern" && (fill.pattern === "none" || fill.pattern === undefined))) return true;
  if (style.font && Object.keys(style.font).length > 0) return true;
  if (style.border && Object.values(style.border).some((side) => side !== undefined)) return true;
  if (style.alignment && Object.keys(style.alignment).length > 0) return true;
  return false;
}

/** The smallest area holding every used cell, or undefined for a blank sheet. */
export function usedArea(sheet: ExcelJS.Worksheet, valuesOnly: boolean): Area | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  rowsOf(sheet).forEach((row, r) => {
    if (!row) return;
    cellsOf(row).forEach((cell, c) => {
      if (!cell) return;
      if (!(hasValue(cell) || (!valuesOnly && hasFormat(cell)))) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return undefined;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** The part of the sheet where cells exist (rows and columns from A1). */
export function extentOf(sheet: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  rowsOf(sheet).forEach((row, r) => {
    if (!row) return;
    const cells = cellsOf(row);
    if (cells.length > 0) {
      rows = r + 1;
      columns = Math.max(columns, cells.length);
    }
  });
  return { rows, columns };
}

/**
 * Whole rows or columns are cut to the sheet's existing cells before the fake
 * formats them cell by cell; any other area is kept as it is.
 */
export function clipForFormatting(target: RangeTarget): Area | undefined {
  const { area } = target;
  if (!isWholeColumns(area) && !isWholeRows(area)) return area;
  return intersectExtent(target);
}

/** The area cut to the sheet's existing cells; undefined when they do not meet. */
export function intersectExtent(target: RangeTarget): Area | undefined {
  const { area, sheet } = target;
  const extent = extentOf(sheet);
  const bottom = Math.min(area.top + area.rows, extent.rows);
  const right = Math.min(area.left + area.columns, extent.columns);
  if (bottom <= area.top || right <= area.left) return undefined;
  return { top: area.top, left: area.left, rows: bottom - area.top, columns: right - area.left };
}

export function forEachCell(area: Area, fn: (row: number, column: number) => void): void {
  for (let r = area.top; r < area.top + area.rows; r++) {
    for (let c = area.left; c < area.left + area.columns; c++) fn(r, c);
  }
}

export function findCell(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell | undefined {
  return sheet.findCell(row + 1, column + 1);
}

/**
 * One value for a whole range, as Excel's format properties report: the
 * common value, or null when cells differ. Cells that do not exist count as
 * `fallback`.
 */
export function uniformValue<T>(target: RangeTarget, read: (cell: ExcelJS.Cell | undefined) => T): T | null {
  const inside = intersectExtent(target);
  const covered = inside ? inside.rows * inside.columns : 0;
  let first: { value: T } | undefined;
  let mixed = false;
  const see = (value: T): void => {
    if (!first) first = { value };
    else if (first.value !== value) mixed = true;
  };
  if (covered < target.area.rows * target.area.columns) see(read(undefined));
  if (inside) {
    forEachCell(inside, (r, c) => {
      if (!mixed) see(read(findCell(target.sheet, r, c)));
    });
  }
  if (mixed || !first) return null;
  return first.value;
}
