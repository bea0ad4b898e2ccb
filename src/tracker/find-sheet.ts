import { JiebangError } from "../i18n";
import type { FieldName } from "./fields";
import type { Grid } from "./grid";
import { findHeaderRow } from "./header";

/**
 * The sheet to read: the one named, else the first sheet (visible ones
 * first) whose top rows hold a tracker header.
 */
export function findTrackerSheet(grids: readonly Grid[], options: { sheet?: string; map?: Partial<Record<FieldName, string>>; hidden?: ReadonlySet<string> } = {}): Grid {
  const names = grids.map((g) => g.sheet);
  if (options.sheet !== undefined) {
    const grid = grids.find((g) => g.sheet === options.sheet) ?? grids.find((g) => g.sheet.trim() === options.sheet!.trim());
    if (!grid) throw new JiebangError("SHEET_NOT_FOUND", { sheet: options.sheet, sheets: names });
    return grid;
  }
  const ordered = [...grids].sort((a, b) => Number(options.hidden?.has(a.sheet) ?? false) - Number(options.hidden?.has(b.sheet) ?? false));
  for (const grid of ordered) if (findHeaderRow(grid, options.map ?? {}) !== null) return grid;
  throw new JiebangError("NO_TRACKER_SHEET", { sheets: names });
}
