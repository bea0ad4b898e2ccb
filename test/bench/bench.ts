/**
 * `npm run bench [-- --sizes 1000,10000] [--runs N] [--repeat N] [--reuse]`
 *
 * Generates trackers of 1,000, 10,000, 100,000 and 1,000,000 rows
 * (generate-tracker.ts) and reports, on the same files:
 *
 * - the I/O floor: exceljs streaming read of every cell plus streaming write
 *   of the same rows to a new file, nothing else (io-floor.ts), run as a
 *   child process like `jiebang run`;
 * - `jiebang run` end to end (a child process: `node src/cli/bin.mjs run …
 *   --force` with JIEBANG_REPORT_RSS=1), its wall time, its ratio to the
 *   floor and its peak RSS (measure-process.ts);
 * - `jiebang verify` of that run's export, its wall time beside the run's
 *   and its peak RSS;
 * - the rules stage alone in rows/s: json-rules-engine row by row (the
 *   reference), jiebang's evaluator, and the same rules as ZEN decision
 *   tables, row by row and in batches, with and without traces
 *   (rules-stage.ts, zen-table.ts), in a child process per size up to
 *   RULES_STAGE_MAX_ROWS (it holds the tracker's rows whole to time the
 *   rules alone; its targets are set at 100,000 rows);
 * - an add-in figure, when one is registered (addin-hook.ts).
 *
 * It prints a table beside the targets (reported, never asserted) and writes
 * every figure to out/bench-<date>.json and out/bench-latest.json.
 * Process runs (floor and jiebang, interleaved, after one untimed warm-up of
 * each) report the median wall time and the highest peak RSS; rules-stage
 * figures are the median of up to --repeat runs after a warm-up.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { addinMeasurements, ADDIN_HOOK, type AddinSection } from "./addin-hook";
import "./addin-measure";
import { generateTracker, type GeneratedTracker, type IntendedStatus } from "./generate-tracker";
import { measureProcess, type ProcessRun } from "./measure-process";
import { ZEN_BATCH, type RulesStageResult, type Timing } from "./rules-stage";
import { loadZen } from "./zen-table";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUT = join(ROOT, "out");
const WORK = join(OUT, "bench");

export const TARGETS = {
  runToFloorMax: 1.25,
  peakRssMaxMB: 600,
  tracesRowsPerSecondMin: 1_000_000,
  vsZenBatchesMin: 25,
  vsJsonRulesEngineMin: 35,
  atRows: 100_000,
} as const;

/** 1 MB = 1,000,000 bytes (the stricter reading of "600 MB"). */
const MB = 1_000_000;

interface Options {
  sizes: number[];
  runs: number | null;
  repeat: number | null;
  reuse: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { sizes: [1_000, 10_000, 100_000, 1_000_000], runs: null, repeat: null, reuse: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? "";
    if (name === "--sizes") options.sizes = value().split(",").map((s) => Number(s.replace(/[_\s]/g, "")));
    else if (name === "--runs") options.runs = Number(value());
    else if (name === "--repeat") options.repeat = Number(value());
    else if (name === "--reuse") options.reuse = true;
    else if (name === "--help" || name === "-h") {
      process.stdout.write("npm run bench -- [--sizes 1000,10000,100000,1000000] [--runs N] [--repeat N] [--reuse]\n");
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (options.sizes.length === 0 || options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--sizes takes positive whole numbers, e.g. 1000,10000");
  return options;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const load = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

const TSX = ["--import", "tsx"];

function floorRun(tracker: string, out: string): Promise<ProcessRun> {
  return measureProcess(process.execPath, [...TSX, "test/bench/io-floor.ts", tracker, out], { cwd: ROOT });
}

function jiebangRun(tracker: string, out: string, json: string): Promise<ProcessRun> {
  return measureProcess(process.execPath, ["src/cli/bin.mjs", "run", tracker, "--out", out, "--json", json, "--force"], {
    cwd: ROOT,
    env: { JIEBANG_REPORT_RSS: "1" },
    keepStdout: 4_000,
  });
}

function verifyRun(exported: string): Promise<ProcessRun> {
  return measureProcess(process.execPath, ["src/cli/bin.mjs", "verify", exported], { cwd: ROOT, env: { JIEBANG_REPORT_RSS: "1" }, keepStdout: 4_000 });
}

/** The rules stage holds a tracker's rows whole, to time the rules alone: above this it is not run. */
const RULES_STAGE_MAX_ROWS = 100_000;

function assertOk(what: string, run: ProcessRun): void {
  if (run.exitCode !== 0) throw new Error(`${what} exited with ${run.exitCode ?? run.signal}: ${run.stderr.slice(-2000)}`);
}

interface SizeResult {
  rows: number;
  loadAverage: { before: number[]; after: number[] };
  tracker: GeneratedTracker & { reused: boolean };
  floor: { workMs: number; processMs: number; workRunsMs: number[]; processRunsMs: number[]; peakRssBytes: number | null; peakRssSource: string };
  run: {
    wallMs: number;
    runsMs: number[];
    peakRssBytes: number | null;
    peakRssRunsBytes: Array<number | null>;
    peakRssSource: string;
    ratioToFloor: number;
    ratioToFloorWork: number;
    rowsPerSecond: number;
    statuses: Record<string, number> | null;
    matchesIntended: boolean | null;
  };
  verify: { wallMs: number; peakRssBytes: number | null; ratioToRun: number };
  rulesStage: RulesStageResult | null;
  ratios: { jiebangTracesVsZenBatchesTraces: number | null; jiebangTracesVsJsonRulesEngineTraces: number | null };
}

async function benchSize(rows: number, options: Options, warm: { done: boolean }): Promise<SizeResult> {
  const before = load();
  const trackerFile = join(WORK, `tracker-${rows}.xlsx`);
  let tracker: GeneratedTracker & { reused: boolean };
  const meta = `${trackerFile}.meta.json`;
  if (options.reuse && existsSync(trackerFile) && existsSync(meta)) {
    tracker = { ...(JSON.parse(readFileSync(meta, "utf8")) as GeneratedTracker), reused: true };
    log(`${rows} rows: reusing ${trackerFile}`);
  } else {
    log(`${rows} rows: generating ${trackerFile}`);
    tracker = { ...(await generateTracker(trackerFile, rows)), reused: false };
    writeFileSync(meta, JSON.stringify(tracker, null, 2));
  }
  log(`${rows} rows: tracker ${(tracker.bytes / MB).toFixed(1)} MB`);

  const floorOut = join(WORK, `floor-${rows}.xlsx`);
  const runOut = join(WORK, `tracker-${rows}.audited.xlsx`);
  const runJson = join(WORK, `tracker-${rows}.json`);
  if (!warm.done) {
    // Untimed: tsx compiles and caches the sources on a first run.
    log("warm-up runs (untimed)");
    assertOk("io floor", await floorRun(trackerFile, floorOut));
    assertOk("jiebang run", await jiebangRun(trackerFile, runOut, runJson));
    warm.done = true;
  }
  const runs = options.runs ?? (rows >= 1_000_000 ? 1 : rows >= 100_000 ? 2 : 3);
  const floors: Array<{ run: ProcessRun; workMs: number }> = [];
  const jiebangs: ProcessRun[] = [];
  for (let r = 0; r < runs; r++) {
    log(`${rows} rows: I/O floor, run ${r + 1}/${runs}`);
    const floor = await floorRun(trackerFile, floorOut);
    assertOk("io floor", floor);
    floors.push({ run: floor, workMs: (JSON.parse(floor.stdout.trim().split("\n").pop()!) as { ms: number }).ms });
    log(`${rows} rows: jiebang run, run ${r + 1}/${runs}`);
    const run = await jiebangRun(trackerFile, runOut, runJson);
    assertOk("jiebang run", run);
    jiebangs.push(run);
  }
  let statuses: Record<string, number> | null = null;
  let matchesIntended: boolean | null = null;
  try {
    const report = JSON.parse(readFileSync(runJson, "utf8")) as { summary: Record<string, unknown> };
    statuses = {};
    for (const s of ["funded", "pending", "ineligible", "unmatched", "invalid"] as const) statuses[s] = Number(report.summary[s]);
    matchesIntended = (Object.keys(tracker.intended) as IntendedStatus[]).every((s) => statuses![s] === tracker.intended[s]);
  } catch (error) {
    log(`could not read ${runJson}: ${String(error)}`);
  }
  const floorProcessMs = median(floors.map((f) => f.run.wallMs));
  const floorWorkMs = median(floors.map((f) => f.workMs));
  const wallMs = median(jiebangs.map((r) => r.wallMs));
  const rss = jiebangs.map((r) => r.peakRssBytes);
  const floorRss = floors.map((f) => f.run.peakRssBytes).filter((x): x is number => x !== null);

  log(`${rows} rows: jiebang verify of the export`);
  const verified = await verifyRun(runOut);
  assertOk("jiebang verify", verified);

  let rulesStage: RulesStageResult | null = null;
  if (rows <= RULES_STAGE_MAX_ROWS) {
    log(`${rows} rows: rules stage (child process)`);
    const big = rows >= 100_000;
    const stage = await measureProcess(
      process.execPath,
      ["--expose-gc", ...TSX, "test/bench/rules-stage.ts", trackerFile, "--repeat", String(options.repeat ?? (big ? 3 : 5)), "--budget", String(big ? 20_000 : 10_000)],
      { cwd: ROOT, onStderr: (chunk) => process.stderr.write(chunk) },
    );
    assertOk("rules stage", stage);
    rulesStage = JSON.parse(stage.stdout.trim().split("\n").pop()!) as RulesStageResult;
  }
  const traces = rulesStage?.jiebang.traces.rowsPerSecond ?? 0;
  return {
    rows,
    loadAverage: { before, after: load() },
    tracker,
    floor: {
      workMs: floorWorkMs,
      processMs: floorProcessMs,
      workRunsMs: floors.map((f) => f.workMs),
      processRunsMs: floors.map((f) => f.run.wallMs),
      peakRssBytes: floorRss.length ? Math.max(...floorRss) : null,
      peakRssSource: floors[0]!.run.peakRssSource,
    },
    run: {
      wallMs,
      runsMs: jiebangs.map((r) => r.wallMs),
      peakRssBytes: rss.every((x) => x === null) ? null : Math.max(...rss.filter((x): x is number => x !== null)),
      peakRssRunsBytes: rss,
      peakRssSource: jiebangs.map((r) => r.peakRssSource).join(","),
      ratioToFloor: wallMs / floorProcessMs,
      ratioToFloorWork: wallMs / floorWorkMs,
      rowsPerSecond: rows / (wallMs / 1000),
      statuses,
      matchesIntended,
    },
    verify: { wallMs: verified.wallMs, peakRssBytes: verified.peakRssBytes, ratioToRun: verified.wallMs / wallMs },
    rulesStage,
    ratios: {
      jiebangTracesVsZenBatchesTraces: rulesStage?.zen.available ? traces / rulesStage.zen.batches.traces.rowsPerSecond : null,
      jiebangTracesVsJsonRulesEngineTraces: rulesStage ? traces / rulesStage.jsonRulesEngine.traces.rowsPerSecond : null,
    },
  };
}

// ---------- the table ----------

const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${fmtInt(ms)} ms`);
const fmtRate = (r: number) => (r >= 1e6 ? `${(r / 1e6).toFixed(2)} M/s` : r >= 1e4 ? `${fmtInt(r / 1e3)} k/s` : `${fmtInt(r)} /s`);
const fmtX = (x: number) => `${x >= 100 ? fmtInt(x) : x.toFixed(x >= 10 ? 1 : 2)}×`;
const fmtMB = (b: number | null) => (b === null ? "n/a" : b < 10 * MB ? `${(b / MB).toFixed(1)} MB` : `${fmtInt(b / MB)} MB`);
const mark = (ok: boolean) => (ok ? " ✓" : " ✗");

/** Visible width: East Asian wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

type Line = { label: string; cells: string[]; target: string } | { section: string };

export function table(results: readonly SizeResult[], zenStatus: string): string {
  const lines: Line[] = [];
  const row = (label: string, cell: (r: SizeResult) => string, target = "") => lines.push({ label, cells: results.map(cell), target });
  const section = (title: string) => lines.push({ section: title });
  const t = TARGETS;
  const zen = (r: SizeResult) => (r.rulesStage?.zen.available ? r.rulesStage.zen : null);
  const timing = (pick: (r: SizeResult) => Timing | undefined, ok?: (rate: number) => boolean) => (r: SizeResult) => {
    const timingOf = pick(r);
    if (!timingOf) return "n/a";
    return fmtRate(timingOf.rowsPerSecond) + (ok ? mark(ok(timingOf.rowsPerSecond)) : "");
  };

  section("tracker");
  row("file size", (r) => fmtMB(r.tracker.bytes));
  row("statuses as intended (jiebang's summary)", (r) => (r.run.matchesIntended === null ? "n/a" : r.run.matchesIntended ? "yes" : "NO"));
  section("end to end (median of process runs; RSS: highest)");
  row("I/O floor: exceljs stream read + write", (r) => fmtMs(r.floor.workMs));
  row("I/O floor process, spawn → exit", (r) => fmtMs(r.floor.processMs));
  row("jiebang run, spawn → exit", (r) => fmtMs(r.run.wallMs));
  row("  ratio to floor process", (r) => fmtX(r.run.ratioToFloor) + mark(r.run.ratioToFloor <= t.runToFloorMax), `≤ ${t.runToFloorMax}× at ${fmtInt(t.atRows)}`);
  row("  ratio to floor read + write alone", (r) => fmtX(r.run.ratioToFloorWork));
  row("jiebang run peak RSS", (r) => fmtMB(r.run.peakRssBytes) + (r.run.peakRssBytes === null ? "" : mark(r.run.peakRssBytes <= t.peakRssMaxMB * MB)), `≤ ${t.peakRssMaxMB} MB at ${fmtInt(t.atRows)}`);
  row("I/O floor peak RSS", (r) => fmtMB(r.floor.peakRssBytes));
  row("jiebang run rows/s", (r) => fmtRate(r.run.rowsPerSecond));
  row("jiebang verify of the export, spawn → exit", (r) => fmtMs(r.verify.wallMs));
  row("  ratio to its run", (r) => fmtX(r.verify.ratioToRun) + mark(r.verify.ratioToRun <= 1), "≤ 1×");
  row("jiebang verify peak RSS", (r) => fmtMB(r.verify.peakRssBytes) + (r.verify.peakRssBytes === null ? "" : mark(r.verify.peakRssBytes <= t.peakRssMaxMB * MB)), `≤ ${t.peakRssMaxMB} MB`);
  section("inside jiebang, once, in-process");
  const stage = (r: SizeResult, pick: (s: RulesStageResult) => string) => (r.rulesStage ? pick(r.rulesStage) : "n/a");
  row("readXlsx (src/io: fflate + saxes → grids)", (r) => stage(r, (s) => fmtMs(s.steps.readWorkbookMs)));
  row("readTracker", (r) => stage(r, (s) => fmtMs(s.steps.readTrackerMs)));
  row("decideRows (all rows, compiled)", (r) => stage(r, (s) => fmtMs(s.steps.decideRowsMs)));
  section(`rules stage alone, rows/s (median; ${zenStatus})`);
  row("json-rules-engine row by row, traces", timing((r) => r.rulesStage?.jsonRulesEngine.traces));
  row("json-rules-engine row by row, no traces", timing((r) => r.rulesStage?.jsonRulesEngine.noTraces));
  row("jiebang evaluator, traces (judgeCompiled)", timing((r) => r.rulesStage?.jiebang.traces, (x) => x >= t.tracesRowsPerSecondMin), `≥ ${fmtInt(t.tracesRowsPerSecondMin)}/s`);
  row("jiebang evaluator, no traces", timing((r) => r.rulesStage?.jiebang.noTraces));
  row("ZEN row by row, traces", timing((r) => zen(r)?.rowByRow.traces));
  row("ZEN row by row, no traces", timing((r) => zen(r)?.rowByRow.noTraces));
  row(`ZEN batches of ${fmtInt(ZEN_BATCH)}, traces`, timing((r) => zen(r)?.batches.traces));
  row(`ZEN batches of ${fmtInt(ZEN_BATCH)}, no traces`, timing((r) => zen(r)?.batches.noTraces));
  row(
    "jiebang traces ÷ ZEN batches traces",
    (r) => (r.ratios.jiebangTracesVsZenBatchesTraces === null ? "n/a" : fmtX(r.ratios.jiebangTracesVsZenBatchesTraces) + mark(r.ratios.jiebangTracesVsZenBatchesTraces >= t.vsZenBatchesMin)),
    `≥ ${t.vsZenBatchesMin}×`,
  );
  row(
    "jiebang traces ÷ json-rules-engine traces",
    (r) => (r.ratios.jiebangTracesVsJsonRulesEngineTraces === null ? "n/a" : fmtX(r.ratios.jiebangTracesVsJsonRulesEngineTraces) + mark(r.ratios.jiebangTracesVsJsonRulesEngineTraces >= t.vsJsonRulesEngineMin)),
    `≥ ${t.vsJsonRulesEngineMin}×`,
  );
  row("ZEN disagreements with jiebang (rows)", (r) => (zen(r) ? fmtInt(zen(r)!.disagreements) + mark(zen(r)!.disagreements === 0) : "n/a"), "= 0");
  row("json-rules-engine disagreements (rows)", (r) => stage(r, (s) => fmtInt(s.jsonRulesEngineDisagreements) + mark(s.jsonRulesEngineDisagreements === 0)), "= 0");
  row("distinct rule inputs (judgeCompiled cache)", (r) => stage(r, (s) => fmtInt(s.distinctRuleInputs)));
  row("load average before (1 min)", (r) => r.loadAverage.before[0]!.toFixed(2));

  const labelWidth = Math.max(...lines.map((l) => ("label" in l ? width(l.label) : 0)));
  const cellWidth = Math.max(12, ...lines.flatMap((l) => ("cells" in l ? l.cells.map(width) : [])));
  const header = padEnd("rows", labelWidth) + results.map((r) => padStart(fmtInt(r.rows), cellWidth + 2)).join("") + "   target";
  const out = [header, "─".repeat(width(header) + 16)];
  for (const line of lines) {
    if ("section" in line) out.push(line.section);
    else out.push(padEnd(line.label, labelWidth) + line.cells.map((c) => padStart(c, cellWidth + 2)).join("") + (line.target ? `   ${line.target}` : ""));
  }
  return out.join("\n");
}

// ---------- main ----------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  process.chdir(ROOT);
  const startedAt = new Date();
  const loadStart = load();
  const zenLoad = await loadZen();
  const zenStatus = zenLoad.ok ? `ZEN: @gorules/zen-engine ${zenLoad.version}` : `ZEN: unavailable (${zenLoad.reason})`;
  log(zenStatus);

  log("jiebang startup: node src/cli/bin.mjs --version (after one warm-up)");
  await measureProcess(process.execPath, ["src/cli/bin.mjs", "--version"], { cwd: ROOT });
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) startups.push((await measureProcess(process.execPath, ["src/cli/bin.mjs", "--version"], { cwd: ROOT })).wallMs);

  const warm = { done: false };
  const results: SizeResult[] = [];
  for (const rows of options.sizes) results.push(await benchSize(rows, options, warm));

  const addinFigures = [];
  for (const m of addinMeasurements) {
    const file = join(WORK, `tracker-${m.rows}.xlsx`);
    if (!existsSync(file) || !results.some((r) => r.rows === m.rows)) await generateTracker(file, m.rows);
    log(`add-in: ${m.name}`);
    addinFigures.push({ name: m.name, ...(await m.measure({ trackerFile: resolve(file), rows: m.rows, outDir: WORK })) });
  }
  const addin: AddinSection = addinFigures.length
    ? { status: "measured", hook: ADDIN_HOOK, figures: addinFigures }
    : { status: "not measured", hook: ADDIN_HOOK, figures: [] };

  const text = table(results, zenStatus);
  // The targets are set at 100,000 rows; at the largest size (a million rows) the run must finish within the RSS bound, no worse against its floor.
  const at = results.find((r) => r.rows === TARGETS.atRows) ?? results[results.length - 1]!;
  const largest = results[results.length - 1]!;
  const rss = (r: SizeResult) => (r.run.peakRssBytes === null ? null : r.run.peakRssBytes / MB);
  const zenRatio = at.ratios.jiebangTracesVsZenBatchesTraces;
  const jreRatio = at.ratios.jiebangTracesVsJsonRulesEngineTraces;
  const tracesRate = at.rulesStage?.jiebang.traces.rowsPerSecond ?? null;
  const verdict = {
    atRows: at.rows,
    complete: at.rows === TARGETS.atRows,
    runToFloor: { value: at.run.ratioToFloor, target: TARGETS.runToFloorMax, met: at.run.ratioToFloor <= TARGETS.runToFloorMax },
    peakRssMB: { value: rss(at), target: TARGETS.peakRssMaxMB, met: rss(at) !== null && rss(at)! <= TARGETS.peakRssMaxMB },
    verifyToRun: { value: at.verify.ratioToRun, target: 1, met: at.verify.ratioToRun <= 1 },
    verifyPeakRssMB: { value: at.verify.peakRssBytes === null ? null : at.verify.peakRssBytes / MB, target: TARGETS.peakRssMaxMB, met: at.verify.peakRssBytes !== null && at.verify.peakRssBytes <= TARGETS.peakRssMaxMB * MB },
    tracesRowsPerSecond: { value: tracesRate, target: TARGETS.tracesRowsPerSecondMin, met: tracesRate !== null && tracesRate >= TARGETS.tracesRowsPerSecondMin },
    vsZenBatches: { value: zenRatio, target: TARGETS.vsZenBatchesMin, met: zenRatio !== null && zenRatio >= TARGETS.vsZenBatchesMin },
    vsJsonRulesEngine: { value: jreRatio, target: TARGETS.vsJsonRulesEngineMin, met: jreRatio !== null && jreRatio >= TARGETS.vsJsonRulesEngineMin },
    largest: {
      rows: largest.rows,
      peakRssMB: { value: rss(largest), target: TARGETS.peakRssMaxMB, met: rss(largest) !== null && rss(largest)! <= TARGETS.peakRssMaxMB },
      ratioToFloorNoWorse: { value: largest.run.ratioToFloor, target: at.run.ratioToFloor, met: largest.run.ratioToFloor <= at.run.ratioToFloor },
    },
  };
  const cpus = os.cpus();
  const report = {
    tool: "jiebang bench",
    at: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? null, node: process.version, platform: `${os.platform()} ${os.release()}`, totalMemoryBytes: os.totalmem() },
    loadAverage: { start: loadStart, end: load(), note: "os.loadavg() (1, 5, 15 min); the machine is shared, so timings are noisy" },
    zen: zenLoad.ok ? { available: true, version: zenLoad.version } : { available: false, reason: zenLoad.reason },
    method: {
      sizes: options.sizes,
      processRuns: "floor and jiebang run interleaved, after one untimed warm-up of each; median wall time (spawn → exit), highest peak RSS",
      peakRss: "the CLI's jiebang-peak-rss-bytes line under JIEBANG_REPORT_RSS=1, else VmHWM polled from /proc every 50 ms",
      floor: "exceljs stream.xlsx.WorkbookReader (every cell value) piped row by row into stream.xlsx.WorkbookWriter, in a child process with the same tsx loader",
      ratioToFloor: "jiebang run wall ÷ floor process wall (both spawn → exit); ratioToFloorWork divides by the floor's read + write alone",
      rulesStage: "in a child process per size (node --expose-gc; a full GC, then 250 ms for its concurrent sweeping to end, before each timed run); all rows' facts computed once; per measurement a fresh compiled pack / ZEN decision, one untimed warm-up on up to 10,000 rows, then up to --repeat runs (stopping after a time budget); rows/s of the median run",
      zenRequest: "the five facts the rules read, unknown ones as null, built before timing",
      mb: "1 MB = 1,000,000 bytes",
    },
    targets: TARGETS,
    startup: { jiebangVersionMs: median(startups), runsMs: startups },
    sizes: results,
    addin,
    verdict,
    table: text,
  };

  process.stdout.write(`\njiebang bench — ${startedAt.toISOString()} — node ${process.version}, ${cpus.length} CPUs, load ${loadStart.join(" ")}\n`);
  process.stdout.write(`${zenStatus}\n`);
  process.stdout.write(`jiebang startup (node src/cli/bin.mjs --version): ${fmtMs(median(startups))}\n\n`);
  process.stdout.write(`${text}\n`);
  process.stdout.write(`\nadd-in (fake Excel): ${addinFigures.length ? addinFigures.map((f) => `${f.name}: ${fmtInt(f.rows)} rows, ${f.syncs} syncs, ${fmtMs(f.ms)}`).join("; ") : `not measured (hook: ${ADDIN_HOOK})`}\n`);
  if (!verdict.complete) process.stdout.write(`targets are set at ${fmtInt(TARGETS.atRows)} rows, which this run did not measure\n`);
  process.stdout.write(`\nat ${fmtInt(largest.rows)} rows: peak RSS ${fmtMB(largest.run.peakRssBytes)}${mark(verdict.largest.peakRssMB.met)}, ratio to floor ${fmtX(largest.run.ratioToFloor)} (at ${fmtInt(at.rows)}: ${fmtX(at.run.ratioToFloor)})${mark(verdict.largest.ratioToFloorNoWorse.met)}\n`);

  const stamp = startedAt.toISOString().slice(0, 19).replace(/:/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const dated = join(OUT, `bench-${stamp}.json`);
  writeFileSync(dated, json);
  writeFileSync(join(OUT, "bench-latest.json"), json);
  process.stdout.write(`\nwrote ${dated} and ${join(OUT, "bench-latest.json")} (${fmtInt(statSync(dated).size)} bytes)\n`);
}

await main();
