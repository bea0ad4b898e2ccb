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
