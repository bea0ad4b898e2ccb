import { Decimal } from "./decimal";

/** The units trackers write amounts in. */
export type Unit = "元" | "万元" | "亿元";

export const UNITS: readonly Unit[] = ["元", "万元", "亿元"];

const FACTORS: Record<Unit, Decimal> = {
  元: new Decimal(1),
  万元: new Decimal(10_000),
  亿元: new Decimal(100_000_000),
};

/**
 * Spellings of each unit as they appear in headers and cells, already
 * normalised (NFKC, Simplified, lower case, no spaces). Longest first so that
 * "万元" wins over "元".
 */
const SPELLINGS: ReadonlyArray<readonly [string, Unit]> = [
  ["100millionyuan", "亿元"],
  ["hundredmillionyuan", "亿元"],
  ["10,000yuan", "万元"],
  ["10000yuan", "万元"],
  ["tenthousandyuan", "万元"],
  ["100myuan", "亿元"],
  ["10kyuan", "万元"],
  ["人民币元", "元"],
  ["亿元", "亿元"],
  ["万元", "万元"],
  ["yuan", "元"],
  ["rmb", "元"],
  ["cny", "元"],
  ["亿", "亿元"],
  ["万", "万元"],
  ["元", "元"],
];

/** The unit a normalised spelling names, or null. */
export function unitFromSpelling(spelling: string): Unit | null {
  const key = spelling.replace(/\s+/g, "").toLowerCase();
  for (const [text, unit] of SPELLINGS) if (key === text) return unit;
  return null;
}

/** The unit a text ends with, and the text before it; longest spelling first. */
export function splitTrailingUnit(text: string): { number: string; unit: Unit | null } {
  const lower = text.toLowerCase();
  for (const [spelling, unit] of SPELLINGS) {
    if (lower.endsWith(spelling)) return { number: text.slice(0, text.length - spelling.length), unit };
  }
  return { number: text, unit: null };
}

/** Parse a `--unit` argument: 元, 万元, 亿元 or their English spellings. */
export function parseUnit(text: string): Unit | null {
  return unitFromSpelling(text.normalize("NFKC"));
}

export function toYuan(amount: Decimal, unit: Unit): Decimal {
  return amount.times(FACTORS[unit]);
}
