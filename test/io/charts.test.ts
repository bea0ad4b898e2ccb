/**
 * The Summary sheet's charts in the package: the parts and the links between
 * them (sheet → drawing → charts, content types) as the whole writer puts
 * them in with fflate, for the pane's export; the ranges and caches equal to
 * the Summary table's cells; and the package editing on its own (where the
 * drawing element goes in a worksheet, a sheet's existing rels kept).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readExport, readExportCharts, readXlsx, writeWorkbook } from "../../src/io";
import { sheetCharts, withDrawing, withOverrides } from "../../src/io/chart-part";
import { auditedWorkbook, CHART_TITLES, expectedCharts, SHEET_NAMES, summarySheet, type ChartSpec, type Run } from "../../src/report";
import { sha256Hex } from "../../src/digest";
import { decideTracker } from "../../src/run";
import { regionPack } from "../support/decide";
import { expectSummaryCharts } from "../support/charts";

const SAMPLE = new URL("../../samples/2022-first-batch.xlsx", import.meta.url);

async function sampleRun(lang: "zh-CN" | "en" = "zh-CN"): Promise<Run> {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const book = await readXlsx(bytes, "2022-first-batch.xlsx");
  return decideTracker({ grids: book.grids, file: "2022-first-batch.xlsx", sha256: sha256Hex(bytes), packs: [regionPack()], lang, at: "2022-02-01T08:00:00.000Z" });
}

describe("the Summary sheet's charts, written whole (the pane's export)", () => {
  it("are chart1 and chart2 of the Summary sheet's drawing, by field and by league city, their ranges and caches the table's cells", async () => {
    const run = await sampleRun();
    const bytes = await writeWorkbook(auditedWorkbook(run));
    await expectSummaryCharts(bytes, SHEET_NAMES.summary["zh-CN"], [CHART_TITLES.byField["zh-CN"], CHART_TITLES.byLeagueCity["zh-CN"]]);
    // The repo's own reader still reads the export, record and all.
    const reading = await readExport(bytes, "whole.xlsx");
    expect(reading.record).toBeTruthy();
  });

  it("say so in English in an English run", async () => {
    const run = await sampleRun("en");
    const bytes = await writeWorkbook(auditedWorkbook(run));
    await expectSummaryCharts(bytes, "Summary", ["Subsidy by field (yuan)", "Subsidy by issuer's league city (yuan)"]);
  });

  it("are found by readExportCharts, each the XML expectedCharts makes of the Summary sheet's chart specs", async () => {
    const run = await sampleRun();
    const book = auditedWorkbook(run);
    const found = readExportCharts(await writeWorkbook(book));
    const summary = book.sheets.find((s) => s.name === "汇总")!;
    expect(found.map((s) => [s.sheet, s.charts.length])).toEqual(book.sheets.map((s) => [s.name, s.name === "汇总" ? 2 : 0]).concat([["_jiebang", 0]]));
    const expected = expectedCharts(summary.charts);
    const drawn = found.find((s) => s.sheet === "汇总")!;
    expect(drawn.drawing).toBe("xl/drawings/drawing1.xml");
    expect(drawn.charts.map((c) => ({ xml: c.xml, sha256: c.sha256, refs: c.refs }))).toEqual(expected);
    expect(drawn.charts.map((c) => c.part)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    // A chart changed in the file is told apart.
    const other = expectedCharts([{ ...summary.charts![0]!, title: "另一个标题" }]);
    expect(other[0]!.sha256).not.toBe(drawn.charts[0]!.sha256);
  });

  it("are made from the Summary table summarySheet says is where: by field and by league city", async () => {
    const run = await sampleRun();
    const { sheet, byField, byLeagueCity } = summarySheet(run);
    const [field, city] = sheet.charts!;
    expect(field!.categories.values).toEqual(sheet.rows.slice(byField.firstRow, byField.lastRow + 1).map((r) => r.cells[0]));
    expect(city!.categories.values).toEqual(sheet.rows.slice(byLeagueCity.firstRow, byLeagueCity.lastRow + 1).map((r) => r.cells[0]));
    expect(city!.values.values).toEqual(run.summary.byLeagueCity.map((g) => String(Number(g.subsidyYuan.toFixed(2)))));
    expect(field!.categories.ref).toBe(`'汇总'!$A$${byField.firstRow + 1}:$A$${byField.lastRow + 1}`);
    // Beside the tables (column H on), one under the other, inside the print area.
    expect(field!.from).toEqual({ column: 7, row: 0 });
    expect(city!.from.row).toBeGreaterThan(field!.to.row - 1);
    const printed = auditedWorkbook(run).sheets.find((s) => s.name === "汇总")!.print!;
    expect(printed.columns).toBeGreaterThanOrEqual(city!.to.column);
    expect(printed.rows).toBeGreaterThanOrEqual(city!.to.row);
  });
});

describe("a worksheet's package edits", () => {
  const spec: ChartSpec = {
    title: "T & <t>",
    series: { ref: "'It''s'!$E$1", values: ["Subsidy"] },
    categories: { ref: "'It''s'!$A$2:$A$3", values: ["a&b", "c"] },
    values: { ref: "'It''s'!$E$2:$E$3", values: ["1", "2.5"] },
    format: '"¥"#,##0.00',
    from: { column: 7, row: 0 },
    to: { column: 16, row: 20 },
  };

  it("puts the drawing element after headerFooter and before legacyDrawing, tableParts or extLst, and refuses a second one", () => {
    const head = '<worksheet xmlns="x" xmlns:r="r"><sheetData/><headerFooter><oddHeader>&amp;A</oddHeader></headerFooter>';
    expect(withDrawing(`${head}</worksheet>`, "rId1")).toBe(`${head}<drawing r:id="rId1"/></worksheet>`);
    expect(withDrawing(`${head}<legacyDrawing r:id="rId2"/><tableParts count="0"/></worksheet>`, "rId1")).toBe(`${head}<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="0"/></worksheet>`);
    expect(withDrawing(`${head}<extLst/></worksheet>`, "rId3")).toBe(`${head}<drawing r:id="rId3"/><extLst/></worksheet>`);
    expect(() => withDrawing(`${head}<drawing r:id="rId1"/></worksheet>`, "rId2")).toThrow(/drawing already/);
    expect(() => withDrawing("<sst/>", "rId1")).toThrow(/worksheet/);
  });

  it("keeps a sheet's relationships, takes the next free id, escapes text, and adds only missing content types", () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/hyperlink" Target="https://a.example/?q=1&amp;r=2" TargetMode="External"/><Relationship Id="rId2" Type="t/comments" Target="../comments1.xml"/></Relationships>';
    const added = sheetCharts("xl/worksheets/sheet3.xml", [spec], { chart: 4, drawing: 2 }, rels);
    expect(added.drawingRelId).toBe("rId3");
    const sheetRels = added.parts.get("xl/worksheets/_rels/sheet3.xml.rels")!;
    expect(sheetRels).toContain('Id="rId1" Type="t/hyperlink" Target="https://a.example/?q=1&amp;r=2" TargetMode="External"');
    expect(sheetRels).toContain('Id="rId2" Type="t/comments" Target="../comments1.xml"');
    expect(sheetRels).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"');
    expect([...added.parts.keys()].sort()).toEqual(["xl/charts/chart4.xml", "xl/drawings/_rels/drawing2.xml.rels", "xl/drawings/drawing2.xml", "xl/worksheets/_rels/sheet3.xml.rels"]);
    const chart = added.parts.get("xl/charts/chart4.xml")!;
    expect(chart).toContain("<a:t>T &amp; &lt;t&gt;</a:t>");
    expect(chart).toContain("<c:f>'It''s'!$A$2:$A$3</c:f>");
    expect(chart).toContain("<c:v>a&amp;b</c:v>");
    expect(chart).toContain("<c:formatCode>&quot;¥&quot;#,##0.00</c:formatCode>");
    expect(added.parts.get("xl/drawings/drawing2.xml")).toContain("<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>");
    const types = '<Types xmlns="t"><Override PartName="/xl/charts/chart4.xml" ContentType="kept"/></Types>';
    const typed = withOverrides(types, added.overrides);
    expect(typed).toContain('<Override PartName="/xl/charts/chart4.xml" ContentType="kept"/>');
    expect(typed.match(/chart4/g)).toHaveLength(1);
    expect(typed).toContain('<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>');
  });
});

describe("chart text", () => {
  it("leaves out characters XML 1.0 does not allow, so a tracker's label cannot make a chart part unreadable", async () => {
    const { xmlText } = await import("../../src/report/chart-xml");
    expect(xmlText("能源\uFFFE\u0001\uD800 & <新>")).toBe("能源 &amp; &lt;新&gt;");
    expect(xmlText("制表\t换行\n😀")).toBe("制表\t换行\n😀");
  });
});
