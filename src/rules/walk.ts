import type { Condition, ConditionLeaf, EligibilityRule, FundingRule, RulePackDocument } from "./types";

export function isLeaf(condition: Condition): condition is ConditionLeaf {
  return "fact" in condition;
}

/** Visit every leaf condition with its JSON pointer. */
export function forEachLeaf(condition: Condition, pointer: string, visit: (leaf: ConditionLeaf, pointer: string) => void): void {
  if ("all" in condition) condition.all.forEach((c, i) => forEachLeaf(c, `${pointer}/all/${i}`, visit));
  else if ("any" in condition) condition.any.forEach((c, i) => forEachLeaf(c, `${pointer}/any/${i}`, visit));
  else if ("not" in condition) forEachLeaf(condition.not, `${pointer}/not`, visit);
  else visit(condition, pointer);
}

/** Every rule of a pack with its kind and pointer. */
export function packRules(
  pack: RulePackDocument,
): Array<{ kind: "eligibility"; rule: EligibilityRule; pointer: string } | { kind: "funding"; rule: FundingRule; pointer: string }> {
  return [
    ...pack.eligibility.map((rule, i) => ({ kind: "eligibility" as const, rule, pointer: `/eligibility/${i}` })),
    ...pack.funding.map((rule, i) => ({ kind: "funding" as const, rule, pointer: `/funding/${i}` })),
  ];
}
