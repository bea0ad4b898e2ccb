import type { RuleTrace } from "../engine";
import type { Lang } from "../i18n";
import { factSpec } from "../rules";

function seenText(value: unknown): string {
  if (value === null || value === undefined) return "∅";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * A row's trace in one line: ✓ for a rule that held, ✗ with the conditions
 * that failed and the values they saw, ? with the facts that were unknown.
 */
export function traceWords(trace: readonly RuleTrace[], lang: Lang): string {
  return trace
    .map((t) => {
      if (t.outcome === "true") return `✓ ${t.rule}`;
      const label = (fact: string) => factSpec(fact)?.label[lang] ?? fact;
      if (t.outcome === "unknown") {
        const facts = [...new Set(t.conditions.filter((c) => c.result === null).map((c) => label(c.fact)))];
        return `? ${t.rule} (${facts.join(", ")})`;
      }
      const failed = t.conditions.filter((c) => c.result === false).map((c) => `${label(c.fact)}=${seenText(c.seen)}`);
      return `✗ ${t.rule} (${failed.join(", ")})`;
    })
    .join("; ");
}
