import { factSpec } from "./facts";
import { canEvaluate, leavesOf, Steps, truthOf, type FactValue } from "./lint-evaluate";
import { factDomain, type FactDomain } from "./lint-values";
import type { Condition } from "./types";

/** At most this many rows (complete or partial) are tried for one question. */
export const MAX_ROWS_PER_QUESTION = 200_000;
/** At most this many leaf evaluations in one lint run, over all its questions. */
export const MAX_STEPS_PER_LINT = 10_000_000;

/**
 * The answer to "can one row make all these conditions true?":
 * `found` with such a row (the facts it had to choose, in the order the
 * conditions name them; any value of the other facts will do), `none` when
 * the search covered every class of rows, `undecided` when it hit a bound.
 */
export type SearchResult =
  | { readonly kind: "found"; readonly row: ReadonlyMap<string, FactValue>; readonly domains: ReadonlyMap<string, FactDomain> }
  | { readonly kind: "none" }
  | { readonly kind: "undecided" };

/**
 * Look for a row satisfying every condition. The facts the conditions read
 * get representative values (lint-values.ts); they are chosen one at a
 * time, in the order first named, and a branch is dropped as soon as the
 * conditions are false whatever the facts not chosen yet are (three-valued
 * evaluation), so the search usually visits far fewer rows than the product
 * of the domains. It stops undecided after MAX_ROWS_PER_QUESTION rows or
 * when the run's steps are spent.
 */
export function findRow(conditions: readonly Condition[], steps: Steps): SearchResult {
  if (!canEvaluate(conditions)) return { kind: "undecided" };
  const leaves = leavesOf(conditions);
  const facts = [...new Set(leaves.map((l) => l.fact))];
  const domains = new Map(facts.map((name) => [name, factDomain(factSpec(name)!, leaves)]));
  const whole: Condition = { all: conditions };
  const row = new Map<string, FactValue>();
  let rows = 0;

  const visit = (index: number): "found" | "none" | "stop" => {
    if (++rows > MAX_ROWS_PER_QUESTION || steps.exhausted) return "stop";
    const truth = truthOf(whole, row, steps);
    if (truth === true) return "found";
    if (truth === false || index >= facts.length) return "none";
    const fact = facts[index]!;
    for (const value of domains.get(fact)!.values) {
      row.set(fact, value);
      const outcome = visit(index + 1);
      if (outcome !== "none") return outcome;
    }
    row.delete(fact);
    return "none";
  };

  const outcome = visit(0);
  if (outcome === "found") return { kind: "found", row: new Map(row), domains };
  return outcome === "none" ? { kind: "none" } : { kind: "undecided" };
}
