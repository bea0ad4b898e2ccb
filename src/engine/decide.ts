import type { Lang } from "../i18n";
import type { CompiledPack } from "../rules";
import type { IsoDate, TrackerRow } from "../tracker";
import { decideLayered, type LayeredOptions } from "./decide-layered";
import type { Decision } from "./decision";
import type { Evaluator } from "./decide-row";
import { packFamilies, type PackFamily } from "./families";
import { allocateRecipientCaps, type RunRow } from "./recipient-caps";

export interface DecideOptions {
  readonly lang: Lang;
  /** "compiled" (default) or the reference "json-rules-engine". */
  readonly evaluator?: Evaluator;
  /** `--as-of`: choose pack versions by this date instead of each row's date. */
  readonly asOf?: IsoDate | null;
  /** The date for rows that give none: the run's date (default: today). */
  readonly today?: IsoDate;
  /** Called after each chunk with the rows done so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Rows decided between two yields to the event loop (keeps a UI responsive). */
  readonly chunkSize?: number;
  /** The tracker's name: orders rows for a recipient's cap across trackers. */
  readonly source?: string;
  /** In a run over several trackers, each row's tracker by its index in `rows` (instead of `source`). */
  readonly sourceOf?: (index: number) => string;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether any pack has a line whose cap counts a recipient across rows: its rows must all be decided before any is final. */
export function needsWholeRun(packs: readonly CompiledPack[]): boolean {
  return packs.some((p) => p.funding.some((r) => r.recipientCap));
}

/**
 * Decide every row, in order, under the packs given (grouped by id into
 * dated families; the first id is the primary pack), yielding to the event
 * loop between chunks.
 */
export async function decideRows(rows: readonly TrackerRow[], packs: CompiledPack | readonly CompiledPack[], options: DecideOptions): Promise<Decision[]> {
  const list = Array.isArray(packs) ? packs : [packs as CompiledPack];
  const families = packFamilies(list);
  const layered = layeredOptions(options);
  const decisions: Decision[] = [];
  await decideInOrder(rows, rows.length, families, layered, options, (d) => void decisions.push(d));
  const source = options.source ?? "";
  const sourceOf = options.sourceOf;
  const items: RunRow[] = rows.map((row, i) => ({ row, source: sourceOf ? sourceOf(i) : source, decision: decisions[i]! }));
  await allocateRecipientCaps(items, families, layered);
  return items.map((item) => item.decision);
}

/**
 * Decide the rows one at a time and hand each decision on: what a run that
 * writes as it goes keeps of them is its own business (`releasing` lets an
 * array's rows go as they are decided). Only for packs without a recipient
 * cap (needsWholeRun), whose decisions are final row by row.
 */
export async function decideEach(rows: Iterable<TrackerRow>, total: number, packs: readonly CompiledPack[], options: DecideOptions, each: (decision: Decision) => void | Promise<void>): Promise<void> {
  if (needsWholeRun(packs)) throw new Error("decideEach: a recipient cap needs the whole run (use decideRows)");
  await decideInOrder(rows, total, packFamilies(packs), layeredOptions(options), options, each);
}

/**
 * Each row decided under two sets of packs (a rule change's before and
 * after), both decisions handed on together and let go: what `rules diff`
 * compares, a row at a time. Only for packs without a recipient cap.
 */
export async function decidePairs(
  rows: Iterable<TrackerRow>,
  total: number,
  before: readonly CompiledPack[],
  after: readonly CompiledPack[],
  options: DecideOptions,
  each: (before: Decision, after: Decision) => void | Promise<void>,
): Promise<void> {
  if (needsWholeRun(before) || needsWholeRun(after)) throw new Error("decidePairs: a recipient cap needs the whole run (use decideRows)");
  const [a, b] = [packFamilies(before), packFamilies(after)];
  const layered = layeredOptions(options);
  await inOrder(rows, total, options, async (row) => each(await decideLayered(row, a, layered), await decideLayered(row, b, layered)));
}

/** Each row decided in order and handed on, with progress and a yield to the event loop every chunk of rows. */
function decideInOrder(rows: Iterable<TrackerRow>, total: number, families: readonly PackFamily[], layered: LayeredOptions, options: DecideOptions, each: (decision: Decision) => void | Promise<void>): Promise<void> {
  return inOrder(rows, total, options, async (row) => each(await decideLayered(row, families, layered)));
}

/** `work` on each row in order, with progress and a yield to the event loop every chunk of rows. */
async function inOrder(rows: Iterable<TrackerRow>, total: number, options: DecideOptions, work: (row: TrackerRow) => Promise<void>): Promise<void> {
  const chunk = options.chunkSize ?? 500;
  let done = 0;
  for (const row of rows) {
    await work(row);
    if (++done % chunk === 0) {
      options.onProgress?.(done, Math.max(total, done));
      await yieldToEventLoop();
    }
  }
  options.onProgress?.(done, done);
}

/** The rows of an array one at a time, each let go (its entry cleared) as it is handed out. */
export function* releasing(rows: Array<TrackerRow | undefined>): Generator<TrackerRow> {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    rows[i] = undefined;
    yield row;
  }
}

function layeredOptions(options: DecideOptions): LayeredOptions {
  return { lang: options.lang, evaluator: options.evaluator ?? "compiled", asOf: options.asOf ?? null, today: options.today ?? new Date().toISOString().slice(0, 10) } as const;
}

