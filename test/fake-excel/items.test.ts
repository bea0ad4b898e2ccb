import { describe, expect, it } from "vitest";
import { codeOf, expectCode, fakeOf, sheetWith, workbookOf } from "./helpers";

describe("missing items and null objects", () => {
  it("getItem of a missing sheet fails the sync that uses it with ItemNotFound", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("Nope");
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[2]];
      missing.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound", debugInfo: { errorLocation: "Range.values" } });
    });
    expect(workbook.cell("Sheet1", "B1").value).toBe(""); // the whole sync was refused
  });

  it("getItemOrNullObject gives isNullObject after the sync, readable without a load", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1"); // names ignore case
      const absent = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(codeOf(() => absent.isNullObject)).toBe("PropertyNotLoaded");
      absent.load("name");
      await context.sync();
      expect(present.isNullObject).toBe(false);
      expect(absent.isNullObject).toBe(true);
      expect(codeOf(() => absent.name)).toBe("PropertyNotLoaded"); // a null object has no properties
    });
  });

  it("methods and writes on a null object, and on objects derived from it, do nothing", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Nope").delete();
      const range = context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1");
      range.values = [[5]];
      range.load("values");
      await context.sync();
      expect(range.isNullObject).toBe(true);
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
      context.workbook.worksheets.getItemOrNullObject("Sheet1").getRange("A2").values = [[9]];
      await context.sync();
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(workbook.cell("Sheet1", "A2").value).toBe(9);
  });

  it("getUsedRange gives A1 on a blank sheet; getUsedRangeOrNullObject a null object", async () => {
    const workbook = await workbookOf((book) => {
      book.addWorksheet("Blank");
      const data = book.addWorksheet("Data");
      data.getCell("C3").value = 1;
      data.getCell("E6").value = "x";
      data.getCell("G9").numFmt = "0.00"; // formatted, no value
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const blank = context.workbook.worksheets.getItem("Blank");
      const a = blank.getUsedRange().load("address");
      const b = blank.getUsedRangeOrNullObject();
      const data = context.workbook.worksheets.getItem("Data");
      const c = data.getUsedRange().load("address");
      const d = data.getUsedRange(true).load("address");
      const e = data.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(a.address).toBe("Blank!A1");
      expect(b.isNullObject).toBe(true);
      expect(c.address).toBe("Data!C3:G9");
      expect(d.address).toBe("Data!C3:E6");
      expect(e.isNullObject).toBe(false);
      expect(e.address).toBe("Data!C3:E6");
    });
  });

  it("tables: items, getItem, ranges and worksheet; a missing table is ItemNotFound", async () => {
    const workbook = await workbookOf((book) => {
      book.addWorksheet("Intro");
      const sheet = book.addWorksheet("Data");
      sheet.addTable({ name: "Projects", ref: "B2", headerRow: true, columns: [{ name: "Name" }, { name: "Amount" }], rows: [["a", 1], ["b", 2]] });
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      const table = context.workbook.tables.getItem("projects");
      const range = table.getRange().load("address, values");
      const header = table.getHeaderRowRange().load("address");
      const body = table.getDataBodyRange().load("address");
      table.worksheet.load("name");
      const absent = context.workbook.tables.getItemOrNullObject("Other");
      const onIntro = context.workbook.worksheets.getItem("Intro").tables.load("items/name");
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["Projects"]);
      expect(range.address).toBe("Data!B2:C4");
      expect(range.values).toEqual([["Name", "Amount"], ["a", 1], ["b", 2]]);
      expect(header.address).toBe("Data!B2:C2");
      expect(body.address).toBe("Data!B3:C4");
      expect(table.worksheet.name).toBe("Data");
      expect(absent.isNullObject).toBe(true);
      expect(onIntro.items).toEqual([]);
      context.workbook.tables.getItem("Other").getRange().load("address");
      await expectCode(context.sync(), "ItemNotFound");
    });
  });

  it("settings: getItem of a missing key is ItemNotFound", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      context.workbook.settings.getItem("nope").load("value");
      await expectCode(context.sync(), "ItemNotFound");
    });
  });
});

describe("worksheets", () => {
  it("add, rename, hide, list and delete", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add("Summary");
      added.getRange("A1").values = [["hello"]];
      added.name = "总结"; // the proxy follows its sheet through the rename
      added.getRange("A2").values = [["after rename"]];
      const unnamed = context.workbook.worksheets.add();
      unnamed.visibility = "Hidden";
      const all = context.workbook.worksheets.load("items/name,items/visibility,items/position");
      await context.sync();
      expect(all.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ["Sheet1", "Visible", 0],
        ["总结", "Visible", 1],
        ["Sheet3", "Hidden", 2],
      ]);
      context.workbook.worksheets.getItem("Sheet3").delete();
      await context.sync();
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1", "总结"]);
    expect(workbook.cell("总结", "A1").value).toBe("hello");
    expect(workbook.cell("总结", "A2").value).toBe("after rename");
  });

  it("a duplicate name is ItemAlreadyExists, a bad one InvalidArgument", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("SHEET1");
      await expectCode(context.sync(), "ItemAlreadyExists");
      context.workbook.worksheets.add("a/b");
      await expectCode(context.sync(), "InvalidArgument");
    });
  });

  it("the last visible sheet can be neither hidden nor deleted", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      await expectCode(context.sync(), "InvalidOperation");
      context.workbook.worksheets.getItem("Sheet1").delete();
      await expectCode(context.sync(), "InvalidOperation");
    });
  });

  it("reads hidden and very hidden sheets from the file; a hidden sheet cannot be activated", async () => {
    const workbook = await workbookOf((book) => {
      book.addWorksheet("Shown");
      book.addWorksheet("Hidden").state = "hidden";
      book.addWorksheet("Secret").state = "veryHidden";
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => s.visibility)).toEqual(["Visible", "Hidden", "VeryHidden"]);
      context.workbook.worksheets.getItem("Hidden").activate();
      await expectCode(context.sync(), "InvalidOperation");
    });
    expect(workbook.sheet("Secret").visibility).toBe("VeryHidden");
  });

  it("getActiveWorksheet and activate follow the workbook's active sheet", async () => {
    const workbook = await workbookOf((book) => {
      book.addWorksheet("One");
      book.addWorksheet("Two");
    });
    const { Excel } = fakeOf(workbook);
    expect(workbook.activeSheet).toBe("One");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Two").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Two");
    });
    expect(workbook.activeSheet).toBe("Two");
    expect(workbook.selection).toEqual({ sheet: "Two", address: "A1" });
  });

  it("deleting a sheet takes its charts and comments with it", async () => {
    const workbook = await workbookOf((book) => {
      book.addWorksheet("Keep");
      const gone = book.addWorksheet("Gone");
      gone.getCell("A1").value = 1;
    });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const gone = context.workbook.worksheets.getItem("Gone");
      gone.charts.add("Line", gone.getRange("A1"));
      context.workbook.comments.add("Gone!A1", "note");
      await context.sync();
      gone.delete();
      await context.sync();
      gone.load("name");
      await expectCode(context.sync(), "ItemNotFound");
    });
    expect(workbook.comments()).toEqual([]);
  });
});
