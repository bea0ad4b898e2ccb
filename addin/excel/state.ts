import type { FieldName } from "../../src/tracker";

/** Workbook settings keys the add-in owns. */
export const STATE_KEY = "jiebang.state";
export const MAPPING_KEY = "jiebang.mapping";

/**
 * The setting a sheet's record is kept under: STATE_KEY for the sheet a run
 * decides first (its record also names the run's summary sheet), and one of
 * its own for each further sheet a run decides together with it.
 */
export function stateKeyOf(sheet: string | null): string {
  return sheet === null ? STATE_KEY : `${STATE_KEY}.sheet.${sheet}`;
}

/** A fill a cell had of its own before the add-in highlighted it. */
export interface OwnFill {
  readonly address: string;
  /** "#RRGGBB" (a solid fill; white is a fill too). */
  readonly color: string;
}

/** Marks of an earlier run that a later one has still to remove. */
export interface Leftover {
  readonly sheet: string;
  /** Result block to clear ("H3:M20"), when the new run's results stand elsewhere. */
  readonly block: string | null;
  readonly filled: readonly string[];
  readonly ownFills: readonly OwnFill[];
  /** Ids of the add-in's comments to delete. */
  readonly comments: readonly string[];
  readonly summarySheet: string | null;
  readonly summarySheetId?: string;
  /** The name the new summary sheet takes once the old one is gone. */
  readonly renameSummaryTo: string | null;
  /** A name no sheet has, for the old summary to step aside under before it goes. */
  readonly spareName: string;
}

/**
 * What the add-in wrote into the workbook on its last run, kept in the
 * workbook's settings so that a re-run replaces it (and a failed run can
 * remove it) without ever touching what the user wrote. It stays small
 * whatever the tracker: workbook settings hold about 2 MB on the web and
 * fail near 1 MB on desktop (office-js issues #621, #3957), so highlighted
 * cells are kept as column runs ("G14:G980") and only cells that had a fill
 * of their own keep their colour. The add-in's comments are known by their
 * "jiebang：" prefix, not listed.
 */
export interface AddinState {
  readonly version: 2;
  readonly sheet: string;
  /** First and last (1-based) columns of the result columns. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Rows the result columns span (header row to last data row). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The result header texts, to recognise our columns before clearing them. */
  readonly headers: readonly string[];
  /** Cells the add-in highlighted that had no fill of their own, as column runs. */
  readonly filled: readonly string[];
  /** Cells the add-in highlighted over a fill of their own, and that fill. */
  readonly ownFills: readonly OwnFill[];
  /** The summary sheet the add-in created, if any, and its sheet id. */
  readonly summarySheet: string | null;
  readonly summarySheetId?: string;
  /** What an earlier run left behind because this one stopped before its last step. */
  readonly leftover?: Leftover;
}

interface StateV1 {
  readonly version: 1;
  readonly highlights: ReadonlyArray<{ readonly address: string; readonly fill: string }>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function isAddinState(value: unknown): value is AddinState {
  if (!isObject(value)) return false;
  if (value.version === 1) return typeof value.sheet === "string" && Array.isArray(value.headers) && Array.isArray(value.highlights);
  return value.version === 2 && typeof value.sheet === "string" && Array.isArray(value.headers) && Array.isArray(value.filled) && Array.isArray(value.ownFills);
}

/** A record of either version as version 2 (version 1 wrote "#FFFFFF" for no fill, and white and none looked alike). */
export function upgradeState(state: AddinState | (Omit<AddinState, "version" | "filled" | "ownFills"> & StateV1)): AddinState {
  if (state.version === 2) return state;
  const { highlights, ...rest } = state;
  return {
    ...rest,
    version: 2,
    filled: highlights.filter((h) => h.fill.toUpperCase() === "#FFFFFF").map((h) => h.address),
    ownFills: highlights.filter((h) => h.fill.toUpperCase() !== "#FFFFFF").map((h) => ({ address: h.address, color: h.fill })),
  };
}

/** Column mappings chosen in the pane, per sheet: field → header text. */
export type SavedMappings = Readonly<Record<string, Partial<Record<FieldName, string>>>>;

export function parseSettingJson<T>(value: unknown, guard: (v: unknown) => v is T): T | null {
  try {
    const parsed = typeof value === "string" ? JSON.parse(value) : value;
    return guard(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
