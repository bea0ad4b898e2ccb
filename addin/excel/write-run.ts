import { TEXT_FORMAT, type SpreadsheetCell } from "../../src/report";
import { cellAddress, columnLetter } from "../../src/tracker";
import { STATE_KEY, type AddinState } from "./state";
import { chunkRows, COMMENT_PREFIXES, type ChunkLimits, SAFE_LIMITS, type SummaryPlan, type WritePlan } from "./write-plan";

const RESULT_HEADER_FILL = "#E2EFDA";
const RESULT_HEADER_FONT = "#375623";
const PROBLEM_FILL = "#FCE4D6";
const NO_FILL = "#FFFFFF";

function values(rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>): (string | number | boolean)[][] {
  return rows.map((row) => row.map((cell) => cell.value ?? ""));
}

/** Text goes into text-formatted cells, so Excel never reads it as a formula, a number or a date. */
function formats(rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>): string[][] {
  return rows.map((row) => row.map((cell) => (typeof cell.value === "string" && cell.value !== "" ? TEXT_FORMAT : (cell.format ?? "General"))));
}

function isOurComment(content: string | undefined): boolean {
  return COMMENT_PREFIXES.some((prefix) => content?.startsWith(prefix));
}

/** Write cells: number formats first (so text stays text), then values. */
function put(range: Excel.Range, rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>): void {
  range.numberFormat = formats(rows);
  range.values = values(rows);
}

function blockAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  return `${cellAddress(firstRow, firstColumn)}:${cellAddress(lastRow, lastColumn)}`;
}

export interface WriteOptions {
  readonly limits?: ChunkLimits;
  readonly onProgress?: (written: number, total: number) => void;
}

/**
 * Write a run's results into the live workbook, replacing what the previous
 * run wrote (its result columns, highlights, comments and summary sheet) and
 * nothing else: result columns right of the tracker under a distinct header
 * style, problem cells highlighted with a comment, a summary sheet with a
 * chart, and the record of all of it in the workbook's settings. Values go in
 * chunks under Excel's request limits, one sync per chunk, and one more sync
 * writes the rest: a run of a tracker that fits one chunk writes in two.
 * The add-in's comments are known by their "jiebang：" prefix.
 */
export async function writeRun(plan: WritePlan, previous: AddinState | null, options: WriteOptions = {}): Promise<AddinState> {
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheet = workbook.worksheets.getItem(plan.sheet);

    // With the first chunk: undo the previous run's marks, and look up what the last request needs.
    let oldSummary: Excel.Worksheet | null = null;
    if (previous) {
      const previousSheet = workbook.worksheets.getItemOrNullObject(previous.sheet);
      previousSheet.getRange(blockAddress(previous.firstRow, previous.firstColumn, previous.lastRow, previous.lastColumn)).clear("All");
      for (const h of previous.highlights) {
        const fill = previousSheet.getRange(h.address).format.fill;
        if (h.fill.toUpperCase() === NO_FILL) fill.clear();
        else fill.color = h.fill;
      }
      if (previous.summarySheet) {
        oldSummary = workbook.worksheets.getItemOrNullObject(previous.summarySheet);
        oldSummary.load("name");
      }
    }
    const comments = workbook.comments;
    comments.load("items/content");
    // Queued after the restore above, so these are the fills the user gave the cells.
    const originals = plan.problems.map((p) => {
      const range = sheet.getRange(p.address);
      range.format.fill.load("color");
      return range;
    });

    const width = plan.headers.length;
    const lastColumn = plan.firstColumn + width - 1;
    const header = sheet.getRange(blockAddress(plan.firstRow, plan.firstColumn, plan.firstRow, lastColumn));
    header.numberFormat = [plan.headers.map(() => TEXT_FORMAT)];
    header.values = [plan.headers.slice()];
    header.format.fill.color = RESULT_HEADER_FILL;
    header.format.font.bold = true;
    header.format.font.color = RESULT_HEADER_FONT;

    const chunks = chunkRows(plan.rows, options.limits ?? SAFE_LIMITS);
    for (const [start, end] of chunks) {
      const first = plan.firstRow + 1 + start;
      put(sheet.getRange(blockAddress(first, plan.firstColumn, first + (end - start) - 1, lastColumn)), plan.rows.slice(start, end));
      await context.sync();
      options.onProgress?.(end, plan.rows.length);
    }
    if (chunks.length === 0) await context.sync();

    // The last request: comments, highlights, the summary sheet and its chart, and the record of it all.
    for (const comment of comments.items) if (isOurComment(comment.content)) comment.delete();
    if (oldSummary && !oldSummary.isNullObject) oldSummary.delete();
    const highlights = originals.map((range, i) => ({ address: plan.problems[i]!.address, fill: range.format.fill.color ?? NO_FILL }));
    for (const range of originals) range.format.fill.color = PROBLEM_FILL;
    for (const p of plan.problems) comments.add(`${plan.sheet}!${p.address}`, p.message);
    writeSummary(workbook.worksheets.add(plan.summary.name), plan.summary);
    const state: AddinState = {
      version: 1,
      sheet: plan.sheet,
      firstColumn: plan.firstColumn,
      lastColumn,
      firstRow: plan.firstRow,
      lastRow: plan.firstRow + plan.rows.length,
      headers: plan.headers,
      highlights,
      summarySheet: plan.summary.name,
    };
    workbook.settings.add(STATE_KEY, JSON.stringify(state));
    await context.sync();
    return state;
  });
}

function writeSummary(summary: Excel.Worksheet, s: SummaryPlan): void {
  const summaryWidth = Math.max(1, ...s.rows.map((r) => r.length));
  if (s.rows.length > 0) put(summary.getRange(blockAddress(1, 1, s.rows.length, summaryWidth)), s.rows);
  s.styles.forEach((style, i) => {
    if (!style) return;
    const row = summary.getRange(blockAddress(i + 1, 1, i + 1, summaryWidth));
    row.format.font.bold = true;
    if (style === "header") row.format.fill.color = RESULT_HEADER_FILL;
  });
  s.widths.forEach((w, i) => {
    summary.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w * 7;
  });
  const chart = s.chart;
  if (chart.lastRow < chart.firstRow) return;
  // The chart reads a two-column copy of the by-field table (label, subsidy) beside the sheet's tables.
  const dataColumn = summaryWidth + 2;
  const rows: SpreadsheetCell[][] = [];
  for (let r = chart.headerRow; r <= chart.lastRow; r++) rows.push([s.rows[r]![chart.labelColumn]!, s.rows[r]![chart.valueColumn]!]);
  const data = summary.getRange(blockAddress(chart.headerRow + 1, dataColumn, chart.lastRow + 1, dataColumn + 1));
  put(data, rows);
  const excelChart = summary.charts.add(Excel.ChartType.columnClustered, data, Excel.ChartSeriesBy.columns);
  excelChart.title.text = s.chartTitle;
  excelChart.setPosition(cellAddress(1, dataColumn + 3), cellAddress(16, dataColumn + 10));
}
