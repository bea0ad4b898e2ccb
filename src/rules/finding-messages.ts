import type { Localized } from "../i18n";
import { LINE_FINDING_MESSAGES } from "./finding-messages-lines";

/** The sentence of each finding `rules check` can report; {name} placeholders are filled per finding. */
export const FINDING_MESSAGES = {
  ...LINE_FINDING_MESSAGES,
  TOO_DEEP: {
    "zh-CN": "嵌套超过 {max} 层，不予加载",
    en: "nested deeper than {max} levels; not loaded",
  },
  TOO_LARGE: {
    "zh-CN": "规则包过大（{size}），上限为 {max}",
    en: "the pack is too large ({size}); the limit is {max}",
  },
  FORBIDDEN_KEY: {
    "zh-CN": "不允许的键名「{key}」",
    en: "the key “{key}” is not allowed",
  },
  SCHEMA: {
    "zh-CN": "不符合规则包格式：{detail}",
    en: "does not fit the rule-pack format: {detail}",
  },
  UNKNOWN_PARAMETER: {
    "zh-CN": "规则「{rule}」引用了不存在的参数「{param}」{hint}",
    en: "rule “{rule}” refers to a parameter “{param}” the pack does not define{hint}",
  },
  RATE_NOT_RATIO: {
    "zh-CN": "规则「{rule}」的比例参数「{param}」单位应为 ratio（比例），而不是 {unit}",
    en: "the rate parameter “{param}” of rule “{rule}” must have unit ratio, not {unit}",
  },
  RATE_OUT_OF_RANGE: {
    "zh-CN": "比例参数「{param}」的值 {value} 不在 0 到 1 之间{hint}",
    en: "rate parameter “{param}” is {value}, outside 0 to 1{hint}",
  },
  CAP_NOT_YUAN: {
    "zh-CN": "规则「{rule}」的上限参数「{param}」单位应为 yuan（元），而不是 {unit}",
    en: "the cap parameter “{param}” of rule “{rule}” must have unit yuan, not {unit}",
  },
  CAP_NOT_POSITIVE: {
    "zh-CN": "上限参数「{param}」的值 {value} 必须大于 0",
    en: "cap parameter “{param}” is {value}; a cap must be more than 0",
  },
  FORMULA_LINE_WITHOUT_RATE: {
    "zh-CN": "资助条线「{rule}」不是一事一议，却没有比例参数（rate）",
    en: "funding line “{rule}” is not case-by-case but has no rate",
  },
  FORMULA_LINE_WITHOUT_CAP: {
    "zh-CN": "资助条线「{rule}」没有上限（cap）：只有一事一议条线可以不设上限",
    en: "funding line “{rule}” has no cap: only case-by-case lines may have none",
  },
  CASE_LINE_WITH_FORMULA: {
    "zh-CN": "一事一议条线「{rule}」按批复金额资助，不应有比例或上限",
    en: "case-by-case line “{rule}” pays the approved amount and must have no rate or cap",
  },
  CASE_LINE_NOT_CASE: {
    "zh-CN": "条线「{rule}」的 line 为 case-by-case，但没有写 \"caseByCase\": true",
    en: "line “{rule}” is case-by-case but lacks \"caseByCase\": true",
  },
  UNKNOWN_FACT: {
    "zh-CN": "规则「{rule}」的条件用到了台账模型中没有的事实「{fact}」{hint}",
    en: "rule “{rule}” has a condition on “{fact}”, which the tracker model does not have{hint}",
  },
  FORBIDDEN_FACT: {
    "zh-CN": "规则「{rule}」的条件用到了「{fact}」，违反了规则包的政策约束「{guard}」：{why}",
    en: "rule “{rule}” has a condition on “{fact}”, which the pack's policy guard “{guard}” forbids: {why}",
  },
  OPERATOR_FACT_MISMATCH: {
    "zh-CN": "规则「{rule}」对 {type} 类事实「{fact}」使用了运算符 {operator}（可用：{allowed}）",
    en: "rule “{rule}” uses operator {operator} on the {type} fact “{fact}” (usable: {allowed})",
  },
  BAD_ENUM_VALUE: {
    "zh-CN": "规则「{rule}」把「{fact}」与「{value}」比较，但它只可能是：{values}",
    en: "rule “{rule}” compares “{fact}” with “{value}”, but it can only be: {values}",
  },
  BAD_VALUE_TYPE: {
    "zh-CN": "规则「{rule}」中「{fact}」（{type}）与 {operator} 的比较值 {value} 类型不符",
    en: "in rule “{rule}”, the value {value} does not fit {operator} on “{fact}” ({type})",
  },
  MISSING_MESSAGE: {
    "zh-CN": "缺少原因代码 {code} 的提示文字（messages.{code}）{hint}",
    en: "no message for reason code {code} (messages.{code}){hint}",
  },
  DUPLICATE_RULE_NAME: {
    "zh-CN": "规则名「{rule}」重复",
    en: "the rule name “{rule}” is used twice",
  },
  CAP_LOOKS_LIKE_WAN: {
    "zh-CN": "资助条线「{rule}」的上限「{param}」只有 {value} 元，像是以万元填写：金额写元，如 {value} 万元应写 \"{yuan}\"",
    en: "line “{rule}” has a cap “{param}” of only {value} yuan, as if written in 万元: write amounts in yuan, {value} 万元 is \"{yuan}\"",
  },
  RATE_ABOVE_HALF: {
    "zh-CN": "资助条线「{rule}」的比例「{param}」为 {value}，超过研发投入的一半：比例写小数，如 30% 写 \"0.3\"",
    en: "line “{rule}” has a rate “{param}” of {value}, more than half of the investment: write rates as fractions, 30 % is \"0.3\"",
  },
  BAD_ASSUMPTION_VALUE: {
    "zh-CN": "assumptions 中「{fact}」的取值 {value} 不合适：{fact} 是{kind}，应写作 {example}",
    en: "assumption “{fact}” has the value {value}, which does not fit: {fact} is {kindEn}; write it as {example}",
  },
  UNKNOWN_ASSUMPTION_FACT: {
    "zh-CN": "assumptions 中的「{fact}」不是台账模型中的事实",
    en: "assumption “{fact}” is not a fact of the tracker model",
  },
  EFFECTIVE_DATES_REVERSED: {
    "zh-CN": "生效日期 {from} 晚于失效日期 {to}",
    en: "effective from {from}, after its end {to}",
  },
  DATE_FACT_NOT_DATE: {
    "zh-CN": "dateFact「{fact}」不是日期类事实",
    en: "dateFact “{fact}” is not a date fact",
  },
  BASE_NOT_MONEY: {
    "zh-CN": "资助条线「{rule}」的计算基数「{fact}」不是金额类事实{hint}",
    en: "the base “{fact}” of funding line “{rule}” is not a money fact{hint}",
  },
  BAD_DATE: {
    "zh-CN": "「{value}」不是有效日期",
    en: "“{value}” is not a valid date",
  },
  OVERLAPPING_FUNDING_LINES: {
    "zh-CN": "资助条线「{first}」与「{rule}」可能同时适用于同一行（例如：{example}），这样的行只会按规则包中的先后取「{first}」",
    en: "funding lines “{first}” and “{rule}” can both apply to the same row, e.g. {example}; such a row would get only “{first}”, the first in the pack's order",
  },
  UNREACHABLE_RULE: {
    "zh-CN": "资助条线「{rule}」的条件（{conditions}）{detail}没有任何一行能满足，这条线永远不会适用",
    en: "no row{detail} can meet the conditions of funding line “{rule}” ({conditions}); the line never applies",
  },
  ALWAYS_FAILS: {
    "zh-CN": "资格规则「{rule}」的条件（{conditions}）没有任何一行能满足：所有项目都将因 {reason} 不符合条件",
    en: "no row can meet eligibility rule “{rule}” ({conditions}): every project would be ineligible ({reason})",
  },
  ELIGIBILITY_CONFLICT: {
    "zh-CN": "资格规则「{rule}」与排在它前面的资格规则「{others}」不可能同时满足：所有项目都将不符合条件",
    en: "eligibility rule “{rule}” can never be met together with the rules before it (“{others}”): every project would be ineligible",
  },
  UNFILLABLE_PLACEHOLDER: {
    "zh-CN": "消息 {key} 中的 {placeholder} 在{when}无法填写，{shown}；请删去或改写（{usable}）",
    en: "message {key}: {placeholder} cannot be filled {when} and {shown}; remove or reword it ({usable})",
  },
  DUPLICATE_VERSION: {
    "zh-CN": "「{otherSource}」（{otherRange}）与「{source}」（{range}）都是规则包 {id} 的版本 {version}",
    en: "“{otherSource}” ({otherRange}) and “{source}” ({range}) are both version {version} of pack {id}",
  },
  VERSIONS_OVERLAP: {
    "zh-CN": "规则包 {id} 的版本 {otherVersion}（「{otherSource}」，{otherRange}）与版本 {version}（「{source}」，{range}）的生效期重叠（{overlap}）：同一日期有两个版本适用",
    en: "versions {otherVersion} (“{otherSource}”, {otherRange}) and {version} (“{source}”, {range}) of pack {id} are both in force {overlap}",
  },
  VERSIONS_GAP: {
    "zh-CN": "规则包 {id} 的版本 {otherVersion}（「{otherSource}」，{otherRange}）与下一个版本 {version}（「{source}」，{range}）之间有 {days} 天（{gap}）没有适用的版本",
    en: "pack {id} has no version in force for {days} day(s) ({gap}) between version {otherVersion} (“{otherSource}”, {otherRange}) and the next, version {version} (“{source}”, {range})",
  },
} as const satisfies Record<string, Localized>;

export type FindingCode = keyof typeof FINDING_MESSAGES;
