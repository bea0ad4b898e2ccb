import { describe, expect, it } from "vitest";
import { ExcelHost } from "../../addin/excel-host";
import { failure, fill, hostOf, plain, recordExchanges, xlsxOf } from "./helpers";

const twoSheets = (book: import("exceljs").Workbook) => {
  fill(book.addWorksheet("Sheet1"), [["a", 1], ["b", 2]]);
  fill(book.addWorksheet("2022年第一批"), [["项目名称", "金额"], ["甲", 100]]);
};

describe("the ProcessQuery interpreter, driven by Microsoft's client", () => {
  it("answers loads with PascalCase values, collections as _Items with Id, and the active sheet", async () => {
    const host = await hostOf(twoSheets);
    const log = recordExchanges(host);
    const out = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      const range = sheets.getItem("Sheet1").getRange("A1:B2");
      range.load("address,rowCount,columnCount,values,valueTypes,numberFormat,text");
      await context.sync();
      return { sheets: sheets.items.map((s) => [s.name, s.visibility]), active: active.name, range: plain(range.toJSON()) };
    });
    expect(out.sheets).toEqual([["Sheet1", "Visible"], ["2022年第一批", "Visible"]]);
    expect(out.active).toBe("Sheet1");
    expect(out.range).toMatchObject({ address: "Sheet1!A1:B2", rowCount: 2, columnCount: 2, values: [["a", 1], ["b", 2]], valueTypes: [["String", "Double"], ["String", "Double"]], text: [["a", "1"], ["b", "2"]] });
    const items = log[0]!.response.Results.find((r) => r.Value?._Items)!.Value._Items;
    expect(items[0]).toEqual({ Id: expect.stringMatching(/^\{.+\}$/), Name: "Sheet1", Visibility: "Visible" });
  });

  it("gives an added sheet an Id, so a later sync addresses it as Worksheets[Id] and the Add runs once", async () => {
    const host = await hostOf(twoSheets);
    const log = recordExchanges(host);
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add("Summary");
      added.getRange("A1").values = [["x"]];
      await context.sync();
      added.getRange("A2").values = [["y"]];
      await context.sync();
    });
    expect(host.sheetNames()).toEqual(["Sheet1", "2022年第一批", "Summary"]);
    expect([host.cell("Summary", "A1").value, host.cell("Summary", "A2").value]).toEqual(["x", "y"]);
    const second = Object.values(log[1]!.request.ObjectPaths);
    expect(second.some((p) => p.Name === "Add")).toBe(false);
    expect(second.some((p) => p.ObjectPathType === 5 && /^\{/.test(p.ArgumentInfo.Arguments[0]))).toBe(true);
  });

  it("keeps a range across syncs through _ReferenceId, resolves it as path type 6 and removes it after the run", async () => {
    const host = await hostOf(twoSheets);
    const log = recordExchanges(host);
    const before = await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      cell.format.fill.load("color");
      await context.sync();
      const color = cell.format.fill.color;
      cell.format.fill.color = "#FCE4D6";
      await context.sync();
      return color;
    });
    expect(before).toBe("#FFFFFF");
    expect(host.cell("Sheet1", "B2").fill).toBe("#FCE4D6");
    const refResult = log[0]!.response.Results.find((r) => r.Value?._ReferenceId);
    expect(refResult).toBeDefined();
    const refId = refResult!.Value._ReferenceId as string;
    expect(Object.values(log[1]!.request.ObjectPaths).some((p) => p.ObjectPathType === 6 && p.Name === refId)).toBe(true);
    const cleanup = log.at(-1)!.request.Actions.find((a) => a.Name === "_RemoveReference");
    expect(cleanup?.ArgumentInfo.Arguments).toEqual([refId]);
  });

  it("answers getItemOrNullObject with a null object, ignores methods on it, and finds a real one", async () => {
    const host = await hostOf(twoSheets);
    const out = await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const found = context.workbook.worksheets.getItemOrNullObject("sheet1");
      found.load("name");
      const setting = context.workbook.settings.getItemOrNullObject("jiebang.state");
      setting.load("value");
      await context.sync();
      missing.delete(); // sent on a type-7 path; the host does nothing
      await context.sync();
      return { missing: missing.isNullObject, found: [found.isNullObject, found.name], setting: setting.isNullObject };
    });
    expect(out).toEqual({ missing: true, found: [false, "Sheet1"], setting: true });
    expect(host.sheetNames()).toEqual(["Sheet1", "2022年第一批"]);
  });

  it("fails at the action that fails: ActionIndex is its position, the actions before it stay applied and their loads are published", async () => {
    const host = await hostOf(twoSheets);
    const log = recordExchanges(host);
    let loaded: Excel.Range | undefined;
    const error = await failure(
      Excel.run(async (context) => {
        const ok = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        ok.values = [["before the error"]];
        ok.load("values");
        loaded = ok;
        context.trace("wrote A1");
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [["never"]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound", httpStatusCode: 404 });
    expect(error.traceMessages).toEqual(["wrote A1"]);
    expect(String(error.debugInfo?.statement)).toContain("getItem");
    const { request, response } = log[0]!;
    const failed = request.Actions[response.Error!.ActionIndex];
    expect(request.ObjectPaths[String(failed!.ObjectPathId)]).toBeDefined();
    expect(response.Results.every((r) => request.Actions.findIndex((a) => a.Id === r.ActionId) < response.Error!.ActionIndex)).toBe(true);
    expect(host.cell("Sheet1", "A1").value).toBe("before the error");
    expect(plain(loaded!.values)).toEqual([["before the error"]]);
  });

  it("failNext fails the matching action with the code given, after applying the actions before it, once", async () => {
    const host = await hostOf(twoSheets);
    host.failNext((a) => a.type === 4 && a.name === "Values" && a.objectPath.includes('GetRange("B1")'), "GeneralException");
    const error = await failure(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("B1").values = [["second"]];
        sheet.getRange("C1").values = [["third"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
    expect([host.cell("Sheet1", "A1").value, host.cell("Sheet1", "B1").value, host.cell("Sheet1", "C1").value]).toEqual(["first", 1, ""]);
    expect(host.requests.filter((r) => r.error).map((r) => r.error)).toEqual(["GeneralException"]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["second"]];
      await context.sync();
    });
    expect(host.cell("Sheet1", "B1").value).toBe("second");
  });

  it("takes a write of more than 1500 cells the client splits itself (_ValidateArraySize, GetRow, GetBoundingRect, untracked paths)", async () => {
    const host = await hostOf(twoSheets);
    const log = recordExchanges(host);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:T100");
      range.values = Array.from({ length: 100 }, (_, i) => Array.from({ length: 20 }, (_, j) => i * 20 + j));
      range.numberFormat = Array.from({ length: 100 }, () => Array.from({ length: 20 }, () => "0.00"));
      await context.sync();
    });
    expect(host.cell("Sheet1", "T100")).toMatchObject({ value: 1999, numberFormat: "0.00", text: "1999.00" });
    expect(host.cell("Sheet1", "A76").value).toBe(1500);
    const { request } = log[0]!;
    expect(request.Actions.some((a) => a.Name === "_ValidateArraySize")).toBe(true);
    const paths = Object.values(request.ObjectPaths);
    expect(paths.some((p) => p.Name === "GetBoundingRect" && p.D === true)).toBe(true);
    expect(paths.some((p) => p.Name === "GetRow")).toBe(true);
  });

  it("refuses a values array of the wrong size with InvalidArgument", async () => {
    await hostOf(twoSheets);
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("answers load() without a select with every scalar property, and nested navigation loads", async () => {
    const host = await hostOf(twoSheets);
    host.setFill("Sheet1", "A1", "#E2EFDA");
    const out = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load();
      const nested = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      nested.load("format/fill/color,format/font/bold,worksheet/name");
      const count = context.workbook.worksheets.getCount();
      await context.sync();
      return { all: plain(range.toJSON()), color: nested.format.fill.color, bold: nested.format.font.bold, sheet: nested.worksheet.name, count: count.value };
    });
    expect(out.all).toMatchObject({ address: "Sheet1!A1", values: [["a"]], cellCount: 1, rowIndex: 0, columnIndex: 0, isEntireColumn: false });
    expect(out).toMatchObject({ color: "#E2EFDA", bold: false, sheet: "Sheet1", count: 2 });
  });

  it("answers a blank sheet's used range with A1, and getUsedRange(true) ignores formatting", async () => {
    const host = await hostOf((book) => {
      book.addWorksheet("Blank");
      const s = book.addWorksheet("Formatted");
      s.getCell("C3").value = 1;
      s.getCell("E9").numFmt = "0.00";
    });
    expect(host.sheetNames()).toEqual(["Blank", "Formatted"]);
    const out = await Excel.run(async (context) => {
      const blank = context.workbook.worksheets.getItem("Blank").getUsedRange();
      blank.load("address");
      const values = context.workbook.worksheets.getItem("Formatted").getUsedRange(true);
      values.load("address");
      const all = context.workbook.worksheets.getItem("Formatted").getUsedRange();
      all.load("address");
      const none = context.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject();
      await context.sync();
      return [blank.address, values.address, all.address, none.isNullObject];
    });
    expect(out).toEqual(["Blank!A1", "Formatted!C3", "Formatted!C3:E9", true]);
  });

  it("selects, activates and deletes sheets; the last visible sheet cannot be deleted", async () => {
    const host = await hostOf(twoSheets);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("2022年第一批");
      sheet.activate();
      sheet.getRange("B2").select();
      await context.sync();
    });
    expect(host.selection()).toEqual({ sheet: "2022年第一批", address: "B2" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("2022年第一批").delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(host.sheetNames()).toEqual(["2022年第一批"]);
  });

  it("refuses a duplicate sheet name with ItemAlreadyExists, whatever its case", async () => {
    await hostOf(twoSheets);
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("SHEET1");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });

  it("answers a body that is not a request with HTTP 400, and resolves GetItemAt and null paths sent by hand", async () => {
    const host = await ExcelHost.fromXlsx(await xlsxOf(twoSheets));
    expect(host.processQuery("not json").status).toBe(400);
    const answer = host.processQuery(
      JSON.stringify({
        Actions: [
          { Id: 2, ActionType: 2, Name: "", ObjectPathId: 5, QueryInfo: { Select: ["name"] } },
          { Id: 3, ActionType: 1, Name: "", ObjectPathId: 6 },
          { Id: 4, ActionType: 2, Name: "", ObjectPathId: 6, QueryInfo: {} },
        ],
        ObjectPaths: {
          1: { Id: 1, ObjectPathType: 1, Name: "" },
          3: { Id: 3, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 },
          5: { Id: 5, ObjectPathType: 3, Name: "GetItemAt", ParentObjectPathId: 3, ArgumentInfo: { Arguments: [1] } },
          6: { Id: 6, ObjectPathType: 7, Name: "", ParentObjectPathId: 3, ArgumentInfo: {} },
        },
      }),
    );
    expect(JSON.parse(answer.body)).toEqual({
      Results: [
        { ActionId: 2, Value: { Id: expect.any(String), Name: "2022年第一批" } },
        { ActionId: 3, Value: null },
        { ActionId: 4, Value: null },
      ],
    });
    expect(host.requests).toEqual([
      { requestBytes: 8, responseBytes: expect.any(Number), actions: 0, error: "InvalidRequest" },
      { requestBytes: expect.any(Number), responseBytes: new TextEncoder().encode(answer.body).length, actions: 3 },
    ]);
    host.resetRequests();
    expect(host.requests).toEqual([]);
  });
});
