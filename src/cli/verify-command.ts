import { basename } from "node:path";
import { sha256Hex } from "../digest";
import { JiebangError, message, type Lang, type MessageCode, type Params } from "../i18n";
import { readExport } from "../io";
import { parseUnit, type Unit } from "../money";
import {
  compareRecords,
  exportRecord,
  parseExportRecord,
  verifyExport,
  type CanonicalValue,
  type CellChange,
  type DigestMismatch,
  type ExportCheck,
  type ExportRecord,
  type RunComparison,
  type SheetChange,
} from "../report";
import { decideTracker } from "../run";
import { isFieldName, type FieldName } from "../tracker";
import { badArguments, parseCommandArgs } from "./args";
import { readInputFile } from "./files";
import { dateOption, unitOption } from "./options";
import { readTrackerFile } from "./tracker-file";
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

function changeLine(c: CellChange, lang: Lang): string {
  return `  ${c.sheet}!${c.cell}: ${shown(c.old, lang)} → ${shown(c.new, lang)}\n`;
}

function sheetLine(s: SheetChange, lang: Lang): string {
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

function printCheck(check: ExportCheck, file: string, lang: Lang, io: Io): void {
  if (check.intact) {
    io.stdout(`${say("VERIFY_INTACT", lang, { file, digest: check.recordDigest })}\n`);
    return;
  }
  io.stdout(`${say("VERIFY_ALTERED", lang, { file, count: check.sheets.length + check.changes.length + check.digests.length })}\n`);
  for (const s of check.sheets) io.stdout(sheetLine(s, lang));
  for (const c of check.changes) io.stdout(changeLine(c, lang));
  if (check.digests.length > 0) {
    io.stdout(`${say("VERIFY_DIGESTS", lang, { count: check.digests.length })}\n`);
    for (const d of check.digests) io.stdout(digestLine(d, lang));
  }
}

function printComparison(comparison: RunComparison, tracker: string, at: string, lang: Lang, io: Io): void {
  for (const i of comparison.inputs) {
    if (i.what === "input") io.stdout(`${say("VERIFY_INPUT_MISMATCH", lang, { file: tracker, recorded: i.recorded ?? "", now: i.now ?? "" })}\n`);
    else if (i.now === null) io.stdout(`${say("VERIFY_PACK_NOT_USED", lang, { pack: i.name, recorded: i.recorded ?? "" })}\n`);
    else if (i.recorded === null) io.stdout(`${say("VERIFY_PACK_NOT_RECORDED", lang, { pack: i.name, now: i.now })}\n`);
    else io.stdout(`${say("VERIFY_PACK_MISMATCH", lang, { pack: i.name, recorded: i.recorded, now: i.now })}\n`);
  }
  const count = comparison.sheets.length + comparison.changes.length;
  if (count === 0) {
    io.stdout(`${say("VERIFY_RERUN_SAME", lang, { file: tracker, at })}\n`);
    return;
  }
  io.stdout(`${say("VERIFY_RERUN_DIFFERENT", lang, { file: tracker, at, count })}\n`);
  for (const s of comparison.sheets) io.stdout(sheetLine(s, lang));
  for (const c of comparison.changes) io.stdout(changeLine(c, lang));
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

/** Decide the tracker again as the export's run did (its sheet, mapping, settings, packs' versions and time) and compare records. */
async function rerun(stored: ExportRecord, tracker: string, options: RerunOptions): Promise<RunComparison> {
  const recorded = stored.record.run;
  const recordedUnit = recorded.unit === undefined || recorded.unit === null ? null : parseUnit(recorded.unit);
  const unit = setting({ has: recorded.unit !== undefined, value: recordedUnit }, options.unit, "--unit", (u) => u ?? "∅") ?? null;
  const asOf = setting({ has: recorded.asOf !== undefined, value: recorded.asOf ?? null }, options.asOf, "--as-of", (d) => d ?? "∅") ?? null;
  const map: Partial<Record<FieldName, string>> = {};
  for (const [field, header] of Object.entries(recorded.map)) if (isFieldName(field) && typeof header === "string") map[field] = header;

  const packs = readPacks(options.rules);
  const { bytes, workbook } = await readTrackerFile(tracker);
  const run = await decideTracker({
    grids: workbook.grids,
    hiddenSheets: workbook.hiddenSheets,
    file: basename(tracker),
    sha256: sha256Hex(bytes),
    ...(workbook.writer ? { writer: workbook.writer } : {}),
    packs,
    sheet: recorded.sheet,
    map,
    unit,
    lang: stored.record.lang,
    asOf,
    at: stored.at,
  });
  return compareRecords(stored.record, exportRecord(run, { unit, asOf }).record);
}

/**
 * `jiebang verify <audited.xlsx> [tracker.xlsx] [--rules PACK…]`: check an
 * exported audited workbook against the record it carries and, with the
 * tracker, against a re-run. Exit 0 intact, 3 altered or different, 2 when
 * the file is no export of jiebang.
 */
export async function verifyCommand(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, VERIFY_OPTIONS);
  if (positionals.length === 0) throw badArguments({ "zh-CN": "缺少审计工作簿 <审计工作簿.xlsx>", en: "missing <audited.xlsx>" });
  if (positionals.length > 2) {
    throw badArguments({ "zh-CN": "用法：jiebang verify <审计工作簿.xlsx> [台账.xlsx]", en: "usage: jiebang verify <audited.xlsx> [tracker.xlsx]" });
  }
  const [file, tracker] = positionals as [string, string | undefined];
  if (tracker === undefined && (values.rules !== undefined || values.unit !== undefined || values["as-of"] !== undefined)) {
    throw badArguments({ "zh-CN": "--rules、--unit、--as-of 只用于重新判定，需要同时给出台账", en: "--rules, --unit and --as-of are for the re-run: give the tracker too" });
  }
  const unit: Unit | null | undefined = values.unit === undefined ? undefined : unitOption(values.unit);
  const asOf = values["as-of"] === undefined ? undefined : dateOption(values["as-of"]);

  const reading = await readExport(readInputFile(file), file);
  if (reading.record === null) throw new JiebangError("NOT_AN_EXPORT", { file }, { file });
  const parsed = parseExportRecord(reading.record);
  if (!parsed.ok) {
    io.stdout(`${say("VERIFY_RECORD_DAMAGED", lang, { file, why: parsed.why })}\n`);
    return EXIT_ALTERED;
  }
  const check = verifyExport(parsed.stored, reading.sheets);
  printCheck(check, file, lang, io);
  let same = check.intact;
  if (tracker !== undefined) {
    const comparison = await rerun(parsed.stored, tracker, { rules: values.rules ?? [], unit, asOf });
    printComparison(comparison, tracker, parsed.stored.at, lang, io);
    same = same && comparison.same;
  }
  return same ? 0 : EXIT_ALTERED;
}
