import type { Decision, Status } from "../engine";
import type { Lang, Localized } from "../i18n";
import { Decimal, percent, yuanDisplay, yuanString } from "../money";
import { STATUS_LABELS, SUMMARY_LABELS, TYPE_LABELS, type AuditedWorkbook, type OutRow, type Run } from "../report";

export interface RowChange {
  readonly row: number;
  readonly id: string | null;
  readonly type: Decision["type"];
  readonly leagueCity: string | null;
  readonly oldStatus: Status;
  readonly newStatus: Status;
  readonly oldSubsidyYuan: Decimal;
  readonly newSubsidyYuan: Decimal;
  readonly changeYuan: Decimal;
  /** Why it changed, in words. */
  readonly why: string;
}

export interface ChangeTotals {
  readonly key: string | null;
  readonly rows: number;
  readonly oldYuan: Decimal;
  readonly newYuan: Decimal;
  readonly changeYuan: Decimal;
}

export interface RunDiff {
  readonly changes: readonly RowChange[];
  readonly total: ChangeTotals;
  readonly byType: readonly ChangeTotals[];
  readonly byLeagueCity: readonly ChangeTotals[];
}

const W = {
  status: { "zh-CN": "判定：{old} → {new}", en: "status: {old} → {new}" },
  cap: { "zh-CN": "上限 {old} → {new}", en: "cap {old} → {new}" },
  rate: { "zh-CN": "比例 {old} → {new}", en: "rate {old} → {new}" },
  formula: { "zh-CN": "测算金额 {old} → {new}", en: "formula amount {old} → {new}" },
  amount: { "zh-CN": "补助 {old} → {new}", en: "subsidy {old} → {new}" },
  layer: { "zh-CN": "{pack}：{what}", en: "{pack}: {what}" },
} as const;

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_w, k: string) => params[k] ?? "");
}

const money = (amount: Decimal | null) => (amount === null ? "—" : yuanDisplay(amount));

/** Why a row's result differs: the status (with the new reasons), else the cap, the rate or the formula amount. */
function explain(before: Decision, after: Decision, lang: Lang): string {
  const parts: string[] = [];
  if (before.status !== after.status) {
    parts.push(fill(W.status[lang], { old: STATUS_LABELS[before.status][lang], new: STATUS_LABELS[after.status][lang] }));
    const reasons = (after.status === "funded" ? before : after).reasons.map((r) => r.message);
    if (reasons.length > 0) parts.push(reasons.join("；"));
  }
  // Layers pair by position: the primary with the primary, and so on (the packs compared may have different ids).
  const count = Math.max(before.layers.length, after.layers.length);
  for (let i = 0; i < count; i++) {
    const o = before.layers[i];
    const n = after.layers[i];
    const pack = (n ?? o)!.pack;
    const what: string[] = [];
    if (o && n && o.status === n.status && !o.subsidyYuan.equals(n.subsidyYuan)) {
      if (!(o.capYuan ?? new Decimal(0)).equals(n.capYuan ?? new Decimal(0)) && (o.capped || n.capped)) what.push(fill(W.cap[lang], { old: money(o.capYuan), new: money(n.capYuan) }));
      if (o.rate && n.rate && !o.rate.equals(n.rate)) what.push(fill(W.rate[lang], { old: percent(o.rate), new: percent(n.rate) }));
      if (what.length === 0 && o.formulaYuan && n.formulaYuan && !o.formulaYuan.equals(n.formulaYuan)) what.push(fill(W.formula[lang], { old: money(o.formulaYuan), new: money(n.formulaYuan) }));
      if (what.length === 0) what.push(fill(W.amount[lang], { old: money(o.subsidyYuan), new: money(n.subsidyYuan) }));
    }
    if (what.length > 0) parts.push(count > 1 ? fill(W.layer[lang], { pack, what: what.join("，") }) : what.join(lang === "zh-CN" ? "，" : ", "));
  }
  return parts.join(lang === "zh-CN" ? "；" : "; ");
}

function totals(changes: readonly RowChange[], key: string | null): ChangeTotals {
  const sum = (pick: (c: RowChange) => Decimal) => changes.reduce((s, c) => s.plus(pick(c)), new Decimal(0));
  return { key, rows: changes.length, oldYuan: sum((c) => c.oldSubsidyYuan), newYuan: sum((c) => c.newSubsidyYuan), changeYuan: sum((c) => c.changeYuan) };
}

function groupTotals(changes: readonly RowChange[], keyOf: (c: RowChange) => string | null): ChangeTotals[] {
  const groups = new Map<string | null, RowChange[]>();
  for (const c of changes) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  return [...groups.entries()].map(([key, list]) => totals(list, key)).sort((a, b) => (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff", "zh-CN"));
}

/**
 * The impact of a rule change on a tracker: every row whose status or
 * subsidy (all layers together) differs between the two runs, with the
 * reason, and the change in total, by type and by league city.
 */
export function diffRuns(before: Run, after: Run, lang: Lang): RunDiff {
  const afterByRow = new Map(after.decisions.map((d) => [d.row, d]));
  const differ = new RunDiffer(lang);
  for (const o of before.decisions) {
    const n = afterByRow.get(o.row);
    if (n) differ.add(o, n);
  }
  return differ.result();
}

/** diffRuns a row at a time: each row's two decisions are compared as they come, and only the rows that changed are kept. */
export class RunDiffer {
  private readonly changes: RowChange[] = [];

  constructor(private readonly lang: Lang) {}

  add(o: Decision, n: Decision): void {
    if (o.status === n.status && o.totalSubsidyYuan.equals(n.totalSubsidyYuan)) return;
    this.changes.push({
      row: o.row,
      id: n.id,
      type: n.type,
      leagueCity: n.issuerLeagueCity,
      oldStatus: o.status,
      newStatus: n.status,
      oldSubsidyYuan: o.totalSubsidyYuan,
      newSubsidyYuan: n.totalSubsidyYuan,
      changeYuan: n.totalSubsidyYuan.minus(o.totalSubsidyYuan),
      why: explain(o, n, this.lang),
    });
  }

  result(): RunDiff {
    const changes = this.changes;
    return { changes, total: totals(changes, null), byType: groupTotals(changes, (c) => c.type), byLeagueCity: groupTotals(changes, (c) => c.leagueCity) };
  }
}

const X = {
  changes: { "zh-CN": "变化", en: "Changes" },
  summary: { "zh-CN": "影响汇总", en: "Impact" },
  row: { "zh-CN": "来源行", en: "Row" },
  id: { "zh-CN": "项目编号", en: "Project ID" },
  type: { "zh-CN": "项目类型", en: "Type" },
  city: { "zh-CN": "盟市", en: "League city" },
  oldStatus: { "zh-CN": "原判定", en: "Old status" },
  newStatus: { "zh-CN": "新判定", en: "New status" },
  oldSubsidy: { "zh-CN": "原补助（元）", en: "Old subsidy (yuan)" },
  newSubsidy: { "zh-CN": "新补助（元）", en: "New subsidy (yuan)" },
  change: { "zh-CN": "变化（元）", en: "Change (yuan)" },
  why: { "zh-CN": "原因", en: "Why" },
  group: { "zh-CN": "分组", en: "Group" },
  rows: { "zh-CN": "变化行数", en: "Rows changed" },
  total: { "zh-CN": "合计", en: "Total" },
  byType: SUMMARY_LABELS.byType,
  byCity: SUMMARY_LABELS.byLeagueCity,
  unknown: SUMMARY_LABELS.unknown,
} as const;

export function typeLabel(type: Decision["type"], lang: Lang): string {
  return type ? TYPE_LABELS[type][lang] : X.unknown[lang];
}

/** The impact as a workbook: the changed rows, and the totals. */
export function diffWorkbook(diff: RunDiff, lang: Lang, createdAt: string): AuditedWorkbook {
  const h = (keys: ReadonlyArray<keyof typeof X>): OutRow => ({ cells: keys.map((k) => X[k][lang]), style: "header" });
  const m = (d: Decimal) => ({ money: yuanString(d) });
  const totalsRows = (title: Localized, groups: readonly ChangeTotals[], label: (k: string | null) => string): OutRow[] => [
    { cells: [title[lang]], style: "section" },
    h(["group", "rows", "oldSubsidy", "newSubsidy", "change"]),
    ...groups.map((g) => ({ cells: [label(g.key), { int: g.rows }, m(g.oldYuan), m(g.newYuan), m(g.changeYuan)] })),
    { cells: [] },
  ];
  return {
    title: "jiebang rules diff",
    createdAt,
    sheets: [
      {
        name: X.changes[lang],
        widths: [8, 18, 16, 14, 14, 14, 18, 18, 18, 60],
        table: true,
        rows: [
          h(["row", "id", "type", "city", "oldStatus", "newStatus", "oldSubsidy", "newSubsidy", "change", "why"]),
          ...diff.changes.map((c) => ({
            cells: [{ int: c.row }, c.id, typeLabel(c.type, lang), c.leagueCity, STATUS_LABELS[c.oldStatus][lang], STATUS_LABELS[c.newStatus][lang], m(c.oldSubsidyYuan), m(c.newSubsidyYuan), m(c.changeYuan), c.why],
          })),
        ],
      },
      {
        name: X.summary[lang],
        widths: [30, 12, 20, 20, 20],
        rows: [
          { cells: [X.total[lang]], style: "section" },
          h(["rows", "oldSubsidy", "newSubsidy", "change"]),
          { cells: [{ int: diff.total.rows }, m(diff.total.oldYuan), m(diff.total.newYuan), m(diff.total.changeYuan)], style: "total" },
          { cells: [] },
          ...totalsRows(X.byType, diff.byType, (k) => typeLabel(k as Decision["type"], lang)),
          ...totalsRows(X.byCity, diff.byLeagueCity, (k) => k ?? X.unknown[lang]),
        ],
      },
    ],
  };
}

export const DIFF_LABELS = X;
