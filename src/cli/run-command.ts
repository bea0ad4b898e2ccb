import { once } from "node:events";
import { basename, dirname, extname, join, resolve } from "node:path";
import { openExportStream } from "../io";
import type { Lang } from "../i18n";
import type { Decision } from "../engine";
import type { Writable } from "node:stream";
import { byPayee, decisionText, ExportWriter, jsonReportFrame, type IssueLine, type PaymentItem, type PendingItem, type RowDigest, type Run, type RunSettings } from "../report";
import { compilePack, type RulePack } from "../rules";
import { TOOL } from "../version";
import { decideSourcesEach, decideTrackerEach, type DecideTrackerInput } from "../run";
import { badArguments, parseCommandArgs } from "./args";
import { assertDistinctOutputs, assertWritable, commitFiles, isFolder, openItemSpool, openSortedSpool, openSpool, removeStaleTemporaries, trackerFiles, type PendingFile } from "./files";
import { dateOption, mapOption, unitOption } from "./options";
import { withSources, type SourcesHow } from "./sources";
import { openTrackerStream, runInputOf } from "./tracker-file";
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
  signoff: { type: "string" },
} as const;

/** `--signoff "经办人,复核人,审批人"`: the sign-off block's labels, comma-separated; empty drops the block. */
export function signoffOption(value: string | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(/[,，、]/)
    .map((label) => label.trim())
    .filter((label) => label !== "");
}

/** `<name>.audited.xlsx` beside the input. */
export function defaultOutPath(input: string): string {
  const base = basename(input, extname(input));
  return join(dirname(input), `${base}.audited.xlsx`);
}

/** Where a run of several trackers writes by default: beside a single folder given, named after it; beside a single file (`--all-sheets`) as for one tracker; else `consolidated.audited.xlsx` here. */
export function defaultConsolidatedOut(positionals: readonly string[]): string {
  if (positionals.length === 1 && !isFolder(positionals[0]!)) return defaultOutPath(positionals[0]!);
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
  const paymentSpool = openSortedSpool<PaymentItem>(out, byPayee);
  const pendingSpool = openItemSpool<PendingItem>(out);
  let run: Run | null = null;
  // The workbook is written as the rows are decided: its temporary file is open for the whole run.
  const writeBook = async (stream: Writable) => {
    const exporting = openExportStream(stream, `${TOOL.name} ${head.tracker.sheet}`, head.at, (rows) => progress.update("write", rows));
    const writer = new ExportWriter(head, request.settings, exporting.sink, (text) => recordSpool.write(text), { digests: digestSpool, issueLines: issueSpool, payments: paymentSpool, pending: pendingSpool });
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
    paymentSpool.remove();
    pendingSpool.remove();
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
  const out = values.out ?? (consolidated || positionals.some(isFolder) ? defaultConsolidatedOut(positionals) : defaultOutPath(files[0]!));
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
    settings: {
      unit,
      asOf,
      allowDuplicates,
      ...(consolidated && values.sheet !== undefined ? { sheet: values.sheet } : {}),
      ...(allSheets ? { allSheets } : {}),
      ...(values.signoff !== undefined ? { signoff: signoffOption(values.signoff)! } : {}),
    },
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
    const { reader, stream } = opened;
    const input = runInputOf(path, opened);
    const head = { tool: TOOL, input, tracker: { ...reader.heading, skipped: [] }, packs: request.packs.map(compilePack), lang: request.lang, at: request.at };
    return await writeRun(request, head, (each) => decideTrackerEach({ ...input, ...options, ...(sheet !== undefined ? { sheet } : {}) }, { stream }, each, false));
  } finally {
    opened.input.close();
  }
}

/** Several trackers in one consolidated run (see withSources); one tracker sheet found and nothing left out is decided as one tracker is. */
function runSources(request: RunRequest, files: readonly string[], how: SourcesHow, options: DecideOptions): Promise<Run> {
  return withSources(files, how, request.lang, request.lang, (text) => request.io.stderr(text), {
    one: (path, sheet) => runOne(request, path, sheet, options),
    many: (head, sources) => writeRun(request, { tool: TOOL, ...head, packs: request.packs.map(compilePack), lang: request.lang, at: request.at }, (each) => decideSourcesEach(options, sources, head.skippedSources, each)),
  });
}
