import type { Localized } from "../i18n";

/** What `rules check` says about a funding line's base, tiers, caps and tranches, and a pack's combined cap. */
export const LINE_FINDING_MESSAGES = {
  BASE_LAYER_NOT_REQUIRED: {
    "zh-CN": "资助条线「{rule}」按规则包「{layer}」的补助配套，但本规则包{requires}。请写 \"requires\": {\"pack\": \"{layer}\", \"status\": \"funded\"}",
    en: "funding line “{rule}” matches pack “{layer}”'s subsidy, but this pack {requires}. Write \"requires\": {\"pack\": \"{layer}\", \"status\": \"funded\"}",
  },
  TIERS_WITH_RATE: {
    "zh-CN": "资助条线「{rule}」同时写了 rate 和 tiers：分段累进时比例写在每一段里，请删去 rate",
    en: "funding line “{rule}” has both rate and tiers: with tiers each tier has its rate; remove rate",
  },
  TIERS_SHAPE: {
    "zh-CN": "资助条线「{rule}」的第 {tier} 段{problem}。除最后一段外每段都写 upTo（该段上限的参数名），最后一段只写 rate，如 [{\"upTo\": \"tier1Top\", \"rate\": \"tier1Rate\"}, {\"rate\": \"restRate\"}]",
    en: "tier {tier} of funding line “{rule}” {problem}. Every tier but the last names its upper bound in upTo; the last has only rate, e.g. [{\"upTo\": \"tier1Top\", \"rate\": \"tier1Rate\"}, {\"rate\": \"restRate\"}]",
  },
  TIERS_NOT_INCREASING: {
    "zh-CN": "资助条线「{rule}」第 {tier} 段的上限 {value} 元不高于上一段的 {previous} 元：各段上限须逐段升高",
    en: "tier {tier} of funding line “{rule}” ends at {value} yuan, not above the tier before it ({previous}): bounds must rise tier by tier",
  },
  NOT_YUAN: {
    "zh-CN": "资助条线「{rule}」的{what}「{param}」单位应为 yuan（元），值大于 0，如 \"5000000\"；现为 {unit} {value}",
    en: "the {what} “{param}” of funding line “{rule}” must be in yuan and above 0, e.g. \"5000000\"; it is {unit} {value}",
  },
  NOT_SHARE: {
    "zh-CN": "资助条线「{rule}」的{what}「{param}」单位应为 ratio（比例），值在 0 到 1 之间，如 \"0.5\"；现为 {unit} {value}",
    en: "the {what} “{param}” of funding line “{rule}” must be a ratio from 0 to 1, e.g. \"0.5\"; it is {unit} {value}",
  },
  TRANCHE_SHARES_NOT_ONE: {
    "zh-CN": "资助条线「{rule}」各期比例合计 {sum}，应恰好为 1（如签约后 \"0.5\"、验收后 \"0.5\"）",
    en: "the tranche shares of funding line “{rule}” add up to {sum}; they must add up to exactly 1 (e.g. \"0.5\" at signing and \"0.5\" after acceptance)",
  },
  TRANCHE_ORDER: {
    "zh-CN": "资助条线「{rule}」的分期顺序不对：签约期（signing）应写在验收期（acceptance）之前",
    en: "the tranches of funding line “{rule}” are out of order: signing tranches come before acceptance tranches",
  },
  FAILURE_TOLERANCE_UNUSED: {
    "zh-CN": "写了 failureTolerance，但没有资助条线设验收后拨付的分期（tranches 中 \"when\": \"acceptance\"），此项不起作用",
    en: "failureTolerance is set, but no funding line has a tranche after acceptance (\"when\": \"acceptance\"), so it changes nothing",
  },
  COMBINED_CAP_WITHOUT_REQUIRES: {
    "zh-CN": "combinedCap 限定本规则包与其所依附的规则包合计，但本规则包不依附任何规则包（\"requires\": null）：它只限本包自身，请改用资助条线的 cap",
    en: "combinedCap limits this pack together with the packs it requires, but it requires none (\"requires\": null): it only limits this pack; use the line's cap instead",
  },
} as const satisfies Record<string, Localized>;
