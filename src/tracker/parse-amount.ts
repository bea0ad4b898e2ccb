import { Decimal, decimalFromCellNumber, FEN_HALF_UP, round, splitTrailingUnit, toYuan, type Unit } from "../money";
import { simplified } from "./text";
import type { GridCell } from "./grid";
import { bad, ok, type Parsed } from "./parsed";
import { cellContent } from "./parse-text";

export interface Amount {
  /** The amount in yuan, to the fen. */
  readonly yuan: Decimal;
  /** The unit the cell itself wrote, when it wrote one ("1200万元"). */
  readonly cellUnit: Unit | null;
  /** The cell held digits below the fen (e.g. a formula's =B2/3), rounded half up to the fen. */
  readonly roundedFrom?: Decimal;
}

/** Money is paid in fen: an amount with more digits is rounded half up to the fen, and says so. */
function toFen(yuan: Decimal, cellUnit: Unit | null): Amount {
  if (yuan.decimalPlaces() <= 2) return { yuan, cellUnit };
  return { yuan: round(yuan, FEN_HALF_UP), cellUnit, roundedFrom: yuan };
}

/** Words that make a figure approximate: 约, 左右, 以上… An approximate figure is not an amount. */
const APPROXIMATE = /约|左右|以上|以下|余|多|近|超过|不少于|不低于|不超过|~|≈|大概/;
const PLAIN = /^\d+(\.\d+)?$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * An amount cell: a number, or text such as "1,200", "1200万元", "1.9亿元",
 * "￥3,000,000.00". The unit comes from the cell, else `columnUnit` (the
 * header's, else --unit); a figure that needs a unit and has none gives
 * BAD_VALUE/NO_UNIT, which the reader turns into one tracker-level error.
 */
export function parseAmount(cell: GridCell, columnUnit: Unit | null): Parsed<Amount> {
  const content = cellContent(cell);
  if (!content.ok) return content;
  const value = content.value;
  if (typeof value === "boolean") return bad("NOT_A_NUMBER");
  if (typeof value === "number") {
    if (value < 0) return bad("NEGATIVE_AMOUNT");
    if (!columnUnit) return bad("NO_UNIT");
    return ok(toFen(toYuan(decimalFromCellNumber(value), columnUnit), null));
  }
  // Traditional spellings (萬元, 億元, 人民幣) read as their Simplified ones.
  let text = value.normalize("NFKC").replace(/\s+/g, "");
  if (/[^\x00-\x7f]/.test(text)) text = simplified(text);
  if (APPROXIMATE.test(text)) return bad("APPROXIMATE_AMOUNT");
  // A currency sign or word says the figure is in yuan, whatever the column's unit.
  const currency = /^(人民币|rmb|cny)?[¥￥]?/i.exec(text)![0];
  text = text.slice(currency.length);
  if (/^-|^\(.*\)$|^（.*）$/.test(text)) return bad("NEGATIVE_AMOUNT");
  const { number, unit: cellUnit } = splitTrailingUnit(text);
  const figure = number.replace(/^\+/, "");
  let digits: string;
  if (PLAIN.test(figure)) digits = figure;
  else if (GROUPED.test(figure)) digits = figure.replace(/,/g, "");
  else return bad("NOT_A_NUMBER");
  const writtenUnit = cellUnit ?? (currency !== "" ? "元" : null);
  const unit = writtenUnit ?? columnUnit;
  if (!unit) return bad("NO_UNIT");
  return ok(toFen(toYuan(new Decimal(digits), unit), writtenUnit));
}
