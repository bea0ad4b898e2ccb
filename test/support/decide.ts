import { readFileSync } from "node:fs";
import { decideRows, type Decision } from "../../src/engine";
import type { Lang } from "../../src/i18n";
import { compilePack, loadPack, type RulePack } from "../../src/rules";
import { readTracker, type FieldName } from "../../src/tracker";
import { gridOf, type Plain } from "./grid";

export const REGION_PACK_FILE = new URL("../../rules/nmg/2021-12.json", import.meta.url);

export function regionPackText(): string {
  return readFileSync(REGION_PACK_FILE, "utf8");
}

export function regionPack(): RulePack {
  return loadPack(regionPackText(), "rules/nmg/2021-12.json");
}

/** A pack made from the region's with a change applied to its document. */
export function modifiedPack(change: (doc: Record<string, any>) => void, source = "modified.json"): RulePack {
  const doc = JSON.parse(regionPackText());
  change(doc);
  return loadPack(JSON.stringify(doc), source);
}

/** Header text of each field in a plain Simplified tracker. */
export const HEADER: Record<FieldName, string> = {
  id: "项目编号",
  name: "项目名称",
  type: "项目类型",
  issuer: "发榜方",
  issuerUscc: "发榜方统一社会信用代码",
  issuerKind: "发榜方性质",
  issuerLocation: "发榜方所在地",
  issuerPaysTaxInRegion: "是否在区内纳税",
  solver: "揭榜方",
  solverLocation: "揭榜方所在地",
  matched: "是否达成合作",
  investment: "研发投入总额（万元）",
  major: "是否特别重大",
  caseAmount: "一事一议核定金额（万元）",
  caseRef: "一事一议批复文号",
  signedOn: "签约日期",
  acceptance: "验收结论",
  acceptedOn: "验收日期",
  batch: "批次",
  field: "技术领域",
  issuerRegisteredOn: "发榜方注册日期",
  issuerSeriousCreditLoss: "是否有严重失信记录",
  issuerStoppedOrInsolvent: "是否停产或破产",
  creditLine: "银行授信额度（万元）",
  creditBank: "授信银行",
};

export type RowSpec = Partial<Record<FieldName, Plain>>;

/** A funded-looking technology-tackling row; tests override what they are about. */
export const GOOD_ROW: RowSpec = {
  id: "T-1",
  name: "示例项目",
  type: "技术攻关类",
  issuer: "包头某稀土新材料有限公司",
  issuerKind: "独立法人企业",
  issuerLocation: "包头市",
  issuerPaysTaxInRegion: "是",
  solver: "北京某大学",
  solverLocation: "北京市",
  matched: "已签约",
  investment: 2600,
  major: "否",
  field: "新材料",
};

/** A tracker grid whose header is row 1 with the given fields' columns (default: every field). */
export function trackerRows(rows: readonly RowSpec[], fields: readonly FieldName[] = Object.keys(HEADER) as FieldName[]): Plain[][] {
  return [fields.map((f) => HEADER[f]), ...rows.map((r) => fields.map((f) => r[f] ?? null))];
}

/** Decide rows (each merged over GOOD_ROW unless `bare`) under a pack. */
export async function decide(
  rows: readonly RowSpec[],
  options: { pack?: RulePack; lang?: Lang; fields?: readonly FieldName[]; bare?: boolean } = {},
): Promise<Decision[]> {
  // Each row its own project (a name of its own unless the test gives one): rows of one project would be one row decided twice.
  const specs = options.bare ? rows : rows.map((r, i) => ({ ...GOOD_ROW, name: `${GOOD_ROW.name} ${i + 1}`, ...r }));
  const tracker = readTracker(gridOf(trackerRows(specs, options.fields)));
  return decideRows(tracker.rows, compilePack(options.pack ?? regionPack()), { lang: options.lang ?? "zh-CN" });
}

export async function decideOne(row: RowSpec, options: Parameters<typeof decide>[1] = {}): Promise<Decision> {
  return (await decide([row], options))[0]!;
}
