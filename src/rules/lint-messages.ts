import type { Localized } from "../i18n";
import { closest } from "./did-you-mean";
import { lintFinding } from "./lint-finding";
import { ELIGIBILITY_REASON_FILLS, ENGINE_REASON_CODES, ENGINE_REASON_USES, REASON_PLACEHOLDERS, type ReasonUse } from "./reason-codes";
import type { Finding, RulePackDocument } from "./types";

/** The "{name}" placeholders of a message template, as fillTemplate finds them. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

function list(names: readonly string[], lang: "zh-CN" | "en"): string {
  return names.map((n) => `{${n}}`).join(lang === "zh-CN" ? "、" : ", ");
}

function usable(fills: readonly string[]): Localized {
  if (fills.length === 0) return { "zh-CN": "此时没有可填写的占位符，只写文字", en: "no placeholder can be filled here, write plain text" };
  return { "zh-CN": `此时可用的只有 ${list(fills, "zh-CN")}`, en: `only ${list(fills, "en")} can be filled here` };
}

/**
 * UNFILLABLE_PLACEHOLDER (warning): a message uses a placeholder the reason
 * it words is never given, so the sentence a user reads has a hole in it —
 * "{cell}" in an eligibility rule's reason (which gets {rule} only), {rule}
 * in NO_FUNDING_LINE (which gets nothing) — or a name the engine never fills
 * at all ("{cel}"), which shows as written. One finding per message,
 * placeholder and use; the rules that share a reason are named together.
 */
export function lintMessages(doc: RulePackDocument): Finding[] {
  const findings: Finding[] = [];
  const engine = new Set<string>(ENGINE_REASON_CODES);
  for (const [key, message] of Object.entries(doc.messages)) {
    const rules = doc.eligibility.filter((r) => r.reason === key).map((r) => r.name);
    const uses: Array<ReasonUse & { rule?: string }> = [];
    if (engine.has(key)) uses.push(ENGINE_REASON_USES[key as keyof typeof ENGINE_REASON_USES]);
    if (rules.length > 0) {
      const named = { "zh-CN": rules.map((r) => `「${r}」`).join("、"), en: rules.map((r) => `“${r}”`).join(", ") };
      uses.push({ fills: ELIGIBILITY_REASON_FILLS, when: { "zh-CN": `规则${named["zh-CN"]}判定时`, en: `when rule ${named.en} decides a row` }, rule: rules[0]! });
    }
    const seen = new Set<string>();
    for (const lang of ["zh-CN", "en"] as const) {
      for (const name of placeholders(message[lang] ?? "")) {
        if (seen.has(name)) continue;
        seen.add(name);
        const known = (REASON_PLACEHOLDERS as readonly string[]).includes(name);
        for (const use of uses) {
          if ((use.fills as readonly string[]).includes(name)) continue;
          const meant = known ? "" : closest(`{${name}}`, use.fills.map((f) => `{${f}}`));
          const shown = known
            ? { "zh-CN": "将显示为空", en: "shows as nothing" }
            : { "zh-CN": `将原样显示为“{${name}}”${meant ? `（是否想写 ${meant}？）` : ""}`, en: `shows as “{${name}}” as written${meant ? ` (did you mean ${meant}?)` : ""}` };
          findings.push(
            lintFinding("warning", "UNFILLABLE_PLACEHOLDER", `/messages/${key.replace(/~/g, "~0").replace(/\//g, "~1")}/${lang}`, { key, placeholder: `{${name}}`, when: use.when, shown, usable: usable(use.fills) }, use.rule),
          );
        }
      }
    }
  }
  return findings;
}
