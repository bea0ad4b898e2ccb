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

/** A value a condition (or an assumption) names, as the tracker shows it: 是/否, an enum by its label, an amount in words, a parameter by its value. */
export function valueWords(fact: string, value: ConditionValue, pack: RulePackDocument, lang: Lang): string {
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
  const rate = rule.rate ? percentOf(rule.rate, pack) : "?";
  const cap = rule.cap ? yuanOf(rule.cap, pack, lang) : "?";
  const baseLabel = baseWords(rule, lang);
  const recipient = typeof rule.recipient === "string" ? RECIPIENT_LABELS[rule.recipient][lang] : "";
  const line = LINE_LABELS[rule.line][lang];
  const extra = [recipientCapWords(rule, pack, lang), tranchesWords(rule, pack, lang)].filter((s) => s !== "");
  const amount = rule.tiers ? tiersWords(rule.tiers, pack, lang) : lang === "zh-CN" ? `${rate}` : rate;
  const more = extra.length === 0 ? "" : lang === "zh-CN" ? `；${extra.join("；")}` : `; ${extra.join("; ")}`;
  const when = lang === "zh-CN" ? `（适用条件：${conditionWords(rule.conditions, pack, "zh-CN")}）` : ` (applies when ${conditionWords(rule.conditions, pack, "en")})`;
  if (typeof rule.base === "object" && !rule.tiers) {
    return lang === "zh-CN"
      ? `${line}项目：${recipient}按规则包 ${rule.base.layer} 对该项目补助的${rate}获得配套补助，最高${cap}${more}${when}`
      : `${line.charAt(0).toUpperCase()}${line.slice(1)} projects: ${recipient} receives a match of ${rate} of pack ${rule.base.layer}'s subsidy for the project, at most ${cap}${more}${when}`;
  }
  return lang === "zh-CN"
    ? `${line}项目：${recipient}获得${baseLabel}${amount}的财政补助，最高${cap}${more}（适用条件：${conditionWords(rule.conditions, pack, "zh-CN")}）`
    : `${line.charAt(0).toUpperCase()}${line.slice(1)} projects: ${recipient} receives a subsidy of ${amount} of ${baseLabel}, at most ${cap}${more} (applies when ${conditionWords(rule.conditions, pack, "en")})`;
}

function percentOf(name: string, pack: RulePackDocument): string {
  return Object.hasOwn(pack.parameters, name) ? percent(new Decimal(pack.parameters[name]!.value)) : "?";
}

function yuanOf(name: string, pack: RulePackDocument, lang: Lang): string {
  return Object.hasOwn(pack.parameters, name) ? yuanInWords(new Decimal(pack.parameters[name]!.value), lang) : "?";
}

/** What the rate applies to: 研发投入总额, another money fact, or 规则包 nmg 的补助. */
function baseWords(rule: FundingRule, lang: Lang): string {
  if (typeof rule.base === "object") return lang === "zh-CN" ? `规则包 ${rule.base.layer} 对该项目的补助` : `pack ${rule.base.layer}'s subsidy for the project`;
  return factSpec(rule.base ?? "investment")?.label[lang] ?? rule.base ?? "";
}

/** "分段累进：100万元以内的部分30%，100万元至500万元的部分20%，超过500万元的部分10%". */
function tiersWords(tiers: NonNullable<FundingRule["tiers"]>, pack: RulePackDocument, lang: Lang): string {
  const parts = tiers.map((tier, i) => {
    const low = i > 0 ? tiers[i - 1]!.upTo : undefined;
    const rate = percentOf(tier.rate, pack);
    if (lang === "zh-CN") {
      if (tier.upTo === undefined) return `超过${low ? yuanOf(low, pack, lang) : "0元"}的部分${rate}`;
      return low ? `${yuanOf(low, pack, lang)}至${yuanOf(tier.upTo, pack, lang)}的部分${rate}` : `${yuanOf(tier.upTo, pack, lang)}以内的部分${rate}`;
    }
    if (tier.upTo === undefined) return `${rate} of the part above ${low ? yuanOf(low, pack, lang) : "0"}`;
    return low ? `${rate} of the part from ${yuanOf(low, pack, lang)} to ${yuanOf(tier.upTo, pack, lang)}` : `${rate} of the part up to ${yuanOf(tier.upTo, pack, lang)}`;
  });
  return lang === "zh-CN" ? `分段累进（${parts.join("，")}，合计后舍入一次）` : `a progressive rate (${parts.join(", ")}, rounded once at the end)`;
}

function recipientCapWords(rule: FundingRule, pack: RulePackDocument, lang: Lang): string {
  if (!rule.recipientCap) return "";
  const cap = yuanOf(rule.recipientCap.cap, pack, lang);
  if (lang === "zh-CN") return `同一受助单位${rule.recipientCap.per === "year" ? "每年（按签约日期所在年度）" : "在本次判定中"}从本条线累计最高${cap}，按签约日期先后分配`;
  return `one recipient receives at most ${cap} from this line ${rule.recipientCap.per === "year" ? "per year of signing" : "in the run"}, allocated by signing date`;
}

function tranchesWords(rule: FundingRule, pack: RulePackDocument, lang: Lang): string {
  if (!rule.tranches) return "";
  const stage = (when: "signing" | "acceptance") => (when === "signing" ? { "zh-CN": "签约后", en: "at signing" } : { "zh-CN": "验收通过后", en: "after acceptance" })[lang];
  const parts = rule.tranches.map((t) => (lang === "zh-CN" ? `${stage(t.when)}拨付${percentOf(t.share, pack)}` : `${percentOf(t.share, pack)} ${stage(t.when)}`));
  return lang === "zh-CN" ? `分期拨付：${parts.join("，")}（尾差计入最后一期）` : `paid in tranches: ${parts.join(", ")} (fen remainders in the last)`;
}

/** An eligibility rule as a sentence. */
export function eligibilitySentence(rule: { readonly conditions: Condition; readonly description: Localized }, pack: RulePackDocument, lang: Lang): string {
  return lang === "zh-CN"
    ? `须满足：${conditionWords(rule.conditions, pack, "zh-CN")}。否则不符合条件。`
    : `Required: ${conditionWords(rule.conditions, pack, "en")}. Otherwise the project is ineligible.`;
}
