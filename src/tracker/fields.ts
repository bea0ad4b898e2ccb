/**
 * The canonical fields of a tracker row and the headers that name them.
 * Aliases are written in their normalised form (Simplified, lower case, no
 * spaces, brackets and units removed); Traditional and full-width headers
 * normalise onto them.
 */
export type FieldName =
  | "id"
  | "name"
  | "type"
  | "issuer"
  | "issuerUscc"
  | "issuerKind"
  | "issuerLocation"
  | "issuerPaysTaxInRegion"
  | "issuerRegisteredOn"
  | "issuerSeriousCreditLoss"
  | "issuerStoppedOrInsolvent"
  | "solver"
  | "solverLocation"
  | "matched"
  | "investment"
  | "major"
  | "caseAmount"
  | "caseRef"
  | "signedOn"
  | "acceptance"
  | "acceptedOn"
  | "batch"
  | "field"
  | "creditLine"
  | "creditBank";

/** How a field's cells are read. */
export type FieldKind =
  | "text"
  | "projectType"
  | "issuerKind"
  | "yesNo"
  | "matched"
  | "amount"
  | "names"
  | "place"
  | "places"
  | "uscc"
  | "acceptance"
  | "date";

export interface FieldSpec {
  readonly name: FieldName;
  readonly kind: FieldKind;
  /** Without this column the tracker cannot be decided at all. */
  readonly required: boolean;
  readonly label: { readonly "zh-CN": string; readonly en: string };
  readonly aliases: readonly string[];
}

export const FIELDS: readonly FieldSpec[] = [
  {
    name: "id",
    kind: "text",
    required: true,
    label: { "zh-CN": "项目编号", en: "Project ID" },
    aliases: ["项目编号", "榜单编号", "需求编号", "编号", "projectid", "listid", "id", "projectno.", "projectno"],
  },
  {
    name: "name",
    kind: "text",
    required: false,
    label: { "zh-CN": "项目名称", en: "Project name" },
    aliases: ["项目名称", "榜单名称", "需求名称", "projectname", "listname", "name"],
  },
  {
    name: "type",
    kind: "projectType",
    required: true,
    label: { "zh-CN": "项目类型", en: "Project type" },
    aliases: ["项目类型", "项目类别", "榜单类型", "类别", "类型", "projecttype", "type"],
  },
  {
    name: "issuer",
    kind: "text",
    required: true,
    label: { "zh-CN": "发榜方", en: "Issuer" },
    aliases: ["发榜方", "发榜单位", "发榜企业", "发榜方名称", "发榜单位名称", "issuer", "issuingenterprise"],
  },
  {
    name: "issuerUscc",
    kind: "uscc",
    required: false,
    label: { "zh-CN": "发榜方统一社会信用代码", en: "Issuer USCC" },
    aliases: [
      "发榜方统一社会信用代码",
      "发榜单位统一社会信用代码",
      "发榜企业统一社会信用代码",
      "统一社会信用代码",
      "issueruscc",
      "issuerunifiedsocialcreditcode",
      "uscc",
    ],
  },
  {
    name: "issuerKind",
    kind: "issuerKind",
    required: false,
    label: { "zh-CN": "发榜方性质", en: "Issuer type" },
    aliases: ["发榜方性质", "发榜单位性质", "发榜企业性质", "企业类型", "企业性质", "issuertype", "issuerkind"],
  },
  {
    name: "issuerLocation",
    kind: "place",
    required: false,
    label: { "zh-CN": "发榜方所在地", en: "Issuer location" },
    aliases: ["发榜方所在地", "发榜单位所在地", "发榜企业所在地", "所在盟市", "所在地", "issuerlocation"],
  },
  {
    name: "issuerPaysTaxInRegion",
    kind: "yesNo",
    required: false,
    label: { "zh-CN": "是否在区内纳税", en: "Pays tax in region" },
    aliases: ["是否在区内纳税", "区内纳税", "是否在内蒙古纳税", "paystaxinregion", "paystaxininnermongolia"],
  },
  {
    name: "issuerRegisteredOn",
    kind: "date",
    required: false,
    label: { "zh-CN": "发榜方注册日期", en: "Issuer registration date" },
    aliases: ["发榜方注册日期", "发榜单位注册日期", "发榜企业注册日期", "注册日期", "成立日期", "注册时间", "issuerregistrationdate", "issuerregisteredon", "registrationdate"],
  },
  {
    name: "issuerSeriousCreditLoss",
    kind: "yesNo",
    required: false,
    label: { "zh-CN": "是否有严重失信记录", en: "Serious credit-loss record" },
    aliases: ["是否有严重失信记录", "严重失信记录", "是否严重失信", "严重失信", "seriouscredit-lossrecord", "seriouscreditlossrecord", "seriouscreditloss"],
  },
  {
    name: "issuerStoppedOrInsolvent",
    kind: "yesNo",
    required: false,
    label: { "zh-CN": "是否停产或破产", en: "Stopped or insolvent" },
    aliases: ["是否停产或破产", "是否停产破产", "停产或破产", "停产破产", "stoppedorinsolvent", "stoppedproductionorinsolvent"],
  },
  {
    name: "solver",
    kind: "names",
    required: false,
    label: { "zh-CN": "揭榜方", en: "Solver" },
    aliases: ["揭榜方", "揭榜单位", "揭榜方名称", "揭榜单位名称", "揭榜团队", "solver", "solvers"],
  },
  {
    name: "solverLocation",
    kind: "places",
    required: false,
    label: { "zh-CN": "揭榜方所在地", en: "Solver location" },
    aliases: ["揭榜方所在地", "揭榜单位所在地", "揭榜单位所在省市", "solverlocation", "solverlocations"],
  },
  {
    name: "matched",
    kind: "matched",
    required: true,
    label: { "zh-CN": "是否达成合作", en: "Agreement reached" },
    aliases: ["是否达成合作", "是否达成合作意向", "合作状态", "揭榜状态", "签约状态", "agreementreached", "matched"],
  },
  {
    name: "investment",
    kind: "amount",
    required: true,
    label: { "zh-CN": "研发投入总额", en: "Total R&D investment" },
    aliases: ["研发投入总额", "研发总投入", "研发投入", "协议总投入", "项目总投入", "totalr&dinvestment", "r&dinvestment", "investment"],
  },
  {
    name: "major",
    kind: "yesNo",
    required: false,
    label: { "zh-CN": "是否特别重大", en: "Especially major" },
    aliases: ["是否特别重大", "特别重大", "是否特别重大项目", "especiallymajor", "major"],
  },
  {
    name: "caseAmount",
    kind: "amount",
    required: false,
    label: { "zh-CN": "一事一议核定金额", en: "Case-by-case amount" },
    aliases: ["一事一议核定金额", "一事一议金额", "核定金额", "一事一议支持额度", "case-by-caseamount", "casebycaseamount", "approvedamount"],
  },
  {
    name: "caseRef",
    kind: "text",
    required: false,
    label: { "zh-CN": "一事一议批复文号", en: "Case-by-case approval ref" },
    aliases: ["一事一议批复文号", "批复文号", "一事一议文号", "case-by-caseapprovalref", "casebycaseapprovalref", "approvalref", "approvalreference"],
  },
  {
    name: "signedOn",
    kind: "date",
    required: false,
    label: { "zh-CN": "签约日期", en: "Signing date" },
    aliases: ["签约日期", "签约时间", "协议签订日期", "签订日期", "signingdate", "signedon", "agreementdate"],
  },
  {
    name: "acceptance",
    kind: "acceptance",
    required: false,
    label: { "zh-CN": "验收结论", en: "Acceptance" },
    aliases: ["验收结论", "验收结果", "验收情况", "结题验收", "验收", "acceptance", "acceptanceresult", "acceptanceverdict"],
  },
  {
    name: "acceptedOn",
    kind: "date",
    required: false,
    label: { "zh-CN": "验收日期", en: "Acceptance date" },
    aliases: ["验收日期", "验收时间", "结题日期", "acceptancedate", "acceptedon"],
  },
  {
    name: "batch",
    kind: "text",
    required: false,
    label: { "zh-CN": "批次", en: "Batch" },
    aliases: ["批次", "发榜批次", "batch"],
  },
  {
    name: "field",
    kind: "text",
    required: false,
    label: { "zh-CN": "技术领域", en: "Field" },
    aliases: ["技术领域", "领域", "所属领域", "重点领域", "field", "technologyfield", "technicalfield"],
  },
  // A bank's credit line to the issuer: reported in the summary, once per issuer; never a rule input.
  {
    name: "creditLine",
    kind: "amount",
    required: false,
    label: { "zh-CN": "银行授信额度", en: "Bank credit line" },
    aliases: ["银行授信额度", "授信额度", "授信金额", "银行授信", "bankcreditline", "creditline"],
  },
  {
    name: "creditBank",
    kind: "text",
    required: false,
    label: { "zh-CN": "授信银行", en: "Lending bank" },
    aliases: ["授信银行", "授信机构", "lendingbank", "creditbank"],
  },
];

export const FIELD_NAMES: readonly FieldName[] = FIELDS.map((f) => f.name);
export const REQUIRED_FIELDS: readonly FieldName[] = FIELDS.filter((f) => f.required).map((f) => f.name);

const BY_NAME = new Map(FIELDS.map((f) => [f.name, f]));

export function fieldSpec(name: FieldName): FieldSpec {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown field ${name}`);
  return spec;
}

export function isFieldName(name: string): name is FieldName {
  return BY_NAME.has(name as FieldName);
}

export function fieldLabel(name: FieldName, lang: "zh-CN" | "en"): string {
  return fieldSpec(name).label[lang];
}
