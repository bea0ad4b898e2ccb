/**
 * What the scheme (README, rules/nmg/2021-12.json) decides for a generated
 * row, computed from the row's meaning with exact BigInt fixed-point
 * arithmetic on the amount text as generated — never through a JavaScript
 * number and never through jiebang's own money code.
 */
import { hasColumn, UNIT_EXP, type AmountMeaning, type RowMeaning, type TrackerCase } from "./tracker.arbitrary";

// ---------------------------------------------------------------- fixed point

/** n × 10^-scale, exactly. */
export interface Fixed {
  readonly n: bigint;
  readonly scale: number;
}

export function fixed(text: string): Fixed {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a plain decimal: ${text}`);
  const fraction = m[3] ?? "";
  const n = BigInt(m[2]! + fraction);
  return { n: m[1] ? -n : n, scale: fraction.length };
}

function align(a: Fixed, scale: number): bigint {
  return a.n * 10n ** BigInt(scale - a.scale);
}

export function times(a: Fixed, b: Fixed): Fixed {
  return { n: a.n * b.n, scale: a.scale + b.scale };
}

export function plus(a: Fixed, b: Fixed): Fixed {
  const scale = Math.max(a.scale, b.scale);
  return { n: align(a, scale) + align(b, scale), scale };
}

export function compare(a: Fixed, b: Fixed): number {
  const scale = Math.max(a.scale, b.scale);
  const d = align(a, scale) - align(b, scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function min(a: Fixed, b: Fixed): Fixed {
  return compare(a, b) <= 0 ? a : b;
}

/** Round half up (away from zero at exactly half) to `places` decimals. */
export function roundHalfUp(a: Fixed, places: number): Fixed {
  if (a.scale <= places) return { n: align(a, places), scale: places };
  const divisor = 10n ** BigInt(a.scale - places);
  const abs = a.n < 0n ? -a.n : a.n;
  let q = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) q += 1n;
  return { n: a.n < 0n ? -q : q, scale: places };
}

/** "7800000.00": the report's form of an amount (two decimals, half up). */
export function yuan2(a: Fixed): string {
  const r = roundHalfUp(a, 2);
  const abs = r.n < 0n ? -r.n : r.n;
  const digits = abs.toString().padStart(3, "0");
  return `${r.n < 0n ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export const ZERO: Fixed = { n: 0n, scale: 0 };
export const RATE = fixed("0.3");
export const TECH_CAP = fixed("10000000");
export const TRANSFORMATION_CAP = fixed("5000000");

/** The yuan an amount cell's text says, to the fen: money is paid in fen, so digits below it are rounded half up when read. */
export function amountYuan(a: AmountMeaning & { kind: "ok" }): Fixed {
  const value = fixed(a.digits);
  return roundHalfUp({ n: value.n * 10n ** BigInt(UNIT_EXP[a.unit]), scale: value.scale }, 2);
}

/** What a naive implementation in floating point would pay: parse, multiply, Math.round to the fen. */
export function floatSubsidy(a: AmountMeaning & { kind: "ok" }, cap: number): string {
  const investment = Number(a.digits) * 10 ** UNIT_EXP[a.unit];
  return Math.min(Math.round(investment * 0.3 * 100) / 100, cap).toFixed(2);
}

// ---------------------------------------------------------------- the decision the scheme requires

export type Status = "invalid" | "unmatched" | "ineligible" | "pending" | "funded";
type K = boolean | null; // Kleene: null is unknown

const and = (a: K, b: K): K => (a === false || b === false ? false : a === null || b === null ? null : true);
const or = (a: K, b: K): K => (a === true || b === true ? true : a === null || b === null ? null : false);

export interface Expected {
  readonly status: Status;
  readonly reasonCodes: readonly string[];
  readonly line: "tech" | "transformation" | "case-by-case" | null;
  readonly recipient: "issuer" | "solver" | null;
  readonly recipientName: string | null;
  /** Exact amounts; subsidy is zero unless funded. */
  readonly investment: Fixed | null;
  readonly subsidy: Fixed;
  readonly capped: boolean;
  readonly cap: Fixed | null;
  readonly invalidUscc: boolean;
  readonly caseAmountIgnored: boolean;
}

/** The value a field has for a row, given whether the tracker has its column. */
function present<T>(t: TrackerCase, field: Parameters<typeof hasColumn>[1], value: T, missing: T): T {
  return hasColumn(t, field) ? value : missing;
}

/** The region pack's first version is in force from this date. */
export const PACK_FROM = "2021-12-01";

export function expectedDecision(t: TrackerCase, m: RowMeaning): Expected {
  const investmentShown = m.investment.kind === "ok" ? amountYuan(m.investment) : null;
  const uscc = present(t, "issuerUscc", m.uscc, "missing");
  const base = {
    line: null,
    recipient: null,
    recipientName: null,
    investment: investmentShown,
    subsidy: ZERO,
    capped: false,
    cap: null,
    invalidUscc: uscc === "invalid",
    caseAmountIgnored: false,
  } as const;
  const stop = (status: Status, ...reasonCodes: string[]): Expected => ({ ...base, status, reasonCodes });

  const identity: string[] = [];
  if (m.id === "missing") identity.push("MISSING_VALUE");
  if (m.id === "bad") identity.push("BAD_VALUE");
  if (m.type === "missing") identity.push("MISSING_VALUE");
  if (m.type === "bad") identity.push("BAD_VALUE");
  if (m.issuer === "missing") identity.push("MISSING_VALUE");
  if (m.matched === "missing") identity.push("MISSING_VALUE");
  if (m.matched === "bad" || m.matched === "error") identity.push("BAD_VALUE");
  if (identity.length > 0) return stop("invalid", ...identity);
  if (m.matched === false) return stop("unmatched", "NOT_MATCHED");

  const basis: string[] = [];
  if (m.investment.kind !== "ok") basis.push(m.investment.kind === "missing" ? "MISSING_VALUE" : "BAD_VALUE");
  if (m.solvers === "missing") basis.push("MISSING_VALUE");
  if (basis.length > 0) return stop("invalid", ...basis);

  /*
   * A row signed before any version of the pack was in force is ineligible
   * (README, "Layers and dated versions") — at the ineligible step of the
   * README's order of precedence, after the invalid and unmatched steps above.
   */
  const signedOn = present(t, "signedOn", m.signedOn, "missing");
  if (signedOn !== "missing" && signedOn !== "bad" && signedOn < PACK_FROM) return stop("ineligible", "NO_PACK_IN_FORCE");

  // Eligibility: an in-region independent enterprise, or a central-SOE branch paying tax in the region (three-valued).
  const kind: IssuerKindOrUnknown = m.issuerKind === "missing" || m.issuerKind === "bad" ? null : m.issuerKind;
  const inRegion: K = typeof m.issuerLocation === "object" ? m.issuerLocation.inRegion : null;
  const tax: K = typeof m.tax === "boolean" ? m.tax : null;
  const eligible = or(and(kind === null ? null : kind === "independent", inRegion), and(kind === null ? null : kind === "centralBranch", tax));
  if (eligible === false) return stop("ineligible", "ISSUER_NOT_ELIGIBLE");
  if (eligible === null) return stop("invalid", ...unknownCodes(m, ["issuerKind", "issuerLocation", "tax"]));

  // Funding lines: an empty 是否特别重大 (or no such column) means not especially major.
  const majorMeaning = present(t, "major", m.major, "missing");
  const major: K = majorMeaning === "missing" ? false : majorMeaning === "bad" ? null : majorMeaning;
  if (major === null) return stop("invalid", "BAD_VALUE");
  const issuer = m.issuer as string;
  const solvers = m.solvers as readonly string[];
  const recipient = m.type === "tech" ? "issuer" : "solver";
  const recipientName = recipient === "issuer" ? issuer : solvers[0]!;
  const caseAmount = present(t, "caseAmount", m.caseAmount, { kind: "missing" } as AmountMeaning);
  const caseRef = present(t, "caseRef", m.caseRef, "missing");
  if (major) {
    const line = { line: "case-by-case", recipient, recipientName } as const;
    if (caseAmount.kind === "bad") return { ...stop("invalid", "BAD_VALUE") };
    if (caseAmount.kind === "missing" || caseRef === "missing") return { ...stop("pending", "CASE_BY_CASE_PENDING"), ...line };
    return { ...stop("funded"), ...line, subsidy: amountYuan(caseAmount) };
  }
  const cap = m.type === "tech" ? TECH_CAP : TRANSFORMATION_CAP;
  const formula = roundHalfUp(times(RATE, investmentShown!), 2);
  return {
    ...stop("funded"),
    line: m.type === "tech" ? "tech" : "transformation",
    recipient,
    recipientName,
    subsidy: min(formula, cap),
    capped: compare(formula, cap) > 0,
    cap,
    caseAmountIgnored: caseAmount.kind === "ok",
  };
}

type IssuerKindOrUnknown = "independent" | "centralBranch" | "other" | null;

function unknownCodes(m: RowMeaning, facts: ReadonlyArray<"issuerKind" | "issuerLocation" | "tax">): string[] {
  const codes: string[] = [];
  for (const fact of facts) {
    const v = fact === "issuerKind" ? m.issuerKind : fact === "issuerLocation" ? m.issuerLocation : m.tax;
    if (v === "missing") codes.push("MISSING_VALUE");
    if (v === "bad") codes.push("BAD_VALUE");
  }
  return codes;
}
