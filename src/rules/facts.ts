import type { Localized } from "../i18n";
import type { FieldName } from "../tracker";

/** What a rule condition can talk about, and how it compares. */
export type FactType = "enum" | "boolean" | "money" | "text" | "date" | "count";

export interface FactSpec {
  readonly name: string;
  readonly type: FactType;
  /** The values of an enum fact. */
  readonly values?: readonly string[];
  /** The tracker fields it is read from: a missing or unreadable field makes the fact unknown. */
  readonly from: readonly FieldName[];
  readonly label: Localized;
  /** How each enum value reads in a sentence. */
  readonly valueLabels?: Readonly<Record<string, Localized>>;
}

/**
 * The facts of the tracker model. A rule pack may condition on these and on
 * nothing else; `rules check` reports a condition on any other name.
 */
export const FACTS: readonly FactSpec[] = [
  {
    name: "type",
    type: "enum",
    values: ["tech", "transformation"],
    from: ["type"],
    label: { "zh-CN": "项目类型", en: "project type" },
    valueLabels: {
      tech: { "zh-CN": "技术攻关类", en: "technology tackling" },
      transformation: { "zh-CN": "成果转化类", en: "achievement transformation" },
    },
  },
  {
    name: "issuerKind",
    type: "enum",
    values: ["independent", "centralBranch", "other"],
    from: ["issuerKind"],
    label: { "zh-CN": "发榜方性质", en: "issuer type" },
    valueLabels: {
      independent: { "zh-CN": "具有独立法人资格的企业", en: "an enterprise with independent legal-person status" },
      centralBranch: { "zh-CN": "中央企业分公司", en: "a branch of a central state-owned enterprise" },
      other: { "zh-CN": "其他", en: "other" },
    },
  },
  { name: "issuerInRegion", type: "boolean", from: ["issuerLocation"], label: { "zh-CN": "发榜方在区内", en: "issuer located in the region" } },
  { name: "issuerLeagueCity", type: "text", from: ["issuerLocation"], label: { "zh-CN": "发榜方所在盟市", en: "issuer's league city" } },
  { name: "issuerCounty", type: "text", from: ["issuerLocation"], label: { "zh-CN": "发榜方所在旗县区", en: "issuer's county (banner, county or district)" } },
  { name: "issuerLocation", type: "text", from: ["issuerLocation"], label: { "zh-CN": "发榜方所在地", en: "issuer location" } },
  { name: "issuerPaysTaxInRegion", type: "boolean", from: ["issuerPaysTaxInRegion"], label: { "zh-CN": "发榜方在区内纳税", en: "issuer pays tax in the region" } },
  { name: "issuerRegisteredOn", type: "date", from: ["issuerRegisteredOn"], label: { "zh-CN": "发榜方注册日期", en: "issuer's registration date" } },
  { name: "issuerSeriousCreditLoss", type: "boolean", from: ["issuerSeriousCreditLoss"], label: { "zh-CN": "发榜方有严重失信记录", en: "issuer has a serious credit-loss record" } },
  { name: "issuerStoppedOrInsolvent", type: "boolean", from: ["issuerStoppedOrInsolvent"], label: { "zh-CN": "发榜方已停产或破产", en: "issuer has stopped production or is insolvent" } },
  { name: "issuer", type: "text", from: ["issuer"], label: { "zh-CN": "发榜方", en: "issuer" } },
  { name: "matched", type: "boolean", from: ["matched"], label: { "zh-CN": "已达成合作", en: "agreement reached" } },
  { name: "investment", type: "money", from: ["investment"], label: { "zh-CN": "研发投入总额", en: "total R&D investment" } },
  { name: "major", type: "boolean", from: ["major"], label: { "zh-CN": "特别重大项目", en: "especially major project" } },
  { name: "caseAmount", type: "money", from: ["caseAmount"], label: { "zh-CN": "一事一议核定金额", en: "case-by-case approved amount" } },
  { name: "caseRef", type: "text", from: ["caseRef"], label: { "zh-CN": "一事一议批复文号", en: "case-by-case approval reference" } },
  { name: "solverCount", type: "count", from: ["solver"], label: { "zh-CN": "揭榜单位数", en: "number of solver units" } },
  { name: "leadSolver", type: "text", from: ["solver"], label: { "zh-CN": "牵头揭榜单位", en: "lead solver" } },
  { name: "leadSolverLeagueCity", type: "text", from: ["solverLocation"], label: { "zh-CN": "牵头揭榜单位所在盟市", en: "lead solver's league city" } },
  { name: "leadSolverInRegion", type: "boolean", from: ["solverLocation"], label: { "zh-CN": "牵头揭榜单位在区内", en: "lead solver located in the region" } },
  { name: "signedOn", type: "date", from: ["signedOn"], label: { "zh-CN": "签约日期", en: "signing date" } },
  { name: "batch", type: "text", from: ["batch"], label: { "zh-CN": "批次", en: "batch" } },
  { name: "field", type: "text", from: ["field"], label: { "zh-CN": "技术领域", en: "field" } },
];

const BY_NAME = new Map(FACTS.map((f) => [f.name, f]));

export function factSpec(name: string): FactSpec | undefined {
  return BY_NAME.get(name);
}

export const FACT_NAMES: readonly string[] = FACTS.map((f) => f.name);
