import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { expectCode, fakeOf, sheetWith, workbookOf } from "./helpers";

describe("settings", () => {
  it("add, read back through getItemOrNullObject, replace and delete", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    const state = { version: 1, sheets: ["Sheet1"], nested: { ok: true } };
    await Excel.run(async (context) => {
      context.workbook.settings.add("jiebang.state", state);
      context.workbook.settings.add("text", JSON.stringify({ a: 1 }));
      await context.sync();
    });
    expect(workbook.settings()).toEqual({ "jiebang.state": state, text: '{"a":1}' });

    await Excel.run(async (context) => {
      const found = context.workbook.settings.getItemOrNullObject("jiebang.state").load("value, key");
      const missing = context.workbook.settings.getItemOrNullObject("nope").load("value");
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(found.key).toBe("jiebang.state");
      expect(found.value).toEqual(state);
      expect(found.value).not.toBe(state); // a copy, as stored
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.value).toThrow(/not available/);

      const all = context.workbook.settings.load("items/key");
      found.value = { version: 2 };
      context.workbook.settings.getItem("text").delete();
      await context.sync();
      expect(all.items.map((s) => s.key)).toEqual(["jiebang.state", "text"]);
    });
    expect(workbook.settings()).toEqual({ "jiebang.state": { version: 2 } });
  });

  it("a value JSON cannot carry is InvalidArgument", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      context.workbook.settings.add("bad", 10n);
      await expectCode(context.sync(), "InvalidArgument");
      context.workbook.settings.add("bad", undefined);
      await expectCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.settings()).toEqual({});
  });

  it("a workbook can start with settings", async () => {
    const workbook = await workbookOf((book) => book.addWorksheet("Sheet1"), { saved: [1, 2] });
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const saved = context.workbook.settings.getItem("saved").load("value");
      await context.sync();
      expect(saved.value).toEqual([1, 2]);
    });
  });
});

describe("comments", () => {
  it("add by address or Range, load content and location, delete", async () => {
    const workbook = await sheetWith([[1, 2]], "Data Sheet");
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data Sheet");
      const first = context.workbook.comments.add("'Data Sheet'!A1", "first problem");
      first.load("id");
      context.workbook.comments.add(sheet.getRange("B1"), "second problem");
      await context.sync();
      expect(first.id).toMatch(/^\{.+\}$/);

      const comments = context.workbook.comments.load("items");
      await context.sync();
      const locations = comments.items.map((c) => c.getLocation().load("address"));
      await context.sync();
      expect(comments.items.map((c) => c.content)).toEqual(["first problem", "second problem"]);
      expect(locations.map((l) => l.address)).toEqual(["'Data Sheet'!A1", "'Data Sheet'!B1"]);
      expect(comments.items[0]?.authorName).toBe("Fake User");

      context.workbook.comments.getItem(first.id).delete();
      const byCell = context.workbook.comments.getItemByCell("'Data Sheet'!B1").load("content");
      await context.sync();
      expect(byCell.content).toBe("second problem");
    });
    expect(workbook.comments()).toEqual([{ sheet: "Data Sheet", address: "B1", content: "second problem", resolved: false }]);
  });

  it("a second comment on a cell, an address without a sheet, or a multi-cell range are refused", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      context.workbook.comments.add("Sheet1!A1", "one");
      await context.sync();
      context.workbook.comments.add("Sheet1!A1", "two");
      await expectCode(context.sync(), "InvalidOperation");
      context.workbook.comments.add("A1", "no sheet");
      await expectCode(context.sync(), "InvalidArgument");
      context.workbook.comments.add("Sheet1!A1:B2", "too big");
      await expectCode(context.sync(), "InvalidArgument");
      context.workbook.comments.add("Nope!A1", "no such sheet");
      await expectCode(context.sync(), "ItemNotFound");
      const gone = context.workbook.comments.getItemOrNullObject("{no-such-id}");
      gone.delete(); // a no-op on a null object
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(workbook.comments()).toHaveLength(1);
  });

  it("toXlsx writes comments as cell notes", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      context.workbook.comments.add("Sheet1!A1", "check this");
      await context.sync();
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbook.toXlsx()) as unknown as ArrayBuffer);
    expect(book.getWorksheet("Sheet1")?.getCell("A1").note).toBe("check this");
  });
});
