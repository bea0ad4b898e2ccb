import { describe, expect, it } from "vitest";
import { codeOf, expectCode, fakeOf, sheetWith } from "./helpers";

describe("load and sync", () => {
  it("a loaded property is unreadable until the sync that loads it has completed", async () => {
    const { Excel } = fakeOf(await sheetWith([[1, 2]]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values");
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
      const pending = context.sync();
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded"); // the sync was not awaited
      await pending;
      expect(range.values).toEqual([[1, 2]]);
    });
  });

  it("a property that was never loaded stays unreadable after a sync", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      await context.sync();
      expect(codeOf(() => range.numberFormat)).toBe("PropertyNotLoaded");
      expect(codeOf(() => range.address)).toBe("PropertyNotLoaded");
      expect(codeOf(() => range.format.fill.color)).toBe("PropertyNotLoaded");
    });
  });

  it("a property you set is not readable until loaded again", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("Sheet1");
      sheet.name = "Renamed";
      expect(codeOf(() => sheet.name)).toBe("PropertyNotLoaded");
      const range = sheet.getRange("A1");
      range.values = [[5]];
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(codeOf(() => sheet.name)).toBe("PropertyNotLoaded");
      sheet.load("name");
      range.load("values");
      await context.sync();
      expect(sheet.name).toBe("Renamed");
      expect(range.values).toEqual([[5]]);
    });
  });

  it("the error carries code, message and where it happened", async () => {
    const { Excel, OfficeExtension } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      let caught: unknown;
      try {
        void range.values;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(OfficeExtension.Error);
      expect(caught).toBeInstanceOf(Error);
      expect(caught).toMatchObject({ code: "PropertyNotLoaded", debugInfo: { code: "PropertyNotLoaded", errorLocation: "Range.values" } });
    });
  });

  it("load takes a comma list, an array, { select } and paths through navigation properties", async () => {
    const { Excel } = fakeOf(await sheetWith([[1, "x"]]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1:B1").load("values, numberFormat");
      const b = sheet.getRange("A1:B1").load(["address", "rowCount"]);
      const c = sheet.getRange("A1:B1").load({ select: "columnCount, format/font/bold" });
      const d = sheet.getRange("A1").load("format/fill/color");
      await context.sync();
      expect(a.values).toEqual([[1, "x"]]);
      expect(a.numberFormat).toEqual([["General", "General"]]);
      expect(b.address).toBe("Sheet1!A1:B1");
      expect(b.rowCount).toBe(1);
      expect(c.columnCount).toBe(2);
      expect(c.format.font.bold).toBe(false);
      expect(codeOf(() => c.format.font.color)).toBe("PropertyNotLoaded");
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(codeOf(() => d.values)).toBe("PropertyNotLoaded");
    });
  });

  it("load() without arguments loads every scalar property", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load();
      const sheet = context.workbook.worksheets.getItem("Sheet1").load();
      await context.sync();
      expect(range.values).toEqual([[1]]);
      expect(range.text).toEqual([["1"]]);
      expect(range.columnIndex).toBe(0);
      expect(sheet.name).toBe("Sheet1");
      expect(sheet.visibility).toBe("Visible");
    });
  });

  it("collections load their items with 'items/name' or a bare property", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Second");
      const a = context.workbook.worksheets.load("items/name");
      expect(codeOf(() => a.items)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(a.items.map((s) => s.name)).toEqual(["Sheet1", "Second"]);
      expect(codeOf(() => a.items[0]?.visibility)).toBe("PropertyNotLoaded");
      const b = context.workbook.worksheets.load("visibility");
      await context.sync();
      expect(b.items.map((s) => s.visibility)).toEqual(["Visible", "Visible"]);
      const c = context.workbook.worksheets.load({ select: "items/name", top: 1 });
      await context.sync();
      expect(c.items.map((s) => s.name)).toEqual(["Sheet1"]);
    });
  });

  it("context.load(object, option) is object.load(option)", async () => {
    const { Excel } = fakeOf(await sheetWith([[7]]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      context.load(range, "values");
      await context.sync();
      expect(range.values).toEqual([[7]]);
    });
  });

  it("a property the fake does not know fails the sync with InvalidArgument", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuesAsJson");
      await expectCode(context.sync(), "InvalidArgument");
    });
  });

  it("operations run in queue order: a load queued before a write sees the old value", async () => {
    const workbook = await sheetWith([["old"]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [["new"]];
      const after = sheet.getRange("A1").load("values");
      expect(workbook.cell("Sheet1", "A1").value).toBe("old"); // nothing happens before the sync
      await context.sync();
      expect(before.values).toEqual([["old"]]);
      expect(after.values).toEqual([["new"]]);
    });
  });

  it("counts every sync, including the one Excel.run adds for a batch that left work queued", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    expect(workbook.syncCount).toBe(0);
    await Excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(workbook.syncCount).toBe(2);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[2]];
    });
    expect(workbook.syncCount).toBe(3);
    expect(workbook.cell("Sheet1", "B1").value).toBe(2);
    workbook.resetSyncCount();
    expect(workbook.syncCount).toBe(0);
  });

  it("pendingAtRunEnd 'reject' refuses a batch that never synced its work", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook, { pendingAtRunEnd: "reject" });
    await expectCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[2]];
      }),
      "InvalidOperation",
    );
    expect(workbook.cell("Sheet1", "B1").value).toBe("");
  });

  it("a batch must return a promise", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    const notAsync = ((_context: unknown) => 1) as unknown as (context: Excel.RequestContext) => Promise<number>;
    await expectCode(Excel.run(notAsync), "RunMustReturnPromise");
  });

  it("objects cannot queue work after their batch ended, unless passed to Excel.run again", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    const range = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("values");
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([[1]]); // loaded values stay readable
    expect(codeOf(() => (range.values = [[2]]))).toBe("InvalidObjectPath");
    await Excel.run(range, async (context) => {
      range.values = [[3]];
      await context.sync();
    });
    expect(workbook.cell("Sheet1", "A1").value).toBe(3);
  });

  it("a failed sync makes nothing of its loads readable", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      context.workbook.worksheets.getItem("Missing").getRange("A1").load("values");
      await expectCode(context.sync(), "ItemNotFound");
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
    });
  });

  it("trace messages are attached to the error of a failed sync", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      context.trace("before the bad sheet");
      context.workbook.worksheets.getItem("Missing").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound", traceMessages: ["before the bad sheet"] });
    });
  });

  it("toJSON gives the loaded properties", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load("name, position");
      await context.sync();
      expect(sheet.toJSON()).toEqual({ name: "Sheet1", position: 0 });
    });
  });

  it("assigning a property the fake does not have throws instead of being ignored", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => {
        sheet.position = 1;
      }).toThrow(TypeError);
      expect(() => {
        (sheet as unknown as Record<string, unknown>).showGridlines = false;
      }).toThrow(TypeError);
      await context.sync();
    });
  });
});
