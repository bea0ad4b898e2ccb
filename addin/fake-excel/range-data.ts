/**
 * Cell data of a range at sync time: reading `values`, `formulas`, `text`,
 * `valueTypes`, `numberFormat`, and writing `values`, `formulas`,
 * `numberFormat` — each counted against the request limits.
 */

import type ExcelJS from "exceljs";
import { cellCount } from "./a1";
import { type CellInput, type CellSnapshot, cellText, formulaOrValue, isCellInput, parseInput, readCell } from "./cell-io";
import { invalidArgument } from "./errors";
import type { Execution } from "./execution";
import { cellsOf, rowsOf } from "./exceljs-internals";
import { type RangeTarget, clipForFormatting, findCell, forEachCell } from "./range-target";

export const CELL_DATA = ["values", "valueTypes", "formulas", "numberFormat", "text"] as const;
export type CellDataName = (typeof CELL_DATA)[number];

export function isCellData(name: string): name is CellDataName {
  return (CELL_DATA as readonly string[]).includes(name);
}

const BLANK = readCell(undefined, false);

function snapshotGrid(target: RangeTarget, date1904: boolean): CellSnapshot[][] {
  const { sheet, area } = target;
  const rows = rowsOf(sheet);
  const grid: CellSnapshot[][] = [];
  for (let r = area.top; r < area.top + area.rows; r++) {
    const row = rows[r];
    const cells = row ? cellsOf(row) : [];
    const line: CellSnapshot[] = new Array<CellSnapshot>(area.columns);
    for (let c = 0; c < area.columns; c++) {
      const cell = cells[area.left + c];
      line[c] = cell ? readCell(cell, date1904) : BLANK;
    }
    grid.push(line);
  }
  return grid;
}

/** Read cell-data properties: the cells count once per load, each array counts as payload. */
export function readCellData(exec: Execution, target: RangeTarget, names: readonly CellDataName[]): Map<CellDataName, unknown[][]> {
  const result = new Map<CellDataName, unknown[][]>();
  if (names.length === 0) return result;
  exec.meter.addCells(cellCount(target.area));
  const date1904 = exec.store.date1904;
  const grid = snapshotGrid(target, date1904);
  for (const name of names) {
    let data: unknown[][];
    switch (name) {
      case "values":
        data = grid.map((line) => line.map((s) => s.value));
        break;
      case "valueTypes":
        data = grid.map((line) => line.map((s) => s.type));
        break;
      case "formulas":
        data = grid.map((line) => line.map(formulaOrValue));
        break;
      case "numberFormat":
        data = grid.map((line) => line.map((s) => s.numberFormat));
        break;
      case "text":
        data = grid.map((line) => line.map((s) => cellText(s, date1904)));
        break;
    }
    exec.meter.addPayload(data);
    result.set(name, data);
  }
  return result;
}

/**
 * An input for a whole range: a 2-D array of its exact size, or one scalar
 * applied to every cell. Anything else is InvalidArgument.
 */
function shaped<T>(input: unknown, target: RangeTarget, property: string, valid: (item: unknown) => item is T): (row: number, column: number) => T {
  const { rows, columns } = target.area;
  if (!Array.isArray(input)) {
    if (!valid(input)) throw invalidArgument(`${property} must be a 2-D array or a single value; got ${describe(input)}`);
    return () => input;
  }
  if (input.length !== rows || !input.every((line) => Array.isArray(line) && line.length === columns)) {
    const got = input.map((line) => (Array.isArray(line) ? line.length : "?"));
    throw invalidArgument(
      `the ${property} array is ${input.length}×[${[...new Set(got)].join(",")}] but the range ${formatDims(rows, columns)} needs ${rows}×${columns}`,
    );
  }
  for (const line of input as unknown[][]) {
    for (const item of line) if (!valid(item)) throw invalidArgument(`${property} cannot hold ${describe(item)}`);
  }
  const grid = input as T[][];
  return (r, c) => grid[r]?.[c] as T;
}

function formatDims(rows: number, columns: number): string {
  return `(${rows} rows × ${columns} columns)`;
}

function describe(value: unknown): string {
  if (value instanceof Date) return "a Date (write an Excel serial number instead)";
  if (typeof value === "number") return `the number ${value}`;
  if (value === undefined) return "undefined";
  return typeof value === "object" ? (Array.isArray(value) ? "an array" : "an object") : typeof value;
}

/** `values` / `formulas` = input: Excel parses every non-null input as if typed into the cell. */
export function writeInputs(exec: Execution, target: RangeTarget, input: unknown, property: "values" | "formulas"): void {
  const at = shaped(input, target, property, isCellInput);
  exec.meter.addCells(cellCount(target.area));
  exec.meter.addPayload(input);
  const { sheet, area } = target;
  exec.store.assertEditable(sheet, area, `writing ${property}`);
  forEachCell(area, (r, c) => {
    const item: CellInput = at(r - area.top, c - area.left);
    if (item === null) return;
    const existing = findCell(sheet, r, c);
    if (item === "" && (!existing || existing.value === null)) return;
    if (existing && existing.type === 1) return; // part of a merged area, not its top-left cell
    const textFormat = existing?.numFmt === "@";
    const parsed = parseInput(item, textFormat);
    exec.store.writeValue(sheet, r, c, parsed.value);
    if (parsed.impliedFormat && (!existing?.numFmt || existing.numFmt === "General")) {
      const format = parsed.impliedFormat;
      exec.store.writeStyle(sheet, r, c, (style) => ({ ...style, numFmt: format }));
    }
  });
}

function isFormatInput(item: unknown): item is string | null {
  return item === null || typeof item === "string";
}

/** `numberFormat` = input. A single format over whole rows/columns reaches the existing cells only. */
export function writeNumberFormats(exec: Execution, target: RangeTarget, input: unknown): void {
  const at = shaped(input, target, "numberFormat", isFormatInput);
  const area = Array.isArray(input) ? target.area : clipForFormatting(target);
  exec.meter.addCells(area ? cellCount(area) : 0);
  exec.meter.addPayload(input);
  if (!area) return;
  const { sheet } = target;
  exec.store.assertEditable(sheet, undefined, "changing number formats");
  forEachCell(area, (r, c) => {
    const format = at(r - target.area.top, c - target.area.left);
    if (format === null) return;
    exec.store.writeStyle(sheet, r, c, (style) => ({ ...style, numFmt: format }));
  });
}

/** Clear contents and/or formats of the existing cells of a range. */
export function clearRange(exec: Execution, target: RangeTarget, contents: boolean, formats: boolean): void {
  const { sheet } = target;
  const area = clipForFormatting(target);
  if (!area) return;
  exec.store.assertEditable(sheet, formats ? undefined : area, "clearing cells");
  forEachCell(area, (r, c) => {
    const cell: ExcelJS.Cell | undefined = findCell(sheet, r, c);
    if (!cell || cell.type === 1) return;
    if (contents && cell.value !== null) exec.store.writeValue(sheet, r, c, null);
    if (formats && Object.keys(cell.style ?? {}).length > 0) exec.store.writeStyle(sheet, r, c, () => ({}));
  });
}
