import type { Lang } from "../i18n";
import { FUNDING_COLUMNS } from "./labels";
import type { Run } from "./run";
import { chartsExtent } from "./chart-xml";
import type { ChartSpec, OutSheet, PrintSetup } from "./workbook-model";

/** How many hex digits of the Funding sheet's digest a printed page carries: enough to match a page to its file. */
export const PRINTED_DIGEST = 12;

/** Text as an Excel header or footer shows it: `&` is a code there, so a literal one is doubled. */
function literal(text: string): string {
  return text.replace(/&/g, "&&");
}

/** What every printed page of the export says at its top: the primary pack's title, the tracker (or how many), and the sheet (`&A`). */
export function printHeader(run: Pick<Run, "packs" | "tracker" | "sources" | "lang">): string {
  const pack = run.packs[0]?.pack.document.title[run.lang] ?? "";
  const tracker = run.sources ? (run.lang === "zh-CN" ? `合并判定 ${run.sources.length} 个台账` : `${run.sources.length} trackers together`) : run.tracker.sheet;
  return `${literal(pack)}　${literal(tracker)}　&A`;
}

/** Each printed page's footer: its number of the sheet's pages, and the first digits of the Funding sheet's digest (the Audit sheet lists it whole). */
export function printFooter(fundingDigest: string, lang: Lang): string {
  const digest = fundingDigest.slice(0, PRINTED_DIGEST);
  return lang === "zh-CN" ? `第 &P 页 / 共 &N 页　记录 ${digest}` : `Page &P of &N  record ${digest}`;
}

/** The last column a sheet prints: the Funding sheet's full trace and rule pack columns (its last) stay on the screen. */
export function printedColumns(header: readonly unknown[], funding: boolean): number {
  if (!funding) return header.length;
  const trace = header.findIndex((c) => c === FUNDING_COLUMNS.trace["zh-CN"] || c === FUNDING_COLUMNS.trace.en);
  return trace > 0 ? trace : header.length;
}

/**
 * A sheet's print layout: A4 landscape, one page wide, its header row
 * repeated on every page (a table), and a print area of `columns` × `rows`
 * (what nobody prints, right of it, stays on the screen), widened to take in
 * the sheet's charts, so they print beside the tables.
 */
export function printSetup(
  shape: { readonly columns: number; readonly rows: number; readonly table: boolean; readonly charts?: readonly ChartSpec[] | undefined },
  header: string,
  footer: string,
): PrintSetup {
  const drawn = chartsExtent(shape.charts);
  return { columns: Math.max(1, shape.columns, drawn.columns), rows: Math.max(1, shape.rows, drawn.rows), titleRows: shape.table ? 1 : 0, header, footer };
}

/** A whole sheet's print layout (see printSetup). */
export function sheetPrintSetup(sheet: Pick<OutSheet, "rows" | "table" | "charts">, header: string, footer: string, funding: boolean): PrintSetup {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.cells.length), 1);
  const columns = funding && sheet.rows.length > 0 ? printedColumns(sheet.rows[0]!.cells, true) : width;
  return printSetup({ columns, rows: sheet.rows.length, table: sheet.table ?? false, charts: sheet.charts }, header, footer);
}
