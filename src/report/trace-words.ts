import type { RuleTrace } from "../engine";
import type { Lang } from "../i18n";
import { yuanDisplay, Decimal } from "../money";
import { factSpec, type CompiledPack } from "../rules";
import { YES_NO } from "./labels";

/** Each rule of a run's packs by its description, in either language: what the trace names a rule by. */
export type RuleWords = ReadonlyMap<string, { readonly "zh-CN": string; readonly en: string }>;

const ruleKey = (pack: string, rule: string) => `${pack}\u0000${rule}`;

/** The descriptions of every eligibility and funding rule of the packs, by pack (id@version) and rule name. */
export function ruleWords(packs: readonly CompiledPack[]): RuleWords {
  const words = new Map<string, { "zh-CN": string; en: string }>();
  for (const p of packs) {
    const pack = `${p.id}@${p.version}`;
    for (const rule of [...p.pack.document.eligibility, ...p.pack.document.funding]) words.set(ruleKey(pack, rule.name), rule.description);
  }
  return words;
}

/** A value a condition saw, as the tracker shows it: an enum by its label (技术攻关类), a yes-or-no as 是/否, an amount in yuan. */
function seenText(fact: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return lang === "zh-CN" ? "（空）" : "(empty)";
  const spec = factSpec(fact);
  if (typeof value === "boolean") return YES_NO[value ? "yes" : "no"][lang];
  if (typeof value === "string" && spec?.valueLabels?.[value]) return spec.valueLabels[value][lang];
  if (spec?.type === "money" && (typeof value === "string" || typeof value === "number")) {
    try {
      return `${yuanDisplay(new Decimal(value))} ${lang === "zh-CN" ? "元" : "yuan"}`;
    } catch {
      return String(value);
    }
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * A row's trace in one line, in words: ✓ for a rule that held, ✗ with the
 * conditions that failed and the values they saw, ? with the facts that were
 * unknown. A rule is named by its description in the run's language (by its
 * name when the packs given do not describe it), a fact by its label, and a
 * value as the tracker shows it.
 */
export function traceWords(trace: readonly RuleTrace[], lang: Lang, words: RuleWords = new Map()): string {
  const separator = lang === "zh-CN" ? "；" : "; ";
  const list = lang === "zh-CN" ? "，" : ", ";
  return trace
    .map((t) => {
      const rule = words.get(ruleKey(t.pack, t.rule))?.[lang] ?? t.rule;
      if (t.outcome === "true") return `✓ ${rule}`;
      const label = (fact: string) => factSpec(fact)?.label[lang] ?? fact;
      const [open, close] = lang === "zh-CN" ? ["（", "）"] : [" (", ")"];
      if (t.outcome === "unknown") {
        const facts = [...new Set(t.conditions.filter((c) => c.result === null).map((c) => label(c.fact)))];
        return `? ${rule}${open}${lang === "zh-CN" ? "未知：" : "unknown: "}${facts.join(list)}${close}`;
      }
      const failed = t.conditions.filter((c) => c.result === false).map((c) => `${label(c.fact)}${lang === "zh-CN" ? "：" : ": "}${seenText(c.fact, c.seen, lang)}`);
      return `✗ ${rule}${open}${failed.join(list)}${close}`;
    })
    .join(separator);
}
