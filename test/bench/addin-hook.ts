/**
 * Hook for the add-in's figure: how many `context.sync()` calls and how long
 * the task pane's path takes to decide a 100,000-row tracker in the fake
 * Excel host (addin/excel-host) through office.js, from reading the tracker to the last write-back.
 *
 * Nothing is registered yet. To add the measurement, push an entry onto
 * `addinMeasurements` (here, or from a module imported by bench.ts):
 *
 *   addinMeasurements.push({
 *     name: "fake Excel, decide and write back",
 *     rows: 100_000,
 *     async measure({ trackerFile, rows }) {
 *       // load trackerFile into the fake workbook, run the pane's decide path…
 *       return { rows, syncs, ms };
 *     },
 *   });
 *
 * bench.ts generates (or reuses) the tracker of `rows` rows for each entry,
 * calls `measure` once per entry after the other sizes, prints the figure in
 * the table's add-in section and stores it under `addin.figures` in the JSON
 * (out/bench-latest.json). With no entry, `addin.status` is "not measured".
 */

export interface AddinFigure {
  /** Project rows of the tracker decided. */
  readonly rows: number;
  /** context.sync() calls from reading the tracker to the last write-back. */
  readonly syncs: number;
  /** Wall time in milliseconds for the same span. */
  readonly ms: number;
  /** Anything worth saying beside the figure (what was included). */
  readonly note?: string;
}

export interface AddinContext {
  /** Absolute path of the generated tracker (.xlsx) of `rows` rows. */
  readonly trackerFile: string;
  readonly rows: number;
  /** Directory for any scratch file (out/bench). */
  readonly outDir: string;
}

export interface AddinMeasurement {
  readonly name: string;
  readonly rows: number;
  measure(context: AddinContext): Promise<AddinFigure>;
}

/** Add-in measurements the bench runs; empty until the add-in's figure is added. */
export const addinMeasurements: AddinMeasurement[] = [];

/** The JSON section for the add-in. */
export type AddinSection =
  | { readonly status: "not measured"; readonly hook: string; readonly figures: readonly [] }
  | { readonly status: "measured"; readonly hook: string; readonly figures: ReadonlyArray<AddinFigure & { readonly name: string }> };

export const ADDIN_HOOK = "test/bench/addin-hook.ts (addinMeasurements)";
