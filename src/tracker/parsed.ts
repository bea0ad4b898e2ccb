/**
 * What reading one cell gives: a value, or a problem the row carries.
 * Problems are data (a code and the cell), never exceptions.
 */
export type ValueProblemCode = "MISSING_VALUE" | "BAD_VALUE";

/** Why a value could not be read; each has a message in the product catalogue. */
export type BadValueDetail =
  | "ERROR_CELL"
  | "FORMULA_WITHOUT_RESULT"
  | "NOT_A_NUMBER"
  | "APPROXIMATE_AMOUNT"
  | "NEGATIVE_AMOUNT"
  | "UNKNOWN_PROJECT_TYPE"
  | "NOT_YES_NO"
  | "UNKNOWN_MATCH_STATE"
  | "UNKNOWN_ACCEPTANCE"
  | "NOT_A_DATE"
  | "NO_UNIT";

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: "MISSING_VALUE" }
  | { readonly ok: false; readonly code: "BAD_VALUE"; readonly detail: BadValueDetail };

export const MISSING: Parsed<never> = Object.freeze({ ok: false, code: "MISSING_VALUE" });

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function bad(detail: BadValueDetail): Parsed<never> {
  return { ok: false, code: "BAD_VALUE", detail };
}
