import DecimalBase from "decimal.js";

/**
 * The one decimal type of jiebang. Every amount inside the core is a Decimal;
 * JavaScript numbers appear only at the edges (reading a spreadsheet cell,
 * writing one). 40 significant digits hold any yuan amount to the fen many
 * times over, so intermediate products are exact.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** True when `text` is a plain decimal literal such as "0.3" or "10000000" (no exponent, no separators). */
export function isDecimalString(text: unknown): text is string {
  return typeof text === "string" && DECIMAL_STRING.test(text);
}

/**
 * A spreadsheet number as the decimal Excel shows: Excel keeps 15 significant
 * digits, so 1234567.85 stored as 1234567.8499999999 reads back as 1234567.85.
 */
export function decimalFromCellNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return new Decimal(value.toPrecision(15));
}
