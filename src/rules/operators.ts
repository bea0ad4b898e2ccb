import { Decimal, isDecimalString } from "../money";
import { normalizeLabel } from "../tracker/text";
import type { FactType } from "./facts";

/**
 * The operators a rule pack may use, as data. json-rules-engine's own
 * numeric operators compare JavaScript numbers, so money and dates get
 * operators of their own that compare exact decimals and calendar dates.
 */
export interface OperatorSpec {
  readonly name: string;
  /** The fact types it applies to. */
  readonly factTypes: readonly FactType[];
  /** Reads in a sentence: "{fact} 不低于 {value}". */
  readonly words: { readonly "zh-CN": string; readonly en: string };
  /** Our own evaluator; absent for json-rules-engine's built-ins. */
  readonly evaluate?: (fact: unknown, value: unknown) => boolean;
}

function decimals(fact: unknown, value: unknown): [Decimal, Decimal] | null {
  if (!isDecimalString(fact) || !isDecimalString(value)) return null;
  return [new Decimal(fact), new Decimal(value)];
}

function compareDecimal(test: (order: number) => boolean) {
  return (fact: unknown, value: unknown): boolean => {
    const pair = decimals(fact, value);
    return pair !== null && test(pair[0].comparedTo(pair[1]));
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function compareDate(test: (order: number) => boolean) {
  return (fact: unknown, value: unknown): boolean =>
    typeof fact === "string" && typeof value === "string" && ISO_DATE.test(fact) && ISO_DATE.test(value) && test(fact < value ? -1 : fact > value ? 1 : 0);
}

/** Text compared as a person reads it: Simplified script, full-width folded (NFKC), no spaces, any case. */
function compareText(test: (fact: string, value: string) => boolean) {
  return (fact: unknown, value: unknown): boolean => typeof fact === "string" && typeof value === "string" && value !== "" && test(normalizeLabel(fact), normalizeLabel(value));
}

const ANY: readonly FactType[] = ["enum", "boolean", "money", "text", "date", "count"];

export const OPERATORS: readonly OperatorSpec[] = [
  { name: "equal", factTypes: ANY, words: { "zh-CN": "为", en: "is" } },
  { name: "notEqual", factTypes: ANY, words: { "zh-CN": "不为", en: "is not" } },
  { name: "in", factTypes: ["enum", "text", "count"], words: { "zh-CN": "属于", en: "is one of" } },
  { name: "notIn", factTypes: ["enum", "text", "count"], words: { "zh-CN": "不属于", en: "is none of" } },
  { name: "lessThan", factTypes: ["count"], words: { "zh-CN": "少于", en: "is less than" } },
  { name: "lessThanInclusive", factTypes: ["count"], words: { "zh-CN": "不多于", en: "is at most" } },
  { name: "greaterThan", factTypes: ["count"], words: { "zh-CN": "多于", en: "is more than" } },
  { name: "greaterThanInclusive", factTypes: ["count"], words: { "zh-CN": "不少于", en: "is at least" } },
  { name: "decimalEqual", factTypes: ["money"], words: { "zh-CN": "等于", en: "equals" }, evaluate: compareDecimal((o) => o === 0) },
  { name: "decimalLessThan", factTypes: ["money"], words: { "zh-CN": "低于", en: "is less than" }, evaluate: compareDecimal((o) => o < 0) },
  { name: "decimalLessThanInclusive", factTypes: ["money"], words: { "zh-CN": "不高于", en: "is at most" }, evaluate: compareDecimal((o) => o <= 0) },
  { name: "decimalGreaterThan", factTypes: ["money"], words: { "zh-CN": "高于", en: "is more than" }, evaluate: compareDecimal((o) => o > 0) },
  { name: "decimalGreaterThanInclusive", factTypes: ["money"], words: { "zh-CN": "不低于", en: "is at least" }, evaluate: compareDecimal((o) => o >= 0) },
  { name: "textContains", factTypes: ["text"], words: { "zh-CN": "包含", en: "contains" }, evaluate: compareText((f, v) => f.includes(v)) },
  { name: "textStartsWith", factTypes: ["text"], words: { "zh-CN": "开头为", en: "starts with" }, evaluate: compareText((f, v) => f.startsWith(v)) },
  { name: "dateBefore", factTypes: ["date"], words: { "zh-CN": "早于", en: "is before" }, evaluate: compareDate((o) => o < 0) },
  { name: "dateOnOrBefore", factTypes: ["date"], words: { "zh-CN": "不晚于", en: "is on or before" }, evaluate: compareDate((o) => o <= 0) },
  { name: "dateAfter", factTypes: ["date"], words: { "zh-CN": "晚于", en: "is after" }, evaluate: compareDate((o) => o > 0) },
  { name: "dateOnOrAfter", factTypes: ["date"], words: { "zh-CN": "不早于", en: "is on or after" }, evaluate: compareDate((o) => o >= 0) },
];

export const OPERATOR_NAMES: readonly string[] = OPERATORS.map((o) => o.name);

const BY_NAME = new Map(OPERATORS.map((o) => [o.name, o]));

export function operatorSpec(name: string): OperatorSpec | undefined {
  return BY_NAME.get(name);
}
