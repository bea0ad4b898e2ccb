import { Engine } from "json-rules-engine";
import type { Localized } from "../i18n";
import { Decimal } from "../money";
import { OPERATORS } from "./operators";
import type { Condition, EligibilityRule, FundingRule, RulePack } from "./types";

/** A pack ready to decide rows: a json-rules-engine Engine holding its rules, and its parameters as decimals. */
export interface CompiledPack {
  readonly pack: RulePack;
  readonly id: string;
  readonly version: string;
  readonly engine: Engine;
  /** json-rules-engine holding the pack's `appliesTo` as a rule named "appliesTo"; null when the pack decides every row. */
  readonly scope: Engine | null;
  /** `appliesTo` with parameters resolved, as given to json-rules-engine. */
  readonly scopeCondition: Condition | null;
  readonly parameters: ReadonlyMap<string, Decimal>;
  readonly eligibility: readonly EligibilityRule[];
  readonly funding: readonly FundingRule[];
  /** Rule conditions with parameter references replaced by their values, as given to json-rules-engine. */
  readonly conditions: ReadonlyMap<string, Condition>;
  readonly assumptions: ReadonlyMap<string, boolean | string>;
  readonly messages: ReadonlyMap<string, Localized>;
}

/** Parameter values as conditions compare them: decimal strings, or ISO dates. */
type ParameterValues = ReadonlyMap<string, string>;

function resolveParams(condition: Condition, parameters: ParameterValues): Condition {
  if ("all" in condition) return { all: condition.all.map((c) => resolveParams(c, parameters)) };
  if ("any" in condition) return { any: condition.any.map((c) => resolveParams(c, parameters)) };
  if ("not" in condition) return { not: resolveParams(condition.not, parameters) };
  const value = condition.value;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "param" in value) {
    return { fact: condition.fact, operator: condition.operator, value: parameters.get(value.param)! };
  }
  return { fact: condition.fact, operator: condition.operator, value };
}

/** Compile a checked pack into a json-rules-engine Engine (one per pack, built once per run). */
export function compilePack(pack: RulePack): CompiledPack {
  const doc = pack.document;
  const values: ParameterValues = new Map(Object.entries(doc.parameters).map(([name, p]) => [name, p.unit === "date" ? p.value : new Decimal(p.value).toFixed()]));
  const parameters = new Map(Object.entries(doc.parameters).filter(([, p]) => p.unit !== "date").map(([name, p]) => [name, new Decimal(p.value)]));
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const operator of OPERATORS) {
    if (operator.evaluate) engine.addOperator(operator.name, operator.evaluate);
  }
  const conditions = new Map<string, Condition>();
  const add = (kind: "eligibility" | "funding", name: string, condition: Condition) => {
    const resolved = resolveParams(condition, values);
    conditions.set(name, resolved);
    engine.addRule({ name, conditions: resolved as never, event: { type: kind, params: { rule: name } } });
  };
  for (const rule of doc.eligibility) add("eligibility", rule.name, rule.conditions);
  for (const rule of doc.funding) add("funding", rule.name, rule.conditions);
  let scope: Engine | null = null;
  const scopeCondition = doc.appliesTo ? resolveParams(doc.appliesTo, values) : null;
  if (scopeCondition) {
    scope = new Engine([], { allowUndefinedFacts: false });
    for (const operator of OPERATORS) if (operator.evaluate) scope.addOperator(operator.name, operator.evaluate);
    scope.addRule({ name: "appliesTo", conditions: scopeCondition as never, event: { type: "appliesTo" } });
  }
  return {
    scope,
    scopeCondition,
    pack,
    id: doc.id,
    version: doc.version,
    engine,
    parameters,
    eligibility: doc.eligibility,
    funding: doc.funding,
    conditions,
    assumptions: new Map(Object.entries(doc.assumptions ?? {}).map(([fact, a]) => [fact, a.value])),
    messages: new Map(Object.entries(doc.messages)),
  };
}
