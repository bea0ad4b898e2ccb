import type { Localized } from "../i18n";
import { Decimal } from "../money";
import { didYouMean } from "./did-you-mean";
import { lintFinding as finding } from "./lint-finding";
import type { Finding, FundingRule, RulePackDocument } from "./types";

const NUMBER = /^\d+(\.\d+)?$/;

const WHAT: Readonly<Record<string, Localized>> = {
  tierTop: { "zh-CN": "分段上限", en: "tier bound" },
  tierRate: { "zh-CN": "分段比例", en: "tier rate" },
  recipientCap: { "zh-CN": "受助单位累计上限", en: "recipient cap" },
  combinedCap: { "zh-CN": "合计上限", en: "combined cap" },
  share: { "zh-CN": "分期比例", en: "tranche share" },
};

/**
 * The parameter a construct names, checked for its unit and range. A name
 * the pack does not define is UNKNOWN_PARAMETER; a yuan figure under 10,000
 * also gets the 万元 warning.
 */
function parameterOf(pack: RulePackDocument, rule: FundingRule | null, name: string, what: keyof typeof WHAT, pointer: string, findings: Finding[]): Decimal | null {
  const ruleName = rule?.name ?? "combinedCap";
  if (!Object.hasOwn(pack.parameters, name)) {
    findings.push(finding("error", "UNKNOWN_PARAMETER", pointer, { rule: ruleName, param: name, hint: didYouMean(name, Object.keys(pack.parameters)) }, rule?.name));
    return null;
  }
  const p = pack.parameters[name]!;
  const at = `/parameters/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  const params = { rule: ruleName, param: name, unit: p.unit, value: p.value, what: WHAT[what]! };
  const value = p.unit !== "date" && NUMBER.test(p.value) ? new Decimal(p.value) : null;
  if (what === "tierRate" || what === "share") {
    if (p.unit !== "ratio" || value === null || value.gt(1) || (what === "share" && value.isZero())) {
      findings.push(finding("error", "NOT_SHARE", at, params, rule?.name));
      return null;
    }
    return value;
  }
  if (p.unit !== "yuan" || value === null || value.isZero()) {
    findings.push(finding("error", "NOT_YUAN", at, params, rule?.name));
    return null;
  }
  if (value.lt(10_000)) findings.push(finding("warning", "CAP_LOOKS_LIKE_WAN", `${at}/value`, { rule: ruleName, param: name, value: p.value, yuan: value.times(10_000).toFixed() }, rule?.name));
  return value;
}

/** What the pack's requirement reaches, in words, when it does not reach `layer`. */
function requirementGap(pack: RulePackDocument, layer: string): Localized | null {
  if (pack.requires === undefined) {
    // With appliesTo, the default requirement is the run's primary pack, which is the region's in practice.
    return pack.appliesTo ? null : { "zh-CN": "不依附任何规则包（没有 appliesTo，也没有 requires）", en: "requires no pack (it has neither appliesTo nor requires)" };
  }
  if (pack.requires === null) return { "zh-CN": "写了 \"requires\": null，不依附任何规则包", en: "says \"requires\": null, requiring no pack" };
  return pack.requires.pack === layer ? null : { "zh-CN": `依附的是「${pack.requires.pack}」`, en: `requires “${pack.requires.pack}” instead` };
}

function tierFindings(pack: RulePackDocument, rule: FundingRule, at: string, findings: Finding[]): void {
  const tiers = rule.tiers!;
  if (rule.rate !== undefined) findings.push(finding("error", "TIERS_WITH_RATE", `${at}/rate`, { rule: rule.name }, rule.name));
  let previous: Decimal | null = null;
  tiers.forEach((tier, i) => {
    const pointer = `${at}/tiers/${i}`;
    const last = i === tiers.length - 1;
    if (last && tier.upTo !== undefined) {
      findings.push(finding("error", "TIERS_SHAPE", `${pointer}/upTo`, { rule: rule.name, tier: i + 1, problem: { "zh-CN": "是最后一段，不应写 upTo", en: "is the last and must not have upTo" } }, rule.name));
    }
    if (!last && tier.upTo === undefined) {
      findings.push(finding("error", "TIERS_SHAPE", pointer, { rule: rule.name, tier: i + 1, problem: { "zh-CN": "缺少 upTo", en: "has no upTo" } }, rule.name));
    }
    parameterOf(pack, rule, tier.rate, "tierRate", `${pointer}/rate`, findings);
    if (tier.upTo === undefined) return;
    const top = parameterOf(pack, rule, tier.upTo, "tierTop", `${pointer}/upTo`, findings);
    if (top !== null && previous !== null && top.lte(previous)) {
      findings.push(finding("error", "TIERS_NOT_INCREASING", `${pointer}/upTo`, { rule: rule.name, tier: i + 1, value: top.toFixed(), previous: previous.toFixed() }, rule.name));
    }
    if (top !== null) previous = top;
  });
}

function trancheFindings(pack: RulePackDocument, rule: FundingRule, at: string, findings: Finding[]): void {
  const tranches = rule.tranches!;
  let sum = new Decimal(0);
  let complete = true;
  tranches.forEach((tranche, i) => {
    const share = parameterOf(pack, rule, tranche.share, "share", `${at}/tranches/${i}/share`, findings);
    if (share === null) complete = false;
    else sum = sum.plus(share);
  });
  if (complete && !sum.eq(1)) findings.push(finding("error", "TRANCHE_SHARES_NOT_ONE", `${at}/tranches`, { rule: rule.name, sum: sum.toFixed() }, rule.name));
  const firstAcceptance = tranches.findIndex((t) => t.when === "acceptance");
  if (firstAcceptance >= 0 && tranches.slice(firstAcceptance).some((t) => t.when === "signing")) {
    findings.push(finding("error", "TRANCHE_ORDER", `${at}/tranches`, { rule: rule.name }, rule.name));
  }
}

/**
 * The constructs of a funding line beyond rate and cap, and the pack's
 * combined cap and failure tolerance: every parameter they name exists and
 * has the right unit and range; tiers rise and end open; tranche shares add
 * up to exactly 1, signing first; a match on a layer requires that layer.
 */
export function lineFindings(pack: RulePackDocument): Finding[] {
  const findings: Finding[] = [];
  pack.funding.forEach((rule, index) => {
    const at = `/funding/${index}`;
    if (typeof rule.base === "object") {
      const gap = requirementGap(pack, rule.base.layer);
      if (gap) findings.push(finding("error", "BASE_LAYER_NOT_REQUIRED", `${at}/base/layer`, { rule: rule.name, layer: rule.base.layer, requires: gap }, rule.name));
    }
    if (rule.tiers && !rule.caseByCase) tierFindings(pack, rule, at, findings);
    if (rule.recipientCap) parameterOf(pack, rule, rule.recipientCap.cap, "recipientCap", `${at}/recipientCap/cap`, findings);
    if (rule.tranches) trancheFindings(pack, rule, at, findings);
  });
  if (pack.combinedCap !== undefined) {
    parameterOf(pack, null, pack.combinedCap, "combinedCap", "/combinedCap", findings);
    if (pack.requires === null || (pack.requires === undefined && !pack.appliesTo)) findings.push(finding("warning", "COMBINED_CAP_WITHOUT_REQUIRES", "/combinedCap", {}));
  }
  if (pack.failureTolerance && !pack.funding.some((r) => r.tranches?.some((t) => t.when === "acceptance"))) {
    findings.push(finding("warning", "FAILURE_TOLERANCE_UNUSED", "/failureTolerance", {}));
  }
  return findings;
}
