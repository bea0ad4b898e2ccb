import { decideEach, decideRows, needsWholeRun, releasing, type Decision, type Evaluator } from "../engine";
import type { Lang } from "../i18n";
import type { Unit } from "../money";
import { fundingRow, isLayered, issueLinesOf, paymentItemsOf, pendingItemOf, type PaymentItem, type PendingItem, ruleWords, Summarizer, summarize, type IssueLine, type OutRow, type Run } from "../report";
import { compilePack, type RulePack } from "../rules";
import { findTrackerSheet, readTracker, type FieldName, type Grid, type Tracker, type TrackerRow } from "../tracker";
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
  /** `--allow-duplicates`: a project reported twice is a warning on the later row, not an invalid row. */
  readonly allowDuplicates?: boolean;
  readonly onProgress?: (stage: "decide", done: number, total: number) => void;
}

/** Pick the tracker sheet among the grids and read it. */
export function trackerOf(grids: readonly Grid[], options: Pick<DecideTrackerInput, "sheet" | "map" | "hiddenSheets" | "unit" | "allowDuplicates"> & { readonly file?: string }): Tracker {
  const grid = findTrackerSheet(grids, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.map ? { map: options.map } : {}),
    ...(options.hiddenSheets ? { hidden: options.hiddenSheets } : {}),
  });
  return readTracker(grid, { map: options.map ?? {}, unit: options.unit ?? null, ...(options.file !== undefined ? { file: options.file } : {}), allowDuplicates: options.allowDuplicates ?? false });
}

/**
 * The one pipeline both doors run: pick the tracker sheet, read it, decide
 * every row under the packs, summarise. Platform-free: the CLI hands it
 * grids read with exceljs, the add-in grids read with Office.js.
 */
export async function decideTracker(input: DecideTrackerInput): Promise<Run> {
  const tracker = input.tracker ?? trackerOf(input.grids ?? [], input);
  const packs = input.packs.map(compilePack);
  const decisions = await decideRows(tracker.rows, packs, { ...decideOptionsOf(input), source: input.file });
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

/** How a run's rows are decided, as the engine takes it: the language, the date rules, the evaluator, and progress. */
export function decideOptionsOf(input: Pick<DecideTrackerInput, "lang" | "asOf" | "evaluator" | "at" | "onProgress">) {
  return {
    lang: input.lang,
    asOf: input.asOf ?? null,
    ...(input.evaluator ? { evaluator: input.evaluator } : {}),
    today: input.at.slice(0, 10),
    onProgress: (done: number, total: number) => input.onProgress?.("decide", done, total),
  };
}

/** A tracker's project rows as a stream reads them, and the rest of the tracker once they are all read. */
export interface TrackerRowSource {
  rows(): Iterable<TrackerRow>;
  /** About how many rows there are (the sheet's last row), for progress. */
  readonly total: number;
  finish(): Omit<Tracker, "rows">;
}

/** The decisions a run that lets them go keeps whole: as many as the terminal lists. */
export const KEPT_DECISIONS = 40;

/**
 * The same run as decideTracker, for a door that writes as it goes (the
 * CLI): each decision is handed to `each` (the JSON, written a decision at
 * a time) and turned into its funding-sheet row, its issue lines and the
 * running summary, and then let go with its tracker row; the Run keeps the
 * first KEPT_DECISIONS decisions and, unless told not to, those parts. The tracker is taken out
 * of `source`, so nothing else holds its rows. With a recipient cap, whose
 * rows are final only once all are decided, every decision is made first.
 */
export async function decideTrackerEach(
  input: Omit<DecideTrackerInput, "grids" | "tracker">,
  source: { tracker?: Tracker; stream?: TrackerRowSource },
  each: (decision: Decision, index: number) => void | Promise<void>,
  /** Keep each decision's funding-sheet row and issue lines for auditedWorkbook (false when the caller writes the sheets as it goes). */
  keepParts = true,
): Promise<Run> {
  const stream = source.stream;
  const whole = source.tracker;
  delete source.tracker;
  delete source.stream;
  const packs = input.packs.map(compilePack);
  const lang = input.lang;
  const layered = isLayered({ packs } as Pick<Run, "packs"> as Run);
  const words = ruleWords(packs);
  const kept: Decision[] = [];
  const fundingRows: OutRow[] = [];
  const issueLines: IssueLine[] = [];
  const paymentItems: PaymentItem[] = [];
  const pending: PendingItem[] = [];
  const summarizer = new Summarizer();
  let index = 0;
  const take = async (d: Decision) => {
    if (kept.length < KEPT_DECISIONS) kept.push(d);
    if (keepParts) {
      fundingRows.push(fundingRow(d, lang, layered, null, words));
      issueLines.push(...issueLinesOf(d));
      paymentItems.push(...paymentItemsOf(d));
      const p = pendingItemOf(d);
      if (p) pending.push(p);
    }
    summarizer.add(d);
    await each(d, index++);
  };
  const options = { ...decideOptionsOf(input), source: input.file };
  const rows: Iterable<TrackerRow> = stream ? stream.rows() : releasing(whole!.rows as Array<TrackerRow | undefined>);
  const total = stream ? stream.total : whole!.rows.length;
  if (needsWholeRun(packs)) {
    for (const d of await decideRows([...rows], packs, options)) await take(d);
  } else {
    await decideEach(rows, total, packs, options, take);
  }
  const { rows: _rows, ...head } = stream ? { ...stream.finish(), rows: [] } : whole!;
  return {
    tool: TOOL,
    input: { file: input.file, sha256: input.sha256, ...(input.writer ? { writer: input.writer } : {}) },
    tracker: head,
    packs,
    decisions: kept,
    parts: { fundingRows, issueLines, paymentItems, pending },
    summary: summarizer.result(),
    lang,
    at: input.at,
  };
}
