import type { FieldName } from "../../src/tracker";

/** Workbook settings keys the add-in owns. */
export const STATE_KEY = "jiebang.state";
export const MAPPING_KEY = "jiebang.mapping";

/**
 * What the add-in wrote into the workbook on its last run, kept in the
 * workbook's settings so that a re-run replaces it (and a failed run can
 * remove it) without ever touching what the user wrote.
 */
export interface AddinState {
  readonly version: 1;
  readonly sheet: string;
  /** First and last (1-based) columns of the result columns. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Rows the result columns span (header row to last data row). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The result header texts, to recognise our columns before clearing them. */
  readonly headers: readonly string[];
  /** Cells whose fill the add-in changed, with the fill they had before ("#FFFFFF" for none). */
  readonly highlights: ReadonlyArray<{ readonly address: string; readonly fill: string }>;
  /** The summary sheet the add-in created, if any. */
  readonly summarySheet: string | null;
}

export function isAddinState(value: unknown): value is AddinState {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.version === 1 && typeof v.sheet === "string" && Array.isArray(v.headers) && Array.isArray(v.highlights);
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
