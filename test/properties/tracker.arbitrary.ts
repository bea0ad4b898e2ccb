/**
 * A fast-check arbitrary of realistic 揭榜挂帅 trackers, as officials keep them:
 * 1–40 project rows mixing every outcome, headers in Simplified, Traditional
 * or English, an optional title row above the header, a total (合计) row and a
 * note below, extra columns (序号, 备注), optional columns left out, and cells
 * written every way trackers write them.
 *
 * Each generated cell carries what it *means* (its `meaning`), decided here,
 * independently of jiebang's parsers: tracker.model.ts turns the meanings into
 * the decision the scheme requires, with exact BigInt arithmetic on the amount
 * text as generated.
 */
import fc from "fast-check";
import type { FieldName, Grid } from "../../src/tracker";
import { gridOf, type Plain } from "../support/grid";

export type Script = "zh-Hans" | "zh-Hant" | "en";
export type Unit = "元" | "万元" | "亿元";
/** Powers of ten of each unit in yuan. */
export const UNIT_EXP: Readonly<Record<Unit, number>> = { 元: 0, 万元: 4, 亿元: 8 };

// ---------------------------------------------------------------- meanings

/** An amount as written: `digits` (plain decimal text, no sign or separators) in `unit`, or a problem. */
export type AmountMeaning =
  | { readonly kind: "ok"; readonly digits: string; readonly unit: Unit; readonly style: AmountStyle }
  | { readonly kind: "missing" }
  | { readonly kind: "bad"; readonly why: "approximate" | "negative" | "error" | "text" | "formulaWithoutResult" | "boolean" };

export type AmountStyle = "number" | "text" | "grouped" | "suffix" | "currency" | "fullWidth" | "formula";

export type YesNo = boolean | "missing" | "bad";
export type IssuerKindMeaning = "independent" | "centralBranch" | "other" | "missing" | "bad";
export type PlaceMeaning = { readonly inRegion: boolean; readonly leagueCity: string | null } | "missing" | "bad";

export interface RowMeaning {
  readonly id: string | "missing" | "bad";
  readonly name: string | null;
  readonly type: "tech" | "transformation" | "missing" | "bad";
  readonly issuer: string | "missing";
  readonly uscc: "valid" | "invalid" | "missing";
  readonly issuerKind: IssuerKindMeaning;
  readonly issuerLocation: PlaceMeaning;
  readonly tax: YesNo;
  /** The solver names, lead first, or missing. */
  readonly solvers: readonly string[] | "missing";
  /** Per solver: in the region, outside it, or null when the location list does not reach it. */
  readonly solverInRegion: ReadonlyArray<boolean | null>;
  readonly matched: YesNo | "error";
  readonly investment: AmountMeaning;
  readonly major: YesNo;
  readonly caseAmount: AmountMeaning;
  readonly caseRef: string | "missing";
  readonly signedOn: string | "missing" | "bad";
  readonly field: string | null;
}

export interface RowCase {
  readonly cells: Readonly<Partial<Record<FieldName, Plain>>>;
  readonly meaning: RowMeaning;
  readonly remark: Plain;
}

export type Column = { readonly kind: "field"; readonly field: FieldName } | { readonly kind: "extra"; readonly extra: "seq" | "remark" };

export interface TrackerCase {
  readonly script: Script;
  readonly lang: "zh-CN" | "en";
  readonly sheet: string;
  /** A sheet of notes (no header) before the tracker sheet. */
  readonly notesSheet: boolean;
  readonly columns: readonly Column[];
  /** The unit the investment and case-amount headers name. */
  readonly investmentUnit: Unit;
  readonly caseAmountUnit: Unit;
  readonly titleRows: ReadonlyArray<readonly Plain[]>;
  readonly rows: readonly RowCase[];
  readonly totalRow: boolean;
  readonly noteRow: boolean;
}

/** The fields a tracker always has (jiebang cannot decide without the five required ones; the others are the eligibility facts). */
export const ALWAYS: readonly FieldName[] = ["id", "type", "issuer", "issuerKind", "issuerLocation", "issuerPaysTaxInRegion", "solver", "matched", "investment"];
/** Fields a tracker may leave out. */
export const OPTIONAL: readonly FieldName[] = ["name", "issuerUscc", "solverLocation", "major", "caseAmount", "caseRef", "signedOn", "batch", "field"];
const CANONICAL_ORDER: readonly FieldName[] = [
  "id",
  "name",
  "type",
  "issuer",
  "issuerUscc",
  "issuerKind",
  "issuerLocation",
  "issuerPaysTaxInRegion",
  "solver",
  "solverLocation",
  "matched",
  "investment",
  "major",
  "caseAmount",
  "caseRef",
  "signedOn",
  "batch",
  "field",
];

// ---------------------------------------------------------------- headers

const UNIT_IN_HEADER: Readonly<Record<Script, Readonly<Record<Unit, string>>>> = {
  "zh-Hans": { 元: "（元）", 万元: "（万元）", 亿元: "（亿元）" },
  "zh-Hant": { 元: "（元）", 万元: "\n（萬元）", 亿元: "（億元）" },
  en: { 元: " (yuan)", 万元: " (10k yuan)", 亿元: " (100 million yuan)" },
};

/** The header sets of test/support/workbook.ts (Simplified; Traditional with full-width brackets, a line break, stray spaces; English), with the signing date. */
const HEADERS: Readonly<Record<Script, Readonly<Partial<Record<FieldName, string>>>>> = {
  "zh-Hans": {
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
    investment: "研发投入总额",
    major: "是否特别重大",
    caseAmount: "一事一议核定金额",
    caseRef: "一事一议批复文号",
    signedOn: "签约日期",
    batch: "批次",
    field: "技术领域",
  },
  "zh-Hant": {
    id: " 項目編號",
    name: "項目名稱",
    type: "項目類型",
    issuer: "發榜方",
    issuerUscc: "發榜方統一社會信用代碼",
    issuerKind: "發榜方性質",
    issuerLocation: "發榜方所在地",
    issuerPaysTaxInRegion: "是否在區內納稅",
    solver: "揭榜方",
    solverLocation: "揭榜方所在地",
    matched: "是否達成合作",
    investment: "研發投入總額",
    major: "是否特別重大",
    caseAmount: "一事一議核定金額",
    caseRef: "一事一議批覆文號",
    signedOn: "簽約日期",
    batch: "批次",
    field: "技術領域 ",
  },
  en: {
    id: "Project ID",
    name: "Project name",
    type: "Project type",
    issuer: "Issuer",
    issuerUscc: "Issuer USCC",
    issuerKind: "Issuer type",
    issuerLocation: "Issuer location",
    issuerPaysTaxInRegion: "Pays tax in region",
    solver: "Solver",
    solverLocation: "Solver location",
    matched: "Agreement reached",
    investment: "Total R&D investment",
    major: "Especially major",
    caseAmount: "Case-by-case amount",
    caseRef: "Case-by-case approval ref",
    signedOn: "Signing date",
    batch: "Batch",
    field: "Field",
  },
};

const EXTRA_HEADERS: Readonly<Record<Script, Readonly<Record<"seq" | "remark", string>>>> = {
  "zh-Hans": { seq: "序号", remark: "备注" },
  "zh-Hant": { seq: "序號", remark: "備註" },
  en: { seq: "No.", remark: "Remarks" },
};

export function headerText(t: Pick<TrackerCase, "script" | "investmentUnit" | "caseAmountUnit">, column: Column): string {
  if (column.kind === "extra") return EXTRA_HEADERS[t.script][column.extra];
  const text = HEADERS[t.script][column.field]!;
  if (column.field === "investment") return text + UNIT_IN_HEADER[t.script][t.investmentUnit];
  if (column.field === "caseAmount") return text + UNIT_IN_HEADER[t.script][t.caseAmountUnit];
  return text;
}

// ---------------------------------------------------------------- exact decimal text

/** `n × 10^-scale` as plain decimal text without trailing zeros ("2600", "1234.5675", "0.0125"). */
export function decimalText(n: bigint, scale: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Significant digits of a plain decimal text: at most 15 survive an Excel number cell. */
function significantDigits(text: string): number {
  return text.replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length || 1;
}

function grouped(text: string): string {
  const [whole, fraction] = text.split(".");
  const g = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? g : `${g}.${fraction}`;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

// ---------------------------------------------------------------- amounts

/**
 * An amount in ten-thousandths of a yuan (scale 4), from the classes that
 * matter: any fen; fen ending in 5 (30 % of it lands exactly on a half fen),
 * and among those the ones where floating point falls below the half; round
 * 万元; near the caps' thresholds (33,333,333.33 / 16,666,666.67 yuan) and
 * near 10,000,000 / 5,000,000 themselves; sub-fen figures (x.xx5 yuan, 万元
 * with 7–8 decimals); zero; very large.
 */
export const yuanE4 = (nearCaps: readonly bigint[]): fc.Arbitrary<bigint> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 20_000_000_000n }).map((fen) => fen * 100n) },
    { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 2_000_000_000n }).map((k) => (k * 10n + 5n) * 100n) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 2_000_000 }).map((hundredthsOfWan) => BigInt(hundredthsOfWan) * 1_000_000n) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...nearCaps), fc.integer({ min: -80, max: 80 }))
        .map(([fen, delta]) => (fen + BigInt(delta)) * 100n),
    },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 2_000_000_000n }).map((fen) => fen * 100n + 50n) },
    /* The README's examples, where floating point pays a fen less: 0.3 × 1,234,567.85 and 0.3 × 2,500,000.05. */
    { weight: 1, arbitrary: fc.constantFrom(123_456_785n, 250_000_005n).map((fen) => fen * 100n) },
    /* Float traps: fen ending in 5 where 0.3 × the amount, computed in floating point, falls below the half fen. */
    { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 1_600_000_000n }).map((k) => k * 10n + 5n).filter(floatFallsShort).map((fen) => fen * 100n) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 200_000_000_000n }) },
    { weight: 1, arbitrary: fc.constant(0n) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 1_000_000_000_000n }).map((fen) => fen * 100n) },
  );

/** 0.3 × fen/100 lies exactly on a half fen; does floating point put it below? */
function floatFallsShort(fen: bigint): boolean {
  const exactFen = (3n * fen + 5n) / 10n; // half up
  return BigInt(Math.round((Number(fen) / 100) * 0.3 * 100)) !== exactFen;
}

/** Investment thresholds in fen: 30 % of them is the cap, or they are the caps. */
const INVESTMENT_NEAR_CAPS = [3_333_333_333n, 3_333_333_334n, 1_666_666_666n, 1_666_666_667n, 1_000_000_000n, 500_000_000n];
/** Approved amounts in fen: at and around the caps, and above them (a case-by-case amount has no cap). */
const CASE_NEAR_CAPS = [1_000_000_000n, 500_000_000n, 1_800_000_000n, 3_000_000_000n];

const APPROXIMATE: ReadonlyArray<(d: string) => string> = [
  (d) => `约${d}万元`,
  (d) => `${d}万元左右`,
  (d) => `${d}万元以上`,
  (d) => `近${d}万元`,
  (d) => `~${d}`,
  (d) => `${d}余万元`,
  (d) => `大概${d}`,
];
const NEGATIVE: ReadonlyArray<(d: string) => Plain> = [(d) => `-${d}`, (d) => -Number(d) || -1, (d) => `(${d})`, (d) => `（${d}）`, (d) => `-${d}万元`, (d) => `￥-${d}`];
const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!"];

type Cell<M> = { cell: Plain; meaning: M };
/** An amount cell once the unit its column's header names is known. */
export type AmountRecipe = (columnUnit: Unit) => Cell<AmountMeaning>;

/**
 * An amount cell for a column whose header names `columnUnit`: the cell and
 * its meaning. Numbers keep at most 15 significant digits, as Excel does.
 */
export function amountCell(nearCaps: readonly bigint[], problems: { missing: number; bad: number }): fc.Arbitrary<AmountRecipe> {
  const ok = fc
    .tuple(
      yuanE4(nearCaps),
      fc.constantFrom<AmountStyle>("number", "number", "number", "text", "grouped", "suffix", "suffix", "currency", "fullWidth", "formula"),
      fc.constantFrom<Unit>("元", "万元", "万元", "亿元"),
      fc.constantFrom("plain", "short", "english"),
      fc.boolean(),
    )
    .map(([e4, style, suffixUnit, spelling, padded]): AmountRecipe => (columnUnit) => {
      if (style === "number" || style === "text" || style === "grouped" || style === "formula") {
        const digits = decimalText(e4, 4 + UNIT_EXP[columnUnit]);
        const asNumber = significantDigits(digits) <= 15;
        if (style === "number" && asNumber) return { cell: Number(digits), meaning: { kind: "ok", digits, unit: columnUnit, style } };
        if (style === "formula" && asNumber) return { cell: { formula: "SUM(X1:Y1)", result: Number(digits) }, meaning: { kind: "ok", digits, unit: columnUnit, style } };
        if (style === "grouped") return { cell: grouped(digits), meaning: { kind: "ok", digits, unit: columnUnit, style } };
        return { cell: digits, meaning: { kind: "ok", digits, unit: columnUnit, style: "text" } };
      }
      if (style === "currency") {
        const digits = decimalText(e4, 4);
        const shown = padded && !digits.includes(".") ? `${grouped(digits)}.00` : grouped(digits);
        const prefix = ["￥", "¥", "人民币", "RMB ", "CNY"][Number(e4 % 5n)]!;
        const suffix = prefix === "人民币" ? "元" : "";
        return { cell: `${prefix}${shown}${suffix}`, meaning: { kind: "ok", digits, unit: "元", style } };
      }
      const digits = decimalText(e4, 4 + UNIT_EXP[suffixUnit]);
      const word =
        suffixUnit === "元" ? (spelling === "english" ? " yuan" : "元") : suffixUnit === "万元" ? (spelling === "short" ? "万" : "万元") : spelling === "short" ? "亿" : "亿元";
      const body = style === "fullWidth" ? fullWidth(digits) : padded ? grouped(digits) : digits;
      return { cell: `${body}${word}`, meaning: { kind: "ok", digits, unit: suffixUnit, style } };
    });
  const figure = fc.integer({ min: 1, max: 99_999 }).map(String);
  const bad = fc.oneof(
    fc.tuple(figure, fc.constantFrom(...APPROXIMATE)).map(([d, f]) => ({ cell: f(d) as Plain, meaning: { kind: "bad", why: "approximate" } as AmountMeaning })),
    fc.tuple(figure, fc.constantFrom(...NEGATIVE)).map(([d, f]) => ({ cell: f(d), meaning: { kind: "bad", why: "negative" } as AmountMeaning })),
    fc.constantFrom(...ERRORS).map((e) => ({ cell: { error: e } as Plain, meaning: { kind: "bad", why: "error" } as AmountMeaning })),
    fc.constantFrom("待定", "见附件", "N/A", "1200万元/年", "一千万").map((t) => ({ cell: t as Plain, meaning: { kind: "bad", why: "text" } as AmountMeaning })),
    fc.constant({ cell: { formula: "SUM(X1:Y1)" } as Plain, meaning: { kind: "bad", why: "formulaWithoutResult" } as AmountMeaning }),
    fc.constant({ cell: true as Plain, meaning: { kind: "bad", why: "boolean" } as AmountMeaning }),
  );
  const missing = fc.constantFrom<Plain>(null, "", "  ").map((cell) => ({ cell, meaning: { kind: "missing" } as AmountMeaning }));
  /*
   * A formula's cached result in the column's unit, with all the digits Excel
   * keeps (15 significant): 1000/3 万元 is 333.333333333333 万元, many fen digits.
   */
  const computed = fc
    .tuple(fc.integer({ min: 1, max: 50_000_000 }), fc.constantFrom(3, 7, 1.13, 12, 0.3), fc.constantFrom(0, 2, 4, 6))
    .map(([a, b, shift]): AmountRecipe => (columnUnit) => {
      const value = a / 10 ** shift / b;
      const digits = new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 15, maximumFractionDigits: 20 }).format(value);
      return { cell: { formula: `ROUND(X1,2)/${b}`, result: Number(digits) }, meaning: { kind: "ok", digits, unit: columnUnit, style: "formula" } };
    });
  const fixed = (c: Cell<AmountMeaning>): AmountRecipe => () => c;
  return fc.oneof(
    { weight: 90 - problems.missing - problems.bad, arbitrary: ok },
    { weight: 10, arbitrary: computed },
    { weight: problems.missing, arbitrary: missing.map(fixed) },
    { weight: problems.bad, arbitrary: bad.map(fixed) },
  );
}

// ---------------------------------------------------------------- choices

function weighted<T>(...entries: ReadonlyArray<readonly [number, fc.Arbitrary<T>]>): fc.Arbitrary<T> {
  return fc.oneof(...entries.filter(([weight]) => weight > 0).map(([weight, arbitrary]) => ({ weight, arbitrary })));
}
function cells<M>(meaning: M, values: readonly Plain[]): fc.Arbitrary<{ cell: Plain; meaning: M }> {
  return fc.constantFrom(...values).map((cell) => ({ cell, meaning }));
}

const YES: readonly Plain[] = ["是", "Y", "y", "Yes", "YES", "✓", "√", true, "TRUE", " 是 "];
const NO: readonly Plain[] = ["否", "N", "n", "No", "✗", "×", false, "FALSE"];
const NOT_YES_NO: readonly Plain[] = ["待定", "不详", "?", "部分"];
const BLANK: readonly Plain[] = [null, "", " "];

function yesNo(weights: { yes: number; no: number; missing: number; bad: number }): fc.Arbitrary<{ cell: Plain; meaning: YesNo }> {
  return weighted<{ cell: Plain; meaning: YesNo }>(
    [weights.yes, cells<YesNo>(true, YES)],
    [weights.no, cells<YesNo>(false, NO)],
    [weights.missing, cells<YesNo>("missing", BLANK)],
    [weights.bad, cells<YesNo>("bad", NOT_YES_NO)],
  );
}

const matchedCell = weighted<{ cell: Plain; meaning: YesNo | "error" }>(
  [70, cells<YesNo | "error">(true, ["已签约", "已簽約", "达成合作意向", "達成合作意向", "已揭榜", "已签订协议", "Signed", "Matched", "agreed", "Agreement reached", "是", "Y", "✓", true])],
  [15, cells<YesNo | "error">(false, ["洽谈中", "洽談中", "未揭榜", "无人揭榜", "未签约", "对接中", "終止", "In negotiation", "open", "Not matched", "否", "N", false, "征集中", "待发布", "入库", "Unpublished"])],
  [5, cells<YesNo | "error">("bad", ["待定", "意向中", "已发榜"])],
);
const matchedProblem = weighted<{ cell: Plain; meaning: YesNo | "error" }>(
  [2, cells<YesNo | "error">("missing", BLANK)],
  [1, cells<YesNo | "error">("error", [{ error: "#N/A" }])],
);

const TECH = ["技术攻关类", "技術攻關類", "技术攻关", "技术攻关类项目", "重大技术攻关", "Technology tackling", "technology-tackling", "TECH"];
const TRANSFORMATION = ["成果转化类", "成果轉化類", "成果转化", "科技成果转化", "科技成果轉化", "Achievement transformation", "achievement-transformation", "Transformation"];
const typeCell = weighted<{ cell: Plain; meaning: RowMeaning["type"] }>(
  [1, cells<RowMeaning["type"]>("tech", TECH)],
  [1, cells<RowMeaning["type"]>("transformation", TRANSFORMATION)],
);
const typeProblem = weighted<{ cell: Plain; meaning: RowMeaning["type"] }>(
  [2, cells<RowMeaning["type"]>("bad", ["平台建设类", "其他", "Other", { error: "#N/A" }])],
  [1, cells<RowMeaning["type"]>("missing", BLANK)],
);

const issuerKindCell = weighted<{ cell: Plain; meaning: IssuerKindMeaning }>(
  [60, cells<IssuerKindMeaning>("independent", ["独立法人企业", "獨立法人企業", "企业法人", "法人企业", "具有独立法人资格的企业", "Independent legal entity", "independent"])],
  [20, cells<IssuerKindMeaning>("centralBranch", ["中央企业分公司", "中央企業分公司", "央企分公司", "央企分支机构", "Central SOE branch", "central branch"])],
  [10, cells<IssuerKindMeaning>("other", ["事业单位", "民营企业分公司", "高校", "Other", "外资企业", "个体工商户"])],
  [6, cells<IssuerKindMeaning>("missing", BLANK)],
  [2, cells<IssuerKindMeaning>("bad", [{ error: "#REF!" }])],
);

/** Issuer places: in a league city (either script, or English), in the region without a city, outside. */
const IN_CITY: ReadonlyArray<readonly [string, string]> = [
  ["包头市", "包头市"],
  ["包頭市昆都侖區", "包头市"],
  ["呼和浩特市赛罕区", "呼和浩特市"],
  ["Hohhot", "呼和浩特市"],
  ["鄂爾多斯市", "鄂尔多斯市"],
  ["Ordos, Inner Mongolia", "鄂尔多斯市"],
  ["赤峰市", "赤峰市"],
  ["通辽市霍林郭勒市", "通辽市"],
  ["呼倫貝爾市", "呼伦贝尔市"],
  ["满洲里市", "呼伦贝尔市"],
  ["興安盟烏蘭浩特市", "兴安盟"],
  ["錫林郭勒盟", "锡林郭勒盟"],
  ["乌兰察布市", "乌兰察布市"],
  ["巴彦淖尔市", "巴彦淖尔市"],
  ["乌海市", "乌海市"],
  ["阿拉善盟", "阿拉善盟"],
];
const issuerLocationCell = weighted<{ cell: Plain; meaning: PlaceMeaning }>(
  [70, fc.constantFrom(...IN_CITY).map(([text, city]) => ({ cell: text as Plain, meaning: { inRegion: true, leagueCity: city } as PlaceMeaning }))],
  [6, cells<PlaceMeaning>({ inRegion: true, leagueCity: null }, ["内蒙古自治区", "內蒙古", "Inner Mongolia"])],
  [16, cells<PlaceMeaning>({ inRegion: false, leagueCity: null }, ["北京市", "上海市浦东新区", "陕西省西安市", "寧夏銀川市", "Beijing", "Shenzhen, Guangdong", "吉林省长春市"])],
  [6, cells<PlaceMeaning>("missing", BLANK)],
  [2, cells<PlaceMeaning>("bad", [{ error: "#N/A" }])],
);

/** Solvers with their place, inside or outside the region. */
const SOLVERS: ReadonlyArray<readonly [string, string, boolean]> = [
  ["内蒙古大学", "呼和浩特市", true],
  ["内蒙古工业大学", "呼和浩特", true],
  ["包头某稀土研究院", "包頭市", true],
  ["内蒙古农业大学", "Hohhot", true],
  ["鄂尔多斯某能源研究院", "鄂爾多斯市", true],
  ["北京某大学", "北京市", false],
  ["清华大学", "北京", false],
  ["中国科学院某研究所", "北京市海淀区", false],
  ["江南大学", "江苏省无锡市", false],
  ["浙江某科技有限公司", "浙江省杭州市", false],
  ["Tsinghua University", "Beijing", false],
  ["西安交通大学", "陕西省西安市", false],
];
const SEPARATORS = ["、", "；", ";", "，", ",", "\n"];

const solverCells = weighted<{ solver: Plain; location: Plain; names: readonly string[] | "missing"; inRegion: ReadonlyArray<boolean | null> }>(
  [
    92,
    fc
      .tuple(
        fc.uniqueArray(fc.constantFrom(...SOLVERS), { minLength: 1, maxLength: 4, selector: (s) => s[0] }),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom("all", "all", "all", "first", "none"),
      )
      .map(([solvers, sep, places]) => {
        const names = solvers.map((s) => s[0]);
        const known = places === "all" ? solvers.length : places === "first" ? 1 : 0;
        return {
          solver: names.join(sep) as Plain,
          location: known === 0 ? null : (solvers.slice(0, known).map((s) => s[1]).join(sep) as Plain),
          names,
          inRegion: solvers.map((s, i) => (i < known ? s[2] : null)),
        };
      }),
  ],
  [8, fc.constantFrom<Plain>(null, "", " ").map((solver) => ({ solver, location: null as Plain, names: "missing" as const, inRegion: [] }))],
);

/** GB 32100-2015: weights 3^i mod 31 over the alphabet without I, O, Z, S, V. */
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function usccCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += USCC_ALPHABET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}
const usccCell = fc
  .tuple(fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 9, maxLength: 9 }).map((cs) => cs.join("")), fc.constantFrom("150200", "150100", "152700", "110108"), fc.integer({ min: 0, max: 19 }))
  .map(([body, area, how]): { cell: Plain; meaning: RowMeaning["uscc"] } => {
    const first17 = `91${area}${body}`;
    const check = usccCheck(first17);
    if (how < 15) return { cell: `${first17}${check}`, meaning: "valid" };
    if (how < 17) return { cell: null, meaning: "missing" };
    if (how === 17) return { cell: `${first17.slice(0, 16)}${check}`, meaning: "invalid" };
    const wrong = USCC_ALPHABET[(USCC_ALPHABET.indexOf(check) + 1 + (how % 3)) % 31]!;
    return { cell: `${first17}${wrong}`, meaning: "invalid" };
  });

const ISSUERS = ["包头某稀土新材料有限公司", "内蒙古某新材料有限公司", "某中央企业内蒙古分公司", "鄂尔多斯某煤化工有限责任公司", "伊利某乳业股份有限公司", "Inner Mongolia Some Energy Co., Ltd.", "赤峰某制药有限公司"];
/** Project names that begin like a total row's label (小计量 "small metering", 总计算 "general computing"). */
const TOTAL_LIKE_NAMES = ["小计量精密柱塞泵关键技术", "总计算平台国产化替代", "合计量检测装备研发"];
const NAMES = ["高纯硅基负极材料制备关键技术", "乳业菌种选育", "稀土永磁材料高效回收", "煤制烯烃催化剂国产化", "Smart grid dispatch", "草原生态修复技术集成", "风光氢储一体化示范"];
const FIELDS_OF_TECH = ["新材料", "新能源", "乳业", "生物医药", "稀土", "现代煤化工", "Energy"];
const CASE_REFS = ["内科发〔2022〕12号", "內科發〔2022〕3號", "内政字〔2022〕7号", "NMG-ST-2022-07"];

const signedOnCell = (earlyWeight: number) => weighted<{ cell: Plain; meaning: string | "missing" | "bad" }>(
  [
    60,
    fc.date({ min: new Date("2021-12-01T00:00:00Z"), max: new Date("2022-12-31T00:00:00Z"), noInvalidDate: true }).chain((d) => {
      const iso = d.toISOString().slice(0, 10);
      const [y, m, day] = iso.split("-").map(Number) as [number, number, number];
      return fc.constantFrom<Plain>({ date: iso }, `${y}年${m}月${day}日`, `${y}/${m}/${day}`, iso).map((cell) => ({ cell, meaning: iso }));
    }),
  ],
  /* Signed before the region's pack was in force: no version decides it. */
  [earlyWeight, fc.constantFrom("2021-06-15", "2021-11-30", "2020-09-01").map((iso) => ({ cell: { date: iso } as Plain, meaning: iso }))],
  [30, cells<string | "missing" | "bad">("missing", BLANK)],
  [5, cells<string | "missing" | "bad">("bad", ["待签", "2022年13月1日", "下半年"])],
);

/** A project row once its place in the tracker (for its id) and the headers' units are known. */
export type RowRecipe = (index: number, units: { investmentUnit: Unit; caseAmountUnit: Unit }) => RowCase;

/** Project ids are unique: each is made from the row's index. */
const ID_STYLES: ReadonlyArray<(index: number) => Cell<RowMeaning["id"]>> = [
  (i) => ({ cell: `NMG-JB-2022-${String(i + 1).padStart(3, "0")}`, meaning: `NMG-JB-2022-${String(i + 1).padStart(3, "0")}` }),
  (i) => ({ cell: `JB${i + 1}`, meaning: `JB${i + 1}` }),
  (i) => ({ cell: 2022000 + i + 1, meaning: String(2022000 + i + 1) }),
];

const rowRecipe = (options: Required<Omit<TrackerOptions, "maxRows">>): fc.Arbitrary<RowRecipe> => {
  const id = fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 1, 2).map((style) => ID_STYLES[style]!);
  const idProblem = weighted<Cell<RowMeaning["id"]>>([2, cells<RowMeaning["id"]>("missing", BLANK)], [1, cells<RowMeaning["id"]>("bad", [{ error: "#N/A" }])]).map(
    (c) => () => c,
  );
  const issuer = fc.constantFrom(...ISSUERS).map((name) => ({ cell: name as Plain, meaning: name as RowMeaning["issuer"] }));
  const issuerProblem = cells<RowMeaning["issuer"]>("missing", BLANK);
  /** At most one of the identity cells is broken, so that a row is never blank nor read as a note. */
  const identity = fc.constantFrom("none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "id", "type", "issuer", "matched").chain((broken) =>
    fc.record({
      id: broken === "id" ? idProblem : id,
      type: broken === "type" ? typeProblem : typeCell,
      issuer: broken === "issuer" ? issuerProblem : issuer,
      matched: broken === "matched" ? matchedProblem : matchedCell,
    }),
  );
  const major = yesNo({ yes: 30, no: 45, missing: 21, bad: 4 });
  return fc
    .record({
      identity,
      name: fc.option(
        weighted<string>([100, fc.constantFrom(...NAMES)], [options.totalLikeNames, fc.constantFrom(...TOTAL_LIKE_NAMES)]),
        { freq: 8 },
      ),
      uscc: usccCell,
      issuerKind: issuerKindCell,
      issuerLocation: issuerLocationCell,
      tax: yesNo({ yes: 55, no: 20, missing: 20, bad: 5 }),
      solvers: solverCells,
      investment: amountCell(INVESTMENT_NEAR_CAPS, { missing: 5, bad: 9 }),
      major,
      /* Especially major rows often carry an approved amount and reference; others rarely (then it is ignored). */
      hasCase: fc.integer({ min: 0, max: 9 }),
      caseAmount: amountCell(CASE_NEAR_CAPS, { missing: 0, bad: 12 }),
      caseRef: fc.constantFrom(...CASE_REFS),
      refToo: fc.integer({ min: 0, max: 9 }),
      signedOn: signedOnCell(options.earlySigning),
      batch: fc.constantFrom<Plain>("2022年第一批", "2022年第二批", "2023年第一批", null),
      field: fc.option(fc.constantFrom(...FIELDS_OF_TECH), { freq: 6 }),
      remark: fc.constantFrom<Plain>(null, null, null, "重点项目", "注：已延期", "Follow up"),
    })
    .map((r): RowRecipe => (index, units) => {
      const rowId = r.identity.id(index);
      const investment = r.investment(units.investmentUnit);
      const isMajor = r.major.meaning === true;
      // Each row its own project: a name of its own (rows of one project are one project reported twice, tested apart).
      const name = r.name === null ? null : `${r.name} #${index + 1}`;
      const amountGiven = isMajor ? r.hasCase < 6 : r.hasCase < 1;
      const refGiven = isMajor ? r.refToo < 6 : r.refToo < 1;
      const caseAmount = amountGiven ? r.caseAmount(units.caseAmountUnit) : { cell: null as Plain, meaning: { kind: "missing" } as AmountMeaning };
      const caseRef = refGiven ? { cell: r.caseRef as Plain, meaning: r.caseRef } : { cell: null as Plain, meaning: "missing" };
      return {
        cells: {
          id: rowId.cell,
          name,
          type: r.identity.type.cell,
          issuer: r.identity.issuer.cell,
          issuerUscc: r.uscc.cell,
          issuerKind: r.issuerKind.cell,
          issuerLocation: r.issuerLocation.cell,
          issuerPaysTaxInRegion: r.tax.cell,
          solver: r.solvers.solver,
          solverLocation: r.solvers.location,
          matched: r.identity.matched.cell,
          investment: investment.cell,
          major: r.major.cell,
          caseAmount: caseAmount.cell,
          caseRef: caseRef.cell,
          signedOn: r.signedOn.cell,
          batch: r.batch,
          field: r.field,
        },
        meaning: {
          id: rowId.meaning,
          name,
          type: r.identity.type.meaning,
          issuer: r.identity.issuer.meaning,
          uscc: r.uscc.meaning,
          issuerKind: r.issuerKind.meaning,
          issuerLocation: r.issuerLocation.meaning,
          tax: r.tax.meaning,
          solvers: r.solvers.names,
          solverInRegion: r.solvers.inRegion,
          matched: r.identity.matched.meaning,
          investment: investment.meaning,
          major: r.major.meaning,
          caseAmount: caseAmount.meaning,
          caseRef: caseRef.meaning,
          signedOn: r.signedOn.meaning,
          field: r.field,
        },
        remark: r.remark,
      };
    });
};

const TITLES: ReadonlyArray<ReadonlyArray<readonly Plain[]>> = [
  [],
  [["内蒙古自治区2022年第一批揭榜挂帅项目台账"]],
  [["內蒙古自治區揭榜掛帥項目台賬"], []],
  [["Inner Mongolia 揭榜挂帅 tracker, first batch 2022"], ["填报单位：自治区科技厅", null, null, "单位：万元"]],
];

const trackerShape = fc.record({
  script: fc.constantFrom<Script>("zh-Hans", "zh-Hans", "zh-Hant", "en"),
  lang: fc.constantFrom<"zh-CN" | "en">("zh-CN", "zh-CN", "en"),
  sheet: fc.constantFrom("2022年第一批", "台账", "Sheet1", "Tracker"),
  notesSheet: fc.boolean(),
  /* Each optional column is there six times in seven. */
  kept: fc.record(Object.fromEntries(OPTIONAL.map((f) => [f, fc.constantFrom(true, true, true, true, true, true, false)])) as Record<FieldName, fc.Arbitrary<boolean>>),
  seq: fc.boolean(),
  remark: fc.boolean(),
  shuffleColumns: fc.constantFrom(false, false, true),
  columnOrder: fc.array(fc.integer(), { minLength: CANONICAL_ORDER.length + 2, maxLength: CANONICAL_ORDER.length + 2 }),
  investmentUnit: fc.constantFrom<Unit>("万元", "万元", "万元", "元", "亿元"),
  caseAmountUnit: fc.constantFrom<Unit>("万元", "万元", "元"),
  titleRows: fc.constantFrom(...TITLES),
  totalRow: fc.boolean(),
  noteRow: fc.constantFrom(false, false, true),
});

export interface TrackerOptions {
  /** Weight (in a hundred) of signing dates before the region's pack was in force (2021-12-01); 3 by default. */
  readonly earlySigning?: number;
  /** Weight (against 100) of project names beginning like a total row (小计量…, 总计算…); 0 by default. */
  readonly totalLikeNames?: number;
  /** At most this many project rows (40 by default). */
  readonly maxRows?: number;
}

/**
 * Trackers of 1–40 project rows: two in three a short list (1–12 rows), one
 * in three anywhere up to 40 rows.
 */
export const trackers = (options: TrackerOptions = {}): fc.Arbitrary<TrackerCase> => {
  const { maxRows, ...rowOptions } = { earlySigning: 3, totalLikeNames: 0, maxRows: 40, ...options };
  const row = rowRecipe(rowOptions);
  const rows = fc.oneof(
    { weight: 2, arbitrary: fc.array(row, { minLength: 1, maxLength: Math.min(12, maxRows), size: "max" }) },
    { weight: 1, arbitrary: fc.array(row, { minLength: 1, maxLength: maxRows, size: "max" }) },
  );
  return fc.record({ shape: trackerShape, rows }).map(({ shape, rows }): TrackerCase => {
    let columns: Column[] = [
      ...(shape.seq ? [{ kind: "extra", extra: "seq" } as const] : []),
      ...CANONICAL_ORDER.filter((f) => ALWAYS.includes(f) || shape.kept[f]).map((field) => ({ kind: "field", field }) as const),
      ...(shape.remark ? [{ kind: "extra", extra: "remark" } as const] : []),
    ];
    if (shape.shuffleColumns) {
      columns = columns
        .map((c, i) => ({ c, key: shape.columnOrder[i] ?? i }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.c);
    }
    const t: TrackerCase = {
      script: shape.script,
      lang: shape.lang,
      sheet: shape.sheet,
      notesSheet: shape.notesSheet,
      columns,
      investmentUnit: shape.investmentUnit,
      caseAmountUnit: shape.caseAmountUnit,
      titleRows: shape.titleRows,
      rows: rows.map((recipe, i) => recipe(i, shape)),
      totalRow: shape.totalRow,
      noteRow: shape.noteRow,
    };
    // A counterexample prints as the sheet it is: one line per worksheet row.
    Object.defineProperty(t, fc.toStringMethod, { value: () => describeTracker(t), enumerable: false });
    return t;
  });
};

/** The realistic trackers every property draws from. */
export const trackerArbitrary: fc.Arbitrary<TrackerCase> = trackers();

/** The tracker as a reader of the failure sees it: the language, units and every worksheet row. */
export function describeTracker(t: TrackerCase, order?: readonly number[]): string {
  const [grid] = trackerGrids(t, order).slice(-1);
  const shown = (c: Grid["rows"][number][number]) => {
    const v = c.value;
    const text = v.kind === "empty" ? null : v.kind === "error" ? v.value : v.value;
    if (c.formula) return { formula: c.formula, result: text };
    // A date cell is a serial number with a date format: show the date.
    if (c.format && typeof text === "number") return { date: new Date(Date.UTC(1899, 11, 30) + text * 86_400_000).toISOString().slice(0, 10) };
    return text;
  };
  const lines = grid!.rows.map((r, i) => `  ${String(grid!.firstRow + i).padStart(2)}: ${JSON.stringify(r.map(shown))}`);
  return [`tracker «${t.sheet}» (${t.script} headers, investment in ${t.investmentUnit}, case amounts in ${t.caseAmountUnit}, run in ${t.lang}${t.notesSheet ? ", after a notes sheet" : ""}):`, ...lines].join("\n");
}

// ---------------------------------------------------------------- grids

/** Whether a tracker has a column for the field (else every row's value is missing). */
export function hasColumn(t: TrackerCase, field: FieldName): boolean {
  return t.columns.some((c) => c.kind === "field" && c.field === field);
}

/** Excel row number of the header. */
export function headerRowOf(t: TrackerCase): number {
  return t.titleRows.length + 1;
}

/**
 * The workbook's sheets as grids; `order` lists the data rows top to bottom
 * by their index in `t.rows` (default: as generated). The 序号 column keeps
 * each row's own number, as a user's sorted sheet would.
 */
export function trackerGrids(t: TrackerCase, order: readonly number[] = t.rows.map((_, i) => i)): Grid[] {
  const header = t.columns.map((c) => headerText(t, c));
  const body = order.map((i) => {
    const row = t.rows[i]!;
    return t.columns.map((c) => (c.kind === "extra" ? (c.extra === "seq" ? i + 1 : row.remark) : (row.cells[c.field] ?? null)));
  });
  const below: Plain[][] = [];
  if (t.totalRow) {
    const investment = t.columns.findIndex((c) => c.kind === "field" && c.field === "investment");
    below.push(t.columns.map((_, i) => (i === 0 ? "合计" : i === investment ? 123456.78 : null)));
  }
  if (t.noteRow) below.push(["注：金额单位见表头；特别重大项目按一事一议。"]);
  const tracker = gridOf([...t.titleRows.map((r) => [...r]), header, ...body, ...below], t.sheet);
  const notes = gridOf([["说明"], ["本工作簿记录揭榜挂帅项目进展，数据由各盟市科技局报送。"]], "说明");
  return t.notesSheet ? [notes, tracker] : [tracker];
}
