import type { Lang, Localized } from "../i18n";
import { Decimal, percent, yuanInWords } from "../money";
import { factSpec } from "./facts";
import { operatorSpec } from "./operators";
import type { Condition, ConditionValue, FundingRule, RulePackDocument } from "./types";

const WORDS = {
  and: { "zh-CN": " 且 ", en: " and " },
  or: { "zh-CN": " 或 ", en: " or " },
  not: { "zh-CN": "并非", en: "not " },
  yes: { "zh-CN": "是", en: "yes" },
  no: { "zh-CN": "否", en: "no" },
} as const;

export const LINE_LABELS: Readonly<Record<FundingRule["line"], Localized>> = {
  tech: { "zh-CN": "技术攻关类", en: "technology-tackling" },
  transformation: { "zh-CN": "成果转化类", en: "achievement-transformation" },
  "case-by-case": { "zh-CN": "一事一议", en: "case-by-case" },
};

export const RECIPIENT_LABELS: Readonly<Record<"issuer" | "solver", Localized>> = {
  issuer: { "zh-CN": "发榜方", en: "the issuer" },
  solver: { "zh-CN": "牵头揭榜方", en: "the lead solver" },
};

function valueWords(fact: string, value: ConditionValue, pack: RulePackDocument, lang: Lang): string {
  if (Array.isArray(value)) return `[${value.map((v) => valueWords(fact, v, pack, lang)).join(lang === "zh-CN" ? "、" : ", ")}]`;
  if (typeof value === "object" && value !== null && "param" in value) {
    const p = Object.hasOwn(pack.parameters, value.param) ? pack.parameters[value.param] : undefined;
    if (!p) return value.param;
    if (p.unit === "date") return p.value;
    return p.unit === "yuan" ? yuanInWords(new Decimal(p.value), lang) : percent(new Decimal(p.value));
  }
  if (typeof value === "boolean") return WORDS[value ? "yes" : "no"][lang];
  const spec = factSpec(fact);
  if (spec?.type === "money" && typeof value === "string") return yuanInWords(new Decimal(value), lang);
  const label = spec?.valueLabels?.[String(value)];
  return label ? label[lang] : String(value);
}

/** A condition as a sentence: "项目类型 为 技术攻关类 且 特别重大项目 为 否". */
export function conditionWords(condition: Condition, pack: RulePackDocument, lang: Lang, nested = false): string {
  const group = (parts: readonly Condition[], joiner: string) => {
    const text = parts.map((c) => conditionWords(c, pack, lang, true)).join(joiner);
    if (!nested || parts.length < 2) return text;
    return lang === "zh-CN" ? `（${text}）` : `(${text})`;
  };
  if ("all" in condition) return group(condition.all, WORDS.and[lang]);
  if ("any" in condition) return group(condition.any, WORDS.or[lang]);
  if ("not" in condition) return `${WORDS.not[lang]}${conditionWords(condition.not, pack, lang, true)}`;
  const fact = factSpec(condition.fact);
  const operator = operatorSpec(condition.operator);
  return `${fact ? fact.label[lang] : condition.fact} ${operator ? operator.words[lang] : condition.operator} ${valueWords(condition.fact, condition.value, pack, lang)}`;
}

/**
 * A funding line as a policy officer signs it off:
 * "技术攻关类项目：发榜方获得研发投入总额30%的财政补助，最高1000万元".
 */
export function fundingSentence(rule: FundingRule, pack: RulePackDocument, lang: Lang): string {
  if (rule.caseByCase) {
    const to =
      typeof rule.recipient === "string"
        ? RECIPIENT_LABELS[rule.recipient][lang]
        : lang === "zh-CN"
          ? `技术攻关类给${RECIPIENT_LABELS[rule.recipient.tech]["zh-CN"]}、成果转化类给${RECIPIENT_LABELS[rule.recipient.transformation]["zh-CN"]}`
          : `for technology-tackling projects to ${RECIPIENT_LABELS[rule.recipient.tech].en}, for transformation projects to ${RECIPIENT_LABELS[rule.recipient.transformation].en}`;
    return lang === "zh-CN"
      ? `当${conditionWords(rule.conditions, pack, "zh-CN")}时：按一事一议批复的核定金额资助（须有批复文号），不按比例、不设上限；受助方：${to}`
      : `When ${conditionWords(rule.conditions, pack, "en")}: the amount approved case by case is paid (with its approval reference), no percentage and no cap; paid ${to}`;
  }
  const rate = rule.rate && Object.hasOwn(pack.parameters, rule.rate) ? percent(new Decimal(pack.parameters[rule.rate]!.value)) : "?";
  const cap = rule.cap && Object.hasOwn(pack.parameters, rule.cap) ? yuanInWords(new Decimal(pack.parameters[rule.cap]!.value), lang) : "?";
  const baseLabel = factSpec(rule.base ?? "investment")?.label[lang] ?? rule.base ?? "";
  const recipient = typeof rule.recipient === "string" ? RECIPIENT_LABELS[rule.recipient][lang] : "";
  const line = LINE_LABELS[rule.line][lang];
  return lang === "zh-CN"
    ? `${line}项目：${recipient}获得${baseLabel}${rate}的财政补助，最高${cap}（适用条件：${conditionWords(rule.conditions, pack, "zh-CN")}）`
    : `${line.charAt(0).toUpperCase()}${line.slice(1)} projects: ${recipient} receives a subsidy of ${rate} of ${baseLabel}, at most ${cap} (applies when ${conditionWords(rule.conditions, pack, "en")})`;
}

/** An eligibility rule as a sentence. */
export function eligibilitySentence(rule: { readonly conditions: Condition; readonly description: Localized }, pack: RulePackDocument, lang: Lang): string {
  return lang === "zh-CN"
    ? `须满足：${conditionWords(rule.conditions, pack, "zh-CN")}。否则不符合条件。`
    : `Required: ${conditionWords(rule.conditions, pack, "en")}. Otherwise the project is ineligible.`;
}
