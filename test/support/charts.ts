/** What the chart tests check of a saved export's Summary charts (the whole writer's, test/io/charts.test.ts, and the command line's, test/cli/chart.e2e.test.ts). */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { expect } from "vitest";
import { worksheetParts } from "../../src/io/chart-part";

/** The package's parts as text. */
function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** A1 references of a `'sheet'!$A$1:$A$5` range: its sheet, column letter and first and last rows. */
function rangeOf(ref: string): { sheet: string; column: string; first: number; last: number } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$\2\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a one-column range: ${ref}`);
  return { sheet: m[1]!.replace(/''/g, "'"), column: m[2]!, first: Number(m[3]), last: Number(m[4] ?? m[3]) };
}

/** The cached points of the series' name, categories or values (strCache, numCache), in order. */
function cached(xml: string, tag: "cat" | "val" | "tx"): string[] {
  const series = /<c:ser>(.*?)<\/c:ser>/.exec(xml)?.[1] ?? "";
  const section = new RegExp(`<c:${tag}>(.*?)</c:${tag}>`).exec(series)?.[1] ?? "";
  return [...section.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

/** A sheet's cells of one column between two rows, as exceljs reads them back. */
function columnValues(ws: ExcelJS.Worksheet, column: string, first: number, last: number): string[] {
  const values: string[] = [];
  for (let r = first; r <= last; r++) values.push(String(ws.getCell(`${column}${r}`).value ?? ""));
  return values;
}

/** Everything the tests below check of a saved export's charts: the chain of parts, the content types, the ranges and caches against the sheet's cells. */
export async function expectSummaryCharts(bytes: Uint8Array, summaryName: string, titles: readonly string[]): Promise<void> {
  const files = parts(bytes);
  const sheets = worksheetParts((p) => files[p]);
  const summary = sheets.find((s) => s.name === summaryName)!;
  expect(summary, "the Summary sheet is in the workbook").toBeDefined();
  // Sheet → drawing: a <drawing r:id> in the sheet, after its headerFooter, naming a drawing relationship of the sheet's rels.
  const sheetXml = files[summary.part]!;
  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
  expect(drawingId).toBeDefined();
  expect(sheetXml.indexOf("<drawing ")).toBeGreaterThan(sheetXml.indexOf("</headerFooter>"));
  expect(sheetXml.indexOf("<drawing ")).toBeGreaterThan(sheetXml.indexOf("</sheetData>"));
  const sheetRels = files[summary.part.replace(/worksheets\//, "worksheets/_rels/") + ".rels"]!;
  expect(sheetRels).toContain(`Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
  // Drawing → charts, each anchored and referenced.
  const drawing = files["xl/drawings/drawing1.xml"]!;
  expect(drawing).toContain("<xdr:twoCellAnchor");
  const chartIds = [...drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
  expect(chartIds).toEqual(titles.map((_, i) => `rId${i + 1}`));
  const drawingRels = files["xl/drawings/_rels/drawing1.xml.rels"]!;
  titles.forEach((_, i) => expect(drawingRels).toContain(`Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart${i + 1}.xml"`));
  // Content types for each new part; no other sheet has a drawing.
  const types = files["[Content_Types].xml"]!;
  expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  titles.forEach((_, i) => expect(types).toContain(`<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`));
  for (const s of sheets.filter((s) => s !== summary)) expect(files[s.part]).not.toContain("<drawing ");
  // Each chart's title, and its ranges' cached values equal to the cells they name, as exceljs reads the file back.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = book.getWorksheet(summaryName)!;
  titles.forEach((title, i) => {
    const chart = files[`xl/charts/chart${i + 1}.xml`]!;
    expect(chart).toContain(`<a:t>${title}</a:t>`);
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    const formulas = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(formulas).toHaveLength(3);
    const [name, categories, values] = formulas.map(rangeOf);
    for (const r of [name!, categories!, values!]) expect(r.sheet).toBe(summaryName);
    expect(cached(chart, "tx")).toEqual(columnValues(ws, name!.column, name!.first, name!.last));
    const labels = columnValues(ws, categories!.column, categories!.first, categories!.last);
    expect(cached(chart, "cat")).toEqual(labels);
    expect(labels.length).toBeGreaterThan(1);
    expect(cached(chart, "val")).toEqual(columnValues(ws, values!.column, values!.first, values!.last));
    // The table the chart reads: its header above the first category, its end below the last.
    expect(ws.getCell(`${categories!.column}${categories!.first - 1}`).value).toBe(ws.getCell(`A${name!.first}`).value);
    expect(ws.getCell(`${categories!.column}${categories!.last + 1}`).value ?? null).toBeNull();
  });
}

