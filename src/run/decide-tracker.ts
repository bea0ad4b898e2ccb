import { decideRows, type Evaluator } from "../engine";
import type { Lang } from "../i18n";
import type { Unit } from "../money";
import { summarize, type Run } from "../report";
import { compilePack, type RulePack } from "../rules";
import { findTrackerSheet, readTracker, type FieldName, type Grid, type Tracker } from "../tracker";
import { TOOL } from "../version";

export interface DecideTrackerInput {
  /** The workbook's sheets; or give `tracker`, read before (so the grids can be let go). */
  readonly grids?: readonly Grid[];
  readonly tracker?: Tracker;
  readonly hiddenSheets?: ReadonlySet<string>;
  readonly file: string;
  readonly sha256: string;
  /** What the file says wrote it (docProps/app.xml). */
  readonly writer?: { readonly application: string; readonly appVersion?: string };
  readonly packs: readonly RulePack[];
  readonly sheet?: string;
  readonly map?: Partial<Record<FieldName, string>>;
  readonly unit?: Unit | null;
  readonly lang: Lang;
  readonly at: string;
  /** Choose pack versions by this date instead of each row's. */
  readonly asOf?: string | null;
  /** "compiled" (default) or the reference "json-rules-engine". */
  readonly evaluator?: Evaluator;
  readonly onProgress?: (stage: "decide", done: number, total: number) => void;
}

/** Pick the tracker sheet among the grids and read it. */
export function trackerOf(grids: readonly Grid[], options: Pick<DecideTrackerInput, "sheet" | "map" | "hiddenSheets" | "unit">): Tracker {
  const grid = findTrackerSheet(grids, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.map ? { map: options.map } : {}),
    ...(options.hiddenSheets ? { hidden: options.hiddenSheets } : {}),
  });
  return readTracker(grid, { map: options.map ?? {}, unit: options.unit ?? null });
}

/**
 * The one pipeline both doors run: pick the tracker sheet, read it, decide
 * every row under the packs, summarise. Platform-free: the CLI hands it
 * grids read with exceljs, the add-in grids read with Office.js.
 */
export async function decideTracker(input: DecideTrackerInput): Promise<Run> {
  const tracker = input.tracker ?? trackerOf(input.grids ?? [], input);
  const packs = input.packs.map(compilePack);
  const decisions = await decideRows(tracker.rows, packs, {
    lang: input.lang,
    asOf: input.asOf ?? null,
    ...(input.evaluator ? { evaluator: input.evaluator } : {}),
    today: input.at.slice(0, 10),
    source: input.file,
    onProgress: (done, total) => input.onProgress?.("decide", done, total),
  });
  // The run keeps the tracker's header and notes, not its rows: those are decided and let go.
  const { rows: _rows, ...head } = tracker;
  return {
    tool: TOOL,
    input: { file: input.file, sha256: input.sha256, ...(input.writer ? { writer: input.writer } : {}) },
    tracker: head,
    packs,
    decisions,
    summary: summarize(decisions),
    lang: input.lang,
    at: input.at,
  };
}
