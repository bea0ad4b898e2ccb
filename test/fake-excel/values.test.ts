import { describe, expect, it } from "vitest";
import { expectCode, fakeOf, sheetWith, workbookOf } from "./helpers";

describe("writing values", () => {
  it("strings starting with = become formulas, and so do + or - followed by text; a text format keeps them text", async () => {
    const workbook = await sheetWith([[1], [2]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:B4").values = [["=SUM(A1:A2)"], ["-A1"], ["+A2*2"], ["-5"]];
      const text = sheet.getRange("C1:C2");
      text.numberFormat = [["@"], ["@"]];
      text.values = [["=SUM(A1:A2)"], ["-A1"]];
      const b = sheet.getRange("B1:B4").load("values, formulas, valueTypes");
      const c = sheet.getRange("C1:C2").load("values, formulas, valueTypes");
      await context.sync();
      expect(b.formulas).toEqual([["=SUM(A1:A2)"], ["=-A1"], ["=+A2*2"], [-5]]);
      expect(b.values).toEqual([["#NAME?"], ["#NAME?"], ["#NAME?"], [-5]]);
      expect(b.valueTypes).toEqual([["Error"], ["Error"], ["Error"], ["Double"]]);
      expect(c.values).toEqual([["=SUM(A1:A2)"], ["-A1"]]);
      expect(c.formulas).toEqual([["=SUM(A1:A2)"], ["-A1"]]);
      expect(c.valueTypes).toEqual([["String"], ["String"]]);
    });
    expect(workbook.cell("Sheet1", "B1").formula).toBe("=SUM(A1:A2)");
    expect(workbook.cell("Sheet1", "C1").formula).toBeUndefined();
  });

  it("the text format only counts when set before the values", async () => {
    const { Excel } = fakeOf(await sheetWith([[]]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["=1+1"]];
      range.numberFormat = [["@"]];
      range.load("formulas");
      await context.sync();
      expect(range.formulas).toEqual([["=1+1"]]);
    });
  });

  it("strings are parsed as if typed: numbers, percentages, booleans, errors; a quote or the text format keeps text", async () => {
    const { Excel } = fakeOf(await sheetWith([[]]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:G1").values = [["00123", "1,234.5", "12%", "true", "#N/A", "'00123", "abc"]];
      const kept = sheet.getRange("A2");
      kept.numberFormat = [["@"]];
      kept.values = [["00123"]];
      const row = sheet.getRange("A1:G1").load("values, valueTypes, numberFormat");
      kept.load("values, valueTypes");
      await context.sync();
      expect(row.values).toEqual([[123, 1234.5, 0.12, true, "#N/A", "00123", "abc"]]);
      expect(row.valueTypes).toEqual([["Double", "Double", "Double", "Boolean", "Error", "String", "String"]]);
      expect(row.numberFormat[0]?.[2]).toBe("0%");
      expect(kept.values).toEqual([["00123"]]);
      expect(kept.valueTypes).toEqual([["String"]]);
    });
  });

  it("numbers and booleans are stored as such, '' clears a cell and null leaves it alone", async () => {
    const workbook = await sheetWith([["a", "b", "c"]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.values = [[1.5, "", null, false]];
      range.load("values, valueTypes");
      await context.sync();
      expect(range.values).toEqual([[1.5, "", "c", false]]);
      expect(range.valueTypes).toEqual([["Double", "Empty", "String", "Boolean"]]);
    });
    expect(workbook.cell("Sheet1", "B1")).toMatchObject({ value: "", valueType: "Empty" });
  });

  it("a single value fills the whole range", async () => {
    const { Excel } = fakeOf(await sheetWith([[]]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as unknown as { values: unknown }).values = 7;
      (range as unknown as { numberFormat: unknown }).numberFormat = "0.00";
      range.load("values, text");
      await context.sync();
      expect(range.values).toEqual([[7, 7], [7, 7]]);
      expect(range.text).toEqual([["7.00", "7.00"], ["7.00", "7.00"]]);
    });
  });

  it("an array whose size does not match the range is InvalidArgument, and nothing of the sync is applied", async () => {
    const workbook = await sheetWith([["keep"]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["changed"]];
      sheet.getRange("B1:C2").values = [[1, 2]];
      await expectCode(context.sync(), "InvalidArgument");
      sheet.getRange("B1:C2").values = [[1, 2], [3]];
      await expectCode(context.sync(), "InvalidArgument");
      sheet.getRange("B1:C1").numberFormat = [["0"]];
      await expectCode(context.sync(), "InvalidArgument");
      sheet.getRange("B1").values = [[new Date()]];
      await expectCode(context.sync(), "InvalidArgument");
      sheet.getRange("B1").values = [[Number.NaN]];
      await expectCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.cell("Sheet1", "A1").value).toBe("keep");
  });

  it("formulas can be written through `formulas` too", async () => {
    const workbook = await sheetWith([[2, 3]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C1:D1");
      range.formulas = [["=A1*B1", 4]];
      range.load("formulas");
      await context.sync();
      expect(range.formulas).toEqual([["=A1*B1", 4]]);
    });
  });
});

describe("reading values", () => {
  it("reads dates as serials, errors as their text, formulas as their cached result", async () => {
    const workbook = await workbookOf((book) => {
      const sheet = book.addWorksheet("Sheet1");
      sheet.getCell("A1").value = new Date(Date.UTC(2024, 0, 15));
      sheet.getCell("A1").numFmt = "yyyy-mm-dd";
      sheet.getCell("B1").value = { error: "#N/A" } as never;
      sheet.getCell("C1").value = { formula: "SUM(1,2)", result: 3 };
      sheet.getCell("D1").value = { formula: "1-1", result: 0 };
      sheet.getCell("E1").value = { formula: "A1&\"\"", result: "text" };
      sheet.getCell("F1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
      sheet.getCell("G1").value = { richText: [{ text: "rich " }, { text: "text" }] };
      sheet.getCell("H1").value = 1234.5;
      sheet.getCell("H1").numFmt = "#,##0.00";
      sheet.getCell("I1").value = 0.256;
      sheet.getCell("I1").numFmt = "0.0%";
      sheet.getCell("J2").value = new Date(Date.UTC(2024, 0, 15, 18, 0)); // exceljs gives it the built-in date format
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:J1").load("values, valueTypes, formulas, numberFormat, text");
      await context.sync();
      expect(range.values).toEqual([[45306, "#N/A", 3, 0, "text", "#DIV/0!", "rich text", 1234.5, 0.256, ""]]);
      expect(range.valueTypes).toEqual([["Double", "Error", "Double", "Double", "String", "Error", "String", "Double", "Double", "Empty"]]);
      expect(range.formulas).toEqual([[45306, "#N/A", "=SUM(1,2)", "=1-1", '=A1&""', "=1/0", "rich text", 1234.5, 0.256, ""]]);
      expect(range.numberFormat).toEqual([["yyyy-mm-dd", "General", "General", "General", "General", "General", "General", "#,##0.00", "0.0%", "General"]]);
      expect(range.text).toEqual([["2024-01-15", "#N/A", "3", "0", "text", "#DIV/0!", "rich text", "1,234.50", "25.6%", ""]]);
      const date = context.workbook.worksheets.getItem("Sheet1").getRange("J2").load("values, numberFormat, text");
      await context.sync();
      expect(date.values).toEqual([[45306.75]]);
      expect(date.numberFormat).toEqual([["m/d/yyyy"]]);
      expect(date.text).toEqual([["1/15/2024"]]);
    });
  });

  it("reports address, indexes and counts; quotes sheet names that need it", async () => {
    const workbook = await workbookOf((book) => {
      book.addWorksheet("Sheet1");
      book.addWorksheet("My Data");
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("B2:D5").load("address, rowIndex, columnIndex, rowCount, columnCount, cellCount");
      const b = sheet.getRange("Sheet1!$C$7").load("address");
      const c = sheet.getRange("A:C").load("address, rowCount");
      const d = sheet.getRange("2:3").load("address, columnCount");
      const e = context.workbook.worksheets.getItem("My Data").getRange("'My Data'!A1").load("address");
      const f = sheet.getRangeByIndexes(1, 2, 3, 4).load("address");
      await context.sync();
      expect([a.address, a.rowIndex, a.columnIndex, a.rowCount, a.columnCount, a.cellCount]).toEqual(["Sheet1!B2:D5", 1, 1, 4, 3, 12]);
      expect(b.address).toBe("Sheet1!C7");
      expect([c.address, c.rowCount]).toEqual(["Sheet1!A:C", 1_048_576]);
      expect([d.address, d.columnCount]).toEqual(["Sheet1!2:3", 16_384]);
      expect(e.address).toBe("'My Data'!A1");
      expect(f.address).toBe("Sheet1!C2:F4");
    });
  });

  it("a bad address, or one naming another sheet, is InvalidArgument", async () => {
    const workbook = await workbookOf((book) => {
      book.addWorksheet("Sheet1");
      book.addWorksheet("Other");
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A0").load("address");
      await expectCode(context.sync(), "InvalidArgument");
      sheet.getRange("Other!A1").load("address");
      await expectCode(context.sync(), "InvalidArgument");
      sheet.getRangeByIndexes(0, 0, 0, 1).load("address");
      await expectCode(context.sync(), "InvalidArgument");
    });
  });

  it("getCell, getResizedRange, getOffsetRange, rows and columns are relative to the range", async () => {
    const { Excel } = fakeOf(await sheetWith([[]]));
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const cell = base.getCell(1, 2).load("address");
      const outside = base.getCell(10, 0).load("address");
      const resized = base.getResizedRange(1, -2).load("address");
      const offset = base.getOffsetRange(-1, 2).load("address");
      const row = base.getRow(0).load("address");
      const column = base.getColumn(2).load("address");
      const last = base.getLastCell().load("address");
      await context.sync();
      expect([cell.address, outside.address, resized.address, offset.address]).toEqual(["Sheet1!D3", "Sheet1!B12", "Sheet1!B2:B6", "Sheet1!D1:F4"]);
      expect([row.address, column.address, last.address]).toEqual(["Sheet1!B2:D2", "Sheet1!D2:D5", "Sheet1!D5"]);
      base.getOffsetRange(-2, 0).load("address");
      await expectCode(context.sync(), "InvalidArgument");
      base.getResizedRange(-4, 0).load("address");
      await expectCode(context.sync(), "InvalidArgument");
    });
  });

  it("the selection is read when the sync runs", async () => {
    const workbook = await sheetWith([[1, 2], [3, 4]]);
    workbook.select("Sheet1", "A1:B2");
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address, values");
      await context.sync();
      expect(selected.address).toBe("Sheet1!A1:B2");
      expect(selected.values).toEqual([[1, 2], [3, 4]]);
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").select();
      const after = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(after.address).toBe("Sheet1!B2");
    });
    expect(workbook.selection).toEqual({ sheet: "Sheet1", address: "B2" });
  });
});
