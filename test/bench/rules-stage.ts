/**
 * The rules stage alone: a row's facts in, rule outcomes (and traces) out.
 *
 * The tracker is read once as `jiebang run` reads it (src/io readXlsx,
 * findTrackerSheet, readTracker) and each row's facts computed once
 * (rowFacts); every measurement then goes over all the rows' facts:
 *
 * - json-rules-engine, row by row: `judgeWithEngine` (rule results read in
 *   three-valued logic, with traces), awaited per row; and without traces,
 *   `pack.engine.run(facts.values)` only.
 * - jiebang's evaluator: `judgeCompiled` (traces; it caches judgements per
 *   distinct combination of the facts the rules read, within a pack); and
 *   without traces, the compiled conditions evaluated and reduced with
 *   `nodeResult`, no cache.
 * - ZEN: the same rules as decision tables (zen-table.ts), `evaluate`
 *   awaited per row, and in batches (Promise.all over chunks of 1,000 rows),
 *   with `trace: true` and without.
 *
 * Every measurement compiles the pack afresh (or creates a fresh ZEN
 * decision) before it starts, so jiebang's cache starts cold each time. Each
 * is warmed up once on up to 10,000 rows (untimed), then timed `repeat`
 * times (15 times when a run takes under 100 ms; fewer when runs are slow:
 * they stop once they have taken `budgetMs`, after at least one); the
 * median is reported, the best too.
 *
 * The bench runs it in a child process per tracker, so that no earlier
 * measurement's heap or JIT state weighs on the next, with --expose-gc so
 * that each timed run starts after a full collection:
 *   node --expose-gc --import tsx test/bench/rules-stage.ts <tracker.xlsx> [--repeat N] [--budget MS]
 * It prints the result as one JSON line on stdout, progress on stderr.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compiledRules, judgeCompiled, judgeWithEngine, nodeResult, rowFacts, type RowFacts } from "../../src/engine";
import { decideRows } from "../../src/engine";
import { readXlsx } from "../../src/io";
import { compilePack, loadPack, type CompiledPack, type RulePack } from "../../src/rules";
import { findTrackerSheet, readTracker, type TrackerRow } from "../../src/tracker";
import { assertRegionPack, jiebangOutcome, loadZen, regionPackGraph, zenRequest, type RulesOutcome, type ZenDecisionLike, type ZenRequest } from "./zen-table";

export const PACK_FILE = "rules/nmg/2021-12.json";

export interface Timing {
  /** Rows per second of the median run. */
  readonly rowsPerSecond: number;
  readonly medianMs: number;
  readonly bestMs: number;
  readonly runs: number;
  readonly allMs: readonly number[];
}

export interface Prepared {
  readonly pack: RulePack;
  readonly rows: readonly TrackerRow[];
  readonly facts: readonly RowFacts[];
  readonly zenRequests: readonly ZenRequest[];
  /** Distinct combinations of the facts the rules read: how many judgements judgeCompiled's cache holds. */
  readonly distinctRuleInputs: number;
  /** In-process times of jiebang's own steps on this file, once each (ms). */
  readonly steps: { readonly readWorkbookMs: number; readonly readTrackerMs: number; readonly rowFactsMs: number; readonly decideRowsMs: number };
}

export async function prepare(file: string): Promise<Prepared> {
  const pack = loadPack(readFileSync(PACK_FILE, "utf8"), PACK_FILE);
  const compiled = compilePack(pack);
  assertRegionPack(compiled);
  let t = performance.now();
  const workbook = await readXlsx(new Uint8Array(readFileSync(file)), file);
  const readWorkbookMs = performance.now() - t;
  t = performance.now();
  const tracker = readTracker(findTrackerSheet(workbook.grids, { hidden: workbook.hiddenSheets }));
  const readTrackerMs = performance.now() - t;
  t = performance.now();
  const facts = tracker.rows.map((row) => rowFacts(row, compiled));
  const rowFactsMs = performance.now() - t;
  t = performance.now();
  await decideRows(tracker.rows, compilePack(pack), { lang: "zh-CN", evaluator: "compiled", today: "2025-01-01" });
  const decideRowsMs = performance.now() - t;
  const ruleFacts = compiledRules(compiled).facts;
  const keys = new Set(facts.map((f) => ruleFacts.map((name) => (f.unknown.has(name) ? "?" : JSON.stringify(f.values[name]))).join("|")));
  return {
    pack,
    rows: tracker.rows,
    facts,
    zenRequests: facts.map(zenRequest),
    distinctRuleInputs: keys.size,
    steps: { readWorkbookMs, readTrackerMs, rowFactsMs, decideRowsMs },
  };
}

export interface TimingOptions {
  readonly repeat: number;
  readonly budgetMs: number;
}

const WARM_UP_ROWS = 10_000;
const CHEAP_MS = 100;
const CHEAP_REPEAT = 15;
/** How long a timed pass waits after the full GC before it, for the GC's concurrent sweeping to end. */
const GC_SETTLE_MS = 250;

/**
 * Time a pass over all n rows: `setup` (untimed) gives a fresh pass — a freshly
 * compiled pack, a fresh ZEN decision — for each run. Warm up once on up to
 * 10,000 rows, then repeat; median and best.
 */
async function time(n: number, options: TimingOptions, setup: () => (limit: number) => Promise<number> | number): Promise<Timing & { check: number }> {
  await setup()(Math.min(n, WARM_UP_ROWS));
  const all: number[] = [];
  let check = 0;
  let spent = 0;
  let repeat = options.repeat;
  for (let r = 0; r < repeat && (r === 0 || spent < options.budgetMs); r++) {
    const pass = setup();
    (globalThis as { gc?: () => void }).gc?.();
    // V8 sweeps after a full GC on its own threads: on two cores that took a
    // millisecond pass from 40 to 100-180 ms. Let the sweep finish first.
    await new Promise((settled) => setTimeout(settled, GC_SETTLE_MS));
    const started = performance.now();
    check = await pass(n);
    const ms = performance.now() - started;
    all.push(ms);
    spent += ms;
    // A pass of a few milliseconds is at the mercy of one GC or one context switch: take more of them.
    if (r === 0 && ms < CHEAP_MS) repeat = Math.max(repeat, CHEAP_REPEAT);
  }
  const sorted = [...all].sort((a, b) => a - b);
  const medianMs = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return { rowsPerSecond: n / (medianMs / 1000), medianMs, bestMs: sorted[0]!, runs: all.length, allMs: all, check };
}

export interface RulesStageResult {
  readonly rows: number;
  readonly distinctRuleInputs: number;
  readonly steps: Prepared["steps"];
  readonly jsonRulesEngine: { readonly traces: Timing; readonly noTraces: Timing };
  readonly jiebang: { readonly traces: Timing; readonly noTraces: Timing };
  readonly zen:
    | {
        readonly available: true;
        readonly version: string;
        readonly rowByRow: { readonly traces: Timing; readonly noTraces: Timing };
        readonly batches: { readonly size: number; readonly traces: Timing; readonly noTraces: Timing };
        /** Rows where ZEN's eligibility or funding line differs from jiebang's. */
        readonly disagreements: number;
        readonly firstDisagreement: unknown;
      }
    | { readonly available: false; readonly reason: string };
  /** Rows where json-rules-engine's judgement (read the same way) differs from jiebang's. */
  readonly jsonRulesEngineDisagreements: number;
  /** How many rows have each outcome, as jiebang judges them. */
  readonly outcomes: Readonly<Record<string, number>>;
}

export const ZEN_BATCH = 1_000;

const strip = (timing: Timing & { check: number }): Timing => {
  const { check: _check, ...rest } = timing;
  return rest;
};

export async function measureRulesStage(prepared: Prepared, options: TimingOptions, log: (line: string) => void = () => {}): Promise<RulesStageResult> {
  const { pack, facts, zenRequests } = prepared;
  const n = facts.length;
  const fresh = (): CompiledPack => compilePack(pack);

  // Outcomes and agreement first (untimed): jiebang vs json-rules-engine vs ZEN on every row.
  const reference = fresh();
  const mine: RulesOutcome[] = facts.map((f) => jiebangOutcome(judgeCompiled(reference, f)));
  const outcomes: Record<string, number> = {};
  for (const o of mine) outcomes[`${o.eligibility}/${o.line}`] = (outcomes[`${o.eligibility}/${o.line}`] ?? 0) + 1;
  let jreDisagreements = 0;
  const engineRef = fresh();
  for (let i = 0; i < n; i++) {
    const theirs = jiebangOutcome(await judgeWithEngine(engineRef, facts[i]!));
    if (theirs.eligibility !== mine[i]!.eligibility || theirs.line !== mine[i]!.line) jreDisagreements++;
  }

  log("json-rules-engine, traces");
  const jreTraces = await time(n, options, () => {
    const p = fresh();
    return async (limit) => {
      let seen = 0;
      for (let i = 0; i < limit; i++) seen += (await judgeWithEngine(p, facts[i]!)).trace.length;
      return seen;
    };
  });
  log("json-rules-engine, no traces");
  const jreNoTraces = await time(n, options, () => {
    const p = fresh();
    return async (limit) => {
      let seen = 0;
      for (let i = 0; i < limit; i++) seen += (await p.engine.run(facts[i]!.values)).results.length;
      return seen;
    };
  });
  log("jiebang, traces");
  const mineTraces = await time(n, options, () => {
    const p = fresh();
    return (limit) => {
      let seen = 0;
      for (let i = 0; i < limit; i++) seen += judgeCompiled(p, facts[i]!).trace.length;
      return seen;
    };
  });
  log("jiebang, no traces");
  const mineNoTraces = await time(n, options, () => {
    const p = fresh();
    return (limit) => {
      // compiledRules compiles on first use: part of the measurement, as in judgeCompiled.
      const rules = compiledRules(p).rules;
      let seen = 0;
      for (let i = 0; i < limit; i++) {
        const values = facts[i]!.values;
        for (const rule of rules) if (nodeResult(rule.evaluate(values))) seen++;
      }
      return seen;
    };
  });

  const zenLoad = await loadZen();
  let zen: RulesStageResult["zen"];
  if (!zenLoad.ok) {
    zen = { available: false, reason: zenLoad.reason };
  } else {
    const engine = zenLoad.create();
    const graph = regionPackGraph();
    const decision: ZenDecisionLike = engine.createDecision(graph);
    let disagreements = 0;
    let firstDisagreement: unknown = null;
    for (let start = 0; start < n; start += ZEN_BATCH) {
      const chunk = zenRequests.slice(start, start + ZEN_BATCH);
      const results = await Promise.all(chunk.map((request) => decision.evaluate(request)));
      results.forEach((response, j) => {
        const theirs = response.result as RulesOutcome;
        const expected = mine[start + j]!;
        if (theirs.eligibility !== expected.eligibility || theirs.line !== expected.line) {
          disagreements++;
          firstDisagreement ??= { row: prepared.rows[start + j]!.row, request: chunk[j], zen: theirs, jiebang: expected };
        }
      });
    }
    const rowByRow = (trace: boolean) => () => {
      const fresh = engine.createDecision(graph);
      return async (limit: number) => {
        let seen = 0;
        for (let i = 0; i < limit; i++) if ((await fresh.evaluate(zenRequests[i]!, { trace })).result) seen++;
        return seen;
      };
    };
    const batches = (trace: boolean) => () => {
      const fresh = engine.createDecision(graph);
      return async (limit: number) => {
        let seen = 0;
        for (let start = 0; start < limit; start += ZEN_BATCH) {
          const end = Math.min(limit, start + ZEN_BATCH);
          const pending: Array<Promise<{ result: unknown }>> = [];
          for (let i = start; i < end; i++) pending.push(fresh.evaluate(zenRequests[i]!, { trace }));
          for (const response of await Promise.all(pending)) if (response.result) seen++;
        }
        return seen;
      };
    };
    log("ZEN row by row, traces");
    const rowTraces = await time(n, options, rowByRow(true));
    log("ZEN row by row, no traces");
    const rowNoTraces = await time(n, options, rowByRow(false));
    log("ZEN batches, traces");
    const batchTraces = await time(n, options, batches(true));
    log("ZEN batches, no traces");
    const batchNoTraces = await time(n, options, batches(false));
    engine.dispose();
    zen = {
      available: true,
      version: zenLoad.version,
      rowByRow: { traces: strip(rowTraces), noTraces: strip(rowNoTraces) },
      batches: { size: ZEN_BATCH, traces: strip(batchTraces), noTraces: strip(batchNoTraces) },
      disagreements,
      firstDisagreement,
    };
  }

  return {
    rows: n,
    distinctRuleInputs: prepared.distinctRuleInputs,
    steps: prepared.steps,
    jsonRulesEngine: { traces: strip(jreTraces), noTraces: strip(jreNoTraces) },
    jiebang: { traces: strip(mineTraces), noTraces: strip(mineNoTraces) },
    zen,
    jsonRulesEngineDisagreements: jreDisagreements,
    outcomes,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  if (!file) {
    process.stderr.write("usage: rules-stage.ts <tracker.xlsx> [--repeat N] [--budget MS]\n");
    process.exit(2);
  }
  const prepared = await prepare(resolve(file));
  const result = await measureRulesStage(prepared, { repeat: option("--repeat", 5), budgetMs: option("--budget", 10_000) }, (what) =>
    process.stderr.write(`bench: ${prepared.rows.length} rows: rules stage: ${what}\n`),
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
