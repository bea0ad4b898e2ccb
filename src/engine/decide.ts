import type { Lang } from "../i18n";
import type { CompiledPack } from "../rules";
import type { TrackerRow } from "../tracker";
import type { Decision } from "./decision";
import { decideRow } from "./decide-row";

export interface DecideOptions {
  readonly lang: Lang;
  /** Called after each chunk with the rows done so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Rows decided between two yields to the event loop (keeps a UI responsive). */
  readonly chunkSize?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Decide every row, in order, yielding to the event loop between chunks. */
export async function decideRows(rows: readonly TrackerRow[], pack: CompiledPack, options: DecideOptions): Promise<Decision[]> {
  const chunk = options.chunkSize ?? 500;
  const decisions: Decision[] = [];
  for (let i = 0; i < rows.length; i++) {
    decisions.push(await decideRow(rows[i]!, pack, options.lang));
    if ((i + 1) % chunk === 0) {
      options.onProgress?.(i + 1, rows.length);
      await yieldToEventLoop();
    }
  }
  options.onProgress?.(rows.length, rows.length);
  return decisions;
}
