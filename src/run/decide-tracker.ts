import { decideRows, type Evaluator } from "../engine";
import type { Lang } from "../i18n";
import type { Unit } from "../money";
import { summarize, type Run } from "../report";
import { compilePack, type RulePack } from "../rules";
import { findTrackerSheet, readTracker, type FieldName, type Grid } from "../tracker";
import { TOOL } from "../version";

export interface DecideTrackerInput {
  readonly grids: readonly Grid[];
  readonly hiddenSheets?: ReadonlySet<string>;
  readonly file: string;
  readonly sha256: string;
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

/**
 * The one pipeline both doors run: pick the tracker sheet, read it, decide
 * every row under the packs, summarise. Platform-free: the CLI hands it
 * grids read with exceljs, the add-in grids read with Office.js.
 */
export async function decideTracker(input: DecideTrackerInput): Promise<Run> {
  const grid = findTrackerSheet(input.grids, {
    ...(input.sheet !== undefined ? { sheet: input.sheet } : {}),
    ...(input.map ? { map: input.map } : {}),
    ...(input.hiddenSheets ? { hidden: input.hiddenSheets } : {}),
  });
  const tracker = readTracker(grid, { map: input.map ?? {}, unit: input.unit ?? null });
  const packs = input.packs.map(compilePack);
  const decisions = await decideRows(tracker.rows, packs, {
    lang: input.lang,
    asOf: input.asOf ?? null,
    ...(input.evaluator ? { evaluator: input.evaluator } : {}),
    today: input.at.slice(0, 10),
    onProgress: (done, total) => input.onProgress?.("decide", done, total),
  });
  return {
    tool: TOOL,
    input: { file: input.file, sha256: input.sha256 },
    tracker,
    packs,
    decisions,
    summary: summarize(decisions),
    lang: input.lang,
    at: input.at,
  };
}
