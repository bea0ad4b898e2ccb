import { rangeOrigin, type RangeData } from "./grid-from-range";
import type { TrackerSource } from "./list-sources";
import { isAddinState, MAPPING_KEY, parseSettingJson, STATE_KEY, type AddinState, type SavedMappings } from "./state";

export interface SourceRead {
  /** The cells as loaded; gridFromRange(range, ourColumns) makes the tracker's Grid. */
  readonly range: RangeData;
  /** Columns (1-based) of the previous run's results on this sheet, which are not part of the tracker. */
  readonly ourColumns: readonly number[];
  /** What the previous run wrote, if anything. */
  readonly previous: AddinState | null;
  /** Column mappings chosen before, per sheet. */
  readonly mappings: SavedMappings;
  /** The last column (1-based) holding the user's data, right of which results go. */
  readonly lastColumn: number;
  readonly sheetNames: readonly string[];
}

function isMappings(value: unknown): value is SavedMappings {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Read the tracker from a table or a worksheet's used range — values, their
 * types, number formats and formulas (as results) — together with the
 * add-in's settings, in one `context.sync()`.
 */
export async function readSource(source: TrackerSource): Promise<SourceRead> {
  return Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(source.sheet);
    const range = source.kind === "table" ? context.workbook.tables.getItem(source.name).getRange() : worksheet.getUsedRange(true);
    range.load("address,values,valueTypes,numberFormat,formulas");
    const state = context.workbook.settings.getItemOrNullObject(STATE_KEY);
    state.load("value");
    const mappings = context.workbook.settings.getItemOrNullObject(MAPPING_KEY);
    mappings.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const previous = state.isNullObject ? null : parseSettingJson(state.value, isAddinState);
    const ours = new Set<number>();
    if (previous && previous.sheet === source.sheet) for (let c = previous.firstColumn; c <= previous.lastColumn; c++) ours.add(c);
    const data: RangeData = {
      sheet: source.sheet,
      address: range.address,
      values: range.values,
      valueTypes: range.valueTypes as unknown as string[][],
      numberFormat: range.numberFormat,
      formulas: range.formulas,
    };
    const origin = rangeOrigin(range.address);
    let lastColumn = origin.column - 1;
    for (const row of data.values) {
      row.forEach((value, c) => {
        const column = origin.column + c;
        if (value !== "" && value !== null && !ours.has(column)) lastColumn = Math.max(lastColumn, column);
      });
    }
    return {
      range: data,
      ourColumns: [...ours],
      previous,
      mappings: (mappings.isNullObject ? null : parseSettingJson(mappings.value, isMappings)) ?? {},
      lastColumn,
      sheetNames: sheets.items.map((s) => s.name),
    };
  });
}
