import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256Hex } from "../digest";
import { rulesHelpText } from "./help";
import { JiebangError, type Lang, type Localized } from "../i18n";
import { writeWorkbook } from "../io";
import { yuanDisplay, type Decimal } from "../money";
import { decidePairs, needsWholeRun } from "../engine";
import { DIFF_LABELS as DIFF_HEADERS, diffRuns, diffWorkbook, RunDiffer, type RunDiff, explainPack, explanationMarkdown, ruleTestFileErrors, runRuleTests, typeLabel, type RuleTestFile } from "../policy";
import { STATUS_LABELS, Summarizer } from "../report";
import { compilePack, readPack, type Finding, type RulePack, type RulePackDocument } from "../rules";
import { schemaDetail, valueAt } from "../rules/check";
import { lintPack } from "../rules/lint";
import { lintVersions } from "../rules/lint-versions";
import { decideTracker, trackerOf } from "../run";
import { badArguments, parseCommandArgs } from "./args";
import { assertWritable, commitFiles, readInputFile } from "./files";
import { dateOption, mapOption, unitOption } from "./options";
import { openTrackerStream, readTrackerFile } from "./tracker-file";
import type { Io } from "./io";
import { readPackFile } from "./packs";
import { renderTable } from "./table";

const RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));
const SCHEMA_FILE = /\.schema\.json$/;
const TESTS_FILE = /\.tests\.json$/;

/** Exit code of a check or test that found something wrong. */
export const EXIT_FINDINGS = 3;

const T = {
  error: { "zh-CN": "错误", en: "error" },
  warning: { "zh-CN": "警告", en: "warning" },
  clean: { "zh-CN": "✓ 已检查 {n} 个规则包，没有发现问题。", en: "✓ {n} packs checked, nothing found." },
  counts: { "zh-CN": "已检查 {n} 个规则包：{errors} 个错误，{warnings} 个警告。", en: "{n} packs checked: {errors} errors, {warnings} warnings." },
  notJson: { "zh-CN": "不是有效的 JSON：{why}", en: "not valid JSON: {why}" },
  testsInvalid: { "zh-CN": "测试文件不符合格式：{pointer} {why}", en: "the tests file does not fit its format: {pointer} {why}" },
  testsCase: { "zh-CN": "用例「{name}」的 {key}：", en: "case “{name}”, key {key}:" },
  passed: { "zh-CN": "{passed}/{total} 通过", en: "{passed}/{total} passed" },
  expected: { "zh-CN": "应为 {expected}，实为 {actual}", en: "expected {expected}, got {actual}" },
  coverage: { "zh-CN": "覆盖：{reached}/{total}", en: "coverage: {reached}/{total}" },
  notReached: { "zh-CN": "没有测试用例覆盖（请为每一项添加用例）：", en: "not reached by any case (add a case for each):" },
  noTests: { "zh-CN": "没有找到规则测试（*.tests.json）。", en: "No rule tests (*.tests.json) found." },
  untestedError: { "zh-CN": "✗ {file} 旁没有测试文件（*.tests.json）：请为它写测试，或加 --allow-untested 明确允许。", en: "✗ {file} has no tests file (*.tests.json) beside it: write its tests, or pass --allow-untested." },
  untestedWarning: { "zh-CN": "提示：{file} 旁没有测试文件（*.tests.json）。", en: "Warning: {file} has no tests file (*.tests.json) beside it." },
  noChange: { "zh-CN": "两个规则包对此台账的判定完全相同。", en: "The two packs decide this tracker identically." },
  trackerTotal: { "zh-CN": "整个台账（{rows} 行）补助合计：{old} → {new}（变化 {change}）", en: "Total subsidy of the whole tracker ({rows} rows): {old} → {new} (change {change})" },
  total: { "zh-CN": "其中变化的 {rows} 行：{old} → {new}（变化 {change}）", en: "Of which the {rows} rows that change: {old} → {new} (change {change})" },
} as const;

function say(key: keyof typeof T, lang: Lang, params: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/** Every .json below a directory (or the file itself), schemas excluded. */
function jsonFiles(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new JiebangError("PACK_NOT_FOUND", { file: path }, { file: path });
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json") && !SCHEMA_FILE.test(f))
    .sort()
    .map((f) => join(path, f));
}

interface SourcedFinding extends Finding {
  readonly source: string;
}

function findingLine(f: SourcedFinding, lang: Lang): string {
  const rule = f.rule ? ` [${f.rule}]` : "";
  return `${display(f.source)} ${f.pointer || "/"}${rule} ${T[f.severity][lang]} ${f.code}: ${f.message[lang]}`;
}

/** `jiebang rules check [pack…]`: the schema, the meaning and the versions of packs. */
async function check(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const { positionals } = parseCommandArgs(args, {});
  const files = (positionals.length > 0 ? positionals : [RULES_DIR]).flatMap(jsonFiles);
  const findings: SourcedFinding[] = [];
  const loaded: Array<{ doc: RulePackDocument; source: string }> = [];
  let packs = 0;
  for (const file of files) {
    const text = new TextDecoder().decode(readInputFile(file));
    if (TESTS_FILE.test(file)) {
      findings.push(...testsFileFindings(text, file));
      continue;
    }
    packs++;
    const reading = readPack(text, file);
    if (!reading.ok && reading.notJson !== undefined) {
      findings.push({ source: file, severity: "error", code: "PACK_NOT_JSON", pointer: "", message: localized("notJson", { why: reading.notJson }) });
      continue;
    }
    findings.push(...reading.findings.map((f) => ({ ...f, source: file })));
    if (!reading.ok) continue;
    findings.push(...lintPack(reading.pack.document).map((f) => ({ ...f, source: file })));
    loaded.push({ doc: reading.pack.document, source: file });
  }
  findings.push(...lintVersions(loaded));
  for (const f of findings) io.stdout(`${findingLine(f, lang)}\n`);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  io.stdout(findings.length === 0 ? `${say("clean", lang, { n: packs })}\n` : `${say("counts", lang, { n: packs, errors, warnings })}\n`);
  return errors > 0 ? EXIT_FINDINGS : 0;
}

function localized(key: keyof typeof T, params: Record<string, string>): Localized {
  return { "zh-CN": say(key, "zh-CN", params), en: say(key, "en", params) };
}

function testsFileFindings(text: string, file: string): SourcedFinding[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return [{ source: file, severity: "error", code: "TESTS_NOT_JSON", pointer: "", message: localized("notJson", { why: (error as Error).message }) }];
  }
  // Each error in words, naming the case (by its name) and the key.
  const cases = (document as { cases?: Array<{ name?: unknown }> } | null)?.cases;
  return ruleTestFileErrors(document).map((e) => {
    const at = /^\/cases\/(\d+)(\/.*)?$/.exec(e.instancePath);
    const name = at ? cases?.[Number(at[1])]?.name : undefined;
    const why = schemaDetail(e, e.keyword === "enum" ? valueAt(document, e.instancePath) : undefined);
    const where = at && typeof name === "string" ? localized("testsCase", { name, key: at[2] || "/" }) : { "zh-CN": e.instancePath || "/", en: e.instancePath || "/" };
    return {
      source: file,
      severity: "error" as const,
      code: "TESTS_SCHEMA",
      pointer: e.instancePath,
      message: { "zh-CN": localized("testsInvalid", { pointer: where["zh-CN"], why: why["zh-CN"] })["zh-CN"], en: localized("testsInvalid", { pointer: where.en, why: why.en }).en },
    };
  });
}

function readTestsFile(file: string): RuleTestFile {
  const findings = testsFileFindings(new TextDecoder().decode(readInputFile(file)), file);
  if (findings.length > 0) throw new JiebangError("PACK_INVALID", { file, pointer: findings[0]!.pointer || "/", why: findings[0]!.message }, { file });
  return JSON.parse(readFileSync(file, "utf8")) as RuleTestFile;
}

function show(value: unknown): string {
  return value === null || value === undefined ? "∅" : Array.isArray(value) ? `[${value.join(", ")}]` : String(value);
}

/** `jiebang rules test [pack…]`: run the cases beside each pack and report failures and coverage. */
async function test(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { "require-full-coverage": { type: "boolean" }, "allow-untested": { type: "boolean" } });
  const isFile = (f: string) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  };
  const named = positionals.length > 0;
  const packFiles = (named ? positionals.flatMap((p) => jsonFiles(p)) : jsonFiles(RULES_DIR)).filter((f) => !TESTS_FILE.test(f) && !f.endsWith(".schema.json"));
  const testFiles = named ? positionals.flatMap((p) => jsonFiles(p)).map((p) => (TESTS_FILE.test(p) ? p : p.replace(/\.json$/, ".tests.json"))) : jsonFiles(RULES_DIR).filter((f) => TESTS_FILE.test(f));
  const unique = [...new Set(testFiles)].filter(isFile);
  // A pack with no tests beside it: named on the command line, that fails the run unless --allow-untested; else a warning.
  const untested = packFiles.filter((f) => !isFile(f.replace(/\.json$/, ".tests.json")));
  for (const file of untested) io.stdout(`${say(named && !values["allow-untested"] ? "untestedError" : "untestedWarning", lang, { file: display(file) })}\n`);
  if (unique.length === 0) {
    io.stdout(`${say("noTests", lang)}\n`);
    return EXIT_FINDINGS;
  }
  let failed = named && !values["allow-untested"] && untested.length > 0;
  for (const file of unique) {
    const tests = readTestsFile(file);
    const base = dirname(file);
    const tested = readPackFile(resolve(base, tests.pack));
    const withPacks = (tests.with ?? []).map((p) => readPackFile(resolve(base, p)));
    const report = await runRuleTests(tests, tested, withPacks, lang);
    const passed = report.results.filter((r) => r.passed).length;
    io.stdout(`${display(file)} — ${report.pack}: ${say("passed", lang, { passed, total: report.results.length })}\n`);
    for (const result of report.results) {
      if (result.passed) continue;
      failed = true;
      io.stdout(`  ✗ ${result.name}\n`);
      for (const d of result.differences) io.stdout(`      ${d.what}: ${say("expected", lang, { expected: show(d.expected), actual: show(d.actual) })}\n`);
      for (const r of result.layer?.reasons ?? []) io.stdout(`      · ${r.code}: ${r.message}\n`);
    }
    const reached = report.coverage.filter((c) => c.reached).length;
    io.stdout(`  ${say("coverage", lang, { reached, total: report.coverage.length })}\n`);
    const missing = report.coverage.filter((c) => !c.reached);
    if (missing.length > 0) {
      io.stdout(`  ${say("notReached", lang)}\n`);
      for (const c of missing) io.stdout(`    - ${c.label[lang]}\n`);
      if (values["require-full-coverage"]) failed = true;
    }
  }
  return failed ? EXIT_FINDINGS : 0;
}

/** `jiebang rules explain <pack> [--out FILE.md]`: the pack in sentences. */
async function explain(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: "string" }, force: { type: "boolean" } });
  if (positionals.length !== 1) throw badArguments({ "zh-CN": "需要且只需要一个规则包文件", en: "give exactly one pack file" });
  const pack = readPackFile(positionals[0]!);
  const markdown = explanationMarkdown(explainPack(pack, lang), lang);
  if (values.out !== undefined) {
    assertWritable(values.out, values.force ?? false, positionals[0]!);
    await commitFiles([{ path: values.out, bytes: new TextEncoder().encode(markdown) }], values.force ?? false);
  } else io.stdout(markdown);
  return 0;
}

/** `jiebang rules diff <old> <new> <tracker.xlsx>`: what a rule change would change on a real tracker. */
async function diff(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: "string" },
    force: { type: "boolean" },
    sheet: { type: "string" },
    map: { type: "string", multiple: true },
    unit: { type: "string" },
    "as-of": { type: "string" },
    with: { type: "string", multiple: true },
  });
  if (positionals.length !== 3) throw badArguments({ "zh-CN": "用法：jiebang rules diff <旧规则包> <新规则包> <台账.xlsx>", en: "usage: jiebang rules diff <old-pack> <new-pack> <tracker.xlsx>" });
  const [oldPath, newPath, input] = positionals as [string, string, string];
  const unit = values.unit === undefined ? null : unitOption(values.unit);
  const asOf = values["as-of"] === undefined ? null : dateOption(values["as-of"]);
  const map = mapOption(values.map);
  if (values.out !== undefined) assertWritable(values.out, values.force ?? false, input);
  const packsOf = (path: string) => jsonFiles(path).filter((f) => !TESTS_FILE.test(f)).map(readPackFile);
  // --with: the packs both sides stand on (a city's old and new pack, each on top of the region's).
  const under = (values.with ?? []).flatMap(packsOf);
  const [before, after] = [[...under, ...packsOf(oldPath)], [...under, ...packsOf(newPath)]] as [RulePack[], RulePack[]];
  const at = io.now().toISOString();
  const sheetOptions = { ...(values.sheet !== undefined ? { sheet: values.sheet } : {}), map, unit };
  let result: RunDiff;
  let totals: { old: Decimal; new: Decimal; rows: number };
  if (needsWholeRun(before.map(compilePack)) || needsWholeRun(after.map(compilePack))) {
    // A recipient cap decides its rows only once all are in: the tracker is read whole, once, and decided under each pack.
    const { bytes, workbook } = await readTrackerFile(input);
    const tracker = trackerOf(workbook.grids, { ...sheetOptions, hiddenSheets: workbook.hiddenSheets });
    const decide = (packs: RulePack[]) => decideTracker({ tracker, file: basename(input), sha256: sha256Hex(bytes), packs, lang, asOf, at });
    const [oldRun, newRun] = [await decide(before), await decide(after)];
    result = diffRuns(oldRun, newRun, lang);
    totals = { old: oldRun.summary.subsidyYuan, new: newRun.summary.subsidyYuan, rows: oldRun.decisions.length };
  } else {
    // The tracker's rows stream through, each decided under both sides and let go: only the rows that changed are kept.
    const opened = await openTrackerStream(input, sheetOptions);
    try {
      const differ = new RunDiffer(lang);
      const [oldSummary, newSummary] = [new Summarizer(), new Summarizer()];
      await decidePairs(opened.stream.rows(), opened.stream.total, before.map(compilePack), after.map(compilePack), { lang, asOf, today: at.slice(0, 10), source: basename(input) }, (o, n) => {
        oldSummary.add(o);
        newSummary.add(n);
        differ.add(o, n);
      });
      result = differ.result();
      const [o, n] = [oldSummary.result(), newSummary.result()];
      totals = { old: o.subsidyYuan, new: n.subsidyYuan, rows: o.rows };
    } finally {
      opened.input.close();
    }
  }
  if (result.changes.length === 0) io.stdout(`${say("noChange", lang)}\n`);
  else {
    const headers = (["row", "id", "type", "city", "oldStatus", "newStatus", "oldSubsidy", "newSubsidy", "change", "why"] as const).map((k) => DIFF_HEADERS[k][lang]);
    io.stdout(
      `${renderTable(
        headers,
        result.changes.map((c) => [
          String(c.row),
          c.id ?? "",
          typeLabel(c.type, lang),
          c.leagueCity ?? "",
          STATUS_LABELS[c.oldStatus][lang],
          STATUS_LABELS[c.newStatus][lang],
          yuanDisplay(c.oldSubsidyYuan),
          yuanDisplay(c.newSubsidyYuan),
          signed(c.changeYuan.toFixed(2)),
          c.why,
        ]),
        ["right", "left", "left", "left", "left", "left", "right", "right", "right", "left"],
      )}\n`,
    );
    const group = (title: Localized, groups: typeof result.byType, label: (k: string | null) => string) =>
      `${title[lang]}\n${renderTable([DIFF_HEADERS.group[lang], DIFF_HEADERS.rows[lang], DIFF_HEADERS.change[lang]], groups.map((g) => [label(g.key), String(g.rows), signed(g.changeYuan.toFixed(2))]), ["left", "right", "right"])}\n`;
    io.stdout(group(DIFF_HEADERS.byType, result.byType, (k) => typeLabel(k as never, lang)));
    io.stdout(group(DIFF_HEADERS.byCity, result.byLeagueCity, (k) => k ?? DIFF_HEADERS.unknown[lang]));
  }
  // The whole tracker's totals, then the changed rows apart: the first line is what the region pays before and after.
  io.stdout(`${say("trackerTotal", lang, { old: yuanDisplay(totals.old), new: yuanDisplay(totals.new), change: signed(totals.new.minus(totals.old).toFixed(2)), rows: totals.rows })}\n`);
  io.stdout(
    `${say("total", lang, { old: yuanDisplay(result.total.oldYuan), new: yuanDisplay(result.total.newYuan), change: signed(result.total.changeYuan.toFixed(2)), rows: result.changes.length })}\n`,
  );
  if (values.out !== undefined) await commitFiles([{ path: values.out, bytes: await writeWorkbook(diffWorkbook(result, lang, at)) }], values.force ?? false);
  return 0;
}

function signed(amount: string): string {
  const [whole = "0", fraction = "00"] = amount.replace("-", "").split(".");
  const sign = amount.startsWith("-") ? "-" : amount === "0.00" ? "" : "+";
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}

/** `jiebang rules <check|test|explain|diff> …` */
export async function rulesCommand(args: readonly string[], lang: Lang, io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const wantsHelp = (list: readonly string[]) => list.includes("--help") || list.includes("-h");
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout(rulesHelpText("rules", lang));
    return sub === undefined ? 2 : 0;
  }
  if ((sub === "check" || sub === "test" || sub === "explain" || sub === "diff") && wantsHelp(rest)) {
    io.stdout(rulesHelpText(sub, lang));
    return 0;
  }
  switch (sub) {
    case "check":
      return check(rest, lang, io);
    case "test":
      return test(rest, lang, io);
    case "explain":
      return explain(rest, lang, io);
    case "diff":
      return diff(rest, lang, io);
    default:
      throw new JiebangError("UNKNOWN_COMMAND", { command: `rules ${sub ?? ""}`.trim() });
  }
}
