import type { ErrorObject } from "ajv";
import validateTests from "../../rules/ruletests.validator.js";
import { allocateRecipientCaps, decideLayered, packFamilies, rowFacts, type Evaluator, type LayerDecision, type RunRow, type Status } from "../engine";
import type { Lang, Localized } from "../i18n";
import { Decimal, isDecimalString } from "../money";
import { compilePack, factSpec, forEachLeaf, type Condition, type FundingLine, type RulePack } from "../rules";
import { canonicalRow, type CanonicalValue, type FieldName } from "../tracker";

export interface RuleTestExpectation {
  readonly applies?: boolean;
  readonly status?: Status;
  readonly line?: FundingLine | null;
  readonly rule?: string | null;
  readonly recipient?: "issuer" | "solver" | null;
  readonly subsidyYuan?: string;
  readonly dueYuan?: string;
  readonly notDueYuan?: string;
  readonly reclaimYuan?: string;
  readonly capped?: boolean;
  readonly reasons?: readonly string[];
  readonly warnings?: readonly string[];
}

export interface RuleTestCase {
  readonly name: string;
  readonly asOf?: string;
  readonly row: Readonly<Partial<Record<FieldName, CanonicalValue>>>;
  readonly expect: RuleTestExpectation;
}

/** A `*.tests.json` file: cases for one pack, decided together with the packs in `with`. */
export interface RuleTestFile {
  readonly pack: string;
  readonly with?: readonly string[];
  readonly cases: readonly RuleTestCase[];
}

export function ruleTestFileErrors(document: unknown): ErrorObject[] {
  return validateTests(document) ? [] : [...(validateTests.errors ?? [])];
}

export interface Difference {
  readonly what: keyof RuleTestExpectation;
  readonly expected: unknown;
  readonly actual: unknown;
}

export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  readonly differences: readonly Difference[];
  /** The tested pack's layer, or null when it did not decide the row. */
  readonly layer: LayerDecision | null;
}

/**
 * One thing a pack's tests should reach: a rule passing or failing, a line, a
 * cap branch, a case-by-case path, each side of an amount compared with a
 * parameter. `label` says it in the run's languages, as the case to add.
 */
export interface CoverageItem {
  readonly id: string;
  readonly label: Localized;
  readonly reached: boolean;
}

export interface RuleTestReport {
  readonly pack: string;
  readonly results: readonly CaseResult[];
  readonly coverage: readonly CoverageItem[];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function compare(expect: RuleTestExpectation, layer: LayerDecision | null): Difference[] {
  const differences: Difference[] = [];
  const check = (what: keyof RuleTestExpectation, actual: unknown, equal = (e: unknown, a: unknown) => e === a) => {
    if (expect[what] !== undefined && !equal(expect[what], actual)) differences.push({ what, expected: expect[what], actual });
  };
  check("applies", layer !== null);
  if (!layer) {
    for (const what of ["status", "line", "rule", "recipient", "subsidyYuan", "dueYuan", "notDueYuan", "reclaimYuan", "capped", "reasons", "warnings"] as const) {
      if (expect[what] !== undefined) differences.push({ what, expected: expect[what], actual: null });
    }
    return differences;
  }
  check("status", layer.status);
  check("line", layer.line);
  check("rule", layer.rule);
  check("recipient", layer.recipient);
  check("subsidyYuan", layer.status === "funded" ? layer.subsidyYuan.toFixed(2) : "0.00");
  check("dueYuan", layer.dueYuan.toFixed(2));
  check("notDueYuan", layer.notDueYuan.toFixed(2));
  check("reclaimYuan", layer.reclaimYuan.toFixed(2));
  check("capped", layer.capped);
  const codes = (list: LayerDecision["reasons"]) => list.map((r) => r.code);
  check("reasons", codes(layer.reasons), (e, a) => sameList(e as string[], a as string[]));
  check("warnings", codes(layer.warnings), (e, a) => sameList(e as string[], a as string[]));
  return differences;
}

const DECIMAL_COMPARISONS: Readonly<Record<string, "below" | "above">> = {
  decimalGreaterThanInclusive: "below",
  decimalGreaterThan: "below",
  decimalLessThan: "above",
  decimalLessThanInclusive: "above",
  decimalEqual: "below",
};

const ONE_FEN = new Decimal("0.01");

/** An amount as a case writes it: to the fen ("2000000.00"), or every place a parameter has beyond it. */
function amountText(amount: Decimal): string {
  return amount.decimalPlaces() > 2 ? amount.toFixed() : amount.toFixed(2);
}

const SIDE: Readonly<Record<"boundary" | "below" | "above", Localized>> = {
  boundary: { "zh-CN": "边界", en: "the boundary" },
  below: { "zh-CN": "低一分", en: "one fen below" },
  above: { "zh-CN": "高一分", en: "one fen above" },
};

interface Subject {
  readonly id: string;
  readonly label: Localized;
}

function ruleSubject(kind: "eligibility" | "funding", name: string): Subject {
  return kind === "eligibility"
    ? { id: `eligibility ${name}`, label: { "zh-CN": `资格规则「${name}」`, en: `eligibility rule “${name}”` } }
    : { id: `funding ${name}`, label: { "zh-CN": `资助条线「${name}」`, en: `funding line “${name}”` } };
}

const SCOPE: Subject = { id: "appliesTo", label: { "zh-CN": "适用范围（appliesTo）", en: "appliesTo" } };

function item(subject: Subject, id: string, label: Localized, reached: boolean): CoverageItem {
  return { id: `${subject.id}: ${id}`, label: { "zh-CN": `${subject.label["zh-CN"]}：${label["zh-CN"]}`, en: `${subject.label.en}: ${label.en}` }, reached };
}

/**
 * For each amount a condition compares with a parameter (decimal*, `{ "param" }`):
 * a case at the parameter's value and one a fen on the other side of it
 * (below for ≥ > and =, above for ≤ <), where a slip of the operator
 * would show. `seen(pointer)` gives the amounts the cases' rows had there.
 */
function boundaryItems(pack: RulePack, subject: Subject, condition: Condition, seen: (pointer: string, fact: string) => Decimal[]): CoverageItem[] {
  const items = new Map<string, CoverageItem>();
  forEachLeaf(condition, "", (leaf, pointer) => {
    const side = DECIMAL_COMPARISONS[leaf.operator];
    const value = leaf.value;
    if (side === undefined || typeof value !== "object" || value === null || Array.isArray(value) || !("param" in value)) return;
    const parameter = Object.hasOwn(pack.document.parameters, value.param) ? pack.document.parameters[value.param] : undefined;
    if (!parameter || !isDecimalString(parameter.value)) return;
    const boundary = new Decimal(parameter.value);
    const other = side === "below" ? boundary.minus(ONE_FEN) : boundary.plus(ONE_FEN);
    const fact = factSpec(leaf.fact)?.label ?? { "zh-CN": leaf.fact, en: leaf.fact };
    const amounts = seen(pointer, leaf.fact);
    // A row's amount is never negative: no case can stand a fen below a boundary of 0.
    for (const [which, amount] of [["boundary", boundary], [side, other]] as const) {
      if (amount.isNegative()) continue;
      const text = amountText(amount);
      const found = item(
        subject,
        `${leaf.fact} = ${text} (${SIDE[which].en})`,
        { "zh-CN": `${fact["zh-CN"]} = ${text}（${SIDE[which]["zh-CN"]}）`, en: `${fact.en} = ${text} (${SIDE[which].en})` },
        amounts.some((a) => a.eq(amount)),
      );
      const before = items.get(found.id);
      items.set(found.id, before ? { ...before, reached: before.reached || found.reached } : found);
    }
  });
  return [...items.values()];
}

function decimalsOf(values: readonly unknown[]): Decimal[] {
  return values.filter(isDecimalString).map((v) => new Decimal(v));
}

/** The coverage items of a pack and which of the layers reach them; `facts` holds each case's row facts, for `appliesTo`. */
function coverage(pack: RulePack, layers: ReadonlyArray<LayerDecision | null>, facts: ReadonlyArray<Record<string, unknown>>): CoverageItem[] {
  const doc = pack.document;
  const decided = layers.filter((l): l is LayerDecision => l !== null);
  const items: CoverageItem[] = [];
  const name = `${doc.id}@${doc.version}`;
  const traced = (rule: string) => (pointer: string) =>
    decimalsOf(decided.flatMap((l) => l.trace.filter((t) => t.pack === name && t.rule === rule).flatMap((t) => t.conditions.filter((c) => c.pointer === pointer).map((c) => c.seen))));
  if (doc.appliesTo) {
    items.push(item(SCOPE, "in scope", { "zh-CN": "在范围内的项目", en: "a row in scope" }, decided.length > 0));
    items.push(item(SCOPE, "out of scope", { "zh-CN": "不在范围内的项目", en: "a row out of scope" }, layers.some((l) => l === null)));
    items.push(...boundaryItems(pack, SCOPE, doc.appliesTo, (_pointer, fact) => decimalsOf(facts.map((f) => f[fact]))));
  }
  for (const rule of doc.eligibility) {
    const subject = ruleSubject("eligibility", rule.name);
    const outcomes = decided.map((l) => l.trace.find((t) => t.rule === rule.name)?.outcome);
    items.push(item(subject, "passes", { "zh-CN": "通过", en: "passes" }, outcomes.includes("true")));
    items.push(item(subject, "fails", { "zh-CN": "不通过", en: "fails" }, outcomes.includes("false")));
    items.push(...boundaryItems(pack, subject, rule.conditions, traced(rule.name)));
  }
  for (const rule of doc.funding) {
    const subject = ruleSubject("funding", rule.name);
    const mine = decided.filter((l) => l.rule === rule.name);
    items.push({ ...subject, label: { "zh-CN": `${subject.label["zh-CN"]}：适用`, en: `${subject.label.en}: applies` }, reached: mine.length > 0 });
    if (rule.caseByCase) {
      items.push(item(subject, "approved amount paid", { "zh-CN": "按批复金额资助", en: "the approved amount paid" }, mine.some((l) => l.status === "funded")));
      items.push(item(subject, "pending approval", { "zh-CN": "待批复（待定）", en: "pending approval" }, mine.some((l) => l.status === "pending")));
    } else {
      items.push(item(subject, "under the cap", { "zh-CN": "未达上限", en: "under the cap" }, mine.some((l) => l.status === "funded" && !l.capped)));
      items.push(item(subject, "capped", { "zh-CN": "达到上限", en: "capped" }, mine.some((l) => l.status === "funded" && l.capped)));
    }
    items.push(...boundaryItems(pack, subject, rule.conditions, traced(rule.name)));
  }
  return items;
}

/**
 * Run a pack's test cases: each row is decided (by json-rules-engine, the
 * definition of what a pack means, unless told otherwise) under the tested pack together with the packs it is tested with,
 * and the tested pack's layer is compared with what the case expects.
 */
export async function runRuleTests(
  file: RuleTestFile,
  tested: RulePack,
  withPacks: readonly RulePack[],
  lang: Lang = "zh-CN",
  evaluator: Evaluator = "json-rules-engine",
): Promise<RuleTestReport> {
  const compiled = [...withPacks, tested].map(compilePack);
  const families = packFamilies(compiled);
  const results: CaseResult[] = [];
  const layers: Array<LayerDecision | null> = [];
  const facts: Array<Record<string, unknown>> = [];
  for (const [i, testCase] of file.cases.entries()) {
    const row = canonicalRow(testCase.row, i + 1);
    const known = rowFacts(row, compiled.at(-1)!);
    facts.push(Object.fromEntries(Object.entries(known.values).filter(([fact]) => !known.unknown.has(fact))));
    const options = { lang, evaluator, asOf: testCase.asOf ?? null, today: testCase.asOf ?? new Date().toISOString().slice(0, 10) };
    // Each case is a run of its own: a recipient's cap counts the case's row alone.
    const item: RunRow = { row, source: file.pack, decision: await decideLayered(row, families, options) };
    await allocateRecipientCaps([item], families, options);
    const decision = item.decision;
    const layer = decision.layers.find((l) => l.pack.split("@")[0] === tested.document.id && l.pack.includes("@")) ?? null;
    layers.push(layer);
    const differences = compare(testCase.expect, layer);
    results.push({ name: testCase.name, passed: differences.length === 0, differences, layer });
  }
  return { pack: `${tested.document.id}@${tested.document.version}`, results, coverage: coverage(tested, layers, facts) };
}
