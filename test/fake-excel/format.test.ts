import { describe, expect, it } from "vitest";
import { expectCode, fakeOf, sheetWith, workbookOf } from "./helpers";

describe("range formats", () => {
  it("fill colour: '#FFFFFF' without a fill, null when cells differ, clear() removes it", async () => {
    const workbook = await sheetWith([[1, 2, 3]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const none = sheet.getRange("A1:C1").format.fill.load("color");
      await context.sync();
      expect(none.color).toBe("#FFFFFF");
      sheet.getRange("A1:B1").format.fill.color = "#e2efda";
      sheet.getRange("C1").format.fill.color = "yellow";
      const ab = sheet.getRange("A1:B1").format.fill.load("color");
      const mixed = sheet.getRange("A1:C1").format.fill.load("color");
      await context.sync();
      expect(ab.color).toBe("#E2EFDA");
      expect(mixed.color).toBeNull();
      sheet.getRange("A1").format.fill.clear();
      await context.sync();
      sheet.getRange("A1").format.fill.color = "not a colour";
      await expectCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.cell("Sheet1", "A1").fill).toBeUndefined();
    expect(workbook.cell("Sheet1", "B1").fill).toBe("#E2EFDA");
    expect(workbook.cell("Sheet1", "C1").fill).toBe("#FFFF00");
  });

  it("font bold and colour, wrapText, column width in points", async () => {
    const workbook = await sheetWith([["a", "b"]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.format.load("columnWidth, wrapText");
      range.format.font.load("bold, color");
      await context.sync();
      expect([range.format.columnWidth, range.format.wrapText, range.format.font.bold, range.format.font.color]).toEqual([48, false, false, "#000000"]);
      range.format.font.bold = true;
      range.format.font.color = "#375623";
      range.format.wrapText = true;
      context.workbook.worksheets.getItem("Sheet1").getRange("A:B").format.columnWidth = 105;
      range.format.load("columnWidth, wrapText");
      range.format.font.load("bold, color");
      await context.sync();
      expect(range.format.columnWidth).toBeCloseTo(105, 0);
      expect([range.format.wrapText, range.format.font.bold, range.format.font.color]).toEqual([true, true, "#375623"]);
    });
    expect(workbook.cell("Sheet1", "A1").bold).toBe(true);
  });

  it("autofitColumns widens a column to its longest text", async () => {
    const workbook = await sheetWith([["short"], ["a much longer piece of text"]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A:A").format.autofitColumns();
      const a = sheet.getRange("A1").format.load("columnWidth");
      await context.sync();
      expect(a.columnWidth).toBeGreaterThan(48 * 2);
    });
  });

  it("clear takes Contents, Formats or All", async () => {
    const workbook = await workbookOf((book) => {
      const sheet = book.addWorksheet("Sheet1");
      for (const address of ["A1", "B1", "C1"]) {
        sheet.getCell(address).value = 5;
        sheet.getCell(address).numFmt = "0.00";
        sheet.getCell(address).font = { bold: true };
      }
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear("Formats");
      sheet.getRange("C1").clear();
      await context.sync();
    });
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ value: "", numberFormat: "0.00", bold: true });
    expect(workbook.cell("Sheet1", "B1")).toMatchObject({ value: 5, numberFormat: "General" });
    expect(workbook.cell("Sheet1", "B1").bold).toBeUndefined();
    expect(workbook.cell("Sheet1", "C1")).toMatchObject({ value: "", numberFormat: "General" });
  });

  it("formatting one cell of shared style leaves the others alone", async () => {
    const workbook = await workbookOf((book) => {
      const sheet = book.addWorksheet("Sheet1");
      sheet.getCell("A1").value = 1;
      sheet.getCell("A2").value = 2;
      sheet.getCell("A1").numFmt = "0.00";
      sheet.getCell("A2").numFmt = "0.00"; // exceljs shares one style object after loading
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      a1.numberFormat = [["@"]];
      a1.format.font.bold = true;
      await context.sync();
    });
    expect(workbook.cell("Sheet1", "A2")).toMatchObject({ numberFormat: "0.00" });
    expect(workbook.cell("Sheet1", "A2").bold).toBeUndefined();
  });
});

describe("charts, protection, panes", () => {
  it("adds a chart with a title and a position, and lists it", async () => {
    const workbook = await sheetWith([["Field", "Amount"], ["a", 1], ["b", 2]], "Summary");
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Summary");
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:B3"), Excel.ChartSeriesBy.columns);
      chart.title.text = "By field";
      chart.setPosition("D2", "K16");
      chart.name = "Subsidy";
      const charts = sheet.charts.load("items/name,items/chartType");
      chart.title.load("text");
      await context.sync();
      expect(charts.items.map((c) => [c.name, c.chartType])).toEqual([["Subsidy", "ColumnClustered"]]);
      expect(chart.title.text).toBe("By field");
      sheet.charts.add("NoSuchChart" as Excel.ChartType, sheet.getRange("A1:B3"));
      await expectCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.charts("Summary")).toEqual([
      { name: "Subsidy", type: "ColumnClustered", sourceAddress: "Summary!A1:B3", seriesBy: "Columns", title: "By field", position: "D2:K16" },
    ]);
  });

  it("protection is recorded, blocks writes to locked cells, and unprotect lifts it", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
      sheet.getRange("A1").values = [[2]];
      await expectCode(context.sync(), "AccessDenied");
      sheet.protection.unprotect();
      sheet.getRange("A1").values = [[3]];
      await context.sync();
    });
    expect(workbook.sheet("Sheet1").protected).toBe(false);
    expect(workbook.cell("Sheet1", "A1").value).toBe(3);
  });

  it("freezes rows", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(2);
      await context.sync();
    });
    expect(workbook.sheet("Sheet1")).toMatchObject({ frozenRows: 2, frozenColumns: 0 });
  });
});
