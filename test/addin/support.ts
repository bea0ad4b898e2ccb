import { readFileSync } from "node:fs";
import { connect, loadOfficeClient } from "../excel-host/office-client";
import { documentName, listSources, readSource, saveMapping, selectCell, writeRun, type AddinState, type SourceRead } from "../../addin/excel";
import { ExcelHost, type ExcelHostOptions } from "../../addin/excel-host";
import { BUNDLED_PACKS } from "../../addin/taskpane/bundled-packs";
import { DecideSession, type DecideRequest, type DecideResponse } from "../../addin/taskpane/decide-session";
import { resultColumnOf } from "../../addin/taskpane/together";
import { summaryNameFor } from "../../addin/taskpane/pane";
import type { Lang } from "../../src/i18n";

export const SAMPLE = new URL("../../samples/2022-first-batch.xlsx", import.meta.url);
export const sampleBytes = () => new Uint8Array(readFileSync(SAMPLE));

export const door = { listSources, readSource, writeRun, selectCell, saveMapping, documentName };

export interface OpenOptions extends ExcelHostOptions {
  /** What Office.context.displayLanguage says. */
  readonly displayLanguage?: string;
}

/**
 * The workbook in the simulated Excel host, with Microsoft's Excel client
 * (office.js) as the globals the add-in calls: every Excel.run of the door
 * goes to the host as ProcessQuery requests.
 */
export async function openInExcel(bytes: Uint8Array, options: OpenOptions = {}) {
  const { displayLanguage, ...hostOptions } = options;
  loadOfficeClient();
  const workbook = await ExcelHost.fromXlsx(bytes, hostOptions);
  const disconnect = connect(workbook, { officeContext: { displayLanguage: displayLanguage ?? "zh-CN" } });
  return { workbook, uninstall: disconnect };
}

export interface AddinRun {
  readonly response: DecideResponse;
  readonly state: AddinState;
  readonly session: DecideSession;
}

/** What the pane asks its worker to decide for a sheet read: the bundled packs, the saved mapping, results where the last run put them. */
export function decideRequest(read: SourceRead, sheet: string, options: { lang?: Lang; at?: string; file?: string } = {}): DecideRequest {
  const lang = options.lang ?? "zh-CN";
  return {
    range: read.range,
    ourColumns: read.ourColumns,
    packs: BUNDLED_PACKS,
    map: read.mappings[sheet] ?? {},
    unit: null,
    lang,
    at: options.at ?? "2026-11-28T00:00:00.000Z",
    file: options.file ?? "2022-first-batch.xlsx",
    resultColumn: resultColumnOf(read),
    summaryName: summaryNameFor(lang, read.sheetNames, read.previous),
  };
}

/**
 * What the pane does when the user presses Run, without the DOM: read the
 * chosen sheet (or the active one), decide in-process, write back.
 */
export async function runAddin(options: { lang?: Lang; sheet?: string; session?: DecideSession; at?: string } = {}): Promise<AddinRun> {
  const lang = options.lang ?? "zh-CN";
  const { sources, activeSheet } = await door.listSources();
  const source = sources.find((s) => s.kind === "sheet" && s.name === (options.sheet ?? activeSheet))!;
  const read = await door.readSource(source);
  const session = options.session ?? new DecideSession();
  const previous = read.previous;
  const response = await session.decide({ ...decideRequest(read, source.sheet, { lang, ...(options.at ? { at: options.at } : {}) }), withDecisions: true });
  const { state } = await door.writeRun(response.plan, previous, { before: read.range, sheetsBefore: read.sheetNames });
  return { response, state, session };
}
