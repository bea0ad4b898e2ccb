/**
 * Writes samples/2022-first-batch.xlsx, the tracker `npm start` decides (and
 * the other samples: 2022-transformation.xlsx, 2022-demand-library.xlsx).
 *
 * An illustrative 2022 first-batch tracker of the region's technology-tackling
 * lists, built to reproduce the published aggregate figures: 15 lists, 12
 * reaching a cooperation agreement, about 190,000,000 yuan agreed investment,
 * 80 % of solver units from outside the region, region funding above
 * 50,000,000 yuan; and Baotou's 5 projects with 71,000,000 yuan; 940,000,000
 * yuan of credit lines from 交通银行内蒙古分行 to 4 of the 15 issuers (the
 * article's total, shared out for illustration). Except for the
 * units the source article names (内蒙古蒙肽生物工程有限公司 and its two joint
 * solvers), unit names are anonymised with 某 and every amount is invented.
 *
 * It is laid out like a real tracker: a merged title row and a note above the
 * header, units in a header with a line break, an amount written as text, a
 * blank row, a total row with a formula, and a note below.
 *
 * Run: npm run samples
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { usccCheckCharacter } from "../src/tracker";

function uscc(area: string, serial: number): string {
  const first17 = `91${area}MA0${String(serial).padStart(5, "0")}X`.slice(0, 17);
  return first17 + usccCheckCharacter(first17);
}

interface SampleRow {
  id: string;
  name: string;
  field: string;
  issuer: string;
  area: string;
  kind: string;
  city: string;
  paysTax: string;
  solvers: string[];
  places: string[];
  state: string;
  investment: number | string | null;
  major?: string;
  badUscc?: boolean;
  /** 交通银行内蒙古分行's credit line to the issuer, in 万元 (illustrative: the article's total, shared out). */
  credit?: number;
}

const ROWS: SampleRow[] = [
  { id: "NMG-JB-2022-001", name: "高性能稀土永磁材料制备关键技术", field: "新材料", issuer: "包头某稀土新材料有限公司", area: "150200", kind: "独立法人企业", city: "包头市", paysTax: "是", solvers: ["北京某大学"], places: ["北京市"], state: "已签约", investment: 2600, major: "否", credit: 30000 },
  { id: "NMG-JB-2022-002", name: "兆瓦级氢燃料电池电堆研发", field: "新能源", issuer: "包头某氢能装备有限公司", area: "150200", kind: "独立法人企业", city: "包头市", paysTax: "是", solvers: ["上海某大学", "上海某研究院"], places: ["上海市", "上海市"], state: "已签约", investment: 1800, major: "否", credit: 20000 },
  { id: "NMG-JB-2022-003", name: "高品质特种钢冶炼工艺优化", field: "新材料", issuer: "包头某特钢有限公司", area: "150200", kind: "独立法人企业", city: "包头市", paysTax: "是", solvers: ["北京某钢铁研究院"], places: ["北京市"], state: "已签约", investment: 1350, major: "否" },
  { id: "NMG-JB-2022-004", name: "煤矸石规模化综合利用技术", field: "煤炭清洁利用", issuer: "包头某能源化工有限公司", area: "150200", kind: "独立法人企业", city: "包头市", paysTax: "是", solvers: ["辽宁某大学"], places: ["辽宁省沈阳市"], state: "已签约", investment: 800 },
  { id: "NMG-JB-2022-005", name: "风光储一体化系统协调控制", field: "新能源", issuer: "中国某能源集团有限公司包头分公司", area: "150200", kind: "中央企业分公司", city: "包头市", paysTax: "是", solvers: ["武汉某大学"], places: ["湖北省武汉市"], state: "已签约", investment: 550, major: "否" },
  { id: "NMG-JB-2022-006", name: "煤制烯烃高效催化剂开发", field: "煤炭清洁利用", issuer: "鄂尔多斯某煤化工有限公司", area: "150600", kind: "独立法人企业", city: "鄂尔多斯市", paysTax: "是", solvers: ["大连某研究所", "内蒙古某大学"], places: ["辽宁省大连市", "内蒙古呼和浩特市"], state: "已签约", investment: 4000, major: "否", credit: 28000 },
  { id: "NMG-JB-2022-007", name: "骨肽乳酸菌口服液开发及产业化", field: "乳业", issuer: "内蒙古蒙肽生物工程有限公司", area: "150100", kind: "独立法人企业", city: "呼和浩特市", paysTax: "是", solvers: ["中国科学院微生物研究所", "中国农业科学院农产品加工研究所"], places: ["北京市", "北京市"], state: "达成合作意向", investment: 1500, major: "否" },
  { id: "NMG-JB-2022-008", name: "乳清蛋白高值化利用", field: "乳业", issuer: "呼和浩特某乳业有限公司", area: "150100", kind: "企业法人", city: "呼和浩特市", paysTax: "是", solvers: ["江南某大学"], places: ["江苏省无锡市"], state: "已签约", investment: "1,200", major: "否" },
  { id: "NMG-JB-2022-009", name: "肉羊优质高效品种选育", field: "种业", issuer: "赤峰某种业有限公司", area: "150400", kind: "独立法人企业", city: "赤峰市", paysTax: "是", solvers: ["内蒙古某农业大学"], places: ["内蒙古呼和浩特市"], state: "已签约", investment: 1650, major: "否", credit: 16000 },
  { id: "NMG-JB-2022-010", name: "玉米耐旱高产品种选育", field: "种业", issuer: "通辽某种业科技有限公司", area: "150500", kind: "独立法人企业", city: "通辽市", paysTax: "是", solvers: ["北京某农业大学"], places: ["北京市"], state: "已签约", investment: 1100, major: "否" },
  { id: "NMG-JB-2022-011", name: "聚氯乙烯环保助剂替代技术", field: "新材料", issuer: "乌海某化工有限公司", area: "150300", kind: "独立法人企业", city: "乌海市", paysTax: "是", solvers: ["天津某大学"], places: ["天津市"], state: "已签约", investment: 1300, major: "否", badUscc: true },
  { id: "NMG-JB-2022-012", name: "退役光伏组件回收再利用", field: "新能源", issuer: "巴彦淖尔某新能源有限公司", area: "150800", kind: "独立法人企业", city: "巴彦淖尔市", paysTax: "是", solvers: ["内蒙古某工业大学"], places: ["内蒙古呼和浩特市"], state: "已签约", investment: 1150 },
  { id: "NMG-JB-2022-013", name: "风电机组智能运维平台", field: "新能源", issuer: "锡林郭勒某风电有限公司", area: "152500", kind: "独立法人企业", city: "锡林郭勒盟", paysTax: "是", solvers: [], places: [], state: "洽谈中", investment: null, major: "否" },
  { id: "NMG-JB-2022-014", name: "高油大豆品种选育", field: "种业", issuer: "呼伦贝尔某农业发展有限公司", area: "150700", kind: "独立法人企业", city: "呼伦贝尔市", paysTax: "是", solvers: [], places: [], state: "未揭榜", investment: null, major: "否" },
  { id: "NMG-JB-2022-015", name: "高容量石墨负极材料", field: "新材料", issuer: "乌兰察布某新材料有限公司", area: "150900", kind: "独立法人企业", city: "乌兰察布市", paysTax: "是", solvers: ["某电池材料研究院"], places: ["广东省深圳市"], state: "洽谈中", investment: null, major: "否" },
];

const HEADERS = [
  "序号",
  "榜单编号",
  "项目名称",
  "项目类型",
  "技术领域",
  "发榜单位",
  "发榜单位统一社会信用代码",
  "发榜单位性质",
  "所在盟市",
  "是否在区内纳税",
  "揭榜单位",
  "揭榜单位所在地",
  "合作状态",
  "签约日期",
  "研发投入总额\n（万元）",
  "是否特别重大",
  "一事一议核定金额（万元）",
  "一事一议批复文号",
  "备注",
  "银行授信额度（万元）",
  "授信银行",
];

/** A first-batch row's cells, in HEADERS order (its 序号 is i + 1). */
function firstBatchValues(r: SampleRow, i: number, type = "技术攻关类"): ExcelJS.CellValue[] {
  const code = uscc(r.area, 1201 + i);
  const matched = r.solvers.length > 0 && r.investment !== null;
  return [
    i + 1,
    r.id,
    r.name,
    type,
    r.field,
    r.issuer,
    r.badUscc ? `${code.slice(0, 17)}${code[17] === "A" ? "B" : "A"}` : code,
    r.kind,
    r.city,
    r.paysTax,
    r.solvers.join("、"),
    r.places.join("、"),
    r.state,
    matched ? new Date(Date.UTC(2022, 0, 10)) : null,
    r.investment,
    r.major ?? null,
    null,
    null,
    r.state === "洽谈中" ? "继续对接" : null,
    r.credit ?? null,
    r.credit ? CREDIT_BANK : null,
  ];
}

/** The bank the source article names: 940 million yuan of credit lines to 4 of the 15 issuing enterprises. */
const CREDIT_BANK = "交通银行内蒙古分行";

/** A workbook as the samples are written: its author, its dates and its one sheet. */
function sampleBook(sheet: string, created: Date): { workbook: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jiebang samples";
  workbook.created = created;
  workbook.modified = created;
  return { workbook, ws: workbook.addWorksheet(sheet) };
}

/** A title above the table: merged across its width, bold, 14 pt. */
function titleRow(ws: ExcelJS.Worksheet, width: number, text: string): ExcelJS.Cell {
  ws.mergeCells(1, 1, 1, width);
  const cell = ws.getCell(1, 1);
  cell.value = text;
  cell.font = { bold: true, size: 14 };
  return cell;
}

/** The header row, bold (and wrapped, for headers with a line break). */
function headerRow(ws: ExcelJS.Worksheet, row: number, headers: readonly string[], wrap: boolean): void {
  headers.forEach((text, i) => {
    const cell = ws.getRow(row).getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    if (wrap) cell.alignment = { wrapText: true, vertical: "middle" };
  });
}

export async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const { workbook, ws } = sampleBook("2022年第一批", new Date(Date.UTC(2022, 0, 12)));
  const last = HEADERS.length;
  titleRow(ws, last, "2022年内蒙古自治区第一批“揭榜挂帅”技术攻关类项目榜单台账").alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value =
    "示例数据：依据公开报道的汇总数字构造（15项技术攻关类榜单、12项达成合作、协议总投入约1.9亿元、区外揭榜单位占比80%；交通银行内蒙古分行向其中4家发榜企业授信共9.4亿元，各企业的授信额度为示意）；除报道点名的单位外，单位名称以“某”隐去，金额均为虚构。";
  headerRow(ws, 3, HEADERS, true);
  ROWS.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    row.values = firstBatchValues(r, i);
    row.getCell(14).numFmt = "yyyy-mm-dd";
  });
  const totalRow = 4 + ROWS.length + 1;
  ws.getCell(totalRow, 2).value = "合计";
  // Excel's SUM skips the amount written as text ("1,200"): the cached result is what Excel itself shows.
  const cachedSum = ROWS.reduce((sum, r) => sum + (typeof r.investment === "number" ? r.investment : 0), 0);
  ws.getCell(totalRow, 15).value = { formula: `SUM(O4:O${3 + ROWS.length})`, result: cachedSum };
  ws.getCell(totalRow + 1, 1).value = "填表说明：金额单位为万元；多个揭榜单位用顿号分隔，第一个为牵头单位。";
  ws.getColumn(3).width = 30;
  ws.getColumn(6).width = 30;
  ws.getColumn(7).width = 22;
  ws.getColumn(11).width = 36;
  ws.getColumn(12).width = 24;
  return workbook;
}

interface TransformationRow {
  id: string;
  name: string;
  type?: string;
  field: string;
  issuer: string;
  area: string;
  kind: string;
  city: string;
  registered: string;
  creditLoss: string;
  stopped: string;
  solvers: string[];
  places: string[];
  state: string;
  investment: number | null;
  major?: string;
  caseAmount?: number;
  caseRef?: string;
}

const TRANSFORMATION_ROWS: TransformationRow[] = [
  { id: "ZH-2022-001", name: "功能性乳酸菌发酵乳产业化", field: "乳业", issuer: "包头某乳业科技有限公司", area: "150200", kind: "独立法人企业", city: "包头市", registered: "2016-04-18", creditLoss: "否", stopped: "否", solvers: ["江南某大学"], places: ["江苏省无锡市"], state: "已签约", investment: 1500 },
  { id: "ZH-2022-002", name: "煤基碳材料中试成果转化", field: "煤炭清洁利用", issuer: "鄂尔多斯某碳材料有限公司", area: "150600", kind: "独立法人企业", city: "鄂尔多斯市", registered: "2014-09-03", creditLoss: "否", stopped: "否", solvers: ["太原某研究所"], places: ["山西省太原市"], state: "已签约", investment: 2000 },
  { id: "ZH-2022-003", name: "稀土抛光材料成果转化", field: "新材料", issuer: "包头某稀土功能材料有限公司", area: "150200", kind: "独立法人企业", city: "包头市", registered: "2021-06-01", creditLoss: "否", stopped: "否", solvers: ["北京某大学", "包头某研究院"], places: ["北京市", "包头市"], state: "已签约", investment: 2500 },
  { id: "ZH-2022-004", name: "马铃薯脱毒种薯繁育技术转化", field: "种业", issuer: "赤峰某种薯有限公司", area: "150400", kind: "独立法人企业", city: "赤峰市", registered: "2012-02-20", creditLoss: "否", stopped: "否", solvers: ["某农业科学院"], places: ["黑龙江省哈尔滨市"], state: "已签约", investment: 3000 },
  { id: "ZH-2022-005", name: "光伏制氢系统成果转化", field: "新能源", issuer: "呼和浩特某氢能有限公司", area: "150100", kind: "独立法人企业", city: "呼和浩特市", registered: "2019-11-11", creditLoss: "否", stopped: "否", solvers: ["西安某大学"], places: ["陕西省西安市"], state: "已签约", investment: 5000 },
  { id: "ZH-2022-006", name: "青贮玉米品种推广", field: "种业", issuer: "通辽某农牧业有限公司", area: "150500", kind: "企业法人", city: "通辽市", registered: "2010-05-06", creditLoss: "否", stopped: "否", solvers: ["内蒙古某农业大学"], places: ["呼和浩特市"], state: "已签约", investment: 1200 },
  { id: "ZH-2022-007", name: "高纯石墨提纯技术转化", field: "新材料", issuer: "北京某新材料有限公司", area: "110108", kind: "独立法人企业", city: "北京市", registered: "2008-01-01", creditLoss: "否", stopped: "否", solvers: ["某大学"], places: ["湖南省长沙市"], state: "已签约", investment: 3000 },
  { id: "ZH-2022-008", name: "盐碱地改良技术转化", field: "种业", issuer: "巴彦淖尔某生态农业有限公司", area: "150800", kind: "独立法人企业", city: "巴彦淖尔市", registered: "2017-07-07", creditLoss: "否", stopped: "否", solvers: [], places: [], state: "洽谈中", investment: null },
  { id: "ZH-2022-009", name: "稀土永磁电机产业化", field: "新材料", issuer: "包头某电机有限公司", area: "150200", kind: "独立法人企业", city: "包头市", registered: "2011-03-15", creditLoss: "否", stopped: "否", solvers: ["上海某大学"], places: ["上海市"], state: "已签约", investment: 30000, major: "是", caseAmount: 2000, caseRef: "内科发〔2022〕8号" },
  { id: "ZH-2022-010", name: "PVC绿色助剂成果转化", field: "新材料", issuer: "乌海某化工有限公司", area: "150300", kind: "独立法人企业", city: "乌海市", registered: "2013-10-10", creditLoss: "否", stopped: "否", solvers: ["天津某大学"], places: ["天津市"], state: "已签约", investment: 1600 },
  { id: "ZH-2022-011", name: "煤矿智能化开采技术攻关", type: "技术攻关类", field: "煤炭清洁利用", issuer: "鄂尔多斯某煤业有限公司", area: "150600", kind: "独立法人企业", city: "鄂尔多斯市", registered: "2009-08-08", creditLoss: "否", stopped: "否", solvers: ["徐州某大学"], places: ["江苏省徐州市"], state: "已签约", investment: 4000 },
];

const TRANSFORMATION_HEADERS = [
  "榜单编号",
  "项目名称",
  "项目类型",
  "技术领域",
  "发榜单位",
  "发榜单位统一社会信用代码",
  "发榜单位性质",
  "所在盟市",
  "是否在区内纳税",
  "发榜单位注册日期",
  "是否有严重失信记录",
  "是否停产或破产",
  "揭榜单位",
  "揭榜单位所在地",
  "合作状态",
  "签约日期",
  "研发投入总额（万元）",
  "是否特别重大",
  "一事一议核定金额（万元）",
  "一事一议批复文号",
];

/**
 * samples/2022-transformation.xlsx: an illustrative tracker of achievement-
 * transformation lists (plus one technology-tackling row and an especially
 * major one), with the columns a league city's conditions need. Every unit
 * and amount is invented. It shows what a rule change does (`jiebang rules
 * diff`) and how the illustrative Baotou pack layers on the region's.
 */
export async function transformationWorkbook(): Promise<ExcelJS.Workbook> {
  const { workbook, ws } = sampleBook("成果转化类", new Date(Date.UTC(2022, 5, 30)));
  titleRow(ws, TRANSFORMATION_HEADERS.length, "2022年“揭榜挂帅”成果转化类项目台账（示例数据：单位名称以“某”隐去，金额均为虚构）");
  headerRow(ws, 2, TRANSFORMATION_HEADERS, false);
  TRANSFORMATION_ROWS.forEach((r, i) => {
    const row = ws.getRow(3 + i);
    const matched = r.state !== "洽谈中";
    row.values = [
      r.id,
      r.name,
      r.type ?? "成果转化类",
      r.field,
      r.issuer,
      uscc(r.area, 2301 + i),
      r.kind,
      r.city,
      "是",
      new Date(`${r.registered}T00:00:00Z`),
      r.creditLoss,
      r.stopped,
      r.solvers.join("、"),
      r.places.join("、"),
      r.state,
      matched ? new Date(Date.UTC(2022, 5, 20)) : null,
      r.investment,
      r.major ?? "否",
      r.caseAmount ?? null,
      r.caseRef ?? null,
    ];
    row.getCell(10).numFmt = "yyyy-mm-dd";
    row.getCell(16).numFmt = "yyyy-mm-dd";
  });
  return workbook;
}

/** Demands still being collected: what a league city's enterprises asked for, by field, before any list is published. */
const DEMAND_TOPICS: ReadonlyArray<{ field: string; topics: readonly string[] }> = [
  { field: "新材料", topics: ["稀土催化材料", "高纯硅材料", "碳纤维复合材料", "特种合金焊接", "石墨烯导热膜", "高性能铝合金"] },
  { field: "新能源", topics: ["光伏组件清洗机器人", "储能电池热管理", "风电叶片回收", "氢气储运", "光热发电吸热器", "源网荷储协同调度"] },
  { field: "煤炭清洁利用", topics: ["煤矿井下智能巡检", "煤化工废水近零排放", "煤气化细渣利用", "二氧化碳捕集利用", "矿井水资源化", "煤基特种燃料"] },
  { field: "乳业", topics: ["奶牛精准饲喂", "乳制品冷链追溯", "益生菌菌种选育", "奶酪工艺国产化"] },
  { field: "种业", topics: ["耐盐碱苜蓿选育", "肉牛冻精品质提升", "向日葵抗病品种", "燕麦高产品种", "马铃薯种薯检测", "羊绒品质改良"] },
];

const DEMAND_CITIES: ReadonlyArray<{ city: string; area: string }> = [
  { city: "包头市", area: "150200" },
  { city: "鄂尔多斯市", area: "150600" },
  { city: "呼和浩特市", area: "150100" },
  { city: "赤峰市", area: "150400" },
  { city: "通辽市", area: "150500" },
  { city: "乌海市", area: "150300" },
  { city: "巴彦淖尔市", area: "150800" },
  { city: "乌兰察布市", area: "150900" },
  { city: "锡林郭勒盟", area: "152500" },
  { city: "呼伦贝尔市", area: "150700" },
  { city: "兴安盟", area: "152200" },
  { city: "阿拉善盟", area: "152900" },
];

/** The demand library's counts as the source article reports them: 54 technology-tackling and 18 transformation demands. */
export const DEMAND_COUNTS = { tech: 54, transformation: 18 } as const;

/**
 * samples/2022-demand-library.xlsx: the region's 2022 demand library (需求库),
 * 54 technology-tackling and 18 achievement-transformation demands, as the
 * source article counts them. The 15 technology-tackling demands published
 * as lists are the first-batch sample's rows, with their states; every other
 * demand is still 征集中 (being collected). Units are anonymised with 某 and
 * every topic is invented.
 */
export async function demandLibraryWorkbook(): Promise<ExcelJS.Workbook> {
  const { workbook, ws } = sampleBook("需求库", new Date(Date.UTC(2021, 11, 20)));
  titleRow(ws, HEADERS.length, "2022年内蒙古自治区“揭榜挂帅”项目需求库（示例数据：技术攻关类54项、成果转化类18项；已发布的15项即第一批榜单）");
  headerRow(ws, 2, HEADERS, true);
  const values: ExcelJS.CellValue[][] = ROWS.map((r, i) => firstBatchValues(r, i));
  const topics = DEMAND_TOPICS.flatMap(({ field, topics }) => topics.map((topic) => ({ field, topic })));
  const demand = (type: "技术攻关类" | "成果转化类", n: number) => {
    const i = values.length;
    const { field, topic } = topics[i % topics.length]!;
    const { city, area } = DEMAND_CITIES[i % DEMAND_CITIES.length]!;
    const what = type === "技术攻关类" ? "关键技术攻关" : "成果转化";
    const short = city.replace(/[市盟]$/, "");
    const row: SampleRow = { id: `NMG-XQ-2022-${String(i + 1).padStart(3, "0")}`, name: `${topic}${what}`, field, issuer: `${short}某${field}企业${n}号有限公司`, area, kind: "独立法人企业", city, paysTax: "是", solvers: [], places: [], state: "征集中", investment: null };
    values.push(firstBatchValues(row, i, type));
  };
  for (let n = ROWS.length + 1; n <= DEMAND_COUNTS.tech; n++) demand("技术攻关类", n);
  for (let n = 1; n <= DEMAND_COUNTS.transformation; n++) demand("成果转化类", n);
  values.forEach((v, i) => {
    ws.getRow(3 + i).values = v;
    ws.getRow(3 + i).getCell(14).numFmt = "yyyy-mm-dd";
  });
  ws.getColumn(3).width = 30;
  ws.getColumn(6).width = 30;
  ws.getColumn(7).width = 22;
  return workbook;
}

async function write(name: string, workbook: ExcelJS.Workbook): Promise<void> {
  const target = fileURLToPath(new URL(`./${name}`, import.meta.url));
  writeFileSync(target, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  process.stdout.write(`wrote ${target}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await write("2022-first-batch.xlsx", await sampleWorkbook());
  await write("2022-transformation.xlsx", await transformationWorkbook());
  await write("2022-demand-library.xlsx", await demandLibraryWorkbook());
}
