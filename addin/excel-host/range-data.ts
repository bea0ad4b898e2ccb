/**
 * Cell data of a range: reading `values`, `valueTypes`, `formulas`,
 * `numberFormat`, `text`, and writing `values`, `formulas`, `numberFormat`.
 *
 * - A 2-D input must match the range exactly; a wrong size is InvalidArgument
 *   (the message is Excel's, "The number of rows or columns in the input array
 *   doesn't match the size or dimensions of the range"; the client sends the
 *   same check itself as `_ValidateArraySize`, excel-web-16.00.debug.js
 *   L32025-32028). One scalar for every cell is accepted: our inference, carried
 *   over from fake-excel (no source found).
 * - "Blank and null values in Excel add-ins"
 *   (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values):
 *   `null` inside a 2-D array leaves that cell as it is; `null` for the whole
 *   property is not valid (InvalidArgument); `""` clears a value and resets a
 *   number format to General.
 * - Written strings are parsed as typed input (cell-io.ts).
 * - Reading more than `limits.readCells` cells is RangeExceedsLimit (limits.ts).
 */

import type ExcelJS from "exceljs";
import { cellCount } from "./a1";
import { type CellInput, type CellSnapshot, cellText, formulaOrValue, isCellInput, parseInput, readCell } from "./cell-io";
import { HostError, invalidArgument } from "./errors";
import { cellsOf, rowsOf } from "./exceljs-internals";
import type { HostEnv } from "./host-object";
import { assertEditable } from "./protection";
import { type RangeTarget, clipForFormatting, findCell, forEachCell } from "./range-target";

export const CELL_DATA = ["values", "valueTypes", "formulas", "formulasLocal", "numberFormat", "numberFormatLocal", "text"] as const;
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

/** One cell-data property of a whole range, as a 2-D array. */
export function readCellData(env: HostEnv, target: RangeTarget, name: CellDataName, cache: Map<string, CellSnapshot[][]>): unknown[][] {
  const cells = cellCount(target.area);
  if (cells > env.limits.readCells) {
    throw new HostError("RangeExceedsLimit", `The range has ${cells} cells; a read is limited to ${env.limits.readCells} cells.`);
  }
  const date1904 = env.doc.date1904;
  let grid = cache.get("grid");
  if (!grid) {
    grid = snapshotGrid(target, date1904);
    cache.set("grid", grid);
  }
  switch (name) {
    case "values":
      return grid.map((line) => line.map((s) => s.value));
    case "valueTypes":
      return grid.map((line) => line.map((s) => s.type));
    case "formulas":
    case "formulasLocal":
      return grid.map((line) => line.map(formulaOrValue));
    case "numberFormat":
    case "numberFormatLocal":
      return grid.map((line) => line.map((s) => s.numberFormat));
    case "text":
      return grid.map((line) => line.map((s) => cellText(s, date1904)));
  }
}

function describe(value: unknown): string {
  if (value instanceof Date) return "a Date";
  if (typeof value === "number") return `the number ${value}`;
  if (value === undefined) return "undefined";
  return typeof value === "object" ? (Array.isArray(value) ? "an array" : "an object") : typeof value;
}

/** An input for a whole range: a 2-D array of its exact size, or one scalar for every cell. */
function shaped<T>(input: unknown, target: RangeTarget, property: string, valid: (item: unknown) => item is T): (row: number, column: number) => T {
  const { rows, columns } = target.area;
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) throw invalidArgument(`${property} cannot be set to null.`);
    if (!valid(input)) throw invalidArgument(`${property} must be a 2-D array or a single value; got ${describe(input)}.`);
    return () => input;
  }
  if (input.length !== rows || !input.every((line) => Array.isArray(line) && line.length === columns)) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property} is ${input.length} rows, the range ${rows}×${columns}).`,
    );
  }
  for (const line of input as unknown[][]) for (const item of line) if (!valid(item)) throw invalidArgument(`${property} cannot hold ${describe(item)}.`);
  const grid = input as T[][];
  return (r, c) => grid[r]?.[c] as T;
}

/** `values` / `formulas` = input: each non-null input is parsed as if typed into the cell. */
export function writeInputs(env: HostEnv, target: RangeTarget, input: unknown, property: "values" | "formulas"): void {
  const at = shaped(input, target, property, isCellInput);
  const { sheet, area } = target;
  assertEditable(env.doc, sheet, area, `writing ${property}`);
  forEachCell(area, (r, c) => {
    const item: CellInput = at(r - area.top, c - area.left);
    if (item === null) return;
    const existing = findCell(sheet, r, c);
    if (item === "" && (!existing || existing.value === null)) return;
    if (existing && existing.type === 1) return; // inside a merged area, not its top-left cell
    const parsed = parseInput(item, existing?.numFmt === "@");
    const cell = sheet.getCell(r + 1, c + 1);
    cell.value = parsed.value;
    if (parsed.impliedFormat && (!existing?.numFmt || existing.numFmt === "General")) cell.numFmt = parsed.impliedFormat;
  });
}

function isFormatInput(item: unknown): item is string | null {
  return item === null || typeof item === "string";
}

/** Give a cell its own style object: exceljs shares style objects between cells. */
export function restyle(sheet: ExcelJS.Worksheet, row: number, column: number, change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
  const cell = sheet.getCell(row + 1, column + 1);
  cell.style = change({ ...cell.style });
}

/** `numberFormat` = input. One format over whole rows/columns reaches the existing cells only. */
export function writeNumberFormats(env: HostEnv, target: RangeTarget, input: unknown): void {
  const at = shaped(input, target, "numberFormat", isFormatInput);
  const area = Array.isArray(input) ? target.area : clipForFormatting(target);
  if (!area) return;
  const { sheet } = target;
  assertEditable(env.doc, sheet, undefined, "changing number formats");
  forEachCell(area, (r, c) => {
    const format = at(r - target.area.top, c - target.area.left);
    if (format === null) return;
    restyle(sheet, r, c, (style) => {
      const { numFmt: _old, ...rest } = style;
      return format === "" || format === "General" ? rest : { ...rest, numFmt: format };
    });
  });
}

/** Range.clear(applyTo): contents and/or formats of the existing cells. */
export function clearRange(env: HostEnv, target: RangeTarget, contents: boolean, formats: boolean): void {
  const { sheet } = target;
  const area = clipForFormatting(target);
  if (!area) return;
  assertEditable(env.doc, sheet, formats ? undefined : area, "clearing cells");
  forEachCell(area, (r, c) => {
    const cell = findCell(sheet, r, c);
    if (!cell || cell.type === 1) return;
    if (contents && cell.value !== null) cell.value = null;
    if (formats && Object.keys(cell.style ?? {}).length > 0) cell.style = {};
  });
}
