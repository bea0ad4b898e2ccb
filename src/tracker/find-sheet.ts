import { JiebangError } from "../i18n";
import type { FieldName } from "./fields";
import type { Grid } from "./grid";
import { findHeaderRow } from "./header";

/**
 * The sheet to read: the one named, else the first visible sheet whose top
 * rows hold a tracker header. A hidden sheet (an archived tracker, say) is
 * read only when named: one found with a header is named in the error.
 */
export function findTrackerSheet(grids: readonly Grid[], options: { sheet?: string; map?: Partial<Record<FieldName, string>>; hidden?: ReadonlySet<string> } = {}): Grid {
  const names = grids.map((g) => g.sheet);
  if (options.sheet !== undefined) {
    const grid = grids.find((g) => g.sheet === options.sheet) ?? grids.find((g) => g.sheet.trim() === options.sheet!.trim());
    if (!grid) throw new JiebangError("SHEET_NOT_FOUND", { sheet: options.sheet, sheets: names });
    return grid;
  }
  const hidden = (grid: Grid) => options.hidden?.has(grid.sheet) ?? false;
  for (const grid of grids) if (!hidden(grid) && findHeaderRow(grid, options.map ?? {}) !== null) return grid;
  const hiddenTracker = grids.find((grid) => hidden(grid) && findHeaderRow(grid, options.map ?? {}) !== null);
  if (hiddenTracker) throw new JiebangError("ONLY_HIDDEN_TRACKER_SHEET", { sheet: hiddenTracker.sheet });
  throw new JiebangError("NO_TRACKER_SHEET", { sheets: names });
}

/** Every visible sheet with a tracker header, in the workbook's order (`--all-sheets`); none refused as findTrackerSheet refuses it. */
export function trackerSheets(grids: readonly Grid[], options: { map?: Partial<Record<FieldName, string>>; hidden?: ReadonlySet<string> } = {}): Grid[] {
  const found = grids.filter((grid) => !(options.hidden?.has(grid.sheet) ?? false) && findHeaderRow(grid, options.map ?? {}) !== null);
  if (found.length === 0) findTrackerSheet(grids, options);
  return found;
}
