import { sha256Hex } from "../../src/digest";
import { JiebangError, type Lang, type MessageCode, type Params, type Where } from "../../src/i18n";
import type { Unit } from "../../src/money";
import { auditedWorkbook, decisionJson, isIssueReason, jsonReport, type Run } from "../../src/report";
import { loadPack } from "../../src/rules";
import { decideSourcesEach, decideTracker, sourceOfRows, type OpenedSource } from "../../src/run";
import type { Decision, Status } from "../../src/engine";
import { ProjectIndex, readTracker, type FieldName } from "../../src/tracker";
import { gridFromRange, type RangeData } from "../excel/grid-from-range";
import { planWrite, type WritePlan } from "../excel/write-plan";

export interface DecideRequest {
  readonly range: RangeData;
  readonly ourColumns: readonly number[];
  readonly packs: ReadonlyArray<{ readonly text: string; readonly source: string }>;
  readonly map: Partial<Record<FieldName, string>>;
  readonly unit: Unit | null;
  readonly lang: Lang;
  readonly at: string;
  readonly file: string;
  /** First (1-based) column of the result columns. */
  readonly resultColumn: number;
  /** Also return every decision in the `--json` shape (tests compare them with the CLI's). */
  readonly withDecisions?: boolean;
  readonly summaryName: string;
  /**
   * Further sheets of the workbook to decide together with `range`'s (a
   * consolidated run): each read as the tracker it is, with its own mapping,
   * its results written at its own `resultColumn`; one summary covers them all.
   */
  readonly together?: ReadonlyArray<TogetherSheet>;
}

/** A further sheet decided together with the first. */
export interface TogetherSheet {
  readonly range: RangeData;
  readonly ourColumns: readonly number[];
  readonly map: Partial<Record<FieldName, string>>;
  readonly resultColumn: number;
}

export interface ProblemItem {
  /** The worksheet of the cell. */
  readonly sheet: string;
  readonly row: number;
  readonly cell: string | null;
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly message: string;
}

export interface Overview {
  readonly sheet: string;
  /** Every sheet decided, the first as `sheet`. */
  readonly sheets: readonly string[];
  readonly headerRow: number;
  readonly rows: number;
  readonly counts: Readonly<Record<Status, number>>;
  readonly investmentYuan: string;
  readonly subsidyYuan: string;
  /** The funnel by project type and in total, as `summary.funnel` of `jiebang run --json` gives it. */
  readonly funnel: ReturnType<typeof jsonReport>["summary"]["funnel"];
  /** Rows reporting a project again (DUPLICATE_PROJECT). */
  readonly duplicates: number;
  /** Bank credit lines, each issuer once (as `jiebang run --json` gives them). */
  readonly creditLineYuan: string;
  readonly creditLineIssuers: number;
  readonly problems: readonly ProblemItem[];
  /** Several sheets decided together: each one's rows, funded rows and subsidy (they add up to the totals above). */
  readonly bySheet?: ReadonlyArray<{ readonly sheet: string; readonly rows: number; readonly funded: number; readonly subsidyYuan: string }>;
}

export interface DecideResponse {
  /** The first sheet's write-back, with the summary. */
  readonly plan: WritePlan;
  /** Each further sheet's (`together`), in order, without a summary. */
  readonly more: readonly WritePlan[];
  readonly overview: Overview;
  /** The decisions in the JSON shape of `jiebang run --json`, when asked for (`withDecisions`). */
  readonly decisions: ReturnType<typeof decisionJson>[];
}

/** A JiebangError as plain data, to cross a worker boundary. */
export interface SerializedError {
  readonly code: MessageCode | "INTERNAL";
  readonly params: Params;
  readonly where: Where;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof JiebangError) return { code: error.code, params: error.params, where: error.where };
  return { code: "INTERNAL", params: { why: error instanceof Error ? error.message : String(error) }, where: {} };
}

export function deserializeError(error: SerializedError): JiebangError {
  return new JiebangError(error.code, error.params, error.where);
}

/** What stands for a file's SHA-256 in the add-in: the digest of the cells read (the live workbook has no file to hash). */
function rangeDigest(range: RangeData): string {
  return sha256Hex(JSON.stringify([range.address, range.values, range.formulas]));
}

function overviewOf(run: Run): Overview {
  const problems: ProblemItem[] = [];
  const sheets = run.sources ? run.sources.map((s) => s.tracker.sheet) : [run.tracker.sheet];
  for (const d of run.decisions) {
    const sheet = sheets[d.source ?? 0]!;
    for (const r of d.reasons) {
      if (isIssueReason(r.code)) problems.push({ sheet, row: d.row, cell: r.cell, severity: "error", code: r.code, message: r.message });
    }
    for (const w of d.warnings) problems.push({ sheet, row: d.row, cell: w.cell, severity: "warning", code: w.code, message: w.message });
  }
  const s = run.summary;
  // The figures as the CLI's JSON states them.
  const shown = jsonReport({ ...run, decisions: [] }).summary;
  return {
    sheet: run.tracker.sheet,
    sheets,
    headerRow: run.tracker.headerRow,
    rows: s.rows,
    counts: s.counts,
    investmentYuan: s.investmentYuan.toFixed(2),
    subsidyYuan: s.subsidyYuan.toFixed(2),
    funnel: shown.funnel,
    duplicates: shown.duplicates,
    creditLineYuan: shown.creditLineYuan,
    creditLineIssuers: shown.creditLineIssuers,
    problems,
    ...(s.bySource ? { bySheet: s.bySource.map((b, i) => ({ sheet: sheets[i]!, rows: b.rows, funded: b.counts.funded, subsidyYuan: b.subsidyYuan.toFixed(2) })) } : {}),
  };
}

/**
 * The add-in's side of a run, free of any platform: it runs in a Web Worker
 * in the pane (or in-process in tests), holds the Run between "decide" and
 * "export", and hands the pane only plain data.
 */
export class DecideSession {
  private run: Run | null = null;

  async decide(request: DecideRequest, onProgress?: (done: number, total: number) => void): Promise<DecideResponse> {
    if (request.together && request.together.length > 0) return this.decideTogether(request, request.together, onProgress);
    const grid = gridFromRange(request.range, new Set(request.ourColumns));
    const packs = request.packs.map((p) => loadPack(p.text, p.source));
    const run = await decideTracker({
      grids: [grid],
      file: request.file,
      sha256: rangeDigest(request.range),
      packs,
      map: request.map,
      unit: request.unit,
      lang: request.lang,
      at: request.at,
      ...(onProgress ? { onProgress: (_stage: string, done: number, total: number) => onProgress(done, total) } : {}),
    });
    this.run = run;
    return {
      plan: planWrite(run, request.resultColumn, request.summaryName),
      more: [],
      overview: overviewOf(run),
      decisions: request.withDecisions ? run.decisions.map((d) => decisionJson(d)) : [],
    };
  }

  /**
   * Several sheets of the workbook decided together, as `jiebang run`
   * decides several trackers: each sheet read with its own header and
   * mapping, a project an earlier sheet reported decided once, one Run (and
   * so one summary and one export) over them all.
   */
  private async decideTogether(request: DecideRequest, together: readonly TogetherSheet[], onProgress?: (done: number, total: number) => void): Promise<DecideResponse> {
    const sheets = [{ range: request.range, ourColumns: request.ourColumns, map: request.map, resultColumn: request.resultColumn }, ...together];
    const projects = new ProjectIndex();
    const sources: OpenedSource[] = sheets.map((sheet) => {
      const grid = gridFromRange(sheet.range, new Set(sheet.ourColumns));
      const tracker = readTracker(grid, { map: sheet.map, unit: request.unit, projects, file: request.file });
      return sourceOfRows({ file: request.file, sha256: rangeDigest(sheet.range) }, tracker);
    });
    const decisions: Decision[] = [];
    const run = await decideSourcesEach(
      {
        packs: request.packs.map((p) => loadPack(p.text, p.source)),
        map: request.map,
        unit: request.unit,
        lang: request.lang,
        at: request.at,
        ...(onProgress ? { onProgress: (_stage: string, done: number, total: number) => onProgress(done, total) } : {}),
      },
      sources,
      [],
      (d) => void decisions.push(d),
    );
    // The session keeps every decision: the write-back and the export need them all.
    this.run = { ...run, decisions };
    return {
      plan: planWrite(this.run, request.resultColumn, request.summaryName, 0),
      more: together.map((sheet, i) => planWrite(this.run!, sheet.resultColumn, null, i + 1)),
      overview: overviewOf(this.run),
      decisions: request.withDecisions ? decisions.map((d) => decisionJson(d)) : [],
    };
  }

  /** The audited workbook of the last run: the same .xlsx the CLI writes. exceljs is loaded only now. */
  async exportWorkbook(): Promise<Uint8Array> {
    if (!this.run) throw new Error("nothing decided yet");
    const { writeWorkbook } = await import("../../src/io/write-workbook");
    return writeWorkbook(auditedWorkbook(this.run));
  }
}

