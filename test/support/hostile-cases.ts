import type { Plain } from "./grid";
import type { SheetSpec } from "./workbook";

/** A decision as `--json` writes it (the parts these cases look at). */
export interface JsonDecision {
  row: number;
  id: string | null;
  status: string;
  subsidyYuan: string;
  investmentYuan: string | null;
  reasons: Array<{ code: string; message: string; cell: string | null }>;
  warnings: Array<{ code: string; message: string; cell: string | null }>;
}

export interface HostileCase {
  readonly name: string;
  readonly sheets: readonly SheetSpec[];
  /** What a user checks in the decisions. */
  readonly check: (decisions: JsonDecision[]) => void;
  /** The add-in reads values only (no merges, hidden rows or formulas without results): the case is the CLI's. */
  readonly cliOnly?: string;
}

const HEADER = ["项目编号", "项目名称", "项目类型", "发榜方", "发榜方性质", "发榜方所在地", "揭榜方", "揭榜方所在地", "是否达成合作", "研发投入总额（万元）"];

/** A plain funded row; `over` replaces cells by header. */
export function row(id: string, over: Partial<Record<(typeof HEADER)[number], Plain>> = {}): Plain[] {
  const base: Record<string, Plain> = {
    项目编号: id,
    // Each row its own project unless a case says otherwise.
    项目名称: `示例项目 ${id}`,
    项目类型: "技术攻关类",
    发榜方: "包头某公司",
    发榜方性质: "独立法人企业",
    发榜方所在地: "包头市",
    揭榜方: "北京某大学",
    揭榜方所在地: "北京市",
    是否达成合作: "已签约",
    "研发投入总额（万元）": 1000,
    ...over,
  };
  return HEADER.map((h) => base[h] ?? null);
}

export function sheet(rows: Plain[][], extra: Partial<SheetSpec> = {}): SheetSpec[] {
  return [{ name: "台账", rows: [HEADER, ...rows], ...extra }];
}

const find = (decisions: JsonDecision[], id: string) => {
  const d = decisions.find((x) => x.id === id);
  if (!d) throw new Error(`no decision for ${id}`);
  return d;
};

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const codes = (list: Array<{ code: string }>) => list.map((r) => r.code);
const LONG = "很长的项目名称".repeat(1500);

/** Sheets a staff member may really hand over, and what jiebang must make of each. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "duplicate headers: two 项目编号 columns",
    sheets: [{ name: "台账", rows: [[...HEADER, "项目编号"], [...row("A-1"), "X-9"]] }],
    check: (d) => expectEqual(find(d, "A-1").status, "funded", "the first 项目编号 column is used"),
  },
  {
    name: "two columns that map to one field (发榜方 and 发榜单位)",
    sheets: [{ name: "台账", rows: [[...HEADER, "发榜单位"], [...row("A-1"), "另一家公司"]] }],
    check: (d) => expectEqual(find(d, "A-1").status, "funded", "the exact 发榜方 column is used"),
  },
  {
    name: "a header split over two merged rows",
    sheets: [
      {
        name: "台账",
        rows: [
          ["项目编号", "项目类型", "发榜方", null, null, "揭榜单位", null, "是否达成合作", "研发投入（万元）", null],
          [null, null, "名称", "性质", "所在地", "名称", "所在地", null, "总额", "其中财政资金"],
          ["A-1", "技术攻关类", "包头某公司", "独立法人企业", "包头市", "北京某大学", "北京市", "是", 1000, 300],
        ],
        merges: ["A1:A2", "B1:B2", "C1:E1", "F1:G1", "H1:H2", "I1:J1"],
      },
    ],
    check: (d) => {
      expectEqual(find(d, "A-1").status, "funded", "status");
      expectEqual(find(d, "A-1").investmentYuan, "10000000.00", "investment from 研发投入（万元）/总额");
    },
  },
  {
    name: "duplicate project ids",
    sheets: sheet([row("A-1"), row("A-1", { 项目名称: "赛马制并行项目" })]),
    check: (d) => {
      expectEqual(codes(d[0]!.warnings), [], "the first row has no warning");
      expectEqual(codes(d[1]!.warnings), ["DUPLICATE_ID"], "the repeat is warned about");
      expectEqual(d[1]!.status, "funded", "and still decided");
    },
  },
  {
    name: "hidden rows",
    sheets: [{ ...sheet([row("A-1"), row("A-2")])[0]!, hiddenRows: [3] }],
    check: (d) => expectEqual(codes(find(d, "A-2").warnings), ["HIDDEN_ROW"], "a hidden row is decided and flagged"),
    cliOnly: "the add-in reads values only and does not see hidden rows",
  },
  {
    name: "merged cells inside the data (one issuer for two projects)",
    sheets: [{ ...sheet([row("A-1"), row("A-2", { 发榜方: null })])[0]!, merges: ["D2:D3"] }],
    check: (d) => {
      expectEqual(find(d, "A-2").status, "funded", "the merged issuer is read");
      expectEqual(codes(find(d, "A-2").warnings), ["MERGED_CELL"], "and flagged");
    },
    cliOnly: "Office.js reports a merged area's other cells as empty; the add-in marks them missing",
  },
  {
    name: "a formula without a cached result",
    sheets: sheet([row("A-1", { "研发投入总额（万元）": { formula: "B7*2" } })]),
    check: (d) => {
      expectEqual(find(d, "A-1").status, "invalid", "status");
      expectEqual(find(d, "A-1").reasons[0]!.message.includes("公式没有计算结果"), true, "the reason says the formula has no result");
    },
    cliOnly: "Excel always holds a formula's result",
  },
  {
    name: "error cells",
    sheets: sheet([row("A-1", { 发榜方: { error: "#N/A" } }), row("A-2", { "研发投入总额（万元）": { error: "#DIV/0!" } })]),
    check: (d) => {
      expectEqual([find(d, "A-1").status, codes(find(d, "A-1").reasons)], ["invalid", ["BAD_VALUE"]], "an error issuer");
      expectEqual([find(d, "A-2").status, find(d, "A-2").reasons[0]!.cell], ["invalid", "J3"], "an error amount, naming its cell");
    },
  },
  {
    name: "dates as text",
    sheets: [{ name: "台账", rows: [[...HEADER, "签约日期"], [...row("A-1"), "2022年1月10日"], [...row("A-2"), "2022/1/10"], [...row("A-3"), "下个月"]] }],
    check: (d) => {
      expectEqual(find(d, "A-1").status, "funded", "a Chinese date");
      expectEqual(find(d, "A-2").status, "funded", "a slashed date");
      expectEqual(find(d, "A-3").status, "funded", "an unreadable date does not block a single-version pack");
    },
  },
  {
    name: "an amount whose cell unit disagrees with the header's",
    sheets: sheet([row("A-1", { "研发投入总额（万元）": "5000000元" })]),
    check: (d) => {
      expectEqual(find(d, "A-1").investmentYuan, "5000000.00", "the cell's unit wins");
      expectEqual(codes(find(d, "A-1").warnings), ["UNIT_MISMATCH"], "and is flagged");
    },
  },
  {
    name: "zero, negative and absurd amounts",
    sheets: sheet([row("A-1", { "研发投入总额（万元）": 0 }), row("A-2", { "研发投入总额（万元）": -300 }), row("A-3", { "研发投入总额（万元）": 260_000_000 })]),
    check: (d) => {
      expectEqual([find(d, "A-1").status, find(d, "A-1").subsidyYuan, codes(find(d, "A-1").warnings)], ["funded", "0.00", ["ZERO_AMOUNT"]], "zero");
      expectEqual([find(d, "A-2").status, codes(find(d, "A-2").reasons)], ["invalid", ["BAD_VALUE"]], "negative");
      expectEqual([find(d, "A-3").status, codes(find(d, "A-3").warnings)], ["funded", ["AMOUNT_LOOKS_LIKE_YUAN"]], "yuan typed into a 万元 column");
    },
  },
  {
    name: "mixed Simplified and Traditional",
    sheets: sheet([row("A-1", { 项目类型: "技術攻關類", 发榜方性质: "獨立法人企業", 发榜方所在地: "內蒙古包頭市", 是否达成合作: "已簽約" })]),
    check: (d) => expectEqual(find(d, "A-1").status, "funded", "read as the Simplified"),
  },
  {
    name: "control characters",
    sheets: sheet([row("A-1", { 发榜方: "包头\u0007某\u0000公司\u200b", 项目类型: "技术攻关类\u0001" })]),
    check: (d) => expectEqual(find(d, "A-1").status, "funded", "control characters are dropped"),
  },
  {
    name: "10,000-character cells",
    sheets: sheet([row("A-1", { 项目名称: LONG }), row("A-2", { "研发投入总额（万元）": `约${"9".repeat(10_000)}` })]),
    check: (d) => {
      expectEqual(find(d, "A-1").status, "funded", "a long name is fine");
      const reason = find(d, "A-2").reasons[0]!.message;
      expectEqual([find(d, "A-2").status, reason.length < 400], ["invalid", true], "a long unreadable amount is quoted short");
    },
  },
  {
    name: "text that begins with = + - @",
    sheets: sheet([row("=1+1", { 项目名称: "@SUM(A1)", 发榜方: "=HYPERLINK(\"http://x\")" }), row("-A-2", { 项目名称: "+86 电话" })]),
    check: (d) => {
      expectEqual(find(d, "=1+1").status, "funded", "decided");
      expectEqual(find(d, "-A-2").status, "funded", "decided");
    },
  },
];
