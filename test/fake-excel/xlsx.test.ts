import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FakeWorkbook } from "../../addin/fake-excel";
import { fakeOf, sheetWith, workbookOf } from "./helpers";

describe("toXlsx", () => {
  it("keeps what the add-in wrote: values, formulas, formats, fills, sheets, panes and protection", async () => {
    const workbook = await sheetWith([["Name", "Amount"], ["a", 1]], "Tracker");
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const tracker = context.workbook.worksheets.getItem("Tracker");
      const results = tracker.getRange("C1:E2");
      results.numberFormat = [["@", "@", "@"], ["0.00", "@", "General"]];
      results.values = [["Subsidy", "Code", "Ok"], [1234.5, "00123", true]];
      tracker.getRange("F2").formulas = [["=B2*2"]];
      tracker.getRange("C1:E1").format.fill.color = "#E2EFDA";
      tracker.getRange("C1:E1").format.font.bold = true;
      tracker.freezePanes.freezeRows(1);
      const summary = context.workbook.worksheets.add("Summary");
      summary.getRange("A1").values = [["总计"]];
      summary.activate();
      summary.protection.protect();
      await context.sync();
    });

    const bytes = await workbook.toXlsx();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const tracker = book.getWorksheet("Tracker");
    expect(tracker?.getCell("C2").value).toBe(1234.5);
    expect(tracker?.getCell("C2").numFmt).toBe("0.00");
    expect(tracker?.getCell("D2").value).toBe("00123");
    expect(tracker?.getCell("E2").value).toBe(true);
    expect(tracker?.getCell("F2").formula).toBe("B2*2");
    expect(tracker?.getCell("C1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFE2EFDA" } });
    expect(tracker?.getCell("C1").font?.bold).toBe(true);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Tracker", "Summary"]);
    expect(book.views[0]?.activeTab).toBe(1);

    const again = await FakeWorkbook.fromXlsx(bytes);
    expect(again.cell("Tracker", "C2")).toMatchObject({ value: 1234.5, text: "1234.50", numberFormat: "0.00" });
    expect(again.cell("Tracker", "D2")).toMatchObject({ value: "00123", valueType: "String" });
    expect(again.cell("Tracker", "F2")).toMatchObject({ formula: "=B2*2" });
    expect(again.cell("Tracker", "C1")).toMatchObject({ fill: "#E2EFDA", bold: true });
    expect(again.cell("Summary", "A1").value).toBe("总计");
    expect(again.activeSheet).toBe("Summary");
    expect(again.sheet("Tracker")).toMatchObject({ frozenRows: 1, frozenColumns: 0 });
    expect(again.sheet("Summary").protected).toBe(true);
  });

  it("a failed sync leaves the file as it was", async () => {
    const workbook = await workbookOf((book) => {
      const sheet = book.addWorksheet("Sheet1");
      sheet.getCell("A1").value = { formula: "1-1", result: 0 };
      sheet.getCell("B1").value = "keep";
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["x", "y"]];
      sheet.getRange("A1:B1").format.fill.color = "red";
      context.workbook.worksheets.add("New");
      sheet.name = "Renamed";
      sheet.getRange("C1").values = [[1, 2]]; // wrong size: the whole sync fails
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ value: 0, formula: "=1-1" });
    expect(workbook.cell("Sheet1", "B1")).toMatchObject({ value: "keep" });
    expect(workbook.cell("Sheet1", "B1").fill).toBeUndefined();
    const again = await FakeWorkbook.fromXlsx(await workbook.toXlsx());
    expect(again.cell("Sheet1", "A1")).toMatchObject({ value: 0, formula: "=1-1" });
  });
});

describe("shared formulas", () => {
  it("a shared formula's master can be overwritten and the workbook still saves", async () => {
    const workbook = await workbookOf((book) => {
      const sheet = book.addWorksheet("Sheet1");
      [1, 2, 3].forEach((n, i) => (sheet.getCell(i + 1, 1).value = n));
      sheet.fillFormula("B1:B3", "A1*2", [2, 4, 0]);
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[99]];
      await context.sync();
    });
    const again = await FakeWorkbook.fromXlsx(await workbook.toXlsx());
    expect(again.cell("Sheet1", "B1")).toMatchObject({ value: 99 });
    expect(again.cell("Sheet1", "B2")).toMatchObject({ value: 4, formula: "=A2*2" });
    expect(again.cell("Sheet1", "B3")).toMatchObject({ value: 0, formula: "=A3*2" });
  });
});
