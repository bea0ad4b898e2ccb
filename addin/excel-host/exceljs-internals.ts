/**
 * The few exceljs 4 internals the fake needs, typed in one place: sparse row
 * and cell arrays (to scan a sheet without creating cells), the worksheet
 * slot array (to undo a sheet deletion), and table models.
 */

import type ExcelJS from "exceljs";

interface SheetInternals {
  _rows: (ExcelJS.Row | undefined)[];
  tables: Record<string, ExcelJS.Table>;
}
interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
}
interface BookInternals {
  _worksheets: (ExcelJS.Worksheet | undefined)[];
}
interface TableInternals {
  table: { name: string; ref: string; tableRef?: string; headerRow?: boolean; totalsRow?: boolean };
}

/** Existing rows, 0-based by row index, with holes. */
export function rowsOf(sheet: ExcelJS.Worksheet): readonly (ExcelJS.Row | undefined)[] {
  return (sheet as unknown as SheetInternals)._rows;
}

/** Existing cells of a row, 0-based by column index, with holes. */
export function cellsOf(row: ExcelJS.Row): readonly (ExcelJS.Cell | undefined)[] {
  return (row as unknown as RowInternals)._cells ?? [];
}

/** Put a worksheet removed with `removeWorksheet` back into its slot. */
export function restoreWorksheet(book: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  (book as unknown as BookInternals)._worksheets[sheet.id] = sheet;
}

export function tablesOf(sheet: ExcelJS.Worksheet): ExcelJS.Table[] {
  return Object.values((sheet as unknown as SheetInternals).tables ?? {});
}

export interface TableInfo {
  readonly name: string;
  /** "B2:C4": headers, body and totals. */
  readonly ref: string;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
}

export function tableInfo(table: ExcelJS.Table): TableInfo {
  const model = (table as unknown as TableInternals).table;
  return {
    name: model.name,
    ref: model.tableRef ?? model.ref,
    headerRow: model.headerRow !== false,
    totalsRow: model.totalsRow === true,
  };
}

/** A cell's value holder, opaque: taken before a write so the write can be undone exactly. */
export type ValueSlot = { readonly __valueSlot: unique symbol };

interface CellInternals {
  _value: ValueSlot;
}

/** exceljs drops falsy cached results (0, "", false) from `cell.value`; the slot keeps them. */
export function takeValueSlot(cell: ExcelJS.Cell): ValueSlot {
  return (cell as unknown as CellInternals)._value;
}

export function putValueSlot(cell: ExcelJS.Cell, slot: ValueSlot): void {
  (cell as unknown as CellInternals)._value = slot;
}

interface ProtectionInternals {
  sheetProtection?: { sheet?: boolean } | null;
}

export function sheetProtectionOf(sheet: ExcelJS.Worksheet): { sheet?: boolean } | null | undefined {
  return (sheet as unknown as ProtectionInternals).sheetProtection;
}

export function setSheetProtection(sheet: ExcelJS.Worksheet, value: { sheet?: boolean } | null | undefined): void {
  (sheet as unknown as ProtectionInternals).sheetProtection = value;
}

interface ColumnsInternals {
  _columns?: ({ width?: number } | undefined)[];
}

/** A column's width in characters without creating the column; undefined for the default. */
export function columnWidthOf(sheet: ExcelJS.Worksheet, column: number): number | undefined {
  return (sheet as unknown as ColumnsInternals)._columns?.[column]?.width;
}

/** Whether a column is hidden, without creating the column. */
export function columnHiddenOf(sheet: ExcelJS.Worksheet, column: number): boolean {
  return (sheet as unknown as { _columns?: ({ hidden?: boolean } | undefined)[] })._columns?.[column]?.hidden === true;
}
