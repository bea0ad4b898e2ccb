import type { Lang, Localized } from "../../src/i18n";
import { yuanString } from "../../src/money";
import { LINE_LABELS, RECIPIENT_LABELS } from "../../src/rules";
import type { Decision } from "../../src/engine";
import { isIssueReason, spreadsheetCell, STATUS_LABELS, summarySheet, type ChartSource, type Run, type RowStyle, type SpreadsheetCell } from "../../src/report";
import { cellAddress } from "../../src/tracker";

export const RESULT_HEADERS: ReadonlyArray<Localized> = [
  { "zh-CN": "判定结果", en: "Status" },
  { "zh-CN": "资助条线", en: "Funding line" },
  { "zh-CN": "受助方", en: "Recipient" },
  { "zh-CN": "财政补助（元）", en: "Subsidy (yuan)" },
  { "zh-CN": "是否封顶", en: "Capped" },
  { "zh-CN": "原因", en: "Reasons" },
];

const YES_NO = { "zh-CN": ["是", "否"], en: ["yes", "no"] } as const;
const COMMENT_PREFIX = { "zh-CN": "jiebang：", en: "jiebang: " } as const;
/** How the add-in's own comments begin; a re-run removes those, and only those. */
export const COMMENT_PREFIXES: readonly string[] = Object.values(COMMENT_PREFIX);

export interface SummaryPlan {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>;
  readonly styles: ReadonlyArray<RowStyle | undefined>;
  readonly widths: readonly number[];
  readonly chart: ChartSource;
  readonly chartTitle: string;
}

/** Everything one run writes into the live workbook, decided before anything is written. */
export interface WritePlan {
  readonly sheet: string;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** One row per sheet row from the header row down to the last decided row (skipped rows are blank). */
  readonly rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>;
  readonly problems: ReadonlyArray<{ readonly address: string; readonly message: string }>;
  /** The summary sheet; null for a further sheet of a run over several (the first sheet's plan writes the one summary). */
  readonly summary: SummaryPlan | null;
}

function resultCells(d: Decision, lang: Lang): SpreadsheetCell[] {
  const recipient = d.recipient ? `${RECIPIENT_LABELS[d.recipient][lang]}${lang === "zh-CN" ? "：" : ": "}${d.recipientName ?? ""}` : "";
  const capped = d.line && d.line !== "case-by-case" ? YES_NO[lang][d.capped ? 0 : 1] : "";
  return [
    spreadsheetCell(STATUS_LABELS[d.status][lang]),
    spreadsheetCell(d.line ? LINE_LABELS[d.line][lang] : ""),
    spreadsheetCell(recipient),
    spreadsheetCell({ money: d.status === "funded" ? yuanString(d.totalSubsidyYuan) : "0.00" }),
    spreadsheetCell(capped),
    spreadsheetCell(d.reasons.map((r) => r.message).join("\n")),
  ];
}

const BLANK: SpreadsheetCell = { value: "", format: null };
const CHART_TITLE = { "zh-CN": "各技术领域财政补助（元）", en: "Subsidy by field (yuan)" } as const;

/**
 * Plan the write-back of a run: result columns right of the tracker (or where
 * the previous run put them), problem comments, and the summary sheet. In a
 * run over several sheets, `source` says which sheet's rows this plan writes,
 * and only the plan given a `summaryName` writes the one summary of them all.
 */
export function planWrite(run: Run, firstColumn: number, summaryName: string | null, source?: number): WritePlan {
  const { lang } = run;
  const sheetSource = source === undefined ? null : run.sources?.[source];
  if (sheetSource === undefined) throw new Error(`planWrite: the run has no source ${String(source)}`);
  const tracker = sheetSource === null ? run.tracker : sheetSource.tracker;
  const decisions = source === undefined ? run.decisions : run.decisions.filter((d) => d.source === source);
  const byRow = new Map(decisions.map((d) => [d.row, d]));
  const lastRow = decisions.reduce((last, d) => Math.max(last, d.row), tracker.headerRow);
  const rows: SpreadsheetCell[][] = [];
  for (let row = tracker.headerRow + 1; row <= lastRow; row++) {
    const d = byRow.get(row);
    rows.push(d === undefined ? RESULT_HEADERS.map(() => BLANK) : resultCells(d, lang));
  }
  const problems: Array<{ address: string; message: string }> = [];
  const seen = new Map<string, number>();
  for (const d of decisions) {
    // Cells the user should look at: what could not be read, a project reported again, and warnings (not, say, an unmatched agreement).
    const unreadable = d.reasons.filter((r) => isIssueReason(r.code));
    for (const r of [...unreadable, ...d.warnings]) {
      if (!r.cell) continue;
      const at = seen.get(r.cell);
      if (at === undefined) {
        seen.set(r.cell, problems.length);
        problems.push({ address: r.cell, message: COMMENT_PREFIX[lang] + r.message });
      } else {
        problems[at] = { address: r.cell, message: `${problems[at]!.message}\n${r.message}` };
      }
    }
  }
  return {
    sheet: tracker.sheet,
    firstRow: tracker.headerRow,
    firstColumn,
    headers: RESULT_HEADERS.map((h) => h[lang]),
    rows,
    problems,
    summary: summaryName === null ? null : summaryPlan(run, summaryName),
  };
}

/** The summary sheet of a run, as the add-in writes it (with a chart of its subsidy by field). */
function summaryPlan(run: Run, summaryName: string): SummaryPlan {
  const { sheet, byField } = summarySheet(run);
  const width = Math.max(...sheet.rows.map((r) => r.cells.length));
  return {
    name: summaryName,
    rows: sheet.rows.map((r) => Array.from({ length: width }, (_, c) => spreadsheetCell(r.cells[c] ?? null))),
    styles: sheet.rows.map((r) => r.style),
    widths: sheet.widths,
    chart: byField,
    chartTitle: CHART_TITLE[run.lang],
  };
}

/** The address of the result block's top-left cell. */
export function resultOrigin(plan: WritePlan): string {
  return cellAddress(plan.firstRow, plan.firstColumn);
}

/** Bytes of a request carrying these cells (values and number formats, as JSON): at most 3 UTF-8 bytes a UTF-16 unit. */
function rowBytes(row: ReadonlyArray<SpreadsheetCell>): number {
  let bytes = 8;
  for (const cell of row) {
    const value = cell.value ?? "";
    bytes += (typeof value === "string" ? value.length * 3 + 2 : String(value).length) + (cell.format?.length ?? 9) + 6;
  }
  return bytes;
}

export interface ChunkLimits {
  /** Payload budget per request; Excel on the web refuses more than 5 MB. */
  readonly maxBytes: number;
  /** Cells per request; Excel refuses more than 5,000,000. */
  readonly maxCells: number;
}

/** Well inside Excel's limits: 768 KB and 250,000 cells per write, so that building one request (the pane's values and office.js's own serialising and splitting of them) stays a short task on the main thread. */
export const SAFE_LIMITS: ChunkLimits = { maxBytes: 768 * 1024, maxCells: 250_000 };

/** Split rows into consecutive chunks each under the limits: [start, end) row indexes. */
export function chunkRows(rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>, limits: ChunkLimits = SAFE_LIMITS): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  let cells = 0;
  rows.forEach((row, i) => {
    const b = rowBytes(row);
    if (i > start && (bytes + b > limits.maxBytes || cells + row.length > limits.maxCells)) {
      chunks.push([start, i]);
      start = i;
      bytes = 0;
      cells = 0;
    }
    bytes += b;
    cells += row.length;
  });
  if (rows.length > start) chunks.push([start, rows.length]);
  return chunks;
}
