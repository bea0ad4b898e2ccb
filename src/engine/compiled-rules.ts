import { operatorSpec, type CompiledPack, type Condition } from "../rules";

/**
 * A pack's conditions compiled once into plain synchronous functions, with
 * json-rules-engine's semantics exactly: every leaf of a rule is evaluated
 * (json-rules-engine does not short-circuit conditions of equal priority, and
 * packs cannot set priorities), each operator is json-rules-engine's own
 * (its fact-value validator first, then the comparison), and the result has
 * the shape of json-rules-engine's rule results, so the same three-valued
 * reading and traces follow. A differential test runs both on every rule-pack
 * test and on generated rows and demands identical decisions and traces.
 * Nothing is evaluated as code: the functions are closures over the parsed
 * condition tree.
 */

/** A condition node as json-rules-engine returns it in a rule result. */
export type EvaluatedNode =
  | { readonly all: readonly EvaluatedNode[] }
  | { readonly any: readonly EvaluatedNode[] }
  | { readonly not: EvaluatedNode }
  | { readonly fact: string; readonly operator: string; readonly value: unknown; readonly factResult: unknown; readonly result: boolean };

type Comparison = (fact: unknown, value: unknown) => boolean;

const isNumberLike = (value: unknown) => Number.parseFloat(value as string).toString() !== "NaN";

/** json-rules-engine's default operators, validator and comparison as it defines them. */
const BUILT_IN: Readonly<Record<string, { validate?: (fact: unknown) => boolean; compare: Comparison }>> = {
  equal: { compare: (a, b) => a === b },
  notEqual: { compare: (a, b) => a !== b },
  in: { compare: (a, b) => (b as unknown[]).indexOf(a) > -1 },
  notIn: { compare: (a, b) => (b as unknown[]).indexOf(a) === -1 },
  contains: { validate: Array.isArray, compare: (a, b) => (a as unknown[]).indexOf(b) > -1 },
  doesNotContain: { validate: Array.isArray, compare: (a, b) => (a as unknown[]).indexOf(b) === -1 },
  lessThan: { validate: isNumberLike, compare: (a, b) => (a as number) < (b as number) },
  lessThanInclusive: { validate: isNumberLike, compare: (a, b) => (a as number) <= (b as number) },
  greaterThan: { validate: isNumberLike, compare: (a, b) => (a as number) > (b as number) },
  greaterThanInclusive: { validate: isNumberLike, compare: (a, b) => (a as number) >= (b as number) },
};

function comparisonOf(operator: string): Comparison {
  const own = operatorSpec(operator)?.evaluate;
  if (own) return own;
  const builtIn = BUILT_IN[operator];
  if (!builtIn) throw new Error(`Unknown operator: ${operator}`);
  const { validate, compare } = builtIn;
  return validate ? (fact, value) => validate(fact) && compare(fact, value) : compare;
}

export type CompiledCondition = (facts: Readonly<Record<string, unknown>>) => EvaluatedNode;

export function compileCondition(condition: Condition): CompiledCondition {
  if ("all" in condition) {
    const parts = condition.all.map(compileCondition);
    return (facts) => ({ all: parts.map((p) => p(facts)) });
  }
  if ("any" in condition) {
    const parts = condition.any.map(compileCondition);
    return (facts) => ({ any: parts.map((p) => p(facts)) });
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => ({ not: inner(facts) });
  }
  const { fact, operator, value } = condition;
  const compare = comparisonOf(operator);
  return (facts) => {
    const factResult = facts[fact];
    return { fact, operator, value, factResult, result: compare(factResult, value) };
  };
}

/** The value of a node as json-rules-engine computes a rule's result. */
export function nodeResult(node: EvaluatedNode): boolean {
  if ("all" in node) return node.all.every(nodeResult);
  if ("any" in node) return node.any.some(nodeResult);
  if ("not" in node) return !nodeResult(node.not);
  return node.result;
}

/** Every fact a condition reads. */
export function factsOf(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ("all" in condition) condition.all.forEach((c) => factsOf(c, into));
  else if ("any" in condition) condition.any.forEach((c) => factsOf(c, into));
  else if ("not" in condition) factsOf(condition.not, into);
  else into.add(condition.fact);
  return into;
}

export interface CompiledRules {
  readonly rules: ReadonlyArray<{ readonly name: string; readonly evaluate: CompiledCondition }>;
  /** The facts any rule reads, in a fixed order: what a decision of the rules depends on. */
  readonly facts: readonly string[];
}

const compiled = new WeakMap<CompiledPack, CompiledRules>();

/** The pack's rules compiled (once per pack). */
export function compiledRules(pack: CompiledPack): CompiledRules {
  let rules = compiled.get(pack);
  if (!rules) {
    const names = [...pack.conditions.keys()];
    const facts = new Set<string>();
    for (const condition of pack.conditions.values()) factsOf(condition, facts);
    rules = { rules: names.map((name) => ({ name, evaluate: compileCondition(pack.conditions.get(name)!) })), facts: [...facts].sort() };
    compiled.set(pack, rules);
  }
  return rules;
}

const scopes = new WeakMap<CompiledPack, CompiledCondition | null>();

/** The pack's `appliesTo` compiled (null when the pack decides every row). */
export function compiledScope(pack: CompiledPack): CompiledCondition | null {
  if (!scopes.has(pack)) scopes.set(pack, pack.scopeCondition ? compileCondition(pack.scopeCondition) : null);
  return scopes.get(pack)!;
}
