/**
 * Writes samples/2022-first-batch.xlsx, the tracker `npm start` decides.
 *
 * An illustrative 2022 first-batch tracker of the region's technology-tackling
 * lists, built to reproduce the published aggregate figures: 15 lists, 12
 * reaching a cooperation agreement, about 190,000,000 yuan agreed investment,
 * 80 % of solver units from outside the region, region funding above
 * 50,000,000 yuan; and Baotou's 5 projects with 71,000,000 yuan. Except for the
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
}

const ROWS: SampleRow[] = [
  { id: "NMG-JB-2022-001", name: "高性能稀土永磁材料制备关键技术", field: "新材料", issuer: "包头某稀土新材料有限公司", area: "150200", kind: "独立法人企业", city: "包头市", paysTax: "是", solvers: ["北京某大学"], places: ["北京市"], state: "已签约", investment: 2600, major: "否" },
  { id: "NMG-JB-2022-002", name: "兆瓦级氢燃料电池电堆研发", field: "新能源", issuer: "包头某氢能装备有限公司", area: "150200", kind: "独立法人企业", city: "包头市", paysTax: "是", solvers: ["上海某大学", "上海某研究院"], places: ["上海市", "上海市"], state: "已签约", investment: 1800, major: "否" },
  { id: "NMG-JB-2022-003", name: "高品质特种钢冶炼工艺优化", field: "新材料", issuer: "包头某特钢有限公司", area: "150200", kind: "独立法人企业", city: "包头市", paysTax: "是", solvers: ["北京某钢铁研究院"], places: ["北京市"], state: "已签约", investment: 1350, major: "否" },
  { id: "NMG-JB-2022-004", name: "煤矸石规模化综合利用技术", field: "煤炭清洁利用", issuer: "包头某能源化工有限公司", area: "150200", kind: "独立法人企业", city: "包头市", paysTax: "是", solvers: ["辽宁某大学"], places: ["辽宁省沈阳市"], state: "已签约", investment: 800 },
  { id: "NMG-JB-2022-005", name: "风光储一体化系统协调控制", field: "新能源", issuer: "中国某能源集团有限公司包头分公司", area: "150200", kind: "中央企业分公司", city: "包头市", paysTax: "是", solvers: ["武汉某大学"], places: ["湖北省武汉市"], state: "已签约", investment: 550, major: "否" },
  { id: "NMG-JB-2022-006", name: "煤制烯烃高效催化剂开发", field: "煤炭清洁利用", issuer: "鄂尔多斯某煤化工有限公司", area: "150600", kind: "独立法人企业", city: "鄂尔多斯市", paysTax: "是", solvers: ["大连某研究所", "内蒙古某大学"], places: ["辽宁省大连市", "内蒙古呼和浩特市"], state: "已签约", investment: 4000, major: "否" },
  { id: "NMG-JB-2022-007", name: "骨肽乳酸菌口服液开发及产业化", field: "乳业", issuer: "内蒙古蒙肽生物工程有限公司", area: "150100", kind: "独立法人企业", city: "呼和浩特市", paysTax: "是", solvers: ["中国科学院微生物研究所", "中国农业科学院农产品加工研究所"], places: ["北京市", "北京市"], state: "达成合作意向", investment: 1500, major: "否" },
  { id: "NMG-JB-2022-008", name: "乳清蛋白高值化利用", field: "乳业", issuer: "呼和浩特某乳业有限公司", area: "150100", kind: "企业法人", city: "呼和浩特市", paysTax: "是", solvers: ["江南某大学"], places: ["江苏省无锡市"], state: "已签约", investment: "1,200", major: "否" },
  { id: "NMG-JB-2022-009", name: "肉羊优质高效品种选育", field: "种业", issuer: "赤峰某种业有限公司", area: "150400", kind: "独立法人企业", city: "赤峰市", paysTax: "是", solvers: ["内蒙古某农业大学"], places: ["内蒙古呼和浩特市"], state: "已签约", investment: 1650, major: "否" },
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
];

export async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jiebang samples";
  workbook.created = new Date(Date.UTC(2022, 0, 12));
  workbook.modified = workbook.created;
  const ws = workbook.addWorksheet("2022年第一批");
  const last = HEADERS.length;
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = "2022年内蒙古自治区第一批“揭榜挂帅”技术攻关类项目榜单台账";
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value =
    "示例数据：依据公开报道的汇总数字构造（15项技术攻关类榜单、12项达成合作、协议总投入约1.9亿元、区外揭榜单位占比80%）；除报道点名的单位外，单位名称以“某”隐去，金额均为虚构。";
  const header = ws.getRow(3);
  HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  ROWS.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    const code = uscc(r.area, 1201 + i);
    const matched = r.solvers.length > 0 && r.investment !== null;
    row.values = [
      i + 1,
      r.id,
      r.name,
      "技术攻关类",
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
    ];
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL("./2022-first-batch.xlsx", import.meta.url));
  const bytes = await (await sampleWorkbook()).xlsx.writeBuffer();
  writeFileSync(target, new Uint8Array(bytes as ArrayBuffer));
  process.stdout.write(`wrote ${target}\n`);
}
