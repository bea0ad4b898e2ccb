import { decideEach, decideRows, needsWholeRun, type Decision } from "../engine";
import { Summarizer, type Run, type RunInput, type RunSource, type SkippedSource } from "../report";
import { compilePack } from "../rules";
import type { Tracker, TrackerRow } from "../tracker";
import { TOOL } from "../version";
import { decideOptionsOf, KEPT_DECISIONS, type DecideTrackerInput, type TrackerRowSource } from "./decide-tracker";

/**
 * One tracker of a consolidated run: its file, its sheet's header (as read
 * before the rows), and how to open its rows as a stream when the run comes
 * to it (closed once read, so one source's file is open at a time).
 */
export interface OpenedSource {
  readonly input: RunInput;
  readonly heading: Omit<Tracker, "rows" | "skipped">;
  open(): Promise<{ readonly stream: TrackerRowSource; close(): void }>;
}

/** A source whose rows are read already (the add-in's sheets, tests): opened, it streams them. */
export function sourceOfRows(input: RunInput, tracker: Tracker): OpenedSource {
  const { rows, ...heading } = tracker;
  return { input, heading, open: async () => ({ stream: { total: rows.length, rows: () => rows, finish: () => heading }, close: () => undefined }) };
}

/**
 * A source whose rows were read but that cannot be decided (an amount that
 * needs a unit nobody gave is known only at its end): the run is made again
 * without it, and it is listed with `cause`'s sentence.
 */
export class SourceFailure extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(`source ${index} could not be decided: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * decideTrackerEach over several trackers (a consolidated run): the sources'
 * rows are decided in order, each decision tagged with its source's index
 * and handed to `each` (the writer), and summed overall and by source. Each
 * source keeps its own header and unit; a project reported by an earlier
 * source is caught by the reader's shared ProjectIndex. With a recipient cap
 * every source's rows are read and decided together, so a cap counts a
 * recipient across the trackers. `skipped`: the sources given that could not
 * be opened, as the reports list them.
 */
export async function decideSourcesEach(
  input: Omit<DecideTrackerInput, "grids" | "tracker" | "file" | "sha256" | "writer">,
  sources: readonly OpenedSource[],
  skipped: readonly SkippedSource[],
  each: (decision: Decision, index: number) => void | Promise<void>,
): Promise<Run> {
  if (sources.length === 0) throw new Error("decideSourcesEach: no source to decide");
  const packs = input.packs.map(compilePack);
  const summarizer = new Summarizer(sources.length);
  const kept: Decision[] = [];
  const labels = sources.map((s) => `${s.input.file} ${s.heading.sheet}`);
  let index = 0;
  const take = async (d: Decision) => {
    if (kept.length < KEPT_DECISIONS) kept.push(d);
    summarizer.add(d);
    await each(d, index++);
  };
  const options = decideOptionsOf(input);
  const finished: Array<Omit<Tracker, "rows">> = [];
  /** Source k's rows, opened; a source that cannot be opened or finished is left out of the run (SourceFailure). */
  const read = async (k: number, use: (stream: TrackerRowSource) => Promise<void>) => {
    const opened = await sources[k]!.open().catch((error: unknown) => Promise.reject(new SourceFailure(k, error)));
    try {
      await use(opened.stream);
      try {
        finished.push(opened.stream.finish());
      } catch (error) {
        throw new SourceFailure(k, error);
      }
    } finally {
      opened.close();
    }
  };
  if (needsWholeRun(packs)) {
    const rows: TrackerRow[] = [];
    const from: number[] = [];
    for (let k = 0; k < sources.length; k++) {
      await read(k, async (stream) => {
        for (const row of stream.rows()) {
          rows.push(row);
          from.push(k);
        }
      });
    }
    const decisions = await decideRows(rows, packs, { ...options, sourceOf: (i) => labels[from[i]!]! });
    rows.length = 0;
    for (let i = 0; i < decisions.length; i++) await take({ ...decisions[i]!, source: from[i]! });
  } else {
    let before = 0;
    for (let k = 0; k < sources.length; k++) {
      await read(k, async (stream) => {
        const at = before;
        await decideEach(stream.rows(), stream.total, packs, { ...options, source: labels[k]!, onProgress: (done) => input.onProgress?.("decide", at + done, at + stream.total) }, (d) => take({ ...d, source: k }));
        before += stream.total;
      });
    }
  }
  const decided: RunSource[] = sources.map((s, k) => ({ input: s.input, tracker: finished[k]! }));
  return {
    tool: TOOL,
    input: decided[0]!.input,
    tracker: decided[0]!.tracker,
    sources: decided,
    skippedSources: skipped,
    packs,
    decisions: kept,
    summary: summarizer.result(),
    lang: input.lang,
    at: input.at,
  };
}
