import { FACTS, type CompiledPack } from "../rules";
import type { FieldName, RowValues, TrackerRow } from "../tracker";

/** The facts of one row as json-rules-engine receives them, and which of them are unknown. */
export interface RowFacts {
  readonly values: Record<string, unknown>;
  /** Unknown facts and the tracker fields that make them so (missing or unreadable). */
  readonly unknown: ReadonlyMap<string, readonly FieldName[]>;
}

/** Every fact, in the model's order, as one fast-properties object (Object.fromEntries makes one; a loop of keyed stores does not). */
const FACT_TEMPLATE: Readonly<Record<string, unknown>> = Object.fromEntries(FACTS.map((f) => [f.name, null]));

const NONE_UNKNOWN: ReadonlyMap<string, readonly FieldName[]> = new Map();

type Derive = (v: RowValues) => unknown;

function value<F extends FieldName>(values: RowValues, field: F) {
  const parsed = values[field];
  if (!parsed.ok) throw new Error(`fact read from unknown field ${field}`);
  return parsed.value;
}

/** How each fact of the tracker model is read from a row whose source fields are known. */
const DERIVE: Readonly<Record<string, Derive>> = {
  type: (v) => value(v, "type"),
  issuerKind: (v) => value(v, "issuerKind"),
  issuerInRegion: (v) => value(v, "issuerLocation").inRegion,
  issuerLeagueCity: (v) => value(v, "issuerLocation").leagueCity,
  issuerCounty: (v) => value(v, "issuerLocation").county,
  issuerLocation: (v) => value(v, "issuerLocation").text,
  issuerPaysTaxInRegion: (v) => value(v, "issuerPaysTaxInRegion"),
  issuerRegisteredOn: (v) => value(v, "issuerRegisteredOn"),
  issuerSeriousCreditLoss: (v) => value(v, "issuerSeriousCreditLoss"),
  issuerStoppedOrInsolvent: (v) => value(v, "issuerStoppedOrInsolvent"),
  issuer: (v) => value(v, "issuer"),
  matched: (v) => value(v, "matched"),
  investment: (v) => value(v, "investment").yuan.toFixed(),
  major: (v) => value(v, "major"),
  caseAmount: (v) => value(v, "caseAmount").yuan.toFixed(),
  caseRef: (v) => value(v, "caseRef"),
  solverCount: (v) => value(v, "solver").length,
  leadSolver: (v) => value(v, "solver")[0] ?? null,
  leadSolverLeagueCity: (v) => value(v, "solverLocation")[0]?.leagueCity ?? null,
  leadSolverInRegion: (v) => value(v, "solverLocation")[0]?.inRegion ?? null,
  signedOn: (v) => value(v, "signedOn"),
  batch: (v) => value(v, "batch"),
  field: (v) => value(v, "field"),
};

/**
 * Every fact of the model for one row. A fact whose source field is missing
 * takes the pack's assumption when it has one; otherwise it is null and
 * listed as unknown, so that a condition on it counts as neither true nor false.
 */
export function rowFacts(row: TrackerRow, pack: CompiledPack): RowFacts {
  // A copy of one fast-mode object: 23 keyed stores into `{}` would leave every row's facts a dictionary, slow to read.
  const values: Record<string, unknown> = { ...FACT_TEMPLATE };
  let unknown: Map<string, FieldName[]> | null = null;
  for (const fact of FACTS) {
    const failing = fact.from.filter((field) => !row.values[field].ok);
    if (failing.length === 0) {
      values[fact.name] = DERIVE[fact.name]!(row.values);
      continue;
    }
    const allMissing = failing.every((field) => {
      const parsed = row.values[field];
      return !parsed.ok && parsed.code === "MISSING_VALUE";
    });
    if (allMissing && pack.assumptions.has(fact.name)) {
      values[fact.name] = pack.assumptions.get(fact.name);
      continue;
    }
    values[fact.name] = null;
    (unknown ??= new Map()).set(fact.name, failing);
  }
  // Most rows know every fact: they share one empty map rather than each allocating its own.
  return { values, unknown: unknown ?? NONE_UNKNOWN };
}
