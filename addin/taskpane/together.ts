import { stateKeyOf, type AddinState, type ReadLimits, type SourceRead, type TrackerSource, type WriteOptions, type WriteResult, type WritePlan } from "../excel";
import { JiebangError, type Lang } from "../../src/i18n";
import { gridFromRange } from "../excel/grid-from-range";
import { fieldLabel, inspectHeader, type FieldName } from "../../src/tracker";
import type { DecideResponse, TogetherSheet } from "./decide-session";

/** The door's operations a run over several sheets needs. */
export interface TogetherDoor {
  readSource(source: TrackerSource, limits?: ReadLimits, stateKey?: string): Promise<SourceRead>;
  writeRun(plan: WritePlan, previous: AddinState | null, options?: WriteOptions): Promise<WriteResult>;
}

/** A further sheet, read for a run over several: its cells, its own record and where its results go. */
export interface TogetherRead {
  readonly source: TrackerSource;
  readonly read: SourceRead;
  readonly sheet: TogetherSheet;
}

/** Where a sheet's results go: where an earlier run put them, else right of the user's data. */
export function resultColumnOf(read: SourceRead): number {
  return read.resultsAt ?? read.lastColumn + 1;
}

/**
 * Read the further sheets a run decides together with the first: each with
 * its own record (stateKeyOf) and saved mapping. A sheet in which no tracker
 * header is found, or whose header lacks a required field, stops the run
 * before anything is decided, naming the sheet.
 */
export async function readTogether(door: TogetherDoor, sources: readonly TrackerSource[], lang: Lang): Promise<TogetherRead[]> {
  const reads: TogetherRead[] = [];
  for (const source of sources) {
    const read = await door.readSource(source, undefined, stateKeyOf(source.sheet));
    const map: Partial<Record<FieldName, string>> = { ...(read.mappings[source.sheet] ?? {}) };
    const inspection = inspectHeader(gridFromRange(read.range, new Set(read.ourColumns)), map);
    if (inspection.headerRow === null) throw new JiebangError("TOGETHER_NO_HEADER", { sheet: source.sheet });
    if (inspection.missing.length > 0) throw new JiebangError("TOGETHER_MISSING", { sheet: source.sheet, fields: inspection.missing.map((f) => fieldLabel(f, lang)).join(lang === "zh-CN" ? "、" : ", ") });
    reads.push({ source, read, sheet: { range: read.range, ourColumns: read.ourColumns, map, resultColumn: resultColumnOf(read) } });
  }
  return reads;
}

/**
 * Write a decided run back into the workbook: the first sheet's results and
 * the one summary first (under STATE_KEY, which also removes what an earlier
 * run left on another sheet), then each further sheet's results under its
 * own record. Each sheet's write is whole or undone; a further sheet that
 * fails leaves the sheets before it written, and the error names it.
 */
export async function writeBack(
  door: TogetherDoor,
  response: DecideResponse,
  first: SourceRead,
  further: readonly TogetherRead[],
  options: Pick<WriteOptions, "onProgress"> = {},
): Promise<{ readonly states: readonly AddinState[]; readonly keptComments: readonly string[] }> {
  const sheetsBefore = first.sheetNames;
  const done = await door.writeRun(response.plan, first.previous, { before: first.range, sheetsBefore, otherRecord: first.other, ...options });
  const states = [done.state];
  const kept = [...done.keptComments];
  for (const [i, plan] of response.more.entries()) {
    const { read, source } = further[i]!;
    const result = await door.writeRun(plan, read.previous, { before: read.range, sheetsBefore, stateKey: stateKeyOf(source.sheet), otherRecord: read.other, ...options });
    states.push(result.state);
    kept.push(...result.keptComments.map((cell) => `${source.sheet}!${cell}`));
  }
  return { states, keptComments: kept };
}
