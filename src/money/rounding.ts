import DecimalBase from "decimal.js";
import { Decimal } from "./decimal";

/** How a rule pack asks amounts to be rounded. */
export type RoundingMode = "half-up" | "half-even" | "half-down" | "down" | "up";

export interface Rounding {
  /** Decimal places in yuan: 2 is the fen, 0 the yuan. */
  places: number;
  mode: RoundingMode;
}

/** The default of the scheme: to the fen, half up. */
export const FEN_HALF_UP: Rounding = { places: 2, mode: "half-up" };

const MODES: Record<RoundingMode, DecimalBase.Rounding> = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-even": Decimal.ROUND_HALF_EVEN,
  "half-down": Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

export const ROUNDING_MODES = Object.keys(MODES) as RoundingMode[];

export function round(amount: Decimal, rounding: Rounding): Decimal {
  return amount.toDecimalPlaces(rounding.places, MODES[rounding.mode]);
}
