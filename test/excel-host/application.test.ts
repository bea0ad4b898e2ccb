import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { excelDate } from "../../addin/excel-host";
import { failure, fill, hostOf, plain, xlsxOf } from "./helpers";

const base64Of = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** Excel.Application.createWorkbook (ExcelApi 1.8) is missing from @types/office-js; the client has it (L28071). */
type WithCreateWorkbook = Excel.Application & { createWorkbook(base64File?: string): { open(): void } };
const application = (context: Excel.RequestContext) => context.workbook.application as WithCreateWorkbook;

describe("application.createWorkbook", () => {
  it("creates a workbook from base64 and open() opens it: the host keeps its bytes", async () => {
    const host = await hostOf((book) => book.addWorksheet("Sheet1"));
    const audited = await xlsxOf((book) => fill(book.addWorksheet("Audit"), [["ok"]]));
    await Excel.run(async (context) => {
      const created = application(context).createWorkbook(base64Of(audited));
      created.open();
      await context.sync();
    });
    const [opened] = host.createdWorkbooks();
    expect(opened).toEqual(audited);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(opened as unknown as ArrayBuffer);
    expect(book.getWorksheet("Audit")?.getCell("A1").value).toBe("ok");
  });

  it("works through Excel.createWorkbook too, and refuses a string that is not an .xlsx", async () => {
    const host = await hostOf((book) => book.addWorksheet("Sheet1"));
    const bytes = await xlsxOf((book) => book.addWorksheet("Other"));
    await Excel.createWorkbook(base64Of(bytes));
    expect(host.createdWorkbooks().length).toBe(1);
    const error = await failure(
      Excel.run(async (context) => {
        application(context).createWorkbook(btoa("not a zip")).open();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.createdWorkbooks().length).toBe(1);
  });
});

async function dateValue(year: number, month: number, day: number): Promise<{ value: unknown; error: unknown }> {
  return Excel.run(async (context) => {
    const result = context.workbook.functions.date(year, month, day);
    result.load("value,error");
    await context.sync();
    return { value: result.value, error: result.error };
  });
}

describe("functions.date and the 1904 date system", () => {
  it("gives serials of the 1900 date system: 1904-01-01 is 1462, the fictitious 1900-02-29 is 60", async () => {
    await hostOf((book) => book.addWorksheet("Sheet1"));
    expect(await dateValue(1904, 1, 1)).toEqual({ value: 1462, error: null });
    expect((await dateValue(1900, 2, 29)).value).toBe(60);
    expect((await dateValue(1900, 3, 1)).value).toBe(61);
    expect((await dateValue(2024, 1, 15)).value).toBe(45306);
    expect((await dateValue(2023, 13, 15)).value).toBe(45306);
    expect((await dateValue(10_000, 1, 1)).error).toBe("#NUM!");
  });

  it("gives serials of the 1904 system in a 1904 workbook: 1904-01-01 is 0, earlier is #NUM!", async () => {
    await hostOf((book) => book.addWorksheet("Sheet1"), { date1904: true });
    expect(await dateValue(1904, 1, 1)).toEqual({ value: 0, error: null });
    expect((await dateValue(2024, 1, 15)).value).toBe(45306 - 1462);
    expect((await dateValue(1903, 12, 31)).error).toBe("#NUM!");
  });

  it("reports a 1904 file's dates as serials of its own system, rendered as the same day", async () => {
    const host = await hostOf((book) => {
      (book.properties as { date1904?: boolean }).date1904 = true;
      const s = book.addWorksheet("Sheet1");
      s.getCell("A1").value = new Date(Date.UTC(2024, 0, 15));
      s.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect(host.date1904).toBe(true);
    const read = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("values,text");
      await context.sync();
      return plain([r.values[0]![0], r.text[0]![0]]);
    });
    expect(read).toEqual([45306 - 1462, "2024-01-15"]);
  });

  it("follows Excel's DATE rules for years before 1900 and rolling months", () => {
    expect(excelDate(0, 1, 1, false)).toEqual({ value: 1 });
    expect(excelDate(1900, 1, 0, false)).toEqual({ value: 0 });
    expect(excelDate(124, 1, 15, false)).toEqual({ value: 45306 });
    expect(excelDate(2024, 0, 15, false)).toEqual({ value: 45306 - 31 });
    expect(excelDate(-1, 1, 1, false)).toEqual({ error: "#NUM!" });
    expect(excelDate("x", 1, 1, false)).toEqual({ error: "#VALUE!" });
  });
});

describe("tables and charts", () => {
  it("lists tables with their worksheet and reads a table's range", async () => {
    await hostOf((book) => {
      book.addWorksheet("Sheet1");
      const s = book.addWorksheet("Data");
      s.addTable({ name: "Projects", ref: "B2", headerRow: true, columns: [{ name: "名称" }, { name: "金额" }], rows: [["甲", 1], ["乙", 2]] });
    });
    const out = await Excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const sheets = tables.items.map((t) => {
        t.worksheet.load("name");
        return t.worksheet;
      });
      const range = context.workbook.tables.getItem("projects").getRange();
      range.load("address,values");
      const body = context.workbook.tables.getItem("Projects").getDataBodyRange();
      body.load("address");
      await context.sync();
      return { names: tables.items.map((t) => t.name), sheets: sheets.map((s) => s.name), address: range.address, values: plain(range.values), body: body.address };
    });
    expect(out).toEqual({ names: ["Projects"], sheets: ["Data"], address: "Data!B2:C4", values: [["名称", "金额"], ["甲", 1], ["乙", 2]], body: "Data!B3:C4" });
  });

  it("adds a chart over a range, with a title and a position", async () => {
    const host = await hostOf((book) => fill(book.addWorksheet("Summary"), [["field", "yuan"], ["AI", 100]]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Summary");
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:B2"), Excel.ChartSeriesBy.columns);
      chart.title.text = "Subsidy by field";
      chart.setPosition("D1", "K16");
      await context.sync();
    });
    expect(host.charts("Summary")).toEqual([
      { sheet: "Summary", name: "Chart 1", type: "ColumnClustered", sourceAddress: "Summary!A1:B2", seriesBy: "Columns", title: "Subsidy by field", position: "D1:K16" },
    ]);
  });
});
