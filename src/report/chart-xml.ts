/**
 * The Summary sheet's charts: which (subsidy by field, by league city), the
 * cells they read, where they stand, and their DrawingML text (ECMA-376
 * Part 1, §21.2 for the chart part, §20.5 for the sheet's drawing part).
 * Pure text: the writers in src/io put it in the package, and a verify can
 * compare a file's chart parts with what chartXml makes of the record's sheet.
 */
import { sha256Hex } from "../digest";
import { columnLetter } from "../tracker";
import { spreadsheetCell } from "./spreadsheet-cell";
import type { ChartSpec, OutRow, SheetPoint } from "./workbook-model";

/** Where a table stands in its sheet (0-based rows and columns): header row, first and last data rows, the label and value columns. */
export interface ChartTable {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly labelColumn: number;
  readonly valueColumn: number;
}

/** A sheet name as a formula quotes it: always in quotes, a quote in it doubled. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute range of one column, `'汇总'!$A$23:$A$28`, from 0-based rows and column. */
export function columnRange(sheet: string, column: number, first: number, last: number): string {
  const c = columnLetter(column + 1);
  return first === last ? `${quotedSheet(sheet)}!$${c}$${first + 1}` : `${quotedSheet(sheet)}!$${c}$${first + 1}:$${c}$${last + 1}`;
}

/** A cell's value as the writers put it in the cell: the text shown, or the number's shortest decimal form. */
function cellText(row: OutRow | undefined, column: number): string {
  const value = spreadsheetCell(row?.cells[column] ?? null).value;
  return value === null ? "" : String(value);
}

/**
 * A bar chart of one table of a sheet: its labels as categories, its value
 * column as the one series (named by the column's header), with the cells'
 * values as they are written, for the caches. Null when the table has no rows.
 */
export function tableChart(sheet: string, rows: readonly OutRow[], table: ChartTable, title: string, format: string, from: SheetPoint, to: SheetPoint): ChartSpec | null {
  if (table.lastRow < table.firstRow) return null;
  const span = Array.from({ length: table.lastRow - table.firstRow + 1 }, (_, i) => rows[table.firstRow + i]);
  return {
    title,
    series: { ref: columnRange(sheet, table.valueColumn, table.headerRow, table.headerRow), values: [cellText(rows[table.headerRow], table.valueColumn)] },
    categories: { ref: columnRange(sheet, table.labelColumn, table.firstRow, table.lastRow), values: span.map((r) => cellText(r, table.labelColumn)) },
    values: { ref: columnRange(sheet, table.valueColumn, table.firstRow, table.lastRow), values: span.map((r) => cellText(r, table.valueColumn)) },
    format,
    from,
    to,
  };
}

/** The rows and columns a sheet's charts cover (to the `to` corners): its print area must reach them. */
export function chartsExtent(charts: readonly ChartSpec[] | undefined): { columns: number; rows: number } {
  let columns = 0;
  let rows = 0;
  for (const chart of charts ?? []) {
    columns = Math.max(columns, chart.to.column);
    rows = Math.max(rows, chart.to.row);
  }
  return { columns, rows };
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/**
 * Text as XML character data or an attribute value: characters XML 1.0 does
 * not allow (§2.2 Char: controls but tab, line feed and return, lone
 * surrogates, U+FFFE and U+FFFF) are left out, so a label from the tracker
 * cannot make the part unreadable.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** §21.2.2.200 strRef: a formula and its cached strings (strCache, §21.2.2.199, with ptCount and pt/v). */
function strRef(range: { readonly ref: string; readonly values: readonly string[] }): string {
  const points = range.values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${xmlText(range.ref)}</c:f><c:strCache><c:ptCount val="${range.values.length}"/>${points}</c:strCache></c:strRef>`;
}

/** §21.2.2.121 numRef: a formula and its cached numbers (numCache, §21.2.2.120, with the cells' format code). */
function numRef(range: { readonly ref: string; readonly values: readonly string[] }, format: string): string {
  const points = range.values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join("");
  return `<c:numRef><c:f>${xmlText(range.ref)}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${range.values.length}"/>${points}</c:numCache></c:numRef>`;
}

/** A run of text in the chart's fonts: East Asian text drawn in a CJK face where the reader has one. */
const TITLE_FONT = '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>';

/** The ids of the category and value axes (§21.2.2.9 axId): any two numbers, the same in the bar chart and its axes. */
const CAT_AX = 500000001;
const VAL_AX = 500000002;

/**
 * The chart part (§21.2.2.29 chartSpace) of one spec: a clustered column
 * chart (§21.2.2.16 barChart, barDir col) of one series (§21.2.2.170 ser:
 * tx, spPr, invertIfNegative, cat, val, in the schema's order), a category
 * axis below (§21.2.2.25 catAx) and a value axis left (§21.2.2.226 valAx)
 * with gridlines and the amounts in thousands' groups, its title above
 * (§21.2.2.210), no legend (one series), printed with the sheet.
 */
export function chartXml(spec: ChartSpec): string {
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">${TITLE_FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr sz="1200" b="1">${TITLE_FONT}</a:rPr><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx>${strRef(spec.series)}</c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat>${strRef(spec.categories)}</c:cat><c:val>${numRef(spec.values, spec.format)}</c:val></c:ser>`;
  const labels = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${TITLE_FONT}</a:defRPr></a:pPr><a:endParaRPr/></a:p></c:txPr>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${labels}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${labels}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    `${catAx}${valAx}</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}

/** §20.5.2.33 wsDr's anchor corner (§20.5.2.15 from / §20.5.2.32 to): a cell's column and row, no offset. */
function corner(tag: "from" | "to", point: SheetPoint): string {
  return `<xdr:${tag}><xdr:col>${point.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${point.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * A sheet's drawing part (§20.5.2.35 wsDr): each chart in a two-cell anchor
 * (§20.5.2.33 twoCellAnchor, moved and sized with its cells) holding a
 * graphic frame (§20.5.2.16) whose graphic data is a chart reference
 * (§21.2.2.27 chart, r:id → the chart part). `relIds[i]` is chart i's
 * relationship in the drawing's rels.
 */
export function drawingXml(charts: readonly ChartSpec[], relIds: readonly string[]): string {
  const anchors = charts.map(
    (chart, i) =>
      `<xdr:twoCellAnchor editAs="twoCell">${corner("from", chart.from)}${corner("to", chart.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
      `<xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`;
}

/** What a sheet's chart parts should be, chart by chart (chart1, chart2… of its drawing): the XML, its SHA-256, and the formulas its series read. For a verify to compare with what readExportCharts finds. */
export function expectedCharts(charts: readonly ChartSpec[] | undefined): Array<{ xml: string; sha256: string; refs: string[] }> {
  return (charts ?? []).map((chart) => {
    const xml = chartXml(chart);
    return { xml, sha256: sha256Hex(xml), refs: [chart.series.ref, chart.categories.ref, chart.values.ref] };
  });
}
