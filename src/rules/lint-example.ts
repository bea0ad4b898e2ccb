import type { Lang, Localized } from "../i18n";
import type { FactValue } from "./lint-evaluate";
import type { FactDomain } from "./lint-values";

function valueText(domain: FactDomain, value: FactValue, lang: Lang): string {
  const { fact, otherText } = domain;
  if (typeof value === "boolean") return lang === "zh-CN" ? (value ? "是" : "否") : String(value);
  if (otherText && value === otherText.value) {
    const except = otherText.except.map((t) => (lang === "zh-CN" ? `「${t}」` : `"${t}"`));
    if (except.length === 0) return lang === "zh-CN" ? "（任意值）" : "(any value)";
    return lang === "zh-CN" ? `（${except.join("、")}以外的任意值）` : `(anything but ${except.join(", ")})`;
  }
  switch (fact.type) {
    case "enum":
      return lang === "zh-CN" ? (fact.valueLabels?.[String(value)]?.["zh-CN"] ?? String(value)) : String(value);
    case "money":
      return lang === "zh-CN" ? `${value}元` : String(value);
    case "text":
      return lang === "zh-CN" ? `「${value}」` : `"${value}"`;
    default:
      return String(value);
  }
}

/**
 * An example row in words, the facts in the order given: in Chinese with
 * the model's labels ("项目类型=技术攻关类，特别重大项目=是"), in English with
 * the names and values a pack is written in ("type=tech, major=true").
 */
export function exampleRow(row: ReadonlyMap<string, FactValue>, domains: ReadonlyMap<string, FactDomain>, facts: readonly string[]): Localized {
  const shown = [...new Set(facts)].filter((f) => row.has(f) && domains.has(f));
  if (shown.length === 0) return { "zh-CN": "任意一行", en: "any row" };
  const text = (lang: Lang) =>
    shown
      .map((f) => {
        const domain = domains.get(f)!;
        const name = lang === "zh-CN" ? domain.fact.label["zh-CN"] : f;
        return `${name}=${valueText(domain, row.get(f)!, lang)}`;
      })
      .join(lang === "zh-CN" ? "，" : ", ");
  return { "zh-CN": text("zh-CN"), en: text("en") };
}
