import type { Decision } from "../engine";
import { fillTemplate, type Lang, type Localized } from "../i18n";
import { Decimal, yuanString, type Unit } from "../money";
import { explainPack } from "../policy/explain-pack";
import { LINE_LABELS, RECIPIENT_LABELS, type CompiledPack } from "../rules";
import { fieldLabel, FIELDS } from "../tracker";
import {
  AUDIT_LABELS,
  FUNDING_COLUMNS,
  ISSUE_COLUMNS,
  RULES_LABELS,
  SEVERITY_LABELS,
  SHEET_NAMES,
  STATUS_LABELS,
  SUMMARY_LABELS,
  TRACKER_NOTES,
  TYPE_LABELS,
  YES_NO,
  LANGUAGE_NAMES,
  UNIT_LABELS,
  SIGNOFF_LABELS,
  FUNDING_TAIL,
  CHART_TITLES,
} from "./labels";
import { expectedCharts, tableChart, type ChartTable } from "./chart-xml";
import { MONEY_FORMAT } from "./spreadsheet-cell";
import {
  auditRecordRows,
  canonicalRows,
  digestHeadRows,
  exportRecordText,
  RECORD_FORMAT,
  RECORD_LOOKS,
  SealStream,
  sealExport,
  type AuditRecord,
  type CanonicalValue,
  type ExportRecord,
  type RecordedChart,
  type RecordedRun,
  type RowDigest,
  rowDigestRow,
  recordDigests,
} from "./audit-record";
import { isLayered } from "./json-report";
import type { Run, RunSource, SkippedSource } from "./run";
import { FUNNEL_HEADERS, funnelLines, type Funnel, type GroupTotals, type Summary } from "./summary";
import { ruleWords, traceWords, type RuleWords } from "./trace-words";
import type { AuditedWorkbook, ChartSpec, OutCell, OutRow, OutSheet, PrintSetup } from "./workbook-model";
import { printedColumns, printFooter, printHeader, printSetup, sheetPrintSetup } from "./print-layout";
import { byPayee, PAYMENT_WIDTHS, paymentItemsOf, PaymentSheet, pendingItemOf, type PaymentItem, type PendingItem } from "./payments";

const money = (amount: Decimal | null): OutCell => (amount === null ? null : { money: yuanString(amount) });

function header(labels: readonly Localized[], lang: Lang): OutRow {
  return { cells: labels.map((l) => l[lang]), style: "header" };
}

/** Column widths in characters: the printed columns (up to 提示) narrow enough that one A4 landscape page holds them legibly. */
const FUNDING_WIDTHS = [7, 17, 24, 10, 24, 24, 15, 9, 10, 7, 22, 7, 14, 14, 7, 14, 15, 30, 24, 60, 16, 40, 18];
/** The Audit sheet's: its labels (输入文件的生成程序（据文件属性）), values and digests, and a consolidated run's sources (six columns). */
const AUDIT_WIDTHS = [34, 70, 66, 40, 16, 34];

/** A pack's file by its name alone: the Audit sheet never names a path of the machine that ran it. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** How a consolidated run names one of its sources: its file and sheet. */
export function sourceLabel(source: Pick<RunSource, "input" | "tracker"> | { readonly file: string; readonly sheet: string | null }, lang: Lang): string {
  const [file, sheet] = "input" in source ? [source.input.file, source.tracker.sheet] : [source.file, source.sheet];
  return sheet === null ? file : `${file}${lang === "zh-CN" ? "：" : ": "}${sheet}`;
}

/** A consolidated run's sources as its sheets name them; null with one tracker. */
export function sourceLabels(run: Pick<Run, "sources" | "lang">): readonly string[] | null {
  return run.sources ? run.sources.map((s) => sourceLabel(s, run.lang)) : null;
}

/** The funding sheet's column widths: a consolidated run's begins with its source. */
function fundingWidths(consolidated: boolean): number[] {
  return consolidated ? [28, ...FUNDING_WIDTHS] : FUNDING_WIDTHS;
}

/** The funding sheet's header row; a consolidated run's begins with 来源 (the source). */
export function fundingHeader(lang: Lang, layered: boolean, consolidated = false): OutRow {
  const c = FUNDING_COLUMNS;
  const columns = [...(consolidated ? [c.source] : []), c.row, c.id, c.name, c.type, c.issuer, c.solvers, c.investment, c.status, c.line, c.recipient, c.recipientName, c.rate, c.cap, c.formula, c.capped, c.caseRef, c.subsidy, c.reasons, c.warnings, c.trace, c.pack, ...(layered ? [c.layers, c.total] : [])];
  return header(columns, lang);
}

/** One decision's row of the funding sheet; `sources`: a consolidated run's source labels (its row begins with its own). */
export function fundingRow(d: Decision, lang: Lang, layered: boolean, sources: readonly string[] | null = null, words: RuleWords = new Map()): OutRow {
  const row = fundingCells(d, lang, layered, words);
  if (!sources) return row;
  const source = d.source === undefined ? undefined : sources[d.source];
  if (source === undefined) throw new Error(`fundingRow: row ${d.row} names no source of the run`);
  return { cells: [source, ...row.cells] };
}

function fundingCells(d: Decision, lang: Lang, layered: boolean, words: RuleWords): OutRow {
  const layerText = () => d.layers.map((l) => `${l.pack}${lang === "zh-CN" ? "：" : ": "}${STATUS_LABELS[l.status][lang]}${l.status === "funded" ? ` ${yuanString(l.subsidyYuan)}` : ""}`).join("\n");
  return {
    cells: [
      { int: d.row },
      d.id,
      d.name,
      d.type ? TYPE_LABELS[d.type][lang] : null,
      d.issuer,
      d.solvers.join(lang === "zh-CN" ? "、" : "; "),
      money(d.investmentYuan),
      STATUS_LABELS[d.status][lang],
      d.line ? LINE_LABELS[d.line][lang] : null,
      d.recipient ? RECIPIENT_LABELS[d.recipient][lang] : null,
      d.recipientName,
      d.rate ? { ratio: d.rate.toFixed() } : null,
      money(d.capYuan),
      money(d.formulaYuan),
      d.line && d.line !== "case-by-case" ? YES_NO[d.capped ? "yes" : "no"][lang] : null,
      d.caseRef,
      // The row's amount is its total over every pack (the primary's alone without layers), so the column adds up to the total.
      { money: d.status === "funded" ? yuanString(d.totalSubsidyYuan) : "0.00" },
      d.reasons.map((r) => r.message).join("\n"),
      d.warnings.map((r) => r.message).join("\n"),
      traceWords(d.trace, lang, words),
      d.pack,
      ...(layered ? [layerText(), { money: yuanString(d.totalSubsidyYuan) }] : []),
    ],
  };
}

function fundingSheet(run: Run, settings: RunSettings): OutSheet {
  const { lang } = run;
  const layered = isLayered(run);
  const sources = sourceLabels(run);
  const words = ruleWords(run.packs);
  const body = run.parts?.fundingRows ?? run.decisions.map((d) => fundingRow(d, lang, layered, sources, words));
  const header = fundingHeader(lang, layered, sources !== null);
  const tail = fundingTail(header, run.summary.subsidyYuan, signoffLabels(settings, lang), lang);
  return { name: SHEET_NAMES.funding[lang], widths: fundingWidths(sources !== null), rows: [header, ...body, ...tail], table: true };
}

/** The sign-off block's labels: as `--signoff` gave them (none: no block), else the language's. */
function signoffLabels(settings: RunSettings, lang: Lang): readonly string[] {
  return settings.signoff ?? SIGNOFF_LABELS[lang];
}

/** How many rows follow the Funding sheet's decisions: its total, and the sign-off block when there is one. */
function fundingTailRows(signoff: readonly string[]): number {
  return signoff.length > 0 ? 5 : 1;
}

/**
 * The Funding sheet's last rows, under its decisions: the total of the
 * subsidy column (the summary's total, which the column adds up to), then a
 * blank row, a line of who signs (经办人 / 复核人 / 审批人 / 日期, with room
 * beside each), room to sign in, and room for the stamp. They print on the
 * sheet's last page, with the total.
 */
function fundingTail(header: OutRow, subsidyYuan: Decimal, signoff: readonly string[], lang: Lang): OutRow[] {
  const labels = header.cells;
  const at = (label: Localized) => labels.findIndex((c) => c === label[lang]);
  const width = labels.length;
  const total: OutCell[] = Array.from({ length: width }, () => null);
  total[0] = FUNDING_TAIL.total[lang];
  for (const column of [at(FUNDING_COLUMNS.subsidy), at(FUNDING_COLUMNS.total)]) if (column >= 0) total[column] = money(subsidyYuan);
  const rows: OutRow[] = [{ cells: trimmed(total), style: "total" }];
  if (signoff.length === 0) return rows;
  const printed = printedColumns(labels, true);
  const step = Math.max(1, Math.floor(printed / signoff.length));
  const line: OutCell[] = [];
  signoff.forEach((label, i) => (line[i * step] = `${label}${lang === "zh-CN" ? "：" : ":"}`));
  const stamp: OutCell[] = [];
  stamp[Math.max(0, at(FUNDING_COLUMNS.subsidy))] = FUNDING_TAIL.stamp[lang];
  rows.push({ cells: [] }, { cells: fill(line) }, { cells: [] }, { cells: fill(stamp) });
  return rows;
}

const trimmed = (cells: OutCell[]) => {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return cells.slice(0, end);
};
const fill = (cells: OutCell[]) => Array.from({ length: cells.length }, (_, i) => cells[i] ?? null);

function paymentsSheet(run: Run): OutSheet {
  const items = [...(run.parts?.paymentItems ?? run.decisions.flatMap(paymentItemsOf))].sort(byPayee);
  const pending = run.parts?.pending ?? run.decisions.flatMap((d) => pendingItemOf(d) ?? []);
  const sheet = new PaymentSheet(run.lang, sourceLabels(run));
  const rows = [...sheet.head(), ...items.flatMap((i) => sheet.item(i)), ...sheet.total(), ...pending.flatMap((p) => sheet.pending(p))];
  return { name: SHEET_NAMES.payments[run.lang], widths: PAYMENT_WIDTHS, rows, table: true };
}

function groupRows(title: Localized, groups: readonly GroupTotals[], label: (key: string | null) => string, lang: Lang): OutRow[] {
  const l = SUMMARY_LABELS;
  return [
    { cells: [title[lang]], style: "section" },
    header([l.group, l.groupRows, l.groupFunded, l.investment, l.subsidy], lang),
    ...groups.map((g) => ({ cells: [label(g.key), { int: g.rows }, { int: g.funded }, money(g.investmentYuan), money(g.subsidyYuan)] })),
    { cells: [] },
  ];
}

/** Where the subsidy-by-field table stands in the summary sheet (0-based rows and columns), for a chart. */
export type ChartSource = ChartTable;

/** Where the Summary sheet's charts stand: right of its tables (column H on, a column left blank), one under the other from row 1, each this many rows high. */
export const SUMMARY_CHART_AT = { column: 7, width: 9, rows: 20, gap: 1 } as const;

/** A group table's place, given the row its section title is in (see groupRows). */
const groupTable = (at: number, groups: readonly unknown[]): ChartSource => ({ headerRow: at + 1, firstRow: at + 2, lastRow: at + 1 + groups.length, labelColumn: 0, valueColumn: 4 });

/** The summary sheet (with its charts of subsidy by field and by league city), and where those two tables are. */
export function summarySheet(run: Run): { sheet: OutSheet; byField: ChartSource; byLeagueCity: ChartSource } {
  const { lang, summary: s } = run;
  const l = SUMMARY_LABELS;
  const unknown = l.unknown[lang];
  const rows: OutRow[] = [
    { cells: [l.overall[lang]], style: "section" },
    { cells: [l.rows[lang], { int: s.rows }] },
    ...(["funded", "pending", "ineligible", "unmatched", "invalid"] as const).map((status) => ({ cells: [STATUS_LABELS[status][lang], { int: s.counts[status] }] })),
    ...(s.duplicates > 0 ? [{ cells: [l.duplicates[lang], { int: s.duplicates }] }] : []),
    { cells: [l.investment[lang], money(s.investmentYuan)] },
    { cells: [l.subsidy[lang], money(s.subsidyYuan)], style: "total" as const },
    { cells: [l.solverUnits[lang], { int: s.solverUnits }] },
    { cells: [l.outOfRegion[lang], { int: s.outOfRegionSolverUnits }] },
    { cells: [l.outOfRegionShare[lang], { ratio: s.outOfRegionShare.toFixed(4) }] },
    { cells: [] },
    ...groupRows(l.byType, s.byType, (k) => (k === "tech" || k === "transformation" ? TYPE_LABELS[k][lang] : unknown), lang),
  ];
  const byField = groupTable(rows.length, s.byField);
  rows.push(...groupRows(l.byField, s.byField, (k) => k ?? unknown, lang));
  if (s.bySource && run.sources) rows.push(...sourceRows(s, s.bySource, sourceLabels(run)!, run.skippedSources ?? [], lang));
  const byLeagueCity = groupTable(rows.length, s.byLeagueCity);
  rows.push(...groupRows(l.byLeagueCity, s.byLeagueCity, (k) => k ?? unknown, lang));
  if (isLayered(run)) {
    rows.push(
      { cells: [l.byPack[lang]], style: "section" },
      header([l.group, l.groupFunded, l.subsidy], lang),
      ...s.byPack.map((p) => ({ cells: [p.pack, { int: p.funded }, money(p.subsidyYuan)] as OutCell[] })),
      { cells: [] },
    );
  }
  rows.push(...funnelRows(s.funnel, lang));
  if (s.creditLineIssuers > 0) rows.push(...creditRows(s, lang));
  const name = SHEET_NAMES.summary[lang];
  const { column, width, rows: high, gap } = SUMMARY_CHART_AT;
  const charts = (
    [
      [byField, CHART_TITLES.byField],
      [byLeagueCity, CHART_TITLES.byLeagueCity],
    ] as const
  ).flatMap(([table, title], i) => {
    const top = i * (high + gap);
    const chart = tableChart(name, rows, table, title[lang], MONEY_FORMAT, { column, row: top }, { column: column + width, row: top + high });
    return chart ? [chart] : [];
  });
  return { sheet: { name, widths: [36, 20, 12, 26, 22, 22], rows, ...(charts.length > 0 ? { charts } : {}) }, byField, byLeagueCity };
}

/** A consolidated run's table by source: each source's projects, funded rows, investment and subsidy, the run's totals (which they add up to), and the sources skipped. */
function sourceRows(s: Summary, bySource: NonNullable<Summary["bySource"]>, labels: readonly string[], skipped: readonly SkippedSource[], lang: Lang): OutRow[] {
  const l = SUMMARY_LABELS;
  const rows: OutRow[] = [
    { cells: [l.bySource[lang]], style: "section" },
    header([l.source, l.groupRows, l.groupFunded, l.investment, l.subsidy], lang),
    ...bySource.map((t, i) => ({ cells: [labels[i]!, { int: t.rows }, { int: t.counts.funded }, money(t.investmentYuan), money(t.subsidyYuan)] as OutCell[] })),
    { cells: [l.total[lang], { int: s.rows }, { int: s.counts.funded }, money(s.investmentYuan), money(s.subsidyYuan)], style: "total" },
  ];
  if (skipped.length > 0) rows.push({ cells: [l.skippedSources[lang]], style: "section" }, ...skipped.map((k) => ({ cells: [sourceLabel(k, lang), k.message] as OutCell[] })));
  rows.push({ cells: [] });
  return rows;
}

/** The credit lines' table: by lending bank, each issuer once, and the total. */
function creditRows(s: Pick<Summary, "creditLineYuan" | "creditLineIssuers" | "creditByBank">, lang: Lang): OutRow[] {
  const l = SUMMARY_LABELS;
  return [
    { cells: [l.credit[lang]], style: "section" },
    header([l.creditBank, l.creditIssuers, l.creditBankLine], lang),
    ...s.creditByBank.map((b) => ({ cells: [b.bank ?? l.unknown[lang], { int: b.issuers }, money(b.creditLineYuan)] as OutCell[] })),
    { cells: [l.total[lang], { int: s.creditLineIssuers }, money(s.creditLineYuan)], style: "total" },
    { cells: [] },
  ];
}

/** The funnel's table: demands, published lists, agreements, funded projects and their subsidy, by project type and in total. */
export function funnelRows(funnel: Funnel, lang: Lang): OutRow[] {
  return [
    { cells: [SUMMARY_LABELS.funnel[lang]], style: "section" },
    header(FUNNEL_HEADERS, lang),
    ...funnelLines(funnel, lang).map(({ label, stage: f, total }): OutRow => {
      const cells: OutCell[] = [label, { int: f.rows }, { int: f.published }, { int: f.agreed }, { int: f.funded }, money(f.subsidyYuan)];
      return total ? { cells, style: "total" } : { cells };
    }),
    { cells: [] },
  ];
}

/** One line of the issues sheet. */
export interface IssueLine {
  readonly severity: keyof typeof SEVERITY_LABELS;
  /** A consolidated run's source of the line (its decision's); absent with one tracker. */
  readonly source?: number;
  readonly row: number;
  readonly cell: string | null;
  readonly value: string;
  readonly code: string;
  readonly problem: string;
}

/** A reason that is a problem of the tracker's cells for a person to fix: unreadable, missing, or the project reported again. */
export function isIssueReason(code: string): boolean {
  return code === "MISSING_VALUE" || code === "BAD_VALUE" || code === "DUPLICATE_PROJECT";
}

/** A decision's lines in the issues sheet: its unreadable or missing cells, and its warnings. */
export function issueLinesOf(d: Decision): IssueLine[] {
  const lines: IssueLine[] = [];
  const source = d.source === undefined ? {} : { source: d.source };
  for (const r of d.reasons) {
    if (isIssueReason(r.code)) lines.push({ severity: "error", ...source, row: d.row, cell: r.cell, value: r.value ?? "", code: r.code, problem: r.message });
  }
  for (const w of d.warnings) lines.push({ severity: "warning", ...source, row: d.row, cell: w.cell, value: w.value ?? "", code: w.code, problem: w.message });
  return lines;
}

/** The issues sheet's lines that come from the tracker, not from a decision: its skipped rows and its header's conflicts, in sheet order. */
function trackerIssueLines(run: Pick<Run, "lang" | "tracker">): IssueLine[] {
  const { lang, tracker } = run;
  const lines: IssueLine[] = [];
  for (const s of tracker.skipped) {
    const code = s.reason === "total" ? "TOTAL_ROW" : s.reason === "signoff" ? "SIGNOFF_ROW" : "NOTE_ROW";
    lines.push({ severity: "info", row: s.row, cell: null, value: s.reason === "total" ? "" : (s.text ?? ""), code, problem: TRACKER_NOTES[s.reason === "blank" ? "note" : s.reason][lang] });
  }
  for (const conflict of tracker.conflicts) {
    lines.push({
      severity: "warning",
      row: tracker.headerRow,
      cell: conflict.ignored.address,
      value: conflict.ignored.text,
      code: "DUPLICATE_FIELD_COLUMN",
      problem: fillTemplate(TRACKER_NOTES.conflict[lang], { field: fieldLabel(conflict.field, lang), used: conflict.used.address, header: conflict.used.header }, lang),
    });
  }
  return lines.sort(bySheetOrder);
}

const bySheetOrder = (a: IssueLine, b: IssueLine) => a.row - b.row || (a.cell ?? "").localeCompare(b.cell ?? "");

/**
 * The issues sheet's lines in sheet order (by row, then cell), from the
 * decisions' lines as they come, in row order, merged with the tracker's
 * (sorted, and few): only one row's lines are held at a time, so the sheet
 * can be written as a run streams. The order is the one a stable sort of the
 * decisions' lines followed by the tracker's gives.
 */
class IssueOrder {
  private group: IssueLine[] = [];
  private next = 0;

  constructor(private readonly tracker: readonly IssueLine[]) {}

  /** A decision's line; returns the lines now ready, in order. */
  push(line: IssueLine): IssueLine[] {
    const ready = this.group.length > 0 && line.row !== this.group[0]!.row ? this.flush() : [];
    this.group.push(line);
    return ready;
  }

  /** Every line still held. */
  end(): IssueLine[] {
    const ready = this.flush();
    while (this.next < this.tracker.length) ready.push(this.tracker[this.next++]!);
    return ready;
  }

  private flush(): IssueLine[] {
    const group = this.group.sort(bySheetOrder);
    this.group = [];
    const ready: IssueLine[] = [];
    for (const line of group) {
      while (this.next < this.tracker.length && bySheetOrder(this.tracker[this.next]!, line) < 0) ready.push(this.tracker[this.next++]!);
      ready.push(line);
    }
    return ready;
  }
}

const ISSUE_WIDTHS = [12, 20, 10, 8, 30, 22, 80];

function issueHeader(lang: Lang): OutRow {
  const c = ISSUE_COLUMNS;
  return header([c.severity, c.sheet, c.cell, c.row, c.value, c.code, c.problem], lang);
}

function issueRow(i: IssueLine, lang: Lang, sheet: string): OutRow {
  return { cells: [SEVERITY_LABELS[i.severity][lang], sheet, i.cell, { int: i.row }, i.value, i.code, i.problem] };
}

/**
 * The issues sheet's rows below its header, from the decisions' lines as
 * they come (in source order, then row order): first a consolidated run's
 * sources that could not be decided, then each source's lines merged with
 * its tracker's own (IssueOrder), its sheet named by its source label.
 */
class IssueRows {
  private readonly sources: readonly RunSource[];
  private readonly labels: readonly string[];
  private current = -1;
  private order = new IssueOrder([]);

  constructor(private readonly run: Pick<Run, "lang" | "tracker" | "input" | "sources" | "skippedSources">) {
    this.sources = run.sources ?? [{ input: run.input, tracker: run.tracker }];
    this.labels = sourceLabels(run) ?? [run.tracker.sheet];
  }

  /** The sources a consolidated run skipped, each with the sentence it would have stopped with. */
  start(): OutRow[] {
    return (this.run.skippedSources ?? []).map((k) => ({ cells: [SEVERITY_LABELS.source[this.run.lang], sourceLabel(k, this.run.lang), null, null, null, k.code, k.message] }));
  }

  push(line: IssueLine): OutRow[] {
    const rows = this.until(line.source ?? 0);
    for (const ready of this.order.push(line)) rows.push(this.row(ready));
    return rows;
  }

  end(): OutRow[] {
    return this.until(this.sources.length);
  }

  /** Finish the sources before `source` and begin it. */
  private until(source: number): OutRow[] {
    const rows: OutRow[] = [];
    while (this.current < source) {
      if (this.current >= 0) for (const line of this.order.end()) rows.push(this.row(line));
      this.current++;
      const at = this.sources[this.current];
      this.order = new IssueOrder(at ? trackerIssueLines({ lang: this.run.lang, tracker: at.tracker }) : []);
    }
    return rows;
  }

  private row(line: IssueLine): OutRow {
    return issueRow(line, this.run.lang, this.labels[this.current]!);
  }
}

function issuesSheet(run: Run): OutSheet {
  const { lang } = run;
  const order = new IssueRows(run);
  const rows: OutRow[] = [issueHeader(lang), ...order.start()];
  for (const line of run.parts ? run.parts.issueLines : run.decisions.flatMap(issueLinesOf)) rows.push(...order.push(line));
  rows.push(...order.end());
  return { name: SHEET_NAMES.issues[lang], widths: ISSUE_WIDTHS, rows, table: true };
}

/**
 * The pack in words, as `jiebang rules explain` says it, for the people who
 * print and sign the workbook: each parameter by its label, each rule by its
 * description (a funding rule's kind naming its line), each assumed fact by
 * its label and its value as the tracker shows it (否), each guard by its
 * description and the facts it forbids by their labels. The ids the pack's
 * JSON uses (techCap, issuer-eligible…) are in `rules explain`, not here.
 */
function packRows(compiled: CompiledPack, lang: Lang): OutRow[] {
  const e = explainPack(compiled.pack, lang);
  const l = RULES_LABELS;
  const rows: OutRow[] = [{ cells: [e.heading], style: "section" }, ...e.facts.map(([k, v]) => ({ cells: [k, v] }))];
  rows.push({ cells: [] }, { cells: [l.parameters[lang]], style: "section" }, header([l.parameter, l.value, l.unit, l.reference], lang));
  for (const p of e.parameters) rows.push({ cells: [p.label, p.value, p.unit, p.reference || null] });
  rows.push({ cells: [] }, { cells: [l.rules[lang]], style: "section" }, header([l.kind, l.rule, l.sentence], lang));
  for (const r of e.rules) rows.push({ cells: [r.kind, r.description, r.sentence] });
  if (e.assumptions.length > 0) {
    rows.push({ cells: [] }, { cells: [l.assumptions[lang]], style: "section" }, header([l.fact, l.assumed, l.why], lang));
    for (const a of e.assumptions) rows.push({ cells: [a.label, a.words, a.description] });
  }
  if (e.guards.length > 0) {
    rows.push({ cells: [] }, { cells: [l.guards[lang]], style: "section" }, header([l.forbidden, l.guard], lang));
    for (const g of e.guards) {
      const facts = [...g.labels, ...(g.unlabeled > 0 ? [fillTemplate(l.unlabeled[lang], { count: String(g.unlabeled) }, lang)] : [])];
      rows.push({ cells: [facts.join(lang === "zh-CN" ? "、" : "; "), g.description] });
    }
  }
  rows.push({ cells: [] });
  return rows;
}

/** The Rules sheet's column widths: the labels in A, the values and descriptions in B, the rules in words in C, the references in D. */
const RULES_WIDTHS = [40, 64, 110, 56];

function rulesSheet(run: Run): OutSheet {
  return { name: SHEET_NAMES.rules[run.lang], widths: RULES_WIDTHS, rows: run.packs.flatMap((p) => packRows(p, run.lang)) };
}

/**
 * The audit sheet as it stands above the digests, and its volatile cells
 * (0-based): the input file's name, the packs' paths and the run's time —
 * shown and checked by verify, but covered by no digest.
 */
function auditHead(run: Run): { rows: OutRow[]; volatile: Array<{ row: number; column: number }> } {
  if (run.sources) return consolidatedAuditHead(run, run.sources);
  const { lang, tracker } = run;
  const l = AUDIT_LABELS;
  const volatile: Array<{ row: number; column: number }> = [];
  const rows: OutRow[] = [
    header([l.item, l.value], lang),
    { cells: [l.inputFile[lang], run.input.file] },
    { cells: [l.inputSha[lang], run.input.sha256] },
    { cells: [l.sheet[lang], tracker.sheet] },
    { cells: [l.headerRow[lang], { int: tracker.headerRow }] },
  ];
  volatile.push({ row: 1, column: 1 });
  packAndToolRows(run, rows, volatile);
  rows.push(
    { cells: [l.inputWriter[lang], writerText(run.input, lang)] },
    { cells: [] },
    { cells: [l.mapping[lang]], style: "section" },
    header([l.field, l.column, l.header, l.unit, l.how], lang),
  );
  rows.push(...mappingRows(tracker, lang));
  return { rows, volatile };
}

/** Where each field of the tracker was read from: column, header, unit and how it was matched. */
function mappingRows(tracker: Run["tracker"], lang: Lang): OutRow[] {
  const l = AUDIT_LABELS;
  const mapped = new Map(tracker.columns.map((m) => [m.field, m]));
  return FIELDS.map((spec) => {
    const m = mapped.get(spec.name);
    return {
      cells: m
        ? [spec.label[lang], m.address, m.header, m.unit === null ? null : UNIT_LABELS[m.unit][lang], l[`how_${m.how}`][lang]]
        : [spec.label[lang], null, l.notMapped[lang], null, null],
    };
  });
}

/** The audit head's rows every export has: each pack (its file's name volatile), the tool, the run's time (volatile, in Beijing time) and language (by its name). */
function packAndToolRows(run: Run, rows: OutRow[], volatile: Array<{ row: number; column: number }>): void {
  const { lang } = run;
  const l = AUDIT_LABELS;
  for (const p of run.packs) {
    volatile.push({ row: rows.length, column: 3 });
    rows.push({ cells: [l.pack[lang], `${p.id}@${p.version}`, p.pack.sha256, fileName(p.pack.source)] as OutCell[] });
  }
  rows.push({ cells: [l.tool[lang], `${run.tool.name} ${run.tool.version}`] });
  volatile.push({ row: rows.length, column: 1 });
  rows.push({ cells: [l.time[lang], shownTime(run.at, lang)] }, { cells: [l.lang[lang], LANGUAGE_NAMES[lang]] });
}

/** The run's time in Beijing time (UTC+8, no summer time), to the second: 2022-02-01 16:00:00（北京时间）; a time that is not one, as it is. */
function shownTime(at: string, lang: Lang): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  const iso = new Date(ms + 8 * 3_600_000).toISOString();
  return fillTemplate(AUDIT_LABELS.beijingTime[lang], { time: `${iso.slice(0, 10)} ${iso.slice(11, 19)}` }, lang);
}

const writerText = (input: Run["input"], lang: Lang) => (input.writer ? [input.writer.application, input.writer.appVersion].filter(Boolean).join(" ") : AUDIT_LABELS.writerUnknown[lang]);

/** A consolidated run's audit head: the packs and the run, then every source with its SHA-256 (and those skipped, with why), then each source's column mapping. */
function consolidatedAuditHead(run: Run, sources: readonly RunSource[]): { rows: OutRow[]; volatile: Array<{ row: number; column: number }> } {
  const { lang } = run;
  const l = AUDIT_LABELS;
  const volatile: Array<{ row: number; column: number }> = [];
  const rows: OutRow[] = [header([l.item, l.value], lang)];
  packAndToolRows(run, rows, volatile);
  rows.push({ cells: [] });
  rows.push({ cells: [l.sources[lang]], style: "section" }, header([l.sourceNumber, l.inputFile, l.inputSha, l.sheet, l.headerRow, l.inputWriter], lang));
  sources.forEach((source, i) => {
    volatile.push({ row: rows.length, column: 1 });
    rows.push({ cells: [{ int: i + 1 }, source.input.file, source.input.sha256, source.tracker.sheet, { int: source.tracker.headerRow }, writerText(source.input, lang)] });
  });
  for (const skipped of run.skippedSources ?? []) {
    volatile.push({ row: rows.length, column: 1 });
    rows.push({ cells: [null, skipped.file, null, skipped.sheet, null, `${l.skipped[lang]}：${skipped.message}`] });
  }
  for (const source of sources) {
    rows.push({ cells: [] }, { cells: [fillTemplate(l.mappingOf[lang], { source: sourceLabel(source, lang) }, lang)], style: "section" }, header([l.field, l.column, l.header, l.unit, l.how], lang));
    rows.push(...mappingRows(source.tracker, lang));
  }
  return { rows, volatile };
}

/** How the run was asked for, beyond what the Run itself records (`--unit`, `--as-of`, `--allow-duplicates`), for verify's re-run. */
export interface RunSettings {
  readonly unit?: Unit | null;
  readonly asOf?: string | null;
  /** `--allow-duplicates`: a project reported again was a warning, not an invalid row. */
  readonly allowDuplicates?: boolean;
  /** A consolidated run's `--sheet` (the sheet every source was asked for) and `--all-sheets`. */
  readonly sheet?: string;
  readonly allSheets?: boolean;
  /** `--signoff`: the sign-off block's labels (an empty list: no block); absent: the language's. */
  readonly signoff?: readonly string[];
}

const userMap = (tracker: Run["tracker"]) => Object.fromEntries(tracker.columns.filter((m) => m.how === "user").map((m) => [m.field, m.header]));

function recordedRun(run: Run, settings: RunSettings): RecordedRun {
  return {
    input: { sha256: run.input.sha256 },
    sheet: run.tracker.sheet,
    headerRow: run.tracker.headerRow,
    map: userMap(run.tracker),
    ...(run.sources
      ? {
          sources: run.sources.map((s) => ({ file: s.input.file, input: { sha256: s.input.sha256 }, sheet: s.tracker.sheet, headerRow: s.tracker.headerRow, map: userMap(s.tracker) })),
          ...(run.skippedSources && run.skippedSources.length > 0 ? { skippedSources: run.skippedSources.map((k) => ({ file: k.file, sheet: k.sheet, code: k.code })) } : {}),
          ...(settings.sheet !== undefined ? { sheetGiven: settings.sheet } : {}),
          ...(settings.allSheets ? { allSheets: true as const } : {}),
        }
      : {}),
    ...(settings.unit !== undefined ? { unit: settings.unit } : {}),
    ...(settings.asOf !== undefined ? { asOf: settings.asOf } : {}),
    ...(settings.allowDuplicates ? { allowDuplicates: true as const } : {}),
    ...(settings.signoff !== undefined ? { signoff: settings.signoff } : {}),
    packs: run.packs.map((p) => ({ id: p.id, version: p.version, sha256: p.pack.sha256 })),
  };
}

/** A sheet's charts as the record keeps them: by the SHA-256 of the chart part the writers write. */
function recordedCharts(sheet: Pick<OutSheet, "name" | "charts">): RecordedChart[] {
  return expectedCharts(sheet.charts).map((c) => ({ sheet: sheet.name, sha256: c.sha256 }));
}

function sealed(run: Run, settings: RunSettings): { sheets: OutSheet[]; stored: ExportRecord } {
  const shown = [fundingSheet(run, settings), paymentsSheet(run), summarySheet(run).sheet, issuesSheet(run), rulesSheet(run)];
  const head = auditHead(run);
  const name = SHEET_NAMES.audit[run.lang];
  const fundingTail = fundingTailRows(signoffLabels(settings, run.lang));
  const seal = sealExport({ tool: run.tool, lang: run.lang, run: recordedRun(run, settings), at: run.at, sheets: shown, fundingTail, charts: shown.flatMap(recordedCharts), audit: { name, ...head } });
  const audit: OutSheet = { name, widths: AUDIT_WIDTHS, rows: [...head.rows, ...seal.auditRows] };
  // Every page printed carries the Funding sheet's digest, as the Audit sheet lists it.
  const funding = recordDigests(seal.stored.record).sheets[0]!.sha256;
  const [header, footer] = [printHeader(run), printFooter(funding, run.lang)];
  const sheets = [...shown, audit].map((sheet, i) => ({ ...sheet, print: sheetPrintSetup(sheet, header, footer, i === 0) }));
  return { sheets, stored: seal.stored };
}

/** The canonical record an audited workbook of this run carries (what `jiebang verify` compares). */
export function exportRecord(run: Run, settings: RunSettings = {}): ExportRecord {
  return sealed(run, settings).stored;
}

/** The audited funding workbook of a run, as data. */
export function auditedWorkbook(run: Run, settings: RunSettings = {}): AuditedWorkbook {
  const { sheets, stored } = sealed(run, settings);
  return {
    title: `${run.tool.name} ${run.tracker.sheet}`,
    createdAt: run.at,
    sheets,
    record: exportRecordText(stored),
  };
}

// ---------------------------------------------------------------------------
// The same workbook, written as the rows are decided

/** Where an export being written a row at a time puts its sheets' rows. */
export interface ExportSink {
  /** A sheet begins; `table`: its first row is a header to freeze and filter; `charts`: drawn on it from its cells (known before its rows, so a writer can ready their parts). */
  sheet(name: string, widths: readonly number[], table: boolean, charts?: readonly ChartSpec[]): void | Promise<void>;
  row(row: OutRow): void | Promise<void>;
  /** The sheet ends; `print`: how it prints (known only now: its footer names the Funding sheet's digest). */
  end(print?: PrintSetup): void | Promise<void>;
}

/**
 * Where a streamed export keeps what it lists only after the funding sheet:
 * each decision row's digest (for the audit sheet) and each decision's issue
 * lines (for the issues sheet). In memory by default; the command line keeps
 * them in files beside the output, so they do not grow the heap with the tracker.
 */
export interface ItemStore<T> {
  push(item: T): void;
  /** Every item pushed, in order; called once, after the last push. */
  read(): Iterable<T> | AsyncIterable<T>;
}

/** An ItemStore in memory. */
export function itemsInMemory<T>(): ItemStore<T> {
  const items: T[] = [];
  return { push: (item) => void items.push(item), read: () => items };
}

/** An ItemStore in memory that gives its items back sorted by `compare` (stable). */
export function sortedInMemory<T>(compare: (a: T, b: T) => number): ItemStore<T> {
  const items: T[] = [];
  return { push: (item) => void items.push(item), read: () => items.sort(compare) };
}

/**
 * The audited workbook of auditedWorkbook, written as the run goes: the
 * funding sheet a decision at a time (`decision`), then, from what a run
 * keeps (its summary, its issue lines, its packs), the summary, issues,
 * rules and audit sheets (`finish`). The record's text goes to `record` in
 * order and its digests are computed row by row (SealStream); of the rows,
 * only each decision row's digest is kept, for the audit sheet (in `digests`).
 */
export class ExportWriter {
  private readonly lang: Lang;
  private readonly layered: boolean;
  private readonly sources: readonly string[] | null;
  private readonly words: RuleWords;
  private readonly head: { rows: OutRow[]; volatile: Array<{ row: number; column: number }> };
  private readonly seal: SealStream;
  private readonly auditName: string;
  private readonly digests: ItemStore<RowDigest>;
  private readonly issueLines: ItemStore<IssueLine>;
  private readonly payments: ItemStore<PaymentItem>;
  private readonly pending: ItemStore<PendingItem>;
  private readonly auditCanonical: CanonicalValue[][];
  private readonly record: Omit<AuditRecord, "sheets">;
  private readonly printed: { readonly header: string; footer: string | null };
  private readonly signoff: readonly string[];
  private fundingHeaderRow: OutRow | null = null;
  /** The charts the sheets written so far draw, for the record. */
  private readonly charts: RecordedChart[] = [];

  /** The charts the export draws, as its record names them (complete once `finish` is done). */
  get shownCharts(): readonly RecordedChart[] {
    return this.charts;
  }
  private started = false;

  constructor(
    run: Omit<Run, "decisions" | "summary" | "parts">,
    settings: RunSettings,
    private readonly sink: ExportSink,
    record: (text: string) => void,
    /** `payments` must give its items back in byPayee order (the command line's sorts them in files). */
    stores: { readonly digests?: ItemStore<RowDigest>; readonly issueLines?: ItemStore<IssueLine>; readonly payments?: ItemStore<PaymentItem>; readonly pending?: ItemStore<PendingItem> } = {},
  ) {
    this.digests = stores.digests ?? itemsInMemory();
    this.issueLines = stores.issueLines ?? itemsInMemory();
    this.payments = stores.payments ?? sortedInMemory(byPayee);
    this.pending = stores.pending ?? itemsInMemory();
    this.lang = run.lang;
    this.layered = isLayered(run as Run);
    this.sources = sourceLabels(run);
    this.words = ruleWords(run.packs);
    this.head = auditHead(run as Run);
    this.auditName = SHEET_NAMES.audit[run.lang];
    const fundingSheetName = SHEET_NAMES.funding[run.lang];
    this.signoff = signoffLabels(settings, run.lang);
    // The audit sheet's record: its head's cells without the volatile ones (as sealExport keeps them).
    const { rows: auditRows, volatile } = auditRecordRows({ name: this.auditName, ...this.head });
    this.auditCanonical = auditRows;
    this.record = {
      format: RECORD_FORMAT,
      tool: { name: run.tool.name, version: run.tool.version },
      lang: run.lang,
      run: recordedRun(run as Run, settings),
      fundingSheet: fundingSheetName,
      fundingTail: fundingTailRows(this.signoff),
      auditSheet: this.auditName,
      digestsAt: this.head.rows.length + 2,
      looks: RECORD_LOOKS,
    };
    this.seal = new SealStream({ at: run.at, volatile, record: this.record }, record, (d) => void this.digests.push(d));
    this.printed = { header: printHeader(run), footer: null };
  }

  /** The sheet being written: how many rows, how wide, the columns it prints (for its print area). */
  private shape: { rows: number; columns: number; printed: number; table: boolean; charts?: readonly ChartSpec[] } = { rows: 0, columns: 0, printed: 0, table: false };

  private async row(row: OutRow): Promise<void> {
    await this.sink.row(row);
    this.shape.rows++;
    this.shape.columns = Math.max(this.shape.columns, row.cells.length);
  }

  private async put(row: OutRow, sealed = true): Promise<void> {
    await this.row(row);
    if (sealed) this.seal.row(canonicalRows([row])[0]!);
  }

  private async putAll(rows: readonly OutRow[]): Promise<void> {
    for (const row of rows) await this.put(row);
  }

  private async begin(sheet: Pick<OutSheet, "name" | "widths" | "table" | "charts">): Promise<void> {
    await (sheet.charts ? this.sink.sheet(sheet.name, sheet.widths, sheet.table ?? false, sheet.charts) : this.sink.sheet(sheet.name, sheet.widths, sheet.table ?? false));
    this.shape = { rows: 0, columns: 0, printed: 0, table: sheet.table ?? false, ...(sheet.charts ? { charts: sheet.charts } : {}) };
    this.seal.beginSheet(sheet.name);
  }

  /** End the sheet being written, with its print layout: the footer names the Funding sheet's digest, known once that sheet is sealed. */
  private async end(sealed = true): Promise<void> {
    if (sealed) this.seal.endSheet();
    if (this.printed.footer === null) this.printed.footer = printFooter(this.seal.sheetDigests()[0]!.sha256, this.lang);
    const { rows, columns, printed, table, charts } = this.shape;
    await this.sink.end(printSetup({ rows, columns: printed || columns, table, charts }, this.printed.header, this.printed.footer));
  }

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.begin({ name: SHEET_NAMES.funding[this.lang], widths: fundingWidths(this.sources !== null), table: true });
    const header = fundingHeader(this.lang, this.layered, this.sources !== null);
    await this.put(header);
    this.fundingHeaderRow = header;
    this.shape.printed = printedColumns(header.cells, true);
  }

  /** One decision's row of the funding sheet. */
  async decision(d: Decision): Promise<void> {
    await this.start();
    await this.put(fundingRow(d, this.lang, this.layered, this.sources, this.words));
    for (const line of issueLinesOf(d)) this.issueLines.push(line);
    for (const item of paymentItemsOf(d)) this.payments.push(item);
    const pending = pendingItemOf(d);
    if (pending) this.pending.push(pending);
  }

  private async sheet(sheet: OutSheet): Promise<void> {
    await this.begin(sheet);
    for (const row of sheet.rows) await this.put(row);
    await this.end();
  }

  /** The sheets after the funding sheet, from the finished run and the stores. */
  async finish(run: Run): Promise<void> {
    await this.start();
    // The total under the decisions is the run's: the subsidy column adds up to it.
    for (const row of fundingTail(this.fundingHeaderRow!, run.summary.subsidyYuan, this.signoff, this.lang)) await this.put(row);
    await this.end();
    await this.begin({ name: SHEET_NAMES.payments[this.lang], widths: PAYMENT_WIDTHS, table: true });
    const payments = new PaymentSheet(this.lang, this.sources);
    await this.putAll(payments.head());
    for await (const item of this.payments.read()) await this.putAll(payments.item(item));
    await this.putAll(payments.total());
    for await (const p of this.pending.read()) await this.putAll(payments.pending(p));
    await this.end();
    const summary = summarySheet(run).sheet;
    await this.sheet(summary);
    this.charts.push(...recordedCharts(summary));
    await this.begin({ name: SHEET_NAMES.issues[this.lang], widths: ISSUE_WIDTHS, table: true });
    await this.put(issueHeader(this.lang));
    const order = new IssueRows(run);
    await this.putAll(order.start());
    for await (const line of this.issueLines.read()) await this.putAll(order.push(line));
    await this.putAll(order.end());
    await this.end();
    await this.sheet(rulesSheet(run));
    await this.begin({ name: this.auditName, widths: AUDIT_WIDTHS, table: false });
    for (const row of this.head.rows) await this.row(row);
    for (const values of this.auditCanonical) this.seal.row(values);
    this.seal.endSheet();
    const { record, sheets } = this.seal.finish(undefined, this.charts);
    const section = digestHeadRows(this.record, { record, sheets });
    for (const row of [{ cells: [] }, ...section.rows]) await this.row(row);
    for await (const digest of this.digests.read()) await this.row(rowDigestRow(digest));
    await this.end(false);
  }
}
