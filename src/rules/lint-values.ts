import { Decimal, isDecimalString } from "../money";
import type { FactSpec } from "./facts";
import { addDays, calendarNeighbours, isCalendarDate } from "./lint-dates";
import type { FactValue } from "./lint-evaluate";
import type { ConditionLeaf } from "./types";

/**
 * The values the lint tries for one fact: one from each class of values the
 * conditions cannot tell apart. With these, "no row satisfies" over the
 * representatives means no row at all satisfies.
 */
export interface FactDomain {
  readonly fact: FactSpec;
  readonly values: readonly FactValue[];
  /** For a text fact: the value standing for "anything but the texts the conditions name". */
  readonly otherText?: { readonly value: string; readonly except: readonly string[] };
}

/** The constants the leaves compare `fact` with (list values spread). */
function constants(fact: string, leaves: readonly ConditionLeaf[]): unknown[] {
  const found: unknown[] = [];
  for (const leaf of leaves) {
    if (leaf.fact !== fact) continue;
    if (Array.isArray(leaf.value)) found.push(...leaf.value);
    else found.push(leaf.value);
  }
  return found;
}

/**
 * Points on an ordered line that stand for every class: the anchors
 * themselves, one point inside each gap between neighbours, one above the
 * highest. Nothing below the lowest anchor: the caller puts the domain's
 * least value (0) among the anchors.
 */
function orderedRepresentatives<T>(anchors: readonly T[], inside: (low: T, high: T) => T | null, above: (high: T) => T | null): T[] {
  const values: T[] = [];
  anchors.forEach((anchor, i) => {
    values.push(anchor);
    const next = anchors[i + 1];
    const between = next === undefined ? above(anchor) : inside(anchor, next);
    if (between !== null) values.push(between);
  });
  return values;
}

/**
 * Money: amounts of a row are never negative (a negative investment makes
 * the row invalid), and json-rules-engine receives them as normalised
 * decimal strings (Decimal#toFixed()), so a constant written "100.00" is
 * never equal to a fact.
 */
function moneyValues(found: unknown[]): string[] {
  const anchors = [new Decimal(0)];
  for (const c of found) if (isDecimalString(c) && !new Decimal(c).isNegative()) anchors.push(new Decimal(c));
  const sorted = [...new Map(anchors.map((d) => [d.toFixed(), d])).values()].sort((a, b) => a.comparedTo(b));
  return orderedRepresentatives(
    sorted,
    (low, high) => (low.plus(1).lt(high) ? low.plus(1) : low.plus(high).div(2)),
    (high) => high.plus(1),
  ).map((d) => d.toFixed());
}

/** Counts: whole numbers from 0. */
function countValues(found: unknown[]): number[] {
  const anchors = new Set<number>([0]);
  for (const c of found) if (typeof c === "number" && Number.isInteger(c) && c >= 0) anchors.add(c);
  return orderedRepresentatives(
    [...anchors].sort((a, b) => a - b),
    (low, high) => (low + 1 < high ? low + 1 : null),
    (high) => high + 1,
  );
}

/** Dates: calendar days; a constant that is no calendar day ("2023-02-30") is stood for by the days around it. */
function dateValues(found: unknown[]): string[] {
  const anchors = new Set<string>();
  for (const c of found) {
    if (typeof c !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(c)) continue;
    if (isCalendarDate(c)) anchors.add(c);
    else {
      const { below, above } = calendarNeighbours(c);
      if (below !== null) anchors.add(below);
      if (above !== null) anchors.add(above);
    }
  }
  if (anchors.size === 0) anchors.add("2000-01-01");
  const sorted = [...anchors].sort();
  const before = addDays(sorted[0]!, -1);
  const values = orderedRepresentatives(
    sorted,
    (low, high) => {
      const next = addDays(low, 1);
      return next !== null && next < high ? next : null;
    },
    (high) => addDays(high, 1),
  );
  return before === null ? values : [before, ...values];
}

/** Text: each text the conditions name, and one text that is none of them. */
function textDomain(fact: FactSpec, found: unknown[]): FactDomain {
  const named = [...new Set(found.filter((c): c is string => typeof c === "string"))];
  let other = "其他";
  for (let i = 2; named.includes(other); i++) other = `其他${i}`;
  return { fact, values: [...named, other], otherText: { value: other, except: named } };
}

/** The representative values of `fact` for the comparisons `leaves` make. */
export function factDomain(fact: FactSpec, leaves: readonly ConditionLeaf[]): FactDomain {
  const found = constants(fact.name, leaves);
  switch (fact.type) {
    case "enum":
      return { fact, values: fact.values ?? [] };
    case "boolean":
      return { fact, values: [true, false] };
    case "money":
      return { fact, values: moneyValues(found) };
    case "count":
      return { fact, values: countValues(found) };
    case "date":
      return { fact, values: dateValues(found) };
    case "text":
      return textDomain(fact, found);
  }
}
