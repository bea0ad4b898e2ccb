/**
 * A1 addresses: parse "Sheet1!B2:D5", "'My sheet'!C7", "A:C", "2:5", "$A$1" into
 * 0-based areas, and write areas back the way Excel reports `Range.address`.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based, never empty. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface ParsedAddress {
  /** The sheet named before "!", unquoted; undefined when there was none. */
  readonly sheet: string | undefined;
  readonly area: Area;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row: number | undefined; column: number | undefined };

function corner(text: string): Corner | undefined {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1] ?? "") };
  const column = COLUMN.exec(text);
  if (column) return { row: undefined, column: columnIndex(column[1] ?? "") };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1, column: undefined };
  return undefined;
}

function inGrid(row: number, column: number): boolean {
  return row >= 0 && row < MAX_ROWS && column >= 0 && column < MAX_COLUMNS;
}

/** Split "Sheet!A1" / "'It''s'!A1" into sheet and reference; undefined sheet when no "!". */
export function splitSheet(address: string): { sheet: string | undefined; reference: string } | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: undefined, reference: address };
  const rawSheet = address.slice(0, bang);
  const reference = address.slice(bang + 1);
  if (rawSheet.startsWith("'")) {
    if (!rawSheet.endsWith("'") || rawSheet.length < 3) return undefined;
    return { sheet: rawSheet.slice(1, -1).replaceAll("''", "'"), reference };
  }
  if (rawSheet === "") return undefined;
  return { sheet: rawSheet, reference };
}

/** Parse an A1 reference (cell, area, whole columns, whole rows), with or without a sheet. */
export function parseAddress(address: string): ParsedAddress | undefined {
  const split = splitSheet(address.trim());
  if (!split) return undefined;
  const parts = split.reference.split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  const first = corner(parts[0] ?? "");
  const second = parts.length === 2 ? corner(parts[1] ?? "") : first;
  if (!first || !second) return undefined;
  let area: Area;
  if (first.row !== undefined && first.column !== undefined && second.row !== undefined && second.column !== undefined) {
    if (!inGrid(first.row, first.column) || !inGrid(second.row, second.column)) return undefined;
    const top = Math.min(first.row, second.row);
    const left = Math.min(first.column, second.column);
    area = { top, left, rows: Math.abs(first.row - second.row) + 1, columns: Math.abs(first.column - second.column) + 1 };
  } else if (parts.length === 2 && first.row === undefined && second.row === undefined && first.column !== undefined && second.column !== undefined) {
    if (!inGrid(0, first.column) || !inGrid(0, second.column)) return undefined;
    const left = Math.min(first.column, second.column);
    area = { top: 0, left, rows: MAX_ROWS, columns: Math.abs(first.column - second.column) + 1 };
  } else if (parts.length === 2 && first.column === undefined && second.column === undefined && first.row !== undefined && second.row !== undefined) {
    if (!inGrid(first.row, 0) || !inGrid(second.row, 0)) return undefined;
    const top = Math.min(first.row, second.row);
    area = { top, left: 0, rows: Math.abs(first.row - second.row) + 1, columns: MAX_COLUMNS };
  } else {
    return undefined;
  }
  return { sheet: split.sheet, area };
}

/** "B2:D5", "C7", "A:C", "2:5" — the reference part of `Range.address`. */
export function formatArea(area: Area): string {
  const bottom = area.top + area.rows - 1;
  const right = area.left + area.columns - 1;
  if (area.columns === MAX_COLUMNS && area.left === 0) return `${area.top + 1}:${bottom + 1}`;
  if (area.rows === MAX_ROWS && area.top === 0) return `${columnLetters(area.left)}:${columnLetters(right)}`;
  const start = cellAddress(area.top, area.left);
  return area.rows === 1 && area.columns === 1 ? start : `${start}:${cellAddress(bottom, right)}`;
}

/** A sheet name as Excel writes it before "!": quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replaceAll("'", "''")}'`;
}

export function formatAddress(sheet: string, area: Area): string {
  return `${quoteSheet(sheet)}!${formatArea(area)}`;
}

export function cellCount(area: Area): number {
  return area.rows * area.columns;
}

export function isWholeColumns(area: Area): boolean {
  return area.top === 0 && area.rows === MAX_ROWS;
}

export function isWholeRows(area: Area): boolean {
  return area.left === 0 && area.columns === MAX_COLUMNS;
}
