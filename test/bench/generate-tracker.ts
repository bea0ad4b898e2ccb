/**
 * A realistic 揭榜挂帅 tracker of N rows for the benchmark, written with
 * exceljs's streaming WorkbookWriter (shared strings and styles, as Excel
 * writes them): a merged title row, a note, a header of 17 columns like the
 * samples', N project rows mixing every status, then a total row with a
 * formula and a note below — the same kinds of rows a real tracker has.
 *
 * Rows are deterministic (a seeded PRNG) and their values vary (units, kinds,
 * places, amounts, dates, names), so the rows are not copies of a handful.
 * Each row is drawn for an intended status; `generateTracker` returns how many
 * of each it wrote, so the bench can check jiebang decides the mix expected.
 *
 * Run alone: npx tsx test/bench/generate-tracker.ts 10000 out/bench/tracker-10000.xlsx
 */
import ExcelJS from "exceljs";
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { usccCheckCharacter } from "../../src/tracker";

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HEADERS = [
  "项目编号",
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
] as const;

/** The status jiebang should give a row, as the generator intends it. */
export type IntendedStatus = "funded" | "pending" | "ineligible" | "unmatched" | "invalid";

/** What kind of row to write; weights in per mille. */
const KINDS = [
  { kind: "tech", status: "funded", weight: 330 },
  { kind: "techCapped", status: "funded", weight: 60 },
  { kind: "transformation", status: "funded", weight: 180 },
  { kind: "transformationCapped", status: "funded", weight: 40 },
  { kind: "caseFunded", status: "funded", weight: 30 },
  { kind: "casePending", status: "pending", weight: 30 },
  { kind: "ineligibleOther", status: "ineligible", weight: 35 },
  { kind: "ineligibleOutOfRegion", status: "ineligible", weight: 35 },
  { kind: "ineligibleBranchNoTax", status: "ineligible", weight: 25 },
  { kind: "ineligibleBeforePack", status: "ineligible", weight: 10 },
  { kind: "unmatched", status: "unmatched", weight: 140 },
  { kind: "invalidAmount", status: "invalid", weight: 50 },
  { kind: "invalidNoSolver", status: "invalid", weight: 10 },
  { kind: "invalidBranchTaxUnknown", status: "invalid", weight: 10 },
  { kind: "invalidMajorUnreadable", status: "invalid", weight: 10 },
  { kind: "invalidIssuerKindUnknown", status: "invalid", weight: 5 },
] as const satisfies ReadonlyArray<{ kind: string; status: IntendedStatus; weight: number }>;

export type RowKind = (typeof KINDS)[number]["kind"];

const CITIES = [
  { name: "呼和浩特市", short: "呼和浩特", area: "150100" },
  { name: "包头市", short: "包头", area: "150200" },
  { name: "乌海市", short: "乌海", area: "150300" },
  { name: "赤峰市", short: "赤峰", area: "150400" },
  { name: "通辽市", short: "通辽", area: "150500" },
  { name: "鄂尔多斯市", short: "鄂尔多斯", area: "150600" },
  { name: "呼伦贝尔市", short: "呼伦贝尔", area: "150700" },
  { name: "巴彦淖尔市", short: "巴彦淖尔", area: "150800" },
  { name: "乌兰察布市", short: "乌兰察布", area: "150900" },
  { name: "兴安盟", short: "兴安盟", area: "152200" },
  { name: "锡林郭勒盟", short: "锡林郭勒", area: "152500" },
  { name: "阿拉善盟", short: "阿拉善", area: "152900" },
] as const;

const OUTSIDE = [
  { name: "北京市", area: "110108" },
  { name: "天津市", area: "120116" },
  { name: "上海市", area: "310115" },
  { name: "陕西省西安市", area: "610113" },
  { name: "辽宁省沈阳市", area: "210102" },
  { name: "江苏省南京市", area: "320106" },
] as const;

const FIELDS = ["新材料", "新能源", "煤炭清洁利用", "乳业", "种业", "生物医药", "稀土", "现代农牧业", "节能环保", "信息技术"] as const;
const TOPICS = ["关键技术", "高效制备工艺", "智能控制系统", "规模化应用", "成果产业化", "中试验证", "绿色低碳技术", "高值化利用", "装备国产化", "品种选育"];
const SUBJECTS = ["稀土永磁材料", "氢燃料电池", "煤基碳材料", "乳清蛋白", "肉羊", "马铃薯种薯", "光伏组件", "风电机组", "石墨负极", "煤矸石", "特种钢", "盐碱地改良", "蒙药", "储能电池", "PVC助剂"];
const ISSUER_WORDS = ["稀土新材料", "氢能装备", "特钢", "能源化工", "煤化工", "乳业", "种业", "新能源", "生物工程", "碳材料", "电机", "农牧业", "风电", "环保科技", "智能装备", "生态农业"];
const SUFFIXES = ["有限公司", "股份有限公司", "科技有限公司", "集团有限公司"];
const CENTRAL = ["中国某能源集团有限公司", "国家某电力投资集团有限公司", "中国某化工集团有限公司", "中国某建材集团有限公司"];
const SOLVER_NAMES = ["北京某大学", "上海某研究院", "内蒙古某大学", "内蒙古某工业大学", "大连某研究所", "江南某大学", "西安某大学", "天津某大学", "某农业科学院", "中国科学院某研究所", "沈阳某研究院", "南京某大学", "包头某研究院", "呼和浩特某研究中心"];
const SOLVER_PLACES = ["北京市", "上海市", "内蒙古呼和浩特市", "内蒙古呼和浩特市", "辽宁省大连市", "江苏省无锡市", "陕西省西安市", "天津市", "黑龙江省哈尔滨市", "北京市", "辽宁省沈阳市", "江苏省南京市", "包头市", "呼和浩特市"];
const MATCHED = ["已签约", "已签约", "已签约", "达成合作意向", "已揭榜", "已签订协议"];
const NOT_MATCHED = ["洽谈中", "未揭榜", "对接中", "未达成"];
const INDEPENDENT = ["独立法人企业", "独立法人企业", "企业法人", "法人企业"];
const CENTRAL_KIND = ["中央企业分公司", "央企分公司"];
const OTHER_KIND = ["事业单位", "个体工商户", "社会团体"];
const YES = ["是", "是", "是", "Y"];
const NO = ["否", "否", "否", "N"];
const BAD_AMOUNTS = ["约1200万元", "待定", "1500左右", "-300", "300以上", "#N/A"];

const DAY_MS = 86_400_000;

function uscc(area: string, serial: number, valid: boolean): string {
  const first17 = `91${area}MA${String(serial % 1e7).padStart(7, "0")}`.slice(0, 17);
  const check = usccCheckCharacter(first17);
  return first17 + (valid ? check : check === "A" ? "B" : "A");
}

export interface GeneratedTracker {
  readonly file: string;
  readonly rows: number;
  readonly seed: number;
  /** Project rows written for each intended status. */
  readonly intended: Readonly<Record<IntendedStatus, number>>;
  /** Project rows written for each kind of row. */
  readonly kinds: Readonly<Record<string, number>>;
  readonly bytes: number;
  readonly ms: number;
}

/** Write a tracker of `rows` project rows to `file`. Deterministic for a given seed. */
export async function generateTracker(file: string, rows: number, seed = 20211201): Promise<GeneratedTracker> {
  const started = performance.now();
  mkdirSync(dirname(file), { recursive: true });
  const random = prng(seed ^ rows);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const totalWeight = KINDS.reduce((s, k) => s + k.weight, 0);
  const drawKind = () => {
    let r = random() * totalWeight;
    for (const k of KINDS) if ((r -= k.weight) < 0) return k;
    return KINDS[0];
  };

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  workbook.creator = "jiebang bench";
  const ws = workbook.addWorksheet("揭榜挂帅项目台账");
  const last = HEADERS.length;
  ws.columns = HEADERS.map((_, i) => ({ width: [16, 30, 12, 12, 30, 22, 14, 12, 10, 36, 24, 12, 12, 14, 10, 14, 20][i] ?? 12 }));
  const title = ws.getRow(1);
  title.getCell(1).value = "内蒙古自治区“揭榜挂帅”项目台账（基准测试数据，单位名称以“某”隐去，金额均为虚构）";
  title.getCell(1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, last);
  title.commit();
  const note = ws.getRow(2);
  note.getCell(1).value = "说明：金额单位为万元；多个揭榜单位用顿号分隔，第一个为牵头单位。";
  ws.mergeCells(2, 1, 2, last);
  note.commit();
  const header = ws.getRow(3);
  HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  header.commit();

  const intended: Record<IntendedStatus, number> = { funded: 0, pending: 0, ineligible: 0, unmatched: 0, invalid: 0 };
  const kinds: Record<string, number> = {};
  let investmentSum = 0;
  const firstData = 4;
  for (let i = 0; i < rows; i++) {
    const k = drawKind();
    intended[k.status]++;
    kinds[k.kind] = (kinds[k.kind] ?? 0) + 1;
    const city = pick(CITIES);
    const field = pick(FIELDS);
    const year = 2022 + (i % 3);
    const type =
      k.kind === "transformation" || k.kind === "transformationCapped" ? "成果转化类" : k.kind === "tech" || k.kind === "techCapped" ? "技术攻关类" : random() < 0.6 ? "技术攻关类" : "成果转化类";

    // Issuer: an in-region independent enterprise unless the row is meant otherwise.
    let issuer = `${city.short}某${pick(ISSUER_WORDS)}${pick(SUFFIXES)}`;
    let kind: string | null = pick(INDEPENDENT);
    let place: string = city.name;
    let area: string = city.area;
    let paysTax: string | null = pick(YES);
    if (random() < 0.12 || k.kind === "ineligibleBranchNoTax" || k.kind === "invalidBranchTaxUnknown") {
      issuer = `${pick(CENTRAL)}${city.short}分公司`;
      kind = pick(CENTRAL_KIND);
    }
    if (k.kind === "ineligibleOther") kind = pick(OTHER_KIND);
    if (k.kind === "ineligibleOutOfRegion") {
      const out = pick(OUTSIDE);
      place = out.name;
      area = out.area;
      issuer = `${out.name.replace(/^.*省/, "")}某${pick(ISSUER_WORDS)}${pick(SUFFIXES)}`;
      kind = pick(INDEPENDENT);
    }
    if (k.kind === "ineligibleBranchNoTax") paysTax = pick(NO);
    if (k.kind === "invalidBranchTaxUnknown") paysTax = null;
    if (k.kind === "invalidIssuerKindUnknown") kind = null;
    // An independent enterprise's empty tax cell does not matter: leave a few empty.
    if (kind !== null && !kind.includes("分") && random() < 0.05) paysTax = null;

    const solverCount = k.kind === "invalidNoSolver" ? 0 : random() < 0.7 ? 1 : random() < 0.8 ? 2 : 3;
    const solvers: string[] = [];
    const places: string[] = [];
    for (let s = 0; s < solverCount; s++) {
      const n = int(0, SOLVER_NAMES.length - 1);
      solvers.push(SOLVER_NAMES[n]!);
      places.push(SOLVER_PLACES[n]!);
    }

    const matched = k.kind === "unmatched" ? pick(NOT_MATCHED) : pick(MATCHED);
    const signed =
      k.kind === "unmatched" ? null : k.kind === "ineligibleBeforePack" ? new Date(Date.UTC(2021, int(0, 9), int(1, 28))) : new Date(Date.UTC(year, int(0, 11), int(1, 28)));

    // R&D investment in 万元: under the cap, over it, or unreadable; mostly numbers, some text.
    let investment: number | string | null;
    if (k.kind === "unmatched") investment = random() < 0.5 ? null : int(200, 3000);
    else if (k.kind === "invalidAmount") investment = pick(BAD_AMOUNTS);
    else if (k.kind === "techCapped") investment = int(3400, 20000) + int(0, 99) / 100;
    else if (k.kind === "transformationCapped") investment = int(1700, 12000) + int(0, 99) / 100;
    else if (k.kind === "tech" || k.kind === "transformation") investment = int(100, k.kind === "tech" ? 3300 : 1600) + int(0, 99) / 100;
    else investment = int(100, 30000) + int(0, 99) / 100;
    if (typeof investment === "number") {
      investmentSum += investment;
      const r = random();
      if (r < 0.04) investment = investment.toLocaleString("en-US");
      else if (r < 0.06) investment = `${investment}万元`;
    }

    let major: string | null = random() < 0.3 ? null : pick(NO);
    let caseAmount: number | null = null;
    let caseRef: string | null = null;
    if (k.kind === "caseFunded" || k.kind === "casePending") major = pick(YES);
    if (k.kind === "caseFunded") {
      caseAmount = int(500, 5000);
      caseRef = `内科发〔${year}〕${int(1, 200)}号`;
    }
    if (k.kind === "casePending" && random() < 0.3) caseRef = `内科发〔${year}〕${int(1, 200)}号`;
    if (k.kind === "invalidMajorUnreadable") major = "待定";
    // A few non-major rows carry a case amount anyway (a warning, not a status).
    if (k.status === "funded" && k.kind !== "caseFunded" && random() < 0.01) caseAmount = int(100, 800);

    const id = `NMG-JB-${year}-${String(i + 1).padStart(6, "0")}`;
    const row = ws.getRow(firstData + i);
    row.values = [
      id,
      `${pick(SUBJECTS)}${pick(TOPICS)}`,
      type,
      field,
      issuer,
      uscc(area, seed + i * 7919, random() > 0.01),
      kind,
      place,
      paysTax,
      solvers.join("、") || null,
      places.join("、") || null,
      matched,
      signed,
      investment,
      major,
      caseAmount,
      caseRef,
    ];
    if (signed) row.getCell(13).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  const lastData = firstData + rows - 1;
  const total = ws.getRow(lastData + 2);
  total.getCell(1).value = "合计";
  total.getCell(14).value = { formula: `SUM(N${firstData}:N${lastData})`, result: Math.round(investmentSum * 100) / 100 };
  total.commit();
  ws.getRow(lastData + 3).getCell(1).value = "填表说明：特别重大项目须附一事一议批复文号。";
  ws.getRow(lastData + 3).commit();
  ws.commit();
  await workbook.commit();
  return { file, rows, seed, intended, kinds, bytes: statSync(file).size, ms: performance.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const rows = Number(process.argv[2] ?? 1000);
  const file = resolve(process.argv[3] ?? `out/bench/tracker-${rows}.xlsx`);
  const generated = await generateTracker(file, rows);
  process.stdout.write(`${JSON.stringify(generated, null, 2)}\n`);
}
