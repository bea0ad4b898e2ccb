export { Decimal, isDecimalString, decimalFromCellNumber } from "./decimal";
export { round, FEN_HALF_UP, ROUNDING_MODES, type Rounding, type RoundingMode } from "./rounding";
export { UNITS, parseUnit, splitTrailingUnit, toYuan, unitFromSpelling, type Unit } from "./units";
export { yuanString, yuanDisplay, yuanInWords, percent } from "./format";
