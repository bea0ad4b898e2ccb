import type { ConditionTrace, Outcome } from "./decision";

/** A condition node as json-rules-engine returns it in a rule result. */
interface EvaluatedNode {
  all?: EvaluatedNode[];
  any?: EvaluatedNode[];
  not?: EvaluatedNode;
  fact?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  result?: boolean;
}

export interface ThreeValued {
  readonly outcome: Outcome;
  /** Unknown facts the outcome depends on (empty unless outcome is "unknown"). */
  readonly dependsOn: ReadonlySet<string>;
  readonly conditions: readonly ConditionTrace[];
}

/**
 * Read json-rules-engine's evaluated conditions in three-valued (Kleene)
 * logic: a leaf on an unknown fact is unknown; all() is false if any part is
 * false, else unknown if any part is unknown; any() is true if any part is
 * true, else unknown if any part is unknown. So a missing value that cannot
 * change the outcome does not block a decision, and one that can is named.
 */
export function threeValued(root: unknown, unknownFacts: ReadonlyMap<string, unknown>): ThreeValued {
  const conditions: ConditionTrace[] = [];
  const visit = (node: EvaluatedNode, pointer: string): { outcome: Outcome; dependsOn: Set<string> } => {
    if (node.all || node.any) {
      const isAll = Boolean(node.all);
      const parts = (node.all ?? node.any)!.map((child, i) => visit(child, `${pointer}/${isAll ? "all" : "any"}/${i}`));
      const decisive: Outcome = isAll ? "false" : "true";
      if (parts.some((p) => p.outcome === decisive)) return { outcome: decisive, dependsOn: new Set() };
      const unknown = parts.filter((p) => p.outcome === "unknown");
      if (unknown.length > 0) return { outcome: "unknown", dependsOn: new Set(unknown.flatMap((p) => [...p.dependsOn])) };
      return { outcome: isAll ? "true" : "false", dependsOn: new Set() };
    }
    if (node.not) {
      const inner = visit(node.not, `${pointer}/not`);
      const outcome: Outcome = inner.outcome === "unknown" ? "unknown" : inner.outcome === "true" ? "false" : "true";
      return { outcome, dependsOn: inner.dependsOn };
    }
    const fact = node.fact!;
    const isUnknown = unknownFacts.has(fact);
    const evaluated = node.result === undefined ? null : node.result;
    conditions.push({
      pointer,
      fact,
      operator: node.operator!,
      value: node.value,
      seen: node.factResult === undefined ? null : node.factResult,
      result: isUnknown ? null : evaluated,
    });
    if (isUnknown || evaluated === null) return { outcome: "unknown", dependsOn: new Set(isUnknown ? [fact] : []) };
    return { outcome: evaluated ? "true" : "false", dependsOn: new Set() };
  };
  const { outcome, dependsOn } = visit(root as EvaluatedNode, "");
  return { outcome, dependsOn, conditions };
}
