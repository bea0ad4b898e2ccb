import { rangeOrigin, type RangeData } from "./grid-from-range";
import type { TrackerSource } from "./list-sources";
import { isPayloadError } from "./payload";
import { isAddinState, MAPPING_KEY, parseSettingJson, STATE_KEY, stateKeyOf, type AddinState, type SavedMappings } from "./state";

export interface SourceRead {
  /** The cells as loaded; gridFromRange(range, ourColumns) makes the tracker's Grid. */
  readonly range: RangeData;
  /** Columns (1-based) of the previous run's results on this sheet, which are not part of the tracker. */
  readonly ourColumns: readonly number[];
  /** What the previous run wrote, if anything (the record under the key read: the first sheet's, or a further sheet's). */
  readonly previous: AddinState | null;
  /** The other record (the first sheet's, or this sheet's as a further one) when it names this sheet and its results still stand: its highlights are the add-in's, not the user's fills. */
  readonly other: AddinState | null;
  /** Where an earlier run's results stand on this sheet (its first result column), whichever record names it; null when none does. */
  readonly resultsAt: number | null;
  /** Column mappings chosen before, per sheet. */
  readonly mappings: SavedMappings;
  /** The last column (1-based) holding the user's data, right of which results go. */
  readonly lastColumn: number;
  readonly sheetNames: readonly string[];
  /** Round trips the read took (1 unless the tracker is larger than the first block). */
  readonly syncs: number;
}

export interface ReadLimits {
  /** The block read with the first sync, from A1: most trackers fit in it whole. */
  readonly headRows: number;
  readonly headColumns: number;
  /** Payload budget of each further read (Excel refuses more than 5 MB per request). */
  readonly maxBytes: number;
}

export const READ_LIMITS: ReadLimits = { headRows: 1000, headColumns: 52, maxBytes: 4 * 1024 * 1024 };

function isMappings(value: unknown): value is SavedMappings {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

function rectOf(address: string, rowCount: number, columnCount: number): Rect {
  const origin = rangeOrigin(address);
  return { row: origin.row, column: origin.column, rows: rowCount, columns: columnCount };
}

function payloadBytes(values: readonly (readonly unknown[])[], types: readonly (readonly unknown[])[]): number {
  return JSON.stringify(values).length * 2 + JSON.stringify(types).length;
}

/**
 * Read the tracker from a table or a worksheet's used range, with the
 * add-in's settings. The first sync loads the range's bounds and a first
 * block of cells from A1; a tracker that fits in that block (most do) is
 * read in that one sync. Larger ones are read on in row chunks sized under
 * Excel's request limit. Values and their types (to tell an error cell from
 * text) are all that is loaded: formulas count by their results.
 */
export async function readSource(source: TrackerSource, limits: ReadLimits = READ_LIMITS, stateKey: string = STATE_KEY): Promise<SourceRead> {
  return Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(source.sheet);
    const target = () => (source.kind === "table" ? context.workbook.tables.getItem(source.name).getRange() : worksheet.getUsedRange(true)).untrack();
    const queueMeta = () => {
      const range = target();
      range.load("address,rowCount,columnCount");
      const state = context.workbook.settings.getItemOrNullObject(stateKey);
      state.load("value");
      // The other record that may name this sheet: the first sheet's (STATE_KEY) when reading a further sheet's, and the other way round.
      const other = context.workbook.settings.getItemOrNullObject(stateKey === STATE_KEY ? stateKeyOf(source.sheet) : STATE_KEY);
      other.load("value");
      const mappings = context.workbook.settings.getItemOrNullObject(MAPPING_KEY);
      mappings.load("value");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      // Workbook has no date-system property in office.js 1.1.110; DATE(1904,1,1) is 0 in a 1904 workbook and 1462
      // in a 1900 one (Microsoft Learn, Excel.Functions.date, ExcelApi 1.2; the DATE function's note on 1904).
      const epoch = context.workbook.functions.date(1904, 1, 1);
      epoch.load("value");
      return { range, state, other, mappings, sheets, epoch };
    };

    let syncs = 0;
    let meta = queueMeta();
    // Ranges read in the request that made them need no reference kept after it (untrack: no clean-up request).
    let head: Excel.Range | null = worksheet.getRangeByIndexes(0, 0, limits.headRows, limits.headColumns).untrack();
    head.load("values,valueTypes");
    try {
      await context.sync();
      syncs++;
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      // A dense first block: read the bounds alone, then everything in chunks.
      meta = queueMeta();
      head = null;
      await context.sync();
      syncs += 2;
    }

    const rect = rectOf(meta.range.address, meta.range.rowCount, meta.range.columnCount);
    const values: unknown[][] = [];
    const types: string[][] = [];
    const inHead = (r: number) => head !== null && r <= limits.headRows && rect.column + rect.columns - 1 <= limits.headColumns;
    let next = rect.row;
    while (next < rect.row + rect.rows && inHead(next)) {
      values.push(head!.values[next - 1]!.slice(rect.column - 1, rect.column - 1 + rect.columns));
      types.push((head!.valueTypes[next - 1] as string[]).slice(rect.column - 1, rect.column - 1 + rect.columns));
      next++;
    }
    const perRow = values.length > 0 ? payloadBytes(values, types) / values.length : rect.columns * 64;
    let chunkRows = Math.max(1, Math.floor(limits.maxBytes / Math.max(perRow * 1.5, 1)));
    while (next < rect.row + rect.rows) {
      const count = Math.min(chunkRows, rect.row + rect.rows - next);
      const chunk = worksheet.getRangeByIndexes(next - 1, rect.column - 1, count, rect.columns).untrack();
      chunk.load("values,valueTypes");
      try {
        await context.sync();
      } catch (error) {
        syncs++;
        // Either limit (the request's or the response's): the same rows again, in half the chunk.
        if (!isPayloadError(error) || count === 1) throw error;
        chunkRows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      syncs++;
      values.push(...chunk.values);
      types.push(...(chunk.valueTypes as string[][]));
      next += count;
    }

    const previous = meta.state.isNullObject ? null : parseSettingJson(meta.state.value, isAddinState);
    const recorded = meta.other.isNullObject ? null : parseSettingJson(meta.other.value, isAddinState);
    // The other record counts only while its result header still stands where it says (a later run may have
    // cleared those columns, and the user written there since).
    const headerStands = (state: AddinState) =>
      state.headers.every((text, i) => values[state.firstRow - rect.row]?.[state.firstColumn + i - rect.column] === text);
    const other = recorded && recorded.sheet === source.sheet && headerStands(recorded) ? recorded : null;
    // Result columns of an earlier run on this sheet, decided first or together with another: not the tracker's.
    const ours = new Set<number>();
    for (const state of [previous, other]) if (state && state.sheet === source.sheet) for (let c = state.firstColumn; c <= state.lastColumn; c++) ours.add(c);
    let lastColumn = rect.column - 1;
    for (const row of values) {
      row.forEach((value, c) => {
        const column = rect.column + c;
        if (value !== "" && value !== null && !ours.has(column)) lastColumn = Math.max(lastColumn, column);
      });
    }
    const address = `${source.sheet}!${meta.range.address.split("!").pop()}`;
    return {
      range: { sheet: source.sheet, address, values, valueTypes: types, numberFormat: [], formulas: [], ...(meta.epoch.value === 0 ? { date1904: true } : {}) },
      ourColumns: [...ours],
      previous,
      other,
      resultsAt: ours.size > 0 ? Math.min(...ours) : null,
      mappings: (meta.mappings.isNullObject ? null : parseSettingJson(meta.mappings.value, isMappings)) ?? {},
      lastColumn,
      sheetNames: meta.sheets.items.map((s) => s.name),
      syncs,
    };
  });
}
