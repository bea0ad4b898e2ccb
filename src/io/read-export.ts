import { canonicalMoney, canonicalRatio, RECORD_SHEET, type CanonicalSheet, type CanonicalValue, type SheetView, type ShownLook, type ShownRow } from "../report";
import { cellAddress, type Grid, type GridCell } from "../tracker";
import { isDateFormat, openXlsxStream, readXlsx, type ByteSource, type SheetExtras, type SheetRow } from "./xlsx";

/** An exported audited workbook read back: its sheets' cells in the record's canonical form, and the record it carries. */
export interface ExportReading {
  /** Every worksheet but the record's, in the workbook's order, whatever its visibility. */
  readonly sheets: readonly CanonicalSheet[];
  /** The text of the record sheet, or null when the workbook has none (not an export of jiebang). */
  readonly record: string | null;
}

/** Money is a number shown with a yuan format; a rate one with a percent format; a date one with a date format. */
function numberValue(value: number, format: string | undefined): CanonicalValue {
  if (!Number.isFinite(value)) return String(value);
  const fmt = format ?? "";
  if (fmt.includes("%")) return canonicalRatio(String(value));
  if (fmt.includes("¥") || fmt.includes("#,##0.00")) return canonicalMoney(String(value));
  // A date typed into an export reads as the moment it shows, as a spreadsheet library would give it (1900 system).
  if (isDateFormat(fmt)) return new Date(Math.round((value - 25_569) * 86_400_000)).toISOString();
  return value;
}

/**
 * A cell as the record would keep it. jiebang never writes a formula, so a
 * formula is shown as one ("=A1*2 ⇒ 7800000"), never as its result alone.
 */
function canonicalOf(cell: GridCell): CanonicalValue {
  const v = cell.value;
  const plain: CanonicalValue =
    v.kind === "empty" ? null : v.kind === "text" ? (v.value === "" ? null : v.value) : v.kind === "number" ? numberValue(v.value, cell.format) : v.kind === "boolean" ? v.value : String(v.value);
  if (cell.formula !== undefined) return plain === null ? `=${cell.formula}` : `=${cell.formula} ⇒ ${String(plain)}`;
  return plain;
}

/**
 * How a cell shows: the type of its value (a formula's, its result's) and
 * its number format as the file has it (`s` on the cell, its style's
 * numFmtId: ECMA-376 Part 1, §18.3.1.4 c, §18.8.30 numFmt); for a number
 * (no formula), the number itself, to be read again by the recorded format.
 */
function lookOf(cell: GridCell): ShownLook {
  const v = cell.value;
  const format = cell.format === undefined || cell.format === "General" ? null : cell.format;
  const type = v.kind === "number" ? "number" : v.kind === "boolean" ? "boolean" : v.kind === "error" ? "error" : "text";
  return { type, format, ...(v.kind === "number" && cell.formula === undefined && Number.isFinite(v.value) ? { number: v.value } : {}) };
}

/** A sheet's extras as verify compares them, with its hidden rows. */
function viewOf(extras: SheetExtras | undefined, hiddenRows: Iterable<number>): SheetView {
  return {
    state: extras?.state ?? "visible",
    hiddenRows: [...hiddenRows].sort((a, b) => a - b),
    hiddenColumns: extras?.hiddenColumns ?? [],
    hyperlinks: extras?.hyperlinks ?? {},
    notes: extras?.notes ?? {},
  };
}

function sheetOf(grid: Grid, extras: SheetExtras | undefined): CanonicalSheet {
  const cells: Record<string, CanonicalValue> = {};
  const looks: Record<string, ShownLook> = {};
  grid.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const value = canonicalOf(cell);
      if (value === null) return;
      const at = cellAddress(grid.firstRow + r, grid.firstColumn + c);
      cells[at] = value;
      looks[at] = lookOf(cell);
    });
  });
  return { name: grid.sheet, cells, looks, view: viewOf(extras, grid.hiddenRows ?? []) };
}

/** The record sheet's text: column A from A1 down to the first empty cell. */
function recordText(grid: Grid): string {
  let text = "";
  for (let r = 0; ; r++) {
    const cell = grid.rows[r]?.[0];
    if (!cell || cell.value.kind !== "text" || cell.value.value === "") return text;
    text += cell.value.value;
  }
}

/**
 * Read an exported audited workbook back into the canonical form its record
 * uses, with jiebang's own reader (as a tracker is read: every part
 * streamed, the package checked as Excel would).
 */
export async function readExport(bytes: Uint8Array, file: string): Promise<ExportReading> {
  const workbook = await readXlsx(bytes, file, { views: true });
  const sheets: CanonicalSheet[] = [];
  let record: string | null = null;
  for (const grid of workbook.grids) {
    if (grid.sheet === RECORD_SHEET) record = recordText(grid);
    else sheets.push(sheetOf(grid, workbook.views?.get(grid.sheet)));
  }
  return { sheets, record };
}

// ---------------------------------------------------------------------------
// The same export, read as a stream

/** A row's cells as the record would keep them: the columns (0-based) that show something, their values and looks; whether the row is hidden. */
export function shownRow(cells: readonly GridCell[], hidden = false): ShownRow {
  const columns: number[] = [];
  const values: CanonicalValue[] = [];
  const looks: ShownLook[] = [];
  cells.forEach((cell, c) => {
    if (!cell) return;
    const value = canonicalOf(cell);
    if (value === null) return;
    columns.push(c);
    values.push(value);
    looks.push(lookOf(cell));
  });
  return { columns, values, looks, hidden };
}

/** The record's text from the record sheet's rows as they come: column A from A1 down to the first row without text there (the rest is read, not kept). */
function* recordPieces(batches: Iterable<SheetRow[]>): Generator<string> {
  let next = 1;
  let ended = false;
  for (const batch of batches) {
    for (const row of batch) {
      if (ended) continue;
      const cell = row.cells[0];
      if (row.row !== next || !cell || cell.value.kind !== "text" || cell.value.value === "") {
        ended = true;
        continue;
      }
      next++;
      yield cell.value.value;
    }
  }
}

/** What a sheet's rows go to as an export is walked. */
export interface ShownSheet {
  row(row: number, shown: ShownRow): void;
  /** The sheet is read: what it shows beyond its rows (its hidden rows came with them: `hiddenRows` is empty). */
  end(view: SheetView): void;
}

/** An exported audited workbook opened to be read a sheet at a time, as readExport reads it whole. */
export interface ExportStream {
  /** The workbook has the record's sheet (an export of jiebang). */
  readonly hasRecord: boolean;
  /**
   * The record's text in pieces, from its start: each call reads the record
   * sheet again. Read to its end, the record sheet has had every check
   * readExport makes of it, and `walk` does not read it again.
   */
  recordText(): Generator<string>;
  /**
   * Every sheet read as readExport reads them (the same checks in the same
   * order, so a file is refused with the same sentence), a chunk at a time:
   * each sheet but the record's is offered to `visit` in tab order, and its
   * rows, as they show, go to what it returns.
   */
  walk(visit?: (sheet: string) => ShownSheet | null | undefined): Generator<void>;
}

/** Open an exported audited workbook to read it as a stream (see ExportStream): its parts up to its sheets are read and checked now. */
export function openExport(bytes: Uint8Array | ByteSource, file: string): ExportStream {
  const workbook = openXlsxStream(bytes, file);
  return {
    hasRecord: workbook.sheets.includes(RECORD_SHEET),
    recordText: () => recordPieces(workbook.streamRows(RECORD_SHEET)),
    walk: (visit) =>
      workbook.walk((sheet) => {
        if (sheet === RECORD_SHEET || !visit) return undefined;
        const shown = visit(sheet);
        if (!shown) return undefined;
        return {
          rows(batch) {
            for (const row of batch) shown.row(row.row, shownRow(row.cells, row.hidden));
          },
          end: (extras) => shown.end(viewOf(extras, [])),
        };
      }),
  };
}
