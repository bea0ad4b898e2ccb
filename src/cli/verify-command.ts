import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { sha256Hex } from "../digest";
import { JiebangError, message, type Lang, type MessageCode, type Params } from "../i18n";
import { openExport, readExport, readExportCharts, type ExportStream } from "../io";
import type { Decision } from "../engine";
import { parseUnit, type Unit } from "../money";
import {
  byPayee,
  RECORD_FORMAT,
  chartChanges,
  withChartChanges,
  withRerunCharts,
  type DrawnCharts,
  type PaymentItem,
  type PendingItem,
  compareRecords,
  ExportComparison,
  ExportWriter,
  exportRecord,
  parseExportRecord,
  RecordRows,
  RerunComparison,
  StoredRecordReader,
  verifyExport,
  type CanonicalValue,
  type CellChange,
  type DigestMismatch,
  type ExportCheck,
  type ExportRecord,
  type ExportSink,
  type Run,
  type RunComparison,
  type RunSettings,
  type SheetChange,
  type StoredScan,
} from "../report";
import { compilePack, type RulePack } from "../rules";
import { decideSourcesEach, decideTracker, decideTrackerEach } from "../run";
import { isFieldName, type FieldName } from "../tracker";
import { TOOL } from "../version";
import { badArguments, parseCommandArgs } from "./args";
import { openInputFile, openItemSpool, openSortedSpool, readInputFile, trackerFiles } from "./files";
import { dateOption, unitOption } from "./options";
import { withSources, type SourcesHow } from "./sources";
import { openTrackerStream, readTrackerFile, runInputOf, type TrackerSheetStream } from "./tracker-file";
import type { Io } from "./io";
import { readPacks } from "./packs";

/** Exit code of an export that changed since it was written, or that a re-run does not reproduce. */
export const EXIT_ALTERED = 3;

export const VERIFY_OPTIONS = {
  rules: { type: "string", multiple: true },
  unit: { type: "string" },
  "as-of": { type: "string" },
} as const;

function say(code: MessageCode, lang: Lang, params: Params = {}): string {
  return message(code, params, lang);
}

/** A canonical value as one line of text: text quoted (line breaks escaped), amounts and rates as their decimal strings. */
function shown(value: CanonicalValue, lang: Lang): string {
  if (value === null) return say("VERIFY_EMPTY", lang);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

const TYPE_WORDS: Readonly<Record<string, MessageCode>> = { number: "VERIFY_TYPE_NUMBER", text: "VERIFY_TYPE_TEXT", boolean: "VERIFY_TYPE_BOOLEAN", error: "VERIFY_TYPE_ERROR" };

/** One side of a change in how a cell shows: a type in words, a number format as written (General for none), yes or no. */
function shownLook(what: NonNullable<CellChange["what"]>, value: CanonicalValue, lang: Lang): string {
  switch (what) {
    case "type":
      return TYPE_WORDS[String(value)] ? say(TYPE_WORDS[String(value)]!, lang) : String(value);
    case "format":
      return value === null ? say("VERIFY_FORMAT_GENERAL", lang) : String(value);
    case "hiddenRow":
    case "hiddenColumn":
      return say(value === true ? "VERIFY_YES" : "VERIFY_NO", lang);
    default:
      return value === true ? say("VERIFY_RECORDED", lang) : shown(value, lang);
  }
}

const WHAT_WORDS: Readonly<Record<NonNullable<CellChange["what"]>, MessageCode>> = {
  type: "VERIFY_WHAT_TYPE",
  format: "VERIFY_WHAT_FORMAT",
  hiddenRow: "VERIFY_WHAT_HIDDEN",
  hiddenColumn: "VERIFY_WHAT_HIDDEN",
  hyperlink: "VERIFY_WHAT_HYPERLINK",
  note: "VERIFY_WHAT_NOTE",
};

/** A changed cell (`sheet!cell: old → new`); a change in how it shows names what changed (`sheet!cell: 数字格式 old → new`), a row's or column's by its number or letter. */
function changeLine(c: CellChange, lang: Lang): string {
  if (c.what === undefined) return `  ${c.sheet}!${c.cell}: ${shown(c.old, lang)} → ${shown(c.new, lang)}\n`;
  const at = c.what === "hiddenRow" ? say("VERIFY_ROW", lang, { row: c.cell }) : c.what === "hiddenColumn" ? say("VERIFY_COLUMN", lang, { column: c.cell }) : c.cell;
  return `  ${c.sheet}!${at}: ${say(WHAT_WORDS[c.what], lang)} ${shownLook(c.what, c.old, lang)} → ${shownLook(c.what, c.new, lang)}\n`;
}

/** A sheet's state in words: visible no, hidden yes, very hidden yes (very hidden). */
function stateWords(state: string, lang: Lang): string {
  return say(state === "visible" ? "VERIFY_NO" : state === "veryHidden" ? "VERIFY_VERY_HIDDEN" : "VERIFY_YES", lang);
}

function sheetLine(s: SheetChange, lang: Lang): string {
  if (s.change === "chart") return `  ${say(s.what === "changed" ? "VERIFY_CHART_CHANGED" : s.what === "removed" ? "VERIFY_CHART_REMOVED" : "VERIFY_CHART_ADDED", lang, { sheet: s.sheet, chart: s.chart })}\n`;
  if (s.change === "state") return `  ${say("VERIFY_SHEET_STATE", lang, { sheet: s.sheet, what: say("VERIFY_WHAT_HIDDEN", lang), old: stateWords(s.old, lang), new: stateWords(s.new, lang) })}\n`;
  return `  ${say(s.change === "missing" ? "VERIFY_SHEET_MISSING" : "VERIFY_SHEET_ADDED", lang, { sheet: s.sheet })}\n`;
}

function digestLine(d: DigestMismatch, lang: Lang): string {
  const what =
    d.scope === "record"
      ? say("VERIFY_DIGEST_RECORD", lang)
      : d.scope === "sheet"
        ? say("VERIFY_DIGEST_SHEET", lang, { name: d.name })
        : say("VERIFY_DIGEST_ROW", lang, { name: d.name, project: d.project === undefined || d.project === null ? "—" : String(d.project) });
  const note = lang === "zh-CN" ? `（${what}）` : ` (${what})`;
  return `  ${d.sheet}!${d.cell}: ${shown(d.computed, lang)} → ${shown(d.stored, lang)}${note}\n`;
}

function unlistedLine(count: number, shown: number, lang: Lang): string {
  return `  ${say("VERIFY_UNLISTED", lang, { count, shown })}\n`;
}

function printCheck(check: ExportCheck, file: string, lang: Lang, io: Io): void {
  if (check.intact) {
    io.stdout(`${say("VERIFY_INTACT", lang, { file, digest: check.recordDigest })}\n`);
    return;
  }
  const changes = check.changes.length + (check.unlisted?.changes ?? 0);
  const digests = check.digests.length + (check.unlisted?.digests ?? 0);
  io.stdout(`${say("VERIFY_ALTERED", lang, { file, count: check.sheets.length + changes + digests })}\n`);
  for (const s of check.sheets) io.stdout(sheetLine(s, lang));
  for (const c of check.changes) io.stdout(changeLine(c, lang));
  if (check.unlisted?.changes) io.stdout(unlistedLine(check.unlisted.changes, check.changes.length, lang));
  if (digests > 0) {
    io.stdout(`${say("VERIFY_DIGESTS", lang, { count: digests })}\n`);
    for (const d of check.digests) io.stdout(digestLine(d, lang));
    if (check.unlisted?.digests) io.stdout(unlistedLine(check.unlisted.digests, check.digests.length, lang));
  }
}

function printComparison(comparison: RunComparison, tracker: string, stored: ExportRecord, lang: Lang, io: Io): void {
  const at = stored.at;
  for (const i of comparison.inputs) {
    // A consolidated run names each source by its file; a run of one tracker, "input".
    const file = i.name === "input" ? tracker : i.name;
    if (i.what === "input" && i.recorded === null) io.stdout(`${say("VERIFY_SOURCE_NOT_RECORDED", lang, { file, now: i.now ?? "" })}\n`);
    else if (i.what === "input" && i.now === null) io.stdout(`${say("VERIFY_SOURCE_NOT_GIVEN", lang, { file, recorded: i.recorded ?? "" })}\n`);
    else if (i.what === "input") io.stdout(`${say("VERIFY_INPUT_MISMATCH", lang, { file, recorded: i.recorded ?? "", now: i.now ?? "" })}\n`);
    else if (i.now === null) io.stdout(`${say("VERIFY_PACK_NOT_USED", lang, { pack: i.name, recorded: i.recorded ?? "" })}\n`);
    else if (i.recorded === null) io.stdout(`${say("VERIFY_PACK_NOT_RECORDED", lang, { pack: i.name, now: i.now })}\n`);
    else io.stdout(`${say("VERIFY_PACK_MISMATCH", lang, { pack: i.name, recorded: i.recorded, now: i.now })}\n`);
  }
  const count = comparison.sheets.length + comparison.changes.length + (comparison.unlisted?.changes ?? 0);
  if (count === 0) {
    io.stdout(`${say("VERIFY_RERUN_SAME", lang, { file: tracker, at })}\n`);
    return;
  }
  // An export of an earlier record format or version is re-run by this one: its layout and words may differ without its figures.
  const tool = stored.record.tool;
  if (stored.record.format !== RECORD_FORMAT || tool.version !== TOOL.version) {
    io.stdout(`${say("VERIFY_RERUN_OLDER", lang, { tool: `${tool.name} ${tool.version}`, format: stored.record.format, now: `${TOOL.name} ${TOOL.version}` })}\n`);
  }
  io.stdout(`${say("VERIFY_RERUN_DIFFERENT", lang, { file: tracker, at, count })}\n`);
  for (const s of comparison.sheets) io.stdout(sheetLine(s, lang));
  for (const c of comparison.changes) io.stdout(changeLine(c, lang));
  if (comparison.unlisted?.changes) io.stdout(unlistedLine(comparison.unlisted.changes, comparison.changes.length, lang));
}

/** The run's setting as recorded, else as given; a given value that contradicts the record is refused. */
function setting<T>(recorded: { has: boolean; value: T }, given: T | undefined, option: string, text: (v: T) => string): T | undefined {
  if (!recorded.has) return given;
  if (given !== undefined && given !== recorded.value) {
    throw new JiebangError("VERIFY_OPTION_CONFLICT", { option, recorded: text(recorded.value), given: text(given) });
  }
  return recorded.value;
}

interface RerunOptions {
  readonly rules: readonly string[];
  readonly unit: Unit | null | undefined;
  readonly asOf: string | null | undefined;
}

/** The export's run as recorded: its settings (a given one that contradicts them refused) and its mapping. */
function recordedSettings(stored: ExportRecord, options: RerunOptions): { unit: Unit | null; asOf: string | null; allowDuplicates: boolean; map: Partial<Record<FieldName, string>>; signoff?: readonly string[] } {
  const recorded = stored.record.run;
  const recordedUnit = recorded.unit === undefined || recorded.unit === null ? null : parseUnit(recorded.unit);
  const unit = setting({ has: recorded.unit !== undefined, value: recordedUnit }, options.unit, "--unit", (u) => u ?? "∅") ?? null;
  const asOf = setting({ has: recorded.asOf !== undefined, value: recorded.asOf ?? null }, options.asOf, "--as-of", (d) => d ?? "∅") ?? null;
  const map: Partial<Record<FieldName, string>> = {};
  for (const [field, header] of Object.entries(recorded.map)) if (isFieldName(field) && typeof header === "string") map[field] = header;
  // As the run was asked: a project reported again was a warning there, so it is here.
  const allowDuplicates = recorded.allowDuplicates === true;
  // The sign-off block's labels as the run was given them.
  const signoff = Array.isArray(recorded.signoff) ? recorded.signoff.filter((l): l is string => typeof l === "string") : undefined;
  return { unit, asOf, allowDuplicates, map, ...(signoff !== undefined ? { signoff } : {}) };
}

/** Decide the tracker again as the export's run did (its sheet, mapping, settings, packs' versions and time) and compare records, both held whole. */
async function rerunWhole(stored: ExportRecord, tracker: string, options: RerunOptions): Promise<RunComparison> {
  const { unit, asOf, allowDuplicates, map, signoff } = recordedSettings(stored, options);
  const packs = readPacks(options.rules);
  const { bytes, workbook } = await readTrackerFile(tracker);
  const run = await decideTracker({
    grids: workbook.grids,
    hiddenSheets: workbook.hiddenSheets,
    file: basename(tracker),
    sha256: sha256Hex(bytes),
    ...(workbook.writer ? { writer: workbook.writer } : {}),
    packs,
    sheet: stored.record.run.sheet,
    map,
    unit,
    lang: stored.record.lang,
    asOf,
    allowDuplicates,
    at: stored.at,
  });
  const fresh = exportRecord(run, { unit, asOf, allowDuplicates, ...(signoff !== undefined ? { signoff } : {}) }).record;
  return withRerunCharts(compareRecords(stored.record, fresh), stored.record.shownCharts, fresh.shownCharts);
}

/** An export's sheets are not written when a run is only compared. */
const NO_SHEETS: ExportSink = { sheet: () => undefined, row: () => undefined, end: () => undefined };

/**
 * The same re-run as a stream, as `run` decides: the tracker's rows read,
 * decided and let go a chunk at a time, the fresh record's text compared
 * with the stored record's rows (read again from the export) as it is made.
 */
async function rerun(stored: ExportRecord, rows: RecordRows, tracker: string, options: RerunOptions, breathe: () => Promise<void>): Promise<RunComparison> {
  const settings = recordedSettings(stored, options);
  const { unit, allowDuplicates, map } = settings;
  const packs = readPacks(options.rules);
  const opened = await openTrackerStream(tracker, { sheet: stored.record.run.sheet, map, unit, allowDuplicates });
  try {
    return await rerunFrom(opened, stored, rows, tracker, packs, settings, breathe);
  } finally {
    opened.input.close();
  }
}

async function rerunFrom(
  opened: TrackerSheetStream,
  stored: ExportRecord,
  rows: RecordRows,
  tracker: string,
  packs: RulePack[],
  { unit, asOf, allowDuplicates, map, signoff }: { unit: Unit | null; asOf: string | null; allowDuplicates: boolean; map: Partial<Record<FieldName, string>>; signoff?: readonly string[] },
  breathe: () => Promise<void>,
): Promise<RunComparison> {
  const { reader, stream } = opened;
  const lang = stored.record.lang;
  const comparison = new RerunComparison(stored, rows);
  const input = runInputOf(tracker, opened);
  const tracked = { ...reader.heading, skipped: [] };
  const head = { tool: TOOL, input, tracker: tracked, packs: packs.map(compilePack), lang, at: stored.at };
  const settings = { unit, asOf, allowDuplicates, ...(signoff !== undefined ? { signoff } : {}) };
  return rerunCompared(stored, head, settings, comparison, breathe, (each) =>
    decideTrackerEach({ ...input, packs, sheet: stored.record.run.sheet, map, unit, lang, asOf, at: stored.at }, { stream }, each, false),
  );
}

/**
 * Write a re-run's record into `comparison` as `decide` hands each decision
 * on (nothing of the sheets written, what it keeps off the heap), and compare
 * the charts its export would draw with the stored record's.
 */
async function rerunCompared(
  stored: ExportRecord,
  head: ConstructorParameters<typeof ExportWriter>[0],
  settings: RunSettings,
  comparison: { write(text: string): void; result(): RunComparison },
  breathe: () => Promise<void>,
  decide: (each: (d: Decision) => Promise<void>) => Promise<Run>,
): Promise<RunComparison> {
  const stores = rerunStores();
  try {
    const writer = new ExportWriter(head, settings, NO_SHEETS, (text) => comparison.write(text), stores);
    const run = await decide(async (d) => {
      await writer.decision(d);
      await breathe();
    });
    await writer.finish(run);
    return withRerunCharts(comparison.result(), stored.record.shownCharts, writer.shownCharts);
  } finally {
    stores.remove();
  }
}

/**
 * What a streamed re-run keeps until its end, off the heap as `run` keeps
 * it: the payment list's items (sorted in files) and the pending rows, in
 * the temporary directory. The row digests are listed after the record is
 * sealed: a comparison of records has no use for them.
 */
function rerunStores() {
  const besides = join(tmpdir(), "jiebang-verify");
  const payments = openSortedSpool<PaymentItem>(besides, byPayee);
  const pending = openItemSpool<PendingItem>(besides);
  return {
    digests: { push: () => undefined, read: () => [] },
    payments,
    pending,
    remove() {
      payments.remove();
      pending.remove();
    },
  };
}

/** A consolidated export's run as recorded: its sources asked for as the run asked (`--sheet`, `--all-sheets`), with its settings. */
function recordedSources(stored: ExportRecord, options: RerunOptions): { how: SourcesHow; settings: RunSettings } {
  const { unit, asOf, allowDuplicates, map, signoff } = recordedSettings(stored, options);
  const recorded = stored.record.run;
  const sheet = recorded.sheetGiven;
  const allSheets = recorded.allSheets === true;
  return {
    how: { sheet, allSheets, map, unit, allowDuplicates },
    settings: { unit, asOf, allowDuplicates, ...(sheet !== undefined ? { sheet } : {}), ...(allSheets ? { allSheets } : {}), ...(signoff !== undefined ? { signoff } : {}) },
  };
}

/**
 * A consolidated export decided again from the trackers given (files or
 * folders), as `run` decided it: the fresh record's text handed to `record`
 * (a fresh one per attempt: a source left out only once its rows are read
 * makes the run begin again).
 */
async function rerunSources(stored: ExportRecord, trackers: readonly string[], options: RerunOptions, lang: Lang, io: Io, compare: () => { write(text: string): void; result(): RunComparison }, breathe: () => Promise<void>): Promise<RunComparison> {
  const { how, settings } = recordedSources(stored, options);
  const packs = readPacks(options.rules);
  const at = stored.at;
  const runLang = stored.record.lang;
  return withSources(inRecordedOrder(stored, trackerFiles(trackers)), how, lang, runLang, (text) => io.stderr(text), {
    many: async (head, sources) => {
      const options = { packs, map: how.map, unit: how.unit, lang: runLang, asOf: settings.asOf ?? null, at, allowDuplicates: how.allowDuplicates };
      return rerunCompared(stored, { tool: TOOL, ...head, packs: packs.map(compilePack), lang: runLang, at }, settings, compare(), breathe, (each) => decideSourcesEach(options, sources, head.skippedSources, each));
    },
  });
}

/** Every so often, let the event loop run (a signal, a timer) between chunks of a long read. */
function breather(): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < 50) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = Date.now();
  };
}

async function drain(steps: Iterable<void>, breathe: () => Promise<void>): Promise<void> {
  for (const _ of steps) await breathe();
}

/** Read the export's record through once: its shape, its head and digests. A sheet that cannot be read refuses the file as readExport would (the first such part in the workbook's order). */
async function scanRecord(exported: ExportStream, breathe: () => Promise<void>): Promise<StoredScan> {
  const reader = new StoredRecordReader();
  try {
    for (const text of exported.recordText()) {
      reader.write(text);
      await breathe();
    }
  } catch (error) {
    await drain(exported.walk(), breathe);
    throw error;
  }
  return reader.finish();
}

/**
 * `jiebang verify <audited.xlsx> [tracker.xlsx] [--rules PACK…]`: check an
 * exported audited workbook against the record it carries and, with the
 * tracker, against a re-run. Exit 0 intact, 3 altered or different, 2 when
 * the file is no export of jiebang.
 *
 * The export is read as a stream: the record's text once for its shape and
 * digests, then each sheet beside the record's rows for it, nothing of
 * either held but a chunk; the re-run is compared as it is decided. A
 * record laid out otherwise than jiebang writes it is read whole.
 */
export async function verifyCommand(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, VERIFY_OPTIONS);
  if (positionals.length === 0) throw badArguments({ "zh-CN": "缺少审计工作簿 <审计工作簿.xlsx>", en: "missing <audited.xlsx>" });
  const [file, ...trackers] = positionals as [string, ...string[]];
  const tracker = trackers[0];
  if (tracker === undefined && (values.rules !== undefined || values.unit !== undefined || values["as-of"] !== undefined)) {
    throw badArguments({ "zh-CN": "--rules、--unit、--as-of 只用于重新判定，需要同时给出台账", en: "--rules, --unit and --as-of are for the re-run: give the tracker too" });
  }
  const unit: Unit | null | undefined = values.unit === undefined ? undefined : unitOption(values.unit);
  const asOf = values["as-of"] === undefined ? undefined : dateOption(values["as-of"]);
  const options: RerunOptions = { rules: values.rules ?? [], unit, asOf };
  const breathe = breather();

  // The export is read a piece at a time, not held whole.
  const opened = openInputFile(file);
  try {
    const exported = openExport(opened.source, file);
    if (!exported.hasRecord) {
      await drain(exported.walk(), breathe);
      throw new JiebangError("NOT_AN_EXPORT", { file }, { file });
    }
    const scan = await scanRecord(exported, breathe);
    if (scan.kind === "irregular") return verifyWhole(readInputFile(file), file, trackers, options, lang, io);
    if (scan.kind === "damaged") {
      await drain(exported.walk(), breathe);
      // Only JSON.parse says why a text is no JSON, and only of the whole text.
      const reading = scan.why === null ? parseExportRecord([...exported.recordText()].join("")) : null;
      if (reading?.ok) return verifyWhole(readInputFile(file), file, trackers, options, lang, io);
      io.stdout(`${say("VERIFY_RECORD_DAMAGED", lang, { file, why: reading ? reading.why : scan.why! })}\n`);
      return EXIT_ALTERED;
    }
    const rows = new RecordRows(() => exported.recordText());
    const comparison = new ExportComparison(scan, rows);
    await drain(
      exported.walk((sheet) => comparison.sheet(sheet)),
      breathe,
    );
    const check = withDrawnCharts(comparison.result(), scan.stored, opened.source, file);
    printCheck(check, file, lang, io);
    let same = check.intact;
    if (tracker !== undefined) {
      const compared = consolidated(scan.stored)
        ? await rerunSources(scan.stored, trackers, options, lang, io, () => new RerunComparison(scan.stored, rows), breathe)
        : await rerun(scan.stored, rows, oneTracker(trackers), options, breathe);
      printComparison(compared, trackers.join(lang === "zh-CN" ? "、" : ", "), scan.stored, lang, io);
      same = same && compared.same;
    }
    return same ? 0 : EXIT_ALTERED;
  } finally {
    opened.close();
  }
}

/** The check of an export's sheets with its charts': those it draws (each sheet's by its parts' SHA-256, read from the package, the sheets' XML streamed) against the record's. */
function withDrawnCharts(check: ExportCheck, stored: ExportRecord, source: Parameters<typeof readExportCharts>[0], file: string): ExportCheck {
  const drawn: DrawnCharts[] = readExportCharts(source, file).map((s) => ({ sheet: s.sheet, sha256s: s.charts.map((c) => c.sha256) }));
  return withChartChanges(check, chartChanges(stored.record.shownCharts, drawn));
}

/** Whether the export's run decided several trackers together (its re-run is then one of them all). */
function consolidated(stored: ExportRecord): boolean {
  return stored.record.run.sources !== undefined;
}

/** The one tracker an export of one tracker is decided again from: a file, or a folder holding one (as `run` took it). */
function oneTracker(trackers: readonly string[]): string {
  const files = trackerFiles(trackers);
  if (files.length !== 1) {
    throw badArguments({ "zh-CN": "这份审计工作簿只判定了一个台账：用法 jiebang verify <审计工作簿.xlsx> [台账.xlsx]", en: "this audited workbook decided one tracker: usage jiebang verify <audited.xlsx> [tracker.xlsx]" });
  }
  return files[0]!;
}

/**
 * The trackers given, in the order the export's run had them: each recorded
 * source matched by its file name (a consolidated run's names are distinct),
 * else, renamed since, by its SHA-256; then the sources it skipped, by name;
 * then whatever else was given (which the comparison then names as not
 * recorded). So the order or the folder they are given in does not matter.
 * A file is hashed here only when its name matches no recorded source.
 */
function inRecordedOrder(stored: ExportRecord, files: readonly string[]): string[] {
  const recorded = stored.record.run;
  const names = [...new Set([...(recorded.sources ?? []).map((s) => s.file), ...(recorded.skippedSources ?? []).map((k) => k.file)])];
  const left = files.map((path) => ({ path, name: basename(path) }));
  const byName = new Map<string, string>();
  for (const name of names) {
    const at = left.findIndex((f) => f.name === name);
    if (at >= 0) byName.set(name, left.splice(at, 1)[0]!.path);
  }
  const unnamed = left.map((f) => ({ ...f, sha256: fileSha256(f.path) }));
  const ordered: string[] = [];
  for (const name of names) {
    const given = byName.get(name);
    if (given !== undefined) {
      ordered.push(given);
      continue;
    }
    const sha256 = recorded.sources?.find((s) => s.file === name)?.input.sha256;
    const at = sha256 === undefined ? -1 : unnamed.findIndex((f) => f.sha256 === sha256);
    if (at >= 0) ordered.push(unnamed.splice(at, 1)[0]!.path);
  }
  return [...ordered, ...unnamed.map((f) => f.path)];
}

/** A file's SHA-256, or null when it cannot be read (the run then says why). */
function fileSha256(path: string): string | null {
  try {
    const input = openInputFile(path);
    input.close();
    return input.sha256;
  } catch {
    return null;
  }
}

/** The fresh record's text, collected whole and compared with the export's (verify's whole path). */
function collectedComparison(stored: ExportRecord): { write(text: string): void; result(): RunComparison } {
  const parts: string[] = [];
  return {
    write: (text) => void parts.push(text),
    result: () => {
      const fresh = parseExportRecord(parts.join(""));
      if (!fresh.ok) throw new Error(`the fresh run's record is not as expected (${fresh.why})`);
      return compareRecords(stored.record, fresh.stored.record);
    },
  };
}

/** verify with the export and its record held whole: for a record not laid out as jiebang writes it (the same findings, by the same rules). */
async function verifyWhole(bytes: Uint8Array, file: string, trackers: readonly string[], options: RerunOptions, lang: Lang, io: Io): Promise<number> {
  const tracker = trackers[0];
  const reading = await readExport(bytes, file);
  if (reading.record === null) throw new JiebangError("NOT_AN_EXPORT", { file }, { file });
  const parsed = parseExportRecord(reading.record);
  if (!parsed.ok) {
    io.stdout(`${say("VERIFY_RECORD_DAMAGED", lang, { file, why: parsed.why })}\n`);
    return EXIT_ALTERED;
  }
  const check = withDrawnCharts(verifyExport(parsed.stored, reading.sheets), parsed.stored, bytes, file);
  printCheck(check, file, lang, io);
  let same = check.intact;
  if (tracker !== undefined) {
    const comparison = consolidated(parsed.stored)
      ? await rerunSources(parsed.stored, trackers, options, lang, io, () => collectedComparison(parsed.stored), async () => undefined)
      : await rerunWhole(parsed.stored, oneTracker(trackers), options);
    printComparison(comparison, trackers.join(lang === "zh-CN" ? "、" : ", "), parsed.stored, lang, io);
    same = same && comparison.same;
  }
  return same ? 0 : EXIT_ALTERED;
}
