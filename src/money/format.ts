import { Decimal } from "./decimal";

/** "7800000.00": the JSON and audit form of an amount in yuan (two decimals, half up, no separators). */
export function yuanString(amount: Decimal): string {
  return amount.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** "7,800,000.00": an amount for people to read. */
export function yuanDisplay(amount: Decimal): string {
  const [whole = "0", fraction = "00"] = yuanString(amount.abs()).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${amount.isNegative() && !amount.isZero() ? "-" : ""}${grouped}.${fraction}`;
}

/** "1000万元" / "10 million yuan": a cap or amount as a policy text states it. */
export function yuanInWords(amount: Decimal, lang: "zh-CN" | "en"): string {
  if (lang === "zh-CN") {
    if (amount.gte(100_000_000) && amount.mod(100_000_000).isZero()) return `${amount.div(100_000_000).toString()}亿元`;
    if (amount.gte(10_000) && amount.mod(10_000).isZero()) return `${amount.div(10_000).toString()}万元`;
    return `${yuanDisplay(amount)}元`;
  }
  if (amount.gte(1_000_000) && amount.mod(1_000_000).isZero()) return `${amount.div(1_000_000).toString()} million yuan`;
  return `${yuanDisplay(amount)} yuan`;
}

/** "30%" from "0.3". */
export function percent(rate: Decimal): string {
  return `${rate.times(100).toString()}%`;
}
