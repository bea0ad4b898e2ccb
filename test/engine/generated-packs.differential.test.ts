/**
 * The differential test on generated packs: random rule packs (random condition trees over every fact and
 * every operator that applies to it, parameters, assumptions, funding lines, scopes), kept only when
 * `rules check`'s checks (checkPackDocument, then lintPack) report no error, each deciding generated rows
 * alone and layered over the region's pack, with the compiled evaluator and with json-rules-engine. The
 * two must give byte-identical `--json --trace` decisions. Facts and operators are read from FACTS and
 * OPERATORS at run time, so a fact or operator added later is generated too.
 *
 * A failure prints the pack's seed, its JSON and the row: `generatePack(seed)` and `generatedRows(...)`
 * below rebuild them. GEN_DEBUG=1 prints why rules check refused each refused pack.
 */
import { describe, expect, it } from "vitest";
import { decideLayered, packFamilies, type Decision, type Evaluator } from "../../src/engine";
import type { Lang } from "../../src/i18n";
import { decisionJson } from "../../src/report";
import { checkPackDocument, compilePack, FACTS, loadPack, OPERATORS, type Condition, type FactSpec, type RulePack } from "../../src/rules";
import { lintPack } from "../../src/rules/lint";
import type { RulePackDocument } from "../../src/rules/types";
import { canonicalRow, type CanonicalValue, type FieldName } from "../../src/tracker";
import { regionPack, regionPackText } from "../support/decide";

/** A small seeded generator, so a failure names a pack and a row that can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Next = () => number;
const pickOf = (next: Next) => <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const chance = (next: Next, p: number) => next() < p;
const between = (next: Next, low: number, high: number) => low + Math.floor(next() * (high - low + 1));

/** How many packs are generated, and how many rows each decides. */
// A longer fuzz: GEN_PACKS=5000 GEN_SEED=1 npx vitest run test/engine/generated-packs.differential.test.ts
const PACKS = Number(process.env.GEN_PACKS ?? 320);
const ROWS_PER_PACK = 48;
/** Every LAYERED-th pack also decides its rows on top of the region's pack. */
const LAYERED = 3;
const BASE_SEED = Number(process.env.GEN_SEED ?? 20240611);
/** Of the 320 packs, rules check accepts about 260 (the rest have an unreachable line or a value of the wrong kind). */
const MIN_ACCEPTED = Math.ceil((180 * PACKS) / 320);
/** The whole run takes about 30 ms a pack on an idle machine; the bound leaves room for a loaded one. */
const TIMEOUT = Math.max(120_000, PACKS * 300);

const LIST_OPERATORS = new Set(["in", "notIn"]);

// Text as trackers write it, and the tricky kinds: traditional characters, full-width, spaces, a control character, quotes.
const TRICKY_TEXT = ["包頭市", "內蒙古", "ＡＢＣ新材料", "新 材料", " 新材料", "新\u0001材料", "\u0001", '"新材料"', "'新材料'", "“新材料”", "新材料\u3000", ""];
const TEXT_VALUES: Readonly<Record<string, readonly string[]>> = {
  issuerLeagueCity: ["包头市", "鄂尔多斯市", "呼和浩特市"],
  issuerLocation: ["包头市", "鄂尔多斯市", "北京市", "內蒙古", "包头"],
  issuerCounty: ["准格尔旗", "青山区", "昆都仑区"],
  leadSolverLeagueCity: ["呼和浩特市", "包头市"],
  issuer: ["包头某公司", "包頭某公司", "ＡＢＣ公司"],
  caseRef: ["内科发〔2022〕1号", "内科发[2022]1号"],
  leadSolver: ["北京某大学", "内蒙古某大学"],
  batch: ["第一批", "第二批", "2022-1"],
  field: ["新材料", "ＡＢＣ新材料", "新 材料", "违规领域"],
};
const MONEY_VALUES = ["0", "999999.99", "1000000", "1000000.00", "2000000", "2000000.01", "1234567.85", "26000000", "33333333.33", "80000000"];
const DATES = ["2015-01-01", "2020-12-31", "2021-01-01", "2021-12-01", "2022-01-10", "2022-05-05", "2022-06-20", "2023-03-01"];
const RATES = ["0.1", "0.15", "0.2", "0.25", "0.3", "0.333", "0.35", "0.4", "0.45", "0.5"];
const CAPS = ["300000", "1000000", "2000000", "5000000", "10000000", "5000"];
const LOCALIZED = { "zh-CN": "生成的规则", en: "a generated rule" };

/** The rows' values: the existing differential test's, with the text facts' pools and the tricky texts. */
const CHOICES: Partial<Record<FieldName, readonly CanonicalValue[]>> = {
  id: ["P", "P", "", { error: "#N/A" }],
  type: ["tech", "transformation", "技术攻关类", "成果转化类", "其他", null],
  issuer: ["包头某公司", "包頭某公司", "ＡＢＣ公司", "新\u0001材料", '"引号"公司', null],
  issuerKind: ["independent", "centralBranch", "other", "事业单位", null],
  matched: [true, true, false, null, { cell: "洽谈中" }],
  issuerLocation: ["包头市", "鄂尔多斯市", "北京市", "內蒙古", "包頭市", "鄂尔多斯市准格尔旗", "包头市青山区", "武汉市青山区", null],
  issuerPaysTaxInRegion: [true, false, null, { cell: "也许" }],
  major: [false, true, false, null],
  issuerRegisteredOn: ["2015-01-01", "2020-12-31", "2021-01-01", "2022-05-05", null, { cell: "不详" }],
  issuerSeriousCreditLoss: [false, true, null],
  issuerStoppedOrInsolvent: [false, true, null],
  solver: [["北京某大学"], ["北京某大学", "内蒙古某大学"], ["内蒙古某大学", "北京某大学", "包头某研究院"], null],
  solverLocation: [["北京市"], ["呼和浩特市", "北京市"], ["包头市"], null],
  investment: ["26000000", "2000000", "1000000", "2000000.01", "40000000", "1234567.85", "33333333.33", "0", "999999.99", { cell: "约1200万元" }, { cell: -5 }, null],
  caseAmount: [null, "80000000", "2000000", { cell: "待定" }],
  caseRef: [null, "内科发〔2022〕1号", "内科发[2022]1号"],
  signedOn: ["2022-01-10", "2022-06-20", "2021-06-01", "2023-03-01", null],
  issuerUscc: ["91350100M000100Y43", "91350100M000100Y44", null],
  batch: ["第一批", null, "第二批", "2022-1"],
  field: ["新材料", "ＡＢＣ新材料", "新 材料", "违规领域", " 新材料 ", "新\u0001材料", null],
};

interface GeneratedRow {
  readonly spec: Partial<Record<FieldName, CanonicalValue>>;
  readonly row: ReturnType<typeof canonicalRow>;
}

function generatedRows(count: number, seed: number): GeneratedRow[] {
  const next = random(seed);
  // Mostly the first (readable, eligible) values, so that every status and line is common; sometimes anything.
  const pick = <T>(list: readonly T[]) => (next() < 0.75 ? list[Math.floor(next() * Math.min(2, list.length))]! : list[Math.floor(next() * list.length)]!);
  return Array.from({ length: count }, (_, i) => {
    const spec: Partial<Record<FieldName, CanonicalValue>> = {};
    for (const [field, options] of Object.entries(CHOICES) as Array<[FieldName, readonly CanonicalValue[]]>) spec[field] = pick(options);
    if (spec.id === "P") spec.id = `P-${i}`;
    return { spec, row: canonicalRow(spec, i + 2) };
  });
}

type Params = Record<string, { value: string; unit: "ratio" | "yuan" | "date"; label: typeof LOCALIZED }>;

/** A pack generator for one seed: every choice it makes comes from that seed. */
function packGenerator(seed: number) {
  const next = random(seed);
  const pick = pickOf(next);
  const params: Params = {};
  const paramsOf = (unit: "ratio" | "yuan" | "date") => Object.keys(params).filter((name) => params[name]!.unit === unit);
  const addParam = (prefix: string, unit: "ratio" | "yuan" | "date", value: string) => {
    const name = `${prefix}${Object.keys(params).length}`;
    params[name] = { value, unit, label: LOCALIZED };
    return name;
  };

  /** A value of the right kind for the fact and operator, sometimes a parameter of a matching unit. */
  function valueFor(fact: FactSpec, operator: string): unknown {
    // Now and then a value of the wrong kind, so that what the checker refuses is exercised too.
    if (chance(next, 0.01)) return pick([1, "1", true, "tech", "2022/01/10", ["x"], "1,000"]);
    const scalar = (): unknown => {
      switch (fact.type) {
        case "enum":
          return pick(fact.values ?? [""]);
        case "boolean":
          return chance(next, 0.5);
        case "money": {
          const units = [...paramsOf("yuan"), ...paramsOf("ratio")];
          if (units.length > 0 && chance(next, 0.3)) return { param: pick(units) };
          return pick(MONEY_VALUES);
        }
        case "date": {
          const dates = paramsOf("date");
          if (dates.length > 0 && chance(next, 0.3)) return { param: pick(dates) };
          return pick(DATES);
        }
        case "count":
          return between(next, 0, 4);
        case "text":
          return chance(next, 0.7) ? pick(TEXT_VALUES[fact.name] ?? ["文字"]) : pick(TRICKY_TEXT);
      }
    };
    if (!LIST_OPERATORS.has(operator)) return scalar();
    const values = Array.from({ length: between(next, 1, 3) }, () => scalar()).filter((v) => typeof v !== "object");
    return values.length > 0 ? [...new Set(values)] : [];
  }

  function leaf(): Condition {
    const fact = pick(FACTS);
    const operator = pick(OPERATORS.filter((o) => o.factTypes.includes(fact.type))).name;
    return { fact: fact.name, operator, value: valueFor(fact, operator) } as Condition;
  }

  /** A condition tree at most `depth` deep (a leaf is depth 1); composite when `top`. */
  function tree(depth: number, top = false): Condition {
    if (!top && (depth <= 1 || chance(next, 0.45))) return leaf();
    const kind = pick(["all", "any", "all", "any", "not"] as const);
    if (kind === "not") return { not: tree(depth - 1) };
    const parts = Array.from({ length: between(next, 1, 3) }, () => tree(depth - 1));
    return kind === "all" ? { all: parts } : { any: parts };
  }

  /**
   * The funding lines: each starts with conditions that keep it apart from the others (as the region's
   * pack does by type and major), then adds a random tree. The checker refuses lines that overlap anyway.
   */
  function fundingLines() {
    const count = between(next, 1, 3);
    const splits: Condition[][] = [];
    const split = pick(["region", "region", "investment", "issuerKind", "none"] as const);
    if (split === "region") {
      const all = [
        [{ fact: "type", operator: "equal", value: "tech" }, { fact: "major", operator: "equal", value: false }],
        [{ fact: "type", operator: "equal", value: "transformation" }, { fact: "major", operator: "equal", value: false }],
        [{ fact: "major", operator: "equal", value: true }],
      ] as Condition[][];
      for (let i = 0; i < count; i++) splits.push(all[i]!);
    } else if (split === "investment") {
      const bounds = [...new Set(Array.from({ length: count - 1 }, () => pick(MONEY_VALUES.slice(1))))].sort((a, b) => Number(a) - Number(b));
      const useParam = chance(next, 0.5);
      const bound = (v: string) => (useParam ? { param: addParam("bound", "yuan", v) } : v);
      const edges = bounds.map(bound);
      for (let i = 0; i <= edges.length; i++) {
        const parts: Condition[] = [];
        if (i > 0) parts.push({ fact: "investment", operator: "decimalGreaterThanInclusive", value: edges[i - 1]! } as Condition);
        if (i < edges.length) parts.push({ fact: "investment", operator: "decimalLessThan", value: edges[i]! } as Condition);
        splits.push(parts);
      }
    } else if (split === "issuerKind") {
      const values = FACTS.find((f) => f.name === "issuerKind")?.values ?? [];
      for (let i = 0; i < Math.min(count, values.length); i++) {
        const asList = chance(next, 0.5);
        splits.push([{ fact: "issuerKind", operator: asList ? "in" : "equal", value: asList ? [values[i]!] : values[i]! } as Condition]);
      }
    } else splits.push([]);
    return splits.map((parts, i) => {
      const extra = Array.from({ length: between(next, 0, 2) }, () => tree(2));
      const conditions: Condition = { all: [...parts, ...extra].length > 0 ? [...parts, ...extra] : [leaf()] };
      const caseByCase = split === "region" ? i === 2 || (parts.length === 1 && chance(next, 0.1)) : chance(next, 0.15);
      const name = `line-${i}`;
      if (caseByCase) {
        const recipient = chance(next, 0.5) ? { tech: pick(["issuer", "solver"]), transformation: pick(["issuer", "solver"]) } : pick(["issuer", "solver"]);
        return { name, line: "case-by-case", description: LOCALIZED, recipient, caseByCase: true, conditions };
      }
      const line = split === "region" ? (i === 0 ? "tech" : "transformation") : pick(["tech", "transformation"]);
      const rate = addParam("rate", "ratio", pick(RATES));
      const cap = addParam("cap", "yuan", pick(CAPS));
      return {
        name,
        line,
        description: LOCALIZED,
        recipient: pick(["issuer", "solver", line === "tech" ? "issuer" : "solver"]),
        rate,
        cap,
        ...(chance(next, 0.15) ? { base: pick(FACTS.filter((f) => f.type === "money")).name } : {}),
        conditions,
      };
    });
  }

  /** An assumed value that fits the fact's type. */
  function assumedValue(fact: FactSpec): boolean | string {
    if (chance(next, 0.02)) return pick([false, "-1000000", "1,000", "maybe", "2022-02-30"]);
    switch (fact.type) {
      case "boolean":
        return chance(next, 0.5);
      case "enum":
        return pick(fact.values ?? [""]);
      case "money":
        return pick(MONEY_VALUES);
      case "date":
        return pick(DATES);
      case "count":
        return String(between(next, 0, 4));
      case "text":
        return chance(next, 0.7) ? pick(TEXT_VALUES[fact.name] ?? ["文字"]) : pick(TRICKY_TEXT.filter((t) => t !== ""));
    }
  }

  return function generate(): RulePackDocument {
    const region = JSON.parse(regionPackText()) as RulePackDocument;
    // Parameters for conditions to refer to, of each unit.
    for (let i = between(next, 0, 2); i > 0; i--) addParam("yuan", "yuan", pick(MONEY_VALUES));
    for (let i = between(next, 0, 1); i > 0; i--) addParam("share", "ratio", pick(RATES));
    for (let i = between(next, 0, 2); i > 0; i--) addParam("date", "date", pick(DATES));
    const funding = fundingLines();
    const messages: Record<string, typeof LOCALIZED> = { ...region.messages };
    const eligibility = Array.from({ length: between(next, 1, 3) }, (_, i) => {
      const reason = chance(next, 0.5) ? "ISSUER_NOT_ELIGIBLE" : `GEN_REASON_${i}`;
      messages[reason] = { "zh-CN": `不符合条件 ${i}`, en: `not eligible ${i}` };
      return { name: `eligible-${i}`, description: LOCALIZED, reason, conditions: tree(3, true) };
    });
    const assumptions: Record<string, { value: boolean | string; description: typeof LOCALIZED }> = {};
    for (let i = between(next, 0, 3); i > 0; i--) {
      const fact = pick(FACTS);
      assumptions[fact.name] = { value: assumedValue(fact), description: LOCALIZED };
    }
    const from = pick(["2021-01-01", "2021-12-01", "2022-02-01"]);
    const to = pick([null, null, "2022-06-30", "2023-12-31"]);
    const dateFacts = FACTS.filter((f) => f.type === "date").map((f) => f.name);
    const doc: Record<string, unknown> = {
      id: "gen",
      version: `s${seed}`,
      title: LOCALIZED,
      jurisdiction: LOCALIZED,
      source: { title: LOCALIZED, issuedBy: LOCALIZED, issued: "2022-01" },
      effective: { from, to },
      ...(chance(next, 0.3) ? { dateFact: pick(dateFacts) } : {}),
      ...(chance(next, 0.25) ? { appliesTo: tree(2, true) } : {}),
      ...(chance(next, 0.3) ? { requires: pick([null, { pack: "nmg", status: "funded" }]) } : {}),
      rounding: { places: between(next, 0, 2), mode: pick(["half-up", "half-even", "half-down", "down", "up"]) },
      parameters: params,
      assumptions,
      ...(chance(next, 0.3) ? { guards: region.guards } : {}),
      eligibility,
      funding,
      messages,
    };
    return doc as unknown as RulePackDocument;
  };
}

function generatePack(seed: number): RulePackDocument {
  return packGenerator(seed)();
}

/** What `rules check` reports as errors for one pack: the document's checks, then the lint of its rules. */
function checkErrors(doc: RulePackDocument) {
  const findings = checkPackDocument(doc);
  if (findings.some((f) => f.severity === "error")) return findings.filter((f) => f.severity === "error");
  return lintPack(doc).filter((f) => f.severity === "error");
}

/** A decision as `--json --trace` writes it, with every layer; or the error deciding it threw. */
async function fingerprint(decide: () => Promise<Decision>): Promise<{ text: string; decision: Decision | null }> {
  try {
    const decision = await decide();
    return { text: JSON.stringify(decisionJson(decision, true, true)), decision };
  } catch (error) {
    return { text: `threw ${error instanceof Error ? error.message : String(error)}`, decision: null };
  }
}

interface Mismatch {
  readonly seed: number;
  readonly layered: boolean;
  readonly pack: string;
  readonly row: string;
  readonly reference: string;
  readonly compiled: string;
}

interface RunResult {
  generated: number;
  accepted: number;
  rejectedBy: Record<string, number>;
  rows: number;
  compared: number;
  mismatches: Mismatch[];
  mismatchCount: number;
  crashes: string[];
  negative: string[];
  statuses: Record<string, number>;
  facts: Set<string>;
  operators: Set<string>;
  ms: number;
}

function leavesOf(condition: Condition, into: Array<{ fact: string; operator: string }> = []) {
  if ("all" in condition) condition.all.forEach((c) => leavesOf(c, into));
  else if ("any" in condition) condition.any.forEach((c) => leavesOf(c, into));
  else if ("not" in condition) leavesOf(condition.not, into);
  else into.push({ fact: condition.fact, operator: condition.operator });
  return into;
}

async function runAll(): Promise<RunResult> {
  const started = performance.now();
  const result: RunResult = { generated: 0, accepted: 0, rejectedBy: {}, rows: 0, compared: 0, mismatches: [], mismatchCount: 0, crashes: [], negative: [], statuses: {}, facts: new Set(), operators: new Set(), ms: 0 };
  const region = regionPack();
  for (let i = 0; i < PACKS; i++) {
    const seed = BASE_SEED + i;
    const doc = generatePack(seed);
    result.generated++;
    const errors = checkErrors(doc);
    if (errors.length > 0) {
      if (process.env.GEN_DEBUG) console.info(errors.map((e) => `${e.code} ${e.message.en}`).join("\n"));
      for (const code of new Set(errors.map((e) => e.code))) result.rejectedBy[code] = (result.rejectedBy[code] ?? 0) + 1;
      continue;
    }
    result.accepted++;
    for (const rule of [...doc.eligibility, ...doc.funding, ...(doc.appliesTo ? [{ conditions: doc.appliesTo }] : [])]) {
      for (const l of leavesOf(rule.conditions)) {
        result.facts.add(l.fact);
        result.operators.add(l.operator);
      }
    }
    const text = JSON.stringify(doc);
    const pack: RulePack = loadPack(text, `generated-${seed}.json`);
    const next = random(seed ^ 0x5bd1e995);
    const lang: Lang = next() < 0.8 ? "zh-CN" : "en";
    const asOf = next() < 0.15 ? pickOf(next)(["2021-06-01", "2022-03-01", "2024-01-01"]) : null;
    const runs: Array<{ layered: boolean; packs: RulePack[] }> = [{ layered: false, packs: [pack] }];
    if (i % LAYERED === 0) runs.push({ layered: true, packs: [region, pack] });
    const rows = generatedRows(ROWS_PER_PACK, seed);
    for (const { layered, packs } of runs) {
      const families = packFamilies(packs.map(compilePack));
      const decide = (evaluator: Evaluator, row: GeneratedRow["row"]) => () => decideLayered(row, families, { lang, evaluator, asOf, today: "2022-06-30" });
      for (const { spec, row } of rows) {
        result.rows++;
        const fast = await fingerprint(decide("compiled", row));
        const reference = await fingerprint(decide("json-rules-engine", row));
        result.compared++;
        const where = () => `seed ${seed}${layered ? " (layered on nmg@2021-12)" : ""}, row ${JSON.stringify(spec)}`;
        if (fast.text !== reference.text) {
          result.mismatchCount++;
          if (result.mismatches.length < 3) result.mismatches.push({ seed, layered, pack: text, row: JSON.stringify(spec), reference: reference.text, compiled: fast.text });
        }
        if (!fast.decision || !reference.decision) {
          if (result.crashes.length < 3) result.crashes.push(`${where()}: ${fast.decision ? reference.text : fast.text}\n  pack ${text}`);
          continue;
        }
        const d = fast.decision;
        result.statuses[d.status] = (result.statuses[d.status] ?? 0) + 1;
        const amounts = [d.subsidyYuan, d.totalSubsidyYuan, ...d.layers.map((l) => l.subsidyYuan)];
        if (amounts.some((a) => a.isNegative()) && result.negative.length < 3) result.negative.push(`${where()}: ${fast.text}\n  pack ${text}`);
      }
    }
  }
  result.ms = performance.now() - started;
  return result;
}

let running: Promise<RunResult> | null = null;
const run = () => (running ??= runAll());

describe("generated packs: the compiled evaluator decides exactly as json-rules-engine", () => {
  it(`rules check accepts at least ${MIN_ACCEPTED} of ${PACKS} generated packs`, async () => {
    const r = await run();
    console.info(
      `generated packs: ${r.generated} generated, ${r.accepted} accepted (rejected by ${JSON.stringify(r.rejectedBy)}); ${r.rows} rows decided, ${r.compared} decisions compared; statuses ${JSON.stringify(r.statuses)}; ${Math.round(r.ms)} ms`,
    );
    expect(r.accepted).toBeGreaterThanOrEqual(MIN_ACCEPTED);
    // The checker is exercised too: some generated packs are refused.
    expect(r.accepted).toBeLessThan(r.generated);
  }, TIMEOUT);

  it("every decision of every accepted pack, alone and layered on the region's pack, is identical under both evaluators", async () => {
    const r = await run();
    const shown = r.mismatches.map(
      (m) => `seed ${m.seed}${m.layered ? " (layered: nmg@2021-12 primary)" : ""}\n  pack ${m.pack}\n  row ${m.row}\n  json-rules-engine ${m.reference}\n  compiled          ${m.compiled}`,
    );
    expect(r.mismatchCount, `${r.mismatchCount} decisions differ; the first:\n${shown.join("\n\n")}`).toBe(0);
    expect(r.compared).toBeGreaterThan(MIN_ACCEPTED * ROWS_PER_PACK);
  }, TIMEOUT);

  it("no accepted pack crashes a run or pays a negative amount", async () => {
    const r = await run();
    expect(r.crashes).toEqual([]);
    expect(r.negative).toEqual([]);
  }, TIMEOUT);

  it("the comparison is not vacuous: rows reach funded, ineligible and invalid, and the packs use every fact and operator", async () => {
    const r = await run();
    for (const status of ["funded", "ineligible", "invalid"]) expect(r.statuses[status] ?? 0, status).toBeGreaterThan(r.compared / 100);
    expect([...FACTS.map((f) => f.name)].filter((f) => !r.facts.has(f))).toEqual([]);
    expect([...OPERATORS.map((o) => o.name)].filter((o) => !r.operators.has(o))).toEqual([]);
  }, TIMEOUT);
});
