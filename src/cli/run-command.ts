import { once } from "node:events";
import { basename, dirname, extname, join } from "node:path";
import { openExportStream } from "../io";
import type { Lang } from "../i18n";
import type { Writable } from "node:stream";
import { decisionText, ExportWriter, jsonReportFrame, type IssueLine, type RowDigest, type Run } from "../report";
import { compilePack } from "../rules";
import { TOOL } from "../version";
import { decideTrackerEach } from "../run";
import { badArguments, parseCommandArgs } from "./args";
import { assertDistinctOutputs, assertWritable, commitFiles, openItemSpool, openSpool, removeStaleTemporaries, type PendingFile } from "./files";
import { dateOption, mapOption, unitOption } from "./options";
import { openTrackerStream, type TrackerSheetStream } from "./tracker-file";
import type { Io } from "./io";
import { readPacks } from "./packs";
import { terminalProgress } from "./progress";
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
} as const;

/** `<name>.audited.xlsx` beside the input. */
export function defaultOutPath(input: string): string {
  const base = basename(input, extname(input));
  return join(dirname(input), `${base}.audited.xlsx`);
}

/** `jiebang run <tracker.xlsx> …`: decide every row and write the audited workbook (and JSON). */
export async function runCommand(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, RUN_OPTIONS);
  if (positionals.length === 0) throw badArguments({ "zh-CN": "缺少台账文件 <台账.xlsx>", en: "missing <tracker.xlsx>" });
  if (positionals.length > 1) {
    throw badArguments({ "zh-CN": `一次只能判定一个台账，给出了 ${positionals.length} 个`, en: `one tracker at a time, got ${positionals.length}` });
  }
  const input = positionals[0]!;
  const unit = values.unit === undefined ? null : unitOption(values.unit);
  const map = mapOption(values.map);
  const asOf = values["as-of"] === undefined ? null : dateOption(values["as-of"]);
  const evaluator = values.evaluator ?? "compiled";
  if (evaluator !== "compiled" && evaluator !== "json-rules-engine") {
    throw badArguments({ "zh-CN": `--evaluator 只能是 compiled 或 json-rules-engine，而不是「${evaluator}」`, en: `--evaluator is compiled or json-rules-engine, not “${evaluator}”` });
  }
  const force = values.force ?? false;
  const out = values.out ?? defaultOutPath(input);
  const jsonPath = values.json;
  assertWritable(out, force, input);
  if (jsonPath !== undefined && jsonPath !== "-") assertWritable(jsonPath, force, input);
  if (jsonPath !== undefined && jsonPath !== "-") assertDistinctOutputs([{ option: "--out", path: out }, { option: "--json", path: jsonPath }]);
  const stale = removeStaleTemporaries([out, ...(jsonPath !== undefined && jsonPath !== "-" ? [jsonPath] : [])]);
  if (stale.length > 0) {
    io.stderr(lang === "zh-CN" ? `已删除上次中断的运行留下的 ${stale.length} 个临时文件：${stale.join("、")}\n` : `Removed ${stale.length} temporary file(s) an interrupted run left behind: ${stale.join(", ")}\n`);
  }

  const packs = readPacks(values.rules ?? []);
  const progress = terminalProgress(io, lang);
  const decideAndWrite = async () => {
    // Each sheet's first rows find the tracker and its header; then the tracker sheet's rows stream through:
    // read, decided, written and let go, a chunk of the sheet at a time.
    const opened = await openTrackerStream(input, { ...(values.sheet !== undefined ? { sheet: values.sheet } : {}), map, unit, allowDuplicates: values["allow-duplicates"] ?? false }, (rows) => progress.update("read", rows));
    try {
      return await decideAndWriteFrom(opened);
    } finally {
      opened.input.close();
    }
  };
  const decideAndWriteFrom = async ({ input: file, workbook, reader, stream }: TrackerSheetStream) => {
    const read = { stream };
    const trace = values.trace ?? false;
    const layered = new Set(packs.map((p) => p.document.id)).size > 1;
    const at = io.now().toISOString();
    const sha256 = file.sha256;
    const inputFile = basename(input);
    // Beside the outputs, where the next run cleans up after a killed one: each decision's JSON and the record's text, spooled as they are made.
    const jsonSpool = jsonPath === undefined ? null : openSpool(jsonPath === "-" ? out : jsonPath);
    const recordSpool = openSpool(out);
    const digestSpool = openItemSpool<RowDigest>(out);
    const issueSpool = openItemSpool<IssueLine>(out);
    let run: Run | null = null;
    // The workbook is written as the rows are decided: its temporary file is open for the whole run.
    const writeBook = async (stream: Writable) => {
      const exporting = openExportStream(stream, `${TOOL.name} ${reader.heading.sheet}`, at, (rows) => progress.update("write", rows));
      const head = {
        tool: TOOL,
        input: { file: inputFile, sha256, ...(workbook.writer ? { writer: workbook.writer } : {}) },
        tracker: { ...reader.heading, skipped: [] },
        packs: packs.map(compilePack),
        lang,
        at,
      };
      const writer = new ExportWriter(head, { unit, asOf, allowDuplicates: values["allow-duplicates"] ?? false }, exporting.sink, (text) => recordSpool.write(text), { digests: digestSpool, issueLines: issueSpool });
      run = await decideTrackerEach(
        {
          file: inputFile,
          sha256,
          ...(workbook.writer ? { writer: workbook.writer } : {}),
          packs,
          ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
          map,
          unit,
          lang,
          asOf,
          evaluator,
          at,
          onProgress: (_stage, done, total) => progress.update("decide", done, total),
        },
        read,
        async (d, i) => {
          await writer.decision(d);
          jsonSpool?.write(decisionText(d, i === 0, trace, layered));
        },
        false,
      );
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
      if (jsonPath === "-") await writeJson((text) => io.stdout(text));
      return { run: run! as Run };
    } finally {
      jsonSpool?.remove();
      recordSpool.remove();
      digestSpool.remove();
      issueSpool.remove();
    }
  };
  let result: Awaited<ReturnType<typeof decideAndWrite>>;
  try {
    result = await decideAndWrite();
  } finally {
    progress.finish();
  }
  const { run } = result;

  const report = jsonPath === "-" ? io.stderr : io.stdout;
  report(summaryText(run, lang));
  report(lang === "zh-CN" ? `审计工作簿：${out}\n` : `Audited workbook: ${out}\n`);
  if (jsonPath !== undefined && jsonPath !== "-") report(lang === "zh-CN" ? `JSON：${jsonPath}\n` : `JSON: ${jsonPath}\n`);
  return 0;
}
