import type { ErrorObject } from "ajv";
import validateTests from "../../rules/ruletests.validator.js";
import { allocateRecipientCaps, decideLayered, packFamilies, type Evaluator, type LayerDecision, type RunRow, type Status } from "../engine";
import type { Lang } from "../i18n";
import { compilePack, type FundingLine, type RulePack } from "../rules";
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

/** One thing a pack's tests should reach: a rule passing or failing, a line, a cap branch, a case-by-case path. */
export interface CoverageItem {
  readonly id: string;
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

/** The coverage items of a pack and which of the layers reach them. */
function coverage(pack: RulePack, layers: ReadonlyArray<LayerDecision | null>): CoverageItem[] {
  const doc = pack.document;
  const decided = layers.filter((l): l is LayerDecision => l !== null);
  const items: CoverageItem[] = [];
  if (doc.appliesTo) {
    items.push({ id: "appliesTo: in scope", reached: decided.length > 0 });
    items.push({ id: "appliesTo: out of scope", reached: layers.some((l) => l === null) });
  }
  for (const rule of doc.eligibility) {
    const outcomes = decided.map((l) => l.trace.find((t) => t.rule === rule.name)?.outcome);
    items.push({ id: `eligibility ${rule.name}: passes`, reached: outcomes.includes("true") });
    items.push({ id: `eligibility ${rule.name}: fails`, reached: outcomes.includes("false") });
  }
  for (const rule of doc.funding) {
    const mine = decided.filter((l) => l.rule === rule.name);
    items.push({ id: `funding ${rule.name}`, reached: mine.length > 0 });
    if (rule.caseByCase) {
      items.push({ id: `funding ${rule.name}: approved amount paid`, reached: mine.some((l) => l.status === "funded") });
      items.push({ id: `funding ${rule.name}: pending approval`, reached: mine.some((l) => l.status === "pending") });
    } else {
      items.push({ id: `funding ${rule.name}: under the cap`, reached: mine.some((l) => l.status === "funded" && !l.capped) });
      items.push({ id: `funding ${rule.name}: capped`, reached: mine.some((l) => l.status === "funded" && l.capped) });
    }
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
  for (const [i, testCase] of file.cases.entries()) {
    const row = canonicalRow(testCase.row, i + 1);
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
  return { pack: `${tested.document.id}@${tested.document.version}`, results, coverage: coverage(tested, layers) };
}
