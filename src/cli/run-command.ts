import { once } from "node:events";
import { basename, dirname, extname, join, resolve } from "node:path";
import { openExportStream } from "../io";
import { JiebangError, message, type Lang } from "../i18n";
import type { Decision } from "../engine";
import type { Unit } from "../money";
import { ProjectIndex, type FieldName } from "../tracker";
import type { Writable } from "node:stream";
import { decisionText, ExportWriter, jsonReportFrame, sourceLabel, type IssueLine, type RowDigest, type Run, type RunSettings, type SkippedSource } from "../report";
import { compilePack, type RulePack } from "../rules";
import { TOOL } from "../version";
import { decideSourcesEach, decideTrackerEach, SourceFailure, type DecideTrackerInput, type OpenedSource } from "../run";
import { badArguments, parseCommandArgs } from "./args";
import { assertDistinctOutputs, assertWritable, commitFiles, openItemSpool, openSpool, removeStaleTemporaries, trackerFiles, type InputFile, type PendingFile } from "./files";
import { dateOption, mapOption, unitOption } from "./options";
import { openTrackerSheets, openTrackerStream, type TrackerSheetStream } from "./tracker-file";
import type { Io } from "./io";
import { readPacks } from "./packs";
import { terminalProgress, type Progress } from "./progress";
import { summaryText } from "./summary-table";

export const RUN_OPTIONS = {
  sheet: { type: "string" },
  rules: { type: "string", multiple: true },
  out: { type: "string" },
  json: { type: "string" },
  map: { type: "string", multiple: true },
  unit: { type: "string" },
  "as-of": { type: "string" },
  evaluator: { type: "string" },
  force: { type: "boolean" },
  trace: { type: "boolean" },
  "allow-duplicates": { type: "boolean" },
  "all-sheets": { type: "boolean" },
} as const;

/** `<name>.audited.xlsx` beside the input. */
export function defaultOutPath(input: string): string {
  const base = basename(input, extname(input));
  return join(dirname(input), `${base}.audited.xlsx`);
}

/** Where a consolidated run writes by default: beside a single folder given, named after it; else `consolidated.audited.xlsx` here. */
export function defaultConsolidatedOut(positionals: readonly string[]): string {
  if (positionals.length === 1) {
    const dir = resolve(positionals[0]!);
    return join(dirname(dir), `${basename(dir)}.audited.xlsx`);
  }
  return "consolidated.audited.xlsx";
}

/** What a run writes to, and how it was asked. */
interface RunRequest {
  readonly lang: Lang;
  readonly io: Io;
  readonly out: string;
  readonly jsonPath: string | undefined;
  readonly force: boolean;
  readonly trace: boolean;
  readonly packs: readonly RulePack[];
  readonly settings: RunSettings;
  readonly progress: Progress;
  readonly at: string;
}

/**
 * Write a run's audited workbook (and JSON) as its rows are decided:
 * `decide` hands each decision to the writer and returns the finished Run.
 * Each decision's JSON and the record's text are spooled beside the outputs;
 * nothing is committed unless the whole run succeeds.
 */
async function writeRun(
  request: RunRequest,
  head: Omit<Run, "decisions" | "summary" | "parts">,
  decide: (each: (d: Decision, index: number) => Promise<void>) => Promise<Run>,
): Promise<Run> {
  const { out, jsonPath, force, trace, progress } = request;
  const layered = new Set(request.packs.map((p) => p.document.id)).size > 1;
  const jsonSpool = jsonPath === undefined ? null : openSpool(jsonPath === "-" ? out : jsonPath);
  const recordSpool = openSpool(out);
  const digestSpool = openItemSpool<RowDigest>(out);
  const issueSpool = openItemSpool<IssueLine>(out);
  let run: Run | null = null;
  // The workbook is written as the rows are decided: its temporary file is open for the whole run.
  const writeBook = async (stream: Writable) => {
    const exporting = openExportStream(stream, `${TOOL.name} ${head.tracker.sheet}`, head.at, (rows) => progress.update("write", rows));
    const writer = new ExportWriter(head, request.settings, exporting.sink, (text) => recordSpool.write(text), { digests: digestSpool, issueLines: issueSpool });
    run = await decide(async (d, i) => {
      await writer.decision(d);
      jsonSpool?.write(decisionText(d, i === 0, trace, layered));
    });
    await writer.finish(run);
    await recordSpool.close();
    await exporting.record(recordSpool.read());
    await exporting.commit();
    await jsonSpool?.close();
  };
  // The JSON is its frame around the spooled decisions, never held whole.
  const writeJson = async (put: (text: string) => Promise<void> | void) => {
    const frame = jsonReportFrame(run!, { trace });
    if (run!.summary.rows === 0) return void (await put(frame.empty));
    await put(frame.head);
    for await (const piece of jsonSpool!.read()) await put(piece);
    await put(frame.tail);
  };
  const toStream = (stream: Writable) => async (text: string) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
  try {
    const files: PendingFile[] = [{ path: out, write: writeBook }];
    if (jsonPath !== undefined && jsonPath !== "-") files.push({ path: jsonPath, write: (stream) => writeJson(toStream(stream)) });
    await commitFiles(files, force);
    if (jsonPath === "-") await writeJson((text) => request.io.stdout(text));
    return run!;
  } finally {
    jsonSpool?.remove();
    recordSpool.remove();
    digestSpool.remove();
    issueSpool.remove();
  }
}

/**
 * `jiebang run <tracker.xlsx|folder>… …`: decide every row and write the
 * audited workbook (and JSON). Several trackers (files, folders' .xlsx,
 * `--all-sheets`) are decided in one consolidated run.
 */
export async function runCommand(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, RUN_OPTIONS);
  if (positionals.length === 0) throw badArguments({ "zh-CN": "缺少台账文件 <台账.xlsx>", en: "missing <tracker.xlsx>" });
  const unit = values.unit === undefined ? null : unitOption(values.unit);
  const map = mapOption(values.map);
  const asOf = values["as-of"] === undefined ? null : dateOption(values["as-of"]);
  const evaluator = values.evaluator ?? "compiled";
  if (evaluator !== "compiled" && evaluator !== "json-rules-engine") {
    throw badArguments({ "zh-CN": `--evaluator 只能是 compiled 或 json-rules-engine，而不是「${evaluator}」`, en: `--evaluator is compiled or json-rules-engine, not “${evaluator}”` });
  }
  const allSheets = values["all-sheets"] ?? false;
  if (allSheets && values.sheet !== undefined) throw badArguments({ "zh-CN": "--sheet 与 --all-sheets 只能选一个", en: "give --sheet or --all-sheets, not both" });
  const files = trackerFiles(positionals);
  const consolidated = files.length > 1 || allSheets;
  const allowDuplicates = values["allow-duplicates"] ?? false;
  const force = values.force ?? false;
  const out = values.out ?? (consolidated ? defaultConsolidatedOut(positionals) : defaultOutPath(files[0]!));
  const jsonPath = values.json;
  for (const input of files) {
    assertWritable(out, force, input);
    if (jsonPath !== undefined && jsonPath !== "-") assertWritable(jsonPath, force, input);
  }
  if (jsonPath !== undefined && jsonPath !== "-") assertDistinctOutputs([{ option: "--out", path: out }, { option: "--json", path: jsonPath }]);
  const stale = removeStaleTemporaries([out, ...(jsonPath !== undefined && jsonPath !== "-" ? [jsonPath] : [])]);
  if (stale.length > 0) {
    io.stderr(lang === "zh-CN" ? `已删除上次中断的运行留下的 ${stale.length} 个临时文件：${stale.join("、")}\n` : `Removed ${stale.length} temporary file(s) an interrupted run left behind: ${stale.join(", ")}\n`);
  }

  const packs = readPacks(values.rules ?? []);
  const progress = terminalProgress(io, lang);
  const request: RunRequest = {
    lang,
    io,
    out,
    jsonPath,
    force,
    trace: values.trace ?? false,
    packs,
    settings: { unit, asOf, allowDuplicates, ...(consolidated && values.sheet !== undefined ? { sheet: values.sheet } : {}), ...(allSheets ? { allSheets } : {}) },
    progress,
    at: io.now().toISOString(),
  };
  const decideOptions = { packs, map, unit, lang, asOf, evaluator, at: request.at, allowDuplicates, onProgress: (_stage: "decide", done: number, total: number) => progress.update("decide", done, total) } as const;
  let run: Run;
  try {
    run = consolidated
      ? await runSources(request, files, { sheet: values.sheet, allSheets, map, unit, allowDuplicates }, decideOptions)
      : await runOne(request, files[0]!, values.sheet, decideOptions);
  } finally {
    progress.finish();
  }

  const report = jsonPath === "-" ? io.stderr : io.stdout;
  report(summaryText(run, lang));
  report(lang === "zh-CN" ? `审计工作簿：${out}\n` : `Audited workbook: ${out}\n`);
  if (jsonPath !== undefined && jsonPath !== "-") report(lang === "zh-CN" ? `JSON：${jsonPath}\n` : `JSON: ${jsonPath}\n`);
  return 0;
}

type DecideOptions = Omit<DecideTrackerInput, "grids" | "tracker" | "file" | "sha256" | "writer" | "sheet">;

/** One tracker, as jiebang has always decided it: its sheet's rows stream through, read, decided, written and let go a chunk at a time. */
async function runOne(request: RunRequest, path: string, sheet: string | undefined, options: DecideOptions): Promise<Run> {
  const opened = await openTrackerStream(path, { ...(sheet !== undefined ? { sheet } : {}), map: options.map ?? {}, unit: options.unit ?? null, allowDuplicates: options.allowDuplicates ?? false }, (rows) =>
    request.progress.update("read", rows),
  );
  try {
    const { input: file, workbook, reader, stream } = opened;
    const input = { file: basename(path), sha256: file.sha256, ...(workbook.writer ? { writer: workbook.writer } : {}) };
    const head = { tool: TOOL, input, tracker: { ...reader.heading, skipped: [] }, packs: request.packs.map(compilePack), lang: request.lang, at: request.at };
    return await writeRun(request, head, (each) => decideTrackerEach({ ...input, ...options, ...(sheet !== undefined ? { sheet } : {}) }, { stream }, each, false));
  } finally {
    opened.input.close();
  }
}

/**
 * Several trackers in one consolidated run: every source is opened first
 * (its header found); one that cannot be is listed and left out. A source
 * that fails only once its rows are read (an amount without a unit) is left
 * out too, and the run is made again without it. With no source left, the
 * run stops (exit 2) with each source's sentence.
 */
async function runSources(
  request: RunRequest,
  files: readonly string[],
  how: { readonly sheet: string | undefined; readonly allSheets: boolean; readonly map: Partial<Record<FieldName, string>>; readonly unit: Unit | null; readonly allowDuplicates: boolean },
  options: DecideOptions,
): Promise<Run> {
  const failedLate = new Map<string, SkippedSource>();
  for (;;) {
    const projects = new ProjectIndex();
    const { opened, skipped, close } = await openSources(files, { ...how, projects }, request.lang, failedLate);
    try {
      const all = [...skipped, ...failedLate.values()];
      for (const k of skipped) request.io.stderr(`${message("SOURCE_SKIPPED", { source: sourceLabel(k, request.lang), why: k.message }, request.lang)}\n`);
      if (opened.length === 0) {
        throw new JiebangError("NO_SOURCE_DECIDED", { count: all.length, why: all.map((k) => `  ${sourceLabel(k, request.lang)}：${k.message}`).join("\n") });
      }
      // One tracker sheet found and nothing left out: decided as one tracker is.
      if (opened.length === 1 && all.length === 0) {
        const only = opened[0]!;
        close();
        return await runOne(request, only.path, only.source.heading.sheet, options);
      }
      const sources = opened.map((o) => o.source);
      const head = {
        tool: TOOL,
        input: sources[0]!.input,
        tracker: { ...sources[0]!.heading, skipped: [] },
        sources: sources.map((s) => ({ input: s.input, tracker: { ...s.heading, skipped: [] } })),
        skippedSources: orderedSkips(files, all),
        packs: request.packs.map(compilePack),
        lang: request.lang,
        at: request.at,
      };
      return await writeRun(request, head, (each) => decideSourcesEach(options, sources, head.skippedSources, each));
    } catch (error) {
      if (!(error instanceof SourceFailure)) throw error;
      const failed = opened[error.index]!;
      const skip = skippedOf(failed.path, failed.source.heading.sheet, error.cause, request.lang);
      request.io.stderr(`${message("SOURCE_SKIPPED", { source: sourceLabel(skip, request.lang), why: skip.message }, request.lang)}\n`);
      failedLate.set(sourceKey(failed.path, failed.source.heading.sheet), skip);
    } finally {
      close();
    }
  }
}

const sourceKey = (path: string, sheet: string | null) => `${resolve(path)}\u0000${sheet ?? ""}`;

/** The skipped sources in the order they were given (a file's sheets in the workbook's order as found). */
function orderedSkips(files: readonly string[], skipped: readonly SkippedSource[]): SkippedSource[] {
  const order = new Map(files.map((f, i) => [basename(f), i]));
  return [...skipped].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}

/** A source that cannot be decided, as the reports list it; only jiebang's own refusals are, anything else is a fault that stops the run. */
function skippedOf(path: string, sheet: string | null, error: unknown, lang: Lang): SkippedSource {
  if (!(error instanceof JiebangError)) throw error;
  return { file: basename(path), sheet, code: error.code, message: error.text(lang) };
}

/** Open every source: each file (or, with `--all-sheets`, each of its tracker sheets) found and its header read; what cannot be, listed. */
async function openSources(
  files: readonly string[],
  how: { readonly sheet: string | undefined; readonly allSheets: boolean; readonly map: Partial<Record<FieldName, string>>; readonly unit: Unit | null; readonly allowDuplicates: boolean; readonly projects: ProjectIndex },
  lang: Lang,
  leaveOut: ReadonlyMap<string, SkippedSource>,
): Promise<{ opened: Array<{ path: string; source: OpenedSource }>; skipped: SkippedSource[]; close: () => void }> {
  const opened: Array<{ path: string; source: OpenedSource }> = [];
  const skipped: SkippedSource[] = [];
  const inputs: InputFile[] = [];
  const options = { map: how.map, unit: how.unit, allowDuplicates: how.allowDuplicates, projects: how.projects };
  const add = (path: string, { input, workbook, reader, stream }: TrackerSheetStream) => {
    if (leaveOut.has(sourceKey(path, reader.heading.sheet))) return;
    opened.push({ path, source: { input: { file: basename(path), sha256: input.sha256, ...(workbook.writer ? { writer: workbook.writer } : {}) }, heading: reader.heading, stream } });
  };
  for (const path of files) {
    try {
      if (how.allSheets) {
        const { input, sheets } = await openTrackerSheets(path, options);
        inputs.push(input);
        for (const sheet of sheets) add(path, sheet);
      } else {
        const one = await openTrackerStream(path, { ...(how.sheet !== undefined ? { sheet: how.sheet } : {}), ...options });
        inputs.push(one.input);
        add(path, one);
      }
    } catch (error) {
      skipped.push(skippedOf(path, how.sheet ?? null, error, lang));
    }
  }
  return { opened, skipped, close: () => inputs.splice(0).forEach((input) => input.close()) };
}
