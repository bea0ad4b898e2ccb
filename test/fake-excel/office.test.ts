import { afterEach, describe, expect, it } from "vitest";
import { installFakeOffice } from "../../addin/fake-excel";
import { fakeOf, sheetWith } from "./helpers";

const globals = globalThis as unknown as Record<string, unknown>;
let uninstall: (() => void) | undefined;

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe("the Office and Excel globals", () => {
  it("Office.onReady resolves (and calls back) with the Excel host", async () => {
    const { Office } = fakeOf(await sheetWith([[1]]));
    const seen: unknown[] = [];
    const info = await Office.onReady((ready) => seen.push(ready));
    expect(info).toEqual({ host: "Excel", platform: "PC" });
    expect(seen).toEqual([info]);
    expect(info.host).toBe(Office.HostType.Excel);
  });

  it("displayLanguage is zh-CN unless given", async () => {
    const workbook = await sheetWith([[1]]);
    expect(fakeOf(workbook).Office.context.displayLanguage).toBe("zh-CN");
    expect(fakeOf(workbook, { displayLanguage: "en-US" }).Office.context.displayLanguage).toBe("en-US");
    expect(fakeOf(workbook).Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(fakeOf(workbook, { excelApiVersion: "1.9" }).Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });

  it("installFakeOffice puts Excel, Office and OfficeExtension on the global object and takes them away again", async () => {
    const workbook = await sheetWith([[1]]);
    expect(globals.Excel).toBeUndefined();
    const installed = installFakeOffice(globalThis, workbook, { displayLanguage: "en-US" });
    uninstall = installed.uninstall;
    expect(Office.context.displayLanguage).toBe("en-US");
    expect(Excel.SheetVisibility.veryHidden).toBe("VeryHidden");
    const value = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
      await context.sync();
      return range.values[0]?.[0];
    });
    expect(value).toBe(1);
    let caught: unknown;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    }).catch((error: unknown) => {
      caught = error;
    });
    expect(caught).toBeInstanceOf(OfficeExtension.Error);
    expect((caught as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
    installed.uninstall();
    uninstall = undefined;
    expect(globals.Excel).toBeUndefined();
    expect(globals.Office).toBeUndefined();
  });

  it("the Excel object stands in for the parts of typeof Excel the add-in uses", async () => {
    const { Excel: fake } = fakeOf(await sheetWith([[1]]));
    const asExcel: Pick<typeof Excel, "run" | "ChartType" | "ChartSeriesBy" | "SheetVisibility" | "ErrorCodes"> = fake;
    expect(asExcel.ChartType.columnClustered).toBe("ColumnClustered");
    expect(asExcel.ChartSeriesBy.columns).toBe("Columns");
  });

  it("two Excel.run batches see each other's synced changes", async () => {
    const workbook = await sheetWith([[1]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      await context.sync();
    });
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").load("values");
      await context.sync();
      return range.values;
    });
    expect(read).toEqual([[1], [2]]);
  });
});
