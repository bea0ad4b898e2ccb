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

/**
 * Decide every row, in order, under the packs given (grouped by id into
 * dated families; the first id is the primary pack), yielding to the event
 * loop between chunks.
 */
export async function decideRows(rows: readonly TrackerRow[], packs: CompiledPack | readonly CompiledPack[], options: DecideOptions): Promise<Decision[]> {
  const families = packFamilies(Array.isArray(packs) ? packs : [packs as CompiledPack]);
  const layered = { lang: options.lang, evaluator: options.evaluator ?? "compiled", asOf: options.asOf ?? null, today: options.today ?? new Date().toISOString().slice(0, 10) };
  const chunk = options.chunkSize ?? 500;
  const decisions: Decision[] = [];
  for (let i = 0; i < rows.length; i++) {
    decisions.push(await decideLayered(rows[i]!, families, layered));
    if ((i + 1) % chunk === 0) {
      options.onProgress?.(i + 1, rows.length);
      await yieldToEventLoop();
    }
  }
  options.onProgress?.(rows.length, rows.length);
  const source = options.source ?? "";
  const items: RunRow[] = rows.map((row, i) => ({ row, source, decision: decisions[i]! }));
  await allocateRecipientCaps(items, families, layered);
  return items.map((item) => item.decision);
}
