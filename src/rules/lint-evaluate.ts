import { Decimal } from "../money";
import { factSpec } from "./facts";
import { operatorSpec } from "./operators";
import type { Condition, ConditionLeaf, RulePackDocument } from "./types";
import { forEachLeaf } from "./walk";

/** A value a fact can take in a row, as json-rules-engine receives it. */
export type FactValue = string | number | boolean;

/** A row as far as it is decided: facts not in the map are not chosen yet. */
export type PartialRow = ReadonlyMap<string, FactValue>;

/** Three-valued truth: true, false, or "not yet known" (a fact it reads is not chosen). */
export type Truth = true | false | "unknown";

/** json-rules-engine's built-in operators, as it evaluates them (engine-default-operators.js). */
const BUILT_IN: Readonly<Record<string, (fact: unknown, value: unknown) => boolean>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.indexOf(a) > -1,
  notIn: (a, b) => Array.isArray(b) && b.indexOf(a) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

/** json-rules-engine's guard on its numeric operators. */
function isNumeric(value: unknown): boolean {
  return Number.parseFloat(value as string).toString() !== "NaN";
}

/** The evaluator of an operator: json-rules-engine's own, or ours (decimal*, date*); undefined for an unknown name. */
export function operatorEvaluator(name: string): ((fact: unknown, value: unknown) => boolean) | undefined {
  return Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : operatorSpec(name)?.evaluate;
}

/**
 * The condition with `{ "param": name }` values replaced by the parameter's
 * value, exactly as compilePack hands it to json-rules-engine (a normalised
 * decimal string, or a date parameter's ISO date as written). Undefined
 * when it names a parameter the pack lacks.
 */
export function resolveParameters(condition: Condition, doc: RulePackDocument): Condition | undefined {
  if ("all" in condition || "any" in condition) {
    const key = "all" in condition ? "all" : "any";
    const parts = ("all" in condition ? condition.all : condition.any).map((c) => resolveParameters(c, doc));
    if (parts.some((p) => p === undefined)) return undefined;
    return key === "all" ? { all: parts as Condition[] } : { any: parts as Condition[] };
  }
  if ("not" in condition) {
    const inner = resolveParameters(condition.not, doc);
    return inner === undefined ? undefined : { not: inner };
  }
  const value = condition.value;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "param" in value) {
    const parameter = Object.hasOwn(doc.parameters, value.param) ? doc.parameters[value.param] : undefined;
    if (!parameter) return undefined;
    return { fact: condition.fact, operator: condition.operator, value: parameter.unit === "date" ? parameter.value : new Decimal(parameter.value).toFixed() };
  }
  return condition;
}

/** Every leaf of the conditions, in the order they are written. */
export function leavesOf(conditions: readonly Condition[]): ConditionLeaf[] {
  const leaves: ConditionLeaf[] = [];
  for (const condition of conditions) forEachLeaf(condition, "", (leaf) => leaves.push(leaf));
  return leaves;
}

/** True when every leaf names a fact of the model and an operator the lint can evaluate. */
/**
 * Operators on parts of a text: the representative texts (each text named,
 * and one other) do not stand for every class of texts under them (a text
 * can contain two named parts at once), so a question using them is left
 * undecided rather than answered wrong.
 */
const SUBSTRING_OPERATORS = new Set(["textContains", "textStartsWith"]);

export function canEvaluate(conditions: readonly Condition[]): boolean {
  return leavesOf(conditions).every((leaf) => factSpec(leaf.fact) !== undefined && operatorEvaluator(leaf.operator) !== undefined && !SUBSTRING_OPERATORS.has(leaf.operator));
}

/** Counts leaf evaluations against a limit shared by one lint run. */
export class Steps {
  private used = 0;
  constructor(readonly limit: number) {}
  take(): void {
    this.used++;
  }
  get exhausted(): boolean {
    return this.used >= this.limit;
  }
}

/**
 * A condition's truth for a partial row, with json-rules-engine's meaning
 * for `all`, `any` and `not` (an empty `all` or `any` holds, as
 * json-rules-engine has it) read in Kleene's three-valued logic: a leaf on a
 * fact not chosen yet is unknown. Sound for pruning: false (or true) here
 * stays false (true) whatever values the unchosen facts take.
 */
export function truthOf(condition: Condition, row: PartialRow, steps: Steps): Truth {
  if ("all" in condition || "any" in condition) {
    const parts = "all" in condition ? condition.all : condition.any;
    if (parts.length === 0) return true;
    const decisive = "all" in condition ? false : true;
    let unknown = false;
    for (const part of parts) {
      const t = truthOf(part, row, steps);
      if (t === decisive) return decisive;
      if (t === "unknown") unknown = true;
    }
    return unknown ? "unknown" : !decisive;
  }
  if ("not" in condition) {
    const t = truthOf(condition.not, row, steps);
    return t === "unknown" ? t : !t;
  }
  steps.take();
  if (!row.has(condition.fact)) return "unknown";
  return operatorEvaluator(condition.operator)!(row.get(condition.fact), condition.value);
}
