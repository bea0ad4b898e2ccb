import type { Localized } from "../i18n";
import { conditionWords } from "./explain";
import { exampleRow } from "./lint-example";
import { leavesOf, resolveParameters, Steps } from "./lint-evaluate";
import { lintFinding } from "./lint-finding";
import { lintMessages } from "./lint-messages";
import { findRow, MAX_STEPS_PER_LINT, type SearchResult } from "./lint-search";
import type { Condition, Finding, RulePackDocument } from "./types";

export { lintVersions, type SourcedFinding } from "./lint-versions";
export { MAX_ROWS_PER_QUESTION, MAX_STEPS_PER_LINT } from "./lint-search";

const AMONG_ELIGIBLE: Localized = { "zh-CN": "在通过资格规则的项目中", en: " that passes the eligibility rules" };
const AMONG_SCOPED: Localized = { "zh-CN": "在本规则包适用且通过资格规则的项目中", en: " that the pack applies to and that passes the eligibility rules" };
const ANYWHERE: Localized = { "zh-CN": "", en: "" };

function words(condition: Condition, doc: RulePackDocument): Localized {
  return { "zh-CN": conditionWords(condition, doc, "zh-CN"), en: conditionWords(condition, doc, "en") };
}

/**
 * What a pack's rules mean together, found by reasoning over their
 * conditions (the document has passed checkPackDocument without errors):
 *
 * - ALWAYS_FAILS (warning): an eligibility rule no row can meet — every
 *   project would be ineligible. (The eligibility case of "unreachable";
 *   it has its own code so that each code has one severity.)
 * - ELIGIBILITY_CONFLICT (warning): eligibility rules each satisfiable but
 *   never all at once (or never for a row the pack's `appliesTo` holds
 *   for); reported on the first rule that cannot join the ones before it.
 * - UNREACHABLE_RULE (error): a funding line no row can meet, or none the
 *   pack applies to that passes the eligibility rules.
 * - OVERLAPPING_FUNDING_LINES (error): two funding lines one row (in the
 *   pack's scope, passing the eligibility rules) can meet at once; one
 *   finding per pair, on the second line, with an example row.
 * - UNFILLABLE_PLACEHOLDER (warning): a message placeholder the reason it
 *   words is never filled with (lint-messages.ts).
 *
 * Facts are taken as known. Each question ("can one row make these
 * conditions true?") is answered by findRow over representative values
 * (lint-values.ts), which is exact when it finishes; when it hits its
 * bounds the question is left undecided and nothing is reported.
 */
export function lintPack(doc: RulePackDocument): Finding[] {
  const steps = new Steps(MAX_STEPS_PER_LINT);
  const findings: Finding[] = [];
  const resolve = (condition: Condition) => resolveParameters(condition, doc);
  const ask = (conditions: ReadonlyArray<Condition | undefined>): SearchResult =>
    conditions.every((c) => c !== undefined) ? findRow(conditions as Condition[], steps) : { kind: "undecided" };

  // The rows the pack decides: those its `appliesTo` holds for (unless no row can; that is left to the caller).
  const appliesTo = doc.appliesTo === undefined ? undefined : resolve(doc.appliesTo);
  const scope = doc.appliesTo !== undefined && ask([appliesTo]).kind !== "none" ? [appliesTo] : [];

  const eligibility = doc.eligibility.map((rule, i) => ({ rule, pointer: `/eligibility/${i}`, condition: resolve(rule.conditions) }));
  let eligibleRows = true;
  for (const { rule, pointer, condition } of eligibility) {
    if (ask([condition]).kind !== "none") continue;
    eligibleRows = false;
    findings.push(lintFinding("warning", "ALWAYS_FAILS", pointer, { rule: rule.name, conditions: words(rule.conditions, doc), reason: rule.reason }, rule.name));
  }
  if (eligibleRows) {
    for (let k = scope.length > 0 ? 0 : 1; k < eligibility.length; k++) {
      if (ask([...scope, ...eligibility.slice(0, k + 1).map((e) => e.condition)]).kind !== "none") continue;
      const { rule, pointer } = eligibility[k]!;
      const others = [...(scope.length > 0 ? ["appliesTo"] : []), ...eligibility.slice(0, k).map((e) => e.rule.name)];
      findings.push(lintFinding("warning", "ELIGIBILITY_CONFLICT", pointer, { rule: rule.name, others }, rule.name));
      eligibleRows = false;
      break;
    }
  }
  // The rows funding lines are asked about: those the pack applies to that
  // pass every eligibility rule, unless no row can (then that is reported
  // above, and the lines are judged within the pack's scope alone).
  const context = eligibleRows ? [...scope, ...eligibility.map((e) => e.condition)] : scope;
  const amongEligible = scope.length > 0 ? AMONG_SCOPED : AMONG_ELIGIBLE;

  const lines = doc.funding.map((rule, i) => ({ rule, pointer: `/funding/${i}`, condition: resolve(rule.conditions), reachable: true }));
  for (const line of lines) {
    const alone = ask([line.condition]);
    const detail = alone.kind === "none" ? ANYWHERE : context.length > 0 && ask([line.condition, ...context]).kind === "none" ? amongEligible : null;
    if (detail === null) continue;
    line.reachable = false;
    findings.push(lintFinding("error", "UNREACHABLE_RULE", line.pointer, { rule: line.rule.name, conditions: words(line.rule.conditions, doc), detail }, line.rule.name));
  }

  for (let j = 0; j < lines.length; j++) {
    for (let i = 0; i < j; i++) {
      const first = lines[i]!;
      const second = lines[j]!;
      if (!first.reachable || !second.reachable) continue;
      const result = ask([first.condition, second.condition, ...context]);
      if (result.kind !== "found") continue;
      const shown = leavesOf([first.condition!, second.condition!]).map((l) => l.fact);
      const example = exampleRow(result.row, result.domains, shown);
      findings.push(lintFinding("error", "OVERLAPPING_FUNDING_LINES", second.pointer, { first: first.rule.name, rule: second.rule.name, example }, second.rule.name));
    }
  }
  findings.push(...lintMessages(doc));
  return findings;
}
