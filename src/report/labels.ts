import type { Lang, Localized } from "../i18n";
import type { Unit } from "../money";

export { STATUS_LABELS } from "../engine/decision";

export const TYPE_LABELS: Readonly<Record<"tech" | "transformation", Localized>> = {
  tech: { "zh-CN": "技术攻关类", en: "Technology tackling" },
  transformation: { "zh-CN": "成果转化类", en: "Achievement transformation" },
};

/** A yes-or-no cell as a reader reads it (是/否), never TRUE/FALSE. */
export const YES_NO = {
  yes: { "zh-CN": "是", en: "Yes" },
  no: { "zh-CN": "否", en: "No" },
} as const satisfies Record<string, Localized>;

/** The sign-off block under the Funding table: who prepared, checked and approved it, and when (renamed with --signoff). */
export const SIGNOFF_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  "zh-CN": ["经办人", "复核人", "审批人", "日期"],
  en: ["Prepared by", "Checked by", "Approved by", "Date"],
};

/** The words of the Funding sheet's last rows. */
export const FUNDING_TAIL = {
  total: { "zh-CN": "合计", en: "Total" },
  stamp: { "zh-CN": "（盖章）", en: "(stamp)" },
} as const satisfies Record<string, Localized>;

/** The payment list's words: one line per recipient, its total, and the rows still pending (nothing to pay). */
export const PAYMENT_LABELS = {
  number: { "zh-CN": "序号", en: "No." },
  payee: { "zh-CN": "收款方", en: "Recipient" },
  uscc: { "zh-CN": "统一社会信用代码", en: "Unified social credit code" },
  role: { "zh-CN": "身份", en: "As" },
  projects: { "zh-CN": "项目数", en: "Projects" },
  ids: { "zh-CN": "项目编号", en: "Project ids" },
  caseRefs: { "zh-CN": "核定批复文号", en: "Approval references" },
  amount: { "zh-CN": "补助金额（元）", en: "Subsidy (yuan)" },
  due: { "zh-CN": "应拨付（元）", en: "Payable now (yuan)" },
  notDue: { "zh-CN": "暂缓拨付（元）", en: "Not yet due (yuan)" },
  reclaim: { "zh-CN": "应退回（元）", en: "To be returned (yuan)" },
  total: { "zh-CN": "合计", en: "Total" },
  unnamed: { "zh-CN": "（未注明收款方）", en: "(recipient not given)" },
  more: { "zh-CN": "等 {count} 项，见「{sheet}」表", en: "and {count} in all, see sheet “{sheet}”" },
  pending: { "zh-CN": "待定项目（暂不拨付）", en: "Pending projects (nothing to pay yet)" },
  source: { "zh-CN": "来源", en: "Source" },
  row: { "zh-CN": "行号", en: "Row" },
  name: { "zh-CN": "项目名称", en: "Project" },
  why: { "zh-CN": "待定原因", en: "Why pending" },
} as const satisfies Record<string, Localized>;

export const SHEET_NAMES = {
  funding: { "zh-CN": "资助测算", en: "Funding" },
  payments: { "zh-CN": "拨付清单", en: "Payments" },
  summary: { "zh-CN": "汇总", en: "Summary" },
  issues: { "zh-CN": "问题", en: "Issues" },
  rules: { "zh-CN": "规则", en: "Rules" },
  audit: { "zh-CN": "审计", en: "Audit" },
} as const satisfies Record<string, Localized>;

export const FUNDING_COLUMNS = {
  source: { "zh-CN": "来源", en: "Source" },
  row: { "zh-CN": "来源行", en: "Source row" },
  id: { "zh-CN": "项目编号", en: "Project ID" },
  name: { "zh-CN": "项目名称", en: "Project name" },
  type: { "zh-CN": "项目类型", en: "Project type" },
  issuer: { "zh-CN": "发榜方", en: "Issuer" },
  solvers: { "zh-CN": "揭榜方", en: "Solvers" },
  investment: { "zh-CN": "研发投入总额（元）", en: "R&D investment (yuan)" },
  status: { "zh-CN": "判定结果", en: "Status" },
  line: { "zh-CN": "资助条线", en: "Funding line" },
  recipient: { "zh-CN": "受助方", en: "Recipient" },
  recipientName: { "zh-CN": "受助单位", en: "Recipient name" },
  rate: { "zh-CN": "补助比例", en: "Rate" },
  cap: { "zh-CN": "补助上限（元）", en: "Cap (yuan)" },
  formula: { "zh-CN": "按比例测算（元）", en: "Formula amount (yuan)" },
  capped: { "zh-CN": "是否封顶", en: "Capped" },
  caseRef: { "zh-CN": "一事一议批复文号", en: "Case-by-case ref" },
  subsidy: { "zh-CN": "财政补助（元）", en: "Subsidy (yuan)" },
  reasons: { "zh-CN": "原因", en: "Reasons" },
  warnings: { "zh-CN": "提示", en: "Warnings" },
  trace: { "zh-CN": "判定依据", en: "Trace" },
  pack: { "zh-CN": "规则包", en: "Rule pack" },
  layers: { "zh-CN": "各规则包的判定", en: "Each pack's decision" },
  total: { "zh-CN": "补助合计（元）", en: "Total subsidy (yuan)" },
} as const satisfies Record<string, Localized>;

export const SUMMARY_LABELS = {
  overall: { "zh-CN": "总体", en: "Overall" },
  rows: { "zh-CN": "项目行数", en: "Project rows" },
  investment: { "zh-CN": "研发投入总额（元，资助/不符合条件/待定）", en: "R&D investment (yuan; funded, ineligible, pending)" },
  subsidy: { "zh-CN": "财政补助合计（元）", en: "Total subsidy (yuan)" },
  due: { "zh-CN": "其中现应拨付（元）", en: "of which due now (yuan)" },
  notDue: { "zh-CN": "其中尚未到期（元）", en: "of which not yet due (yuan)" },
  reclaim: { "zh-CN": "应追回（元）", en: "To be returned (yuan)" },
  solverUnits: { "zh-CN": "揭榜单位数", en: "Solver units" },
  outOfRegion: { "zh-CN": "其中区外揭榜单位数", en: "of which outside the region" },
  outOfRegionShare: { "zh-CN": "区外揭榜单位占比", en: "Share outside the region" },
  byType: { "zh-CN": "按项目类型", en: "By project type" },
  byField: { "zh-CN": "按技术领域", en: "By field" },
  byLeagueCity: { "zh-CN": "按发榜方所在盟市", en: "By issuer's league city" },
  byPack: { "zh-CN": "按规则包", en: "By rule pack" },
  group: { "zh-CN": "分组", en: "Group" },
  groupRows: { "zh-CN": "项目数", en: "Projects" },
  groupFunded: { "zh-CN": "予以资助", en: "Funded" },
  unknown: { "zh-CN": "（未填或无法识别）", en: "(not given or not recognised)" },
  total: { "zh-CN": "合计", en: "Total" },
  duplicates: { "zh-CN": "重复申报的项目（不重复资助）", en: "Projects reported twice (not funded twice)" },
  funnel: { "zh-CN": "需求到资助（漏斗）", en: "From demand to funding (funnel)" },
  funnelType: { "zh-CN": "项目类型", en: "Project type" },
  demands: { "zh-CN": "需求数", en: "Demands" },
  published: { "zh-CN": "已发布榜单", en: "Published" },
  agreed: { "zh-CN": "已达成合作", en: "Agreed" },
  credit: { "zh-CN": "银行授信（每个发榜单位按其最大授信额度计一次）", en: "Bank credit lines (each issuer once, at its largest line)" },
  creditLine: { "zh-CN": "银行授信额度合计（元）", en: "Bank credit lines (yuan)" },
  creditIssuers: { "zh-CN": "获授信发榜单位数", en: "Issuers with a credit line" },
  creditBank: { "zh-CN": "授信银行", en: "Lending bank" },
  creditBankLine: { "zh-CN": "授信额度（元）", en: "Credit line (yuan)" },
  bySource: { "zh-CN": "按来源台账", en: "By source tracker" },
  source: { "zh-CN": "来源（文件：工作表）", en: "Source (file: sheet)" },
  skippedSources: { "zh-CN": "未能判定、已跳过的来源", en: "Sources that could not be decided (skipped)" },
} as const satisfies Record<string, Localized>;

/** The Summary sheet's charts' titles (the add-in's in-Excel summary titles its chart of subsidy by field the same). */
export const CHART_TITLES = {
  byField: { "zh-CN": "各技术领域财政补助（元）", en: "Subsidy by field (yuan)" },
  byLeagueCity: { "zh-CN": "各盟市（发榜方所在地）财政补助（元）", en: "Subsidy by issuer's league city (yuan)" },
} as const satisfies Record<string, Localized>;

export const ISSUE_COLUMNS = {
  severity: { "zh-CN": "类别", en: "Kind" },
  sheet: { "zh-CN": "工作表", en: "Sheet" },
  cell: { "zh-CN": "单元格", en: "Cell" },
  row: { "zh-CN": "行", en: "Row" },
  value: { "zh-CN": "单元格内容", en: "Value" },
  code: { "zh-CN": "代码", en: "Code" },
  problem: { "zh-CN": "问题", en: "Problem" },
} as const satisfies Record<string, Localized>;

export const SEVERITY_LABELS = {
  error: { "zh-CN": "无法判定", en: "cannot decide" },
  source: { "zh-CN": "来源未判定", en: "source not decided" },
  warning: { "zh-CN": "提示", en: "warning" },
  info: { "zh-CN": "说明", en: "note" },
} as const satisfies Record<string, Localized>;

export const TRACKER_NOTES = {
  total: { "zh-CN": "合计行，不是项目，已跳过", en: "a total row, not a project; skipped" },
  note: { "zh-CN": "说明文字，不是项目，已跳过", en: "a note, not a project; skipped" },
  signoff: { "zh-CN": "签字栏（填表人、审核人、填报日期等），不是项目，已跳过", en: "a sign-off line (prepared by, checked by, date…), not a project; skipped" },
  conflict: {
    "zh-CN": "此列也像是「{field}」，但已使用 {used}（「{header}」）；此列未使用。如需改用此列，请手动指定「{field}」所在的列。",
    en: "This column also looks like {field}, but {used} (“{header}”) is used; this column is ignored. To use this column instead, choose it for {field} by hand.",
  },
} as const satisfies Record<string, Localized>;

/**
 * Headings of the Rules sheet; the pack itself is put in words by
 * src/policy/explain-pack. The sheet names parameters, rules and facts by
 * their labels and descriptions, never by the ids the pack's JSON uses
 * (those are in `jiebang rules explain`, for the people who write packs).
 */
export const RULES_LABELS = {
  parameters: { "zh-CN": "参数", en: "Parameters" },
  parameter: { "zh-CN": "参数", en: "Parameter" },
  value: { "zh-CN": "取值", en: "Value" },
  unit: { "zh-CN": "单位", en: "Unit" },
  reference: { "zh-CN": "依据", en: "Reference" },
  rules: { "zh-CN": "规则", en: "Rules" },
  kind: { "zh-CN": "类别", en: "Kind" },
  rule: { "zh-CN": "规则", en: "Rule" },
  sentence: { "zh-CN": "规则内容", en: "Rule in words" },
  assumptions: { "zh-CN": "缺失值的约定", en: "Assumptions for missing values" },
  fact: { "zh-CN": "事项", en: "Fact" },
  assumed: { "zh-CN": "缺失时按", en: "Taken to be" },
  why: { "zh-CN": "理由", en: "Why" },
  guards: { "zh-CN": "政策约束", en: "Policy guards" },
  guard: { "zh-CN": "约束", en: "Guard" },
  forbidden: { "zh-CN": "不得作为条件的事项", en: "Facts no rule may use" },
  /** Forbidden facts the tracker model has no column for, so no label: the guard's own words say what they are. */
  unlabeled: { "zh-CN": "{count} 项台账不记录的事项", en: "{count} facts no tracker records" },
} as const satisfies Record<string, Localized>;

export const AUDIT_LABELS = {
  item: { "zh-CN": "项目", en: "Item" },
  value: { "zh-CN": "内容", en: "Value" },
  inputFile: { "zh-CN": "输入文件", en: "Input file" },
  inputSha: { "zh-CN": "输入文件 SHA-256", en: "Input file SHA-256" },
  inputWriter: { "zh-CN": "输入文件的生成程序（据文件属性）", en: "Input written by (as the file's properties say)" },
  writerUnknown: { "zh-CN": "（文件未记录）", en: "(not recorded in the file)" },
  sheet: { "zh-CN": "工作表", en: "Sheet" },
  headerRow: { "zh-CN": "表头行", en: "Header row" },
  mapping: { "zh-CN": "列映射", en: "Column mapping" },
  field: { "zh-CN": "字段", en: "Field" },
  column: { "zh-CN": "列", en: "Column" },
  header: { "zh-CN": "表头", en: "Header" },
  unit: { "zh-CN": "单位", en: "Unit" },
  how: { "zh-CN": "识别方式", en: "Matched by" },
  pack: { "zh-CN": "规则包", en: "Rule pack" },
  tool: { "zh-CN": "工具版本", en: "Tool version" },
  time: { "zh-CN": "生成时间", en: "Generated at" },
  lang: { "zh-CN": "语言", en: "Language" },
  notMapped: { "zh-CN": "（台账中没有此列）", en: "(no such column in the tracker)" },
  how_user: { "zh-CN": "人工指定", en: "chosen by hand" },
  how_exact: { "zh-CN": "表头完全匹配", en: "exact header" },
  how_partial: { "zh-CN": "表头部分匹配", en: "partial header" },
  sources: { "zh-CN": "来源台账", en: "Source trackers" },
  source: { "zh-CN": "来源", en: "Source" },
  sourceNumber: { "zh-CN": "序号", en: "No." },
  skipped: { "zh-CN": "已跳过（未能判定）", en: "skipped (could not be decided)" },
  mappingOf: { "zh-CN": "列映射：{source}", en: "Column mapping: {source}" },
  /** The run's time as the Audit sheet shows it: in Beijing time, to the second (the record keeps the exact instant). */
  beijingTime: { "zh-CN": "{time}（北京时间）", en: "{time} (Beijing time)" },
} as const satisfies Record<string, Localized>;

/** A language by its own name, as the Audit sheet says which one the export is in. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  "zh-CN": "简体中文",
  en: "English",
};

/** The unit a tracker's amounts are in, as the Audit sheet's column mapping names it. */
export const UNIT_LABELS: Readonly<Record<Unit, Localized>> = {
  元: { "zh-CN": "元", en: "yuan" },
  万元: { "zh-CN": "万元", en: "10,000 yuan" },
  亿元: { "zh-CN": "亿元", en: "100 million yuan" },
};
