import type { Localized } from "../i18n";

/**
 * The reason codes the engine itself gives. Every pack words each of them
 * (and each eligibility rule's own reason) in its messages.
 */
export const ENGINE_REASON_CODES = [
  "MISSING_VALUE",
  "BAD_VALUE",
  "NOT_MATCHED",
  "CASE_BY_CASE_PENDING",
  "NO_FUNDING_LINE",
  "INVALID_USCC",
  "FUNDING_LINES_OVERLAP",
  "CASE_AMOUNT_IGNORED",
] as const;

export type EngineReasonCode = (typeof ENGINE_REASON_CODES)[number];

/** The placeholders the engine can fill in a reason's message (src/engine/reasons.ts, packReason). */
export const REASON_PLACEHOLDERS = ["field", "cell", "value", "detail", "rule"] as const;

export type ReasonPlaceholder = (typeof REASON_PLACEHOLDERS)[number];

export interface ReasonUse {
  /** The placeholders the engine fills when it gives the reason; any other shows as nothing. */
  readonly fills: readonly ReasonPlaceholder[];
  /** When the engine gives it, for a sentence "在{when}无法填写" / "cannot be filled {when}". */
  readonly when: Localized;
}

/**
 * What the engine has to fill each of its own codes with (the decision
 * code calls packReason with exactly these; a test in test/engine holds it
 * to that). A missing value has no value to show, so {value} is not filled
 * for MISSING_VALUE.
 */
export const ENGINE_REASON_USES: Readonly<Record<EngineReasonCode, ReasonUse>> = {
  MISSING_VALUE: { fills: ["field", "cell"], when: { "zh-CN": "缺少某项数据时", en: "when a value is missing" } },
  BAD_VALUE: { fills: ["field", "cell", "value", "detail"], when: { "zh-CN": "某项数据无法使用时", en: "when a value cannot be used" } },
  NOT_MATCHED: { fills: ["cell", "value"], when: { "zh-CN": "项目尚未达成合作时", en: "when a project has no agreement yet" } },
  CASE_BY_CASE_PENDING: { fills: ["rule"], when: { "zh-CN": "一事一议项目待定时", en: "when a case-by-case project is pending" } },
  NO_FUNDING_LINE: { fills: [], when: { "zh-CN": "没有适用的资助条线时", en: "when no funding line applies" } },
  INVALID_USCC: { fills: ["field", "cell", "value"], when: { "zh-CN": "统一社会信用代码未通过校验时", en: "when a unified social credit code fails its check" } },
  FUNDING_LINES_OVERLAP: { fills: ["rule"], when: { "zh-CN": "多条资助条线同时适用时", en: "when several funding lines apply" } },
  CASE_AMOUNT_IGNORED: { fills: ["field", "cell"], when: { "zh-CN": "一事一议核定金额不予使用时", en: "when a case-by-case amount is not used" } },
};

/** An eligibility rule's reason is given with the rule's name and nothing else. */
export const ELIGIBILITY_REASON_FILLS: readonly ReasonPlaceholder[] = ["rule"];
