import type { Lang } from "../i18n";
import type { CompiledPack } from "../rules";
import type { IsoDate, TrackerRow } from "../tracker";
import { decideLayered } from "./decide-layered";
import type { Decision } from "./decision";
import type { Evaluator } from "./decide-row";
import { packFamilies } from "./families";
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
  await eachRow(rows.length, (i) => decideLayered(rows[i]!, families, layered), (d) => void decisions.push(d), options);
  const source = options.source ?? "";
  const items: RunRow[] = rows.map((row, i) => ({ row, source, decision: decisions[i]! }));
  await allocateRecipientCaps(items, families, layered);
  return items.map((item) => item.decision);
}

/**
 * Decide the rows one at a time and hand each decision on, letting each row
 * go (`rows[i]` is cleared) once it is decided: what a run that writes as it
 * goes keeps is its own business. Only for packs without a recipient cap
 * (needsWholeRun), whose decisions are final row by row.
 */
export async function decideEach(rows: Iterable<TrackerRow>, total: number, packs: readonly CompiledPack[], options: DecideOptions, each: (decision: Decision) => void | Promise<void>): Promise<void> {
  if (needsWholeRun(packs)) throw new Error("decideEach: a recipient cap needs the whole run (use decideRows)");
  const families = packFamilies(packs);
  const layered = layeredOptions(options);
  const chunk = options.chunkSize ?? 500;
  let done = 0;
  for (const row of rows) {
    await each(await decideLayered(row, families, layered));
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

function layeredOptions(options: DecideOptions) {
  return { lang: options.lang, evaluator: options.evaluator ?? "compiled", asOf: options.asOf ?? null, today: options.today ?? new Date().toISOString().slice(0, 10) } as const;
}

async function eachRow(count: number, decide: (i: number) => Promise<Decision>, each: (d: Decision) => void | Promise<void>, options: DecideOptions): Promise<void> {
  const chunk = options.chunkSize ?? 500;
  for (let i = 0; i < count; i++) {
    await each(await decide(i));
    if ((i + 1) % chunk === 0) {
      options.onProgress?.(i + 1, count);
      await yieldToEventLoop();
    }
  }
  options.onProgress?.(count, count);
}
