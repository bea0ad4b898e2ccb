import { TEXT_FORMAT, type SpreadsheetCell } from "../../src/report";
import { cellAddress, columnLetter } from "../../src/tracker";
import { rangeOrigin, type RangeData } from "./grid-from-range";
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
  /** The cells as read before the run: a failed write puts them back. */
  readonly before?: RangeData;
  /** The workbook's sheets before the run: a failed write deletes only a summary sheet it added. */
  readonly sheetsBefore?: readonly string[];
}

/**
 * Write a run's results into the live workbook, replacing what the previous
 * run wrote (its result columns, highlights, comments and summary sheet) and
 * nothing else: result columns right of the tracker under a distinct header
 * style, problem cells highlighted with a comment, a summary sheet with a
 * chart, and the record of all of it in the workbook's settings. Values go in
 * chunks under Excel's request limits, one sync per chunk, and one more sync
 * writes the rest: a run of a tracker that fits one chunk writes in two.
 * Nothing of the previous run is removed before that last request; if any
 * request fails, what this run wrote is removed again and the cells it
 * overwrote are put back (from `before`), then the error is raised.
 * The add-in's comments are known by their "jiebang：" prefix.
 */
export async function writeRun(plan: WritePlan, previous: AddinState | null, options: WriteOptions = {}): Promise<AddinState> {
  const lastColumn = plan.firstColumn + plan.headers.length - 1;
  const lastRow = plan.firstRow + plan.rows.length;
  let highlighted: ReadonlyArray<{ address: string; fill: string }> | null = null;
  try {
    return await Excel.run(async (context) => {
      const workbook = context.workbook;
      const sheet = workbook.worksheets.getItem(plan.sheet);

      // Looked up with the first chunk, used by the last request.
      const comments = workbook.comments;
      comments.load("items/content");
      const oldSummary = previous?.summarySheet ? workbook.worksheets.getItemOrNullObject(previous.summarySheet) : null;
      oldSummary?.load("name");
      const previousFills = new Map(previous && previous.sheet === plan.sheet ? previous.highlights.map((h) => [h.address, h.fill]) : []);
      const originals = plan.problems.map((p) => {
        const range = sheet.getRange(p.address);
        if (!previousFills.has(p.address)) range.format.fill.load("color");
        return range;
      });

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

      // The last request: the previous run's marks go, this run's come, and the record of it all.
      if (previous) {
        const previousSheet = workbook.worksheets.getItemOrNullObject(previous.sheet);
        const samePlace = previous.sheet === plan.sheet && previous.firstColumn === plan.firstColumn && previous.firstRow === plan.firstRow;
        if (!samePlace) previousSheet.getRange(blockAddress(previous.firstRow, previous.firstColumn, previous.lastRow, previous.lastColumn)).clear("All");
        else if (previous.lastRow > lastRow) previousSheet.getRange(blockAddress(lastRow + 1, previous.firstColumn, previous.lastRow, previous.lastColumn)).clear("All");
        const problems = new Set(previous.sheet === plan.sheet ? plan.problems.map((p) => p.address) : []);
        for (const h of previous.highlights) if (!problems.has(h.address)) setFill(previousSheet.getRange(h.address), h.fill);
      }
      for (const comment of comments.items) if (isOurComment(comment.content)) comment.delete();
      if (oldSummary && !oldSummary.isNullObject) oldSummary.delete();
      const highlights = originals.map((range, i) => {
        const address = plan.problems[i]!.address;
        return { address, fill: previousFills.get(address) ?? range.format.fill.color ?? NO_FILL };
      });
      highlighted = highlights;
      for (const range of originals) range.format.fill.color = PROBLEM_FILL;
      for (const p of plan.problems) comments.add(`${plan.sheet}!${p.address}`, p.message);
      writeSummary(workbook.worksheets.add(plan.summary.name), plan.summary);
      const state: AddinState = {
        version: 1,
        sheet: plan.sheet,
        firstColumn: plan.firstColumn,
        lastColumn,
        firstRow: plan.firstRow,
        lastRow,
        headers: plan.headers,
        highlights,
        summarySheet: plan.summary.name,
      };
      workbook.settings.add(STATE_KEY, JSON.stringify(state));
      await context.sync();
      return state;
    });
  } catch (error) {
    await undoWrite(plan, previous, highlighted, options).catch(() => undefined);
    throw error;
  }
}

function setFill(range: Excel.Range, fill: string): void {
  if (fill.toUpperCase() === NO_FILL) range.format.fill.clear();
  else range.format.fill.color = fill;
}

/** The value a cell held before the run, from the cells read then ("" outside them). */
function beforeValue(before: RangeData | undefined, row: number, column: number): string | number | boolean {
  if (!before) return "";
  const origin = rangeOrigin(before.address);
  const value = before.values[row - origin.row]?.[column - origin.column];
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : "";
}

/**
 * Remove what a failed write put in the workbook: the block this run wrote
 * gets back the values it held (the previous run's results, or nothing),
 * fills this run changed get back their colour, and comments and a summary
 * sheet this run added go. The previous run's record in the settings was
 * never replaced, so a later run still knows what is its own.
 */
async function undoWrite(plan: WritePlan, previous: AddinState | null, highlighted: ReadonlyArray<{ address: string; fill: string }> | null, options: WriteOptions): Promise<void> {
  const before = options.before;
  await Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheet = workbook.worksheets.getItem(plan.sheet);
    const lastColumn = plan.firstColumn + plan.headers.length - 1;
    const lastRow = plan.firstRow + plan.rows.length;
    const ours = previous && previous.sheet === plan.sheet ? previous : null;
    const block = sheet.getRange(blockAddress(plan.firstRow, plan.firstColumn, lastRow, lastColumn));
    block.clear("All");
    const restored: (string | number | boolean)[][] = [];
    for (let r = plan.firstRow; r <= lastRow; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = plan.firstColumn; c <= lastColumn; c++) row.push(beforeValue(before, r, c));
      restored.push(row);
    }
    if (restored.some((row) => row.some((v) => v !== ""))) {
      block.numberFormat = restored.map((row) => row.map((v) => (typeof v === "string" && v !== "" ? TEXT_FORMAT : "General")));
      block.values = restored;
      if (ours && ours.firstRow === plan.firstRow) {
        const header = sheet.getRange(blockAddress(plan.firstRow, plan.firstColumn, plan.firstRow, lastColumn));
        header.format.fill.color = RESULT_HEADER_FILL;
        header.format.font.bold = true;
      }
    }
    const previousProblems = new Set(ours?.highlights.map((h) => h.address) ?? []);
    for (const h of highlighted ?? []) {
      if (!previousProblems.has(h.address)) setFill(sheet.getRange(h.address), h.fill);
    }
    const added = options.sheetsBefore && !options.sheetsBefore.includes(plan.summary.name);
    if (highlighted && added) workbook.worksheets.getItemOrNullObject(plan.summary.name).delete();
    await context.sync();
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
