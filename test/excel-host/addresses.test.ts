import { describe, expect, it } from "vitest";
import { failure, fill, hostOf } from "./helpers";

const sheets = ["Sheet1", "2022年第一批", "My Sheet", "It's", "汇总", "Q1-Q2"];

describe("addresses as Excel writes and reads them", () => {
  it("quotes a sheet name in Range.address when Excel does: digits first, spaces, apostrophes, punctuation", async () => {
    await hostOf((book) => sheets.forEach((name) => book.addWorksheet(name)));
    const addresses = await Excel.run(async (context) => {
      const ranges = sheets.map((name) => {
        const r = context.workbook.worksheets.getItem(name).getRange(name === "Sheet1" ? "B2" : "A1:B2");
        r.load("address");
        return r;
      });
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(["Sheet1!B2", "'2022年第一批'!A1:B2", "'My Sheet'!A1:B2", "'It''s'!A1:B2", "汇总!A1:B2", "'Q1-Q2'!A1:B2"]);
  });

  it("writes whole columns and rows as Excel does (A:A, 2:3)", async () => {
    await hostOf((book) => book.addWorksheet("Sheet1"));
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const column = sheet.getRange("A:A");
      column.load("address,rowCount,isEntireColumn");
      const rows = sheet.getRange("2:3");
      rows.load("address,columnCount");
      await context.sync();
      return [column.address, column.rowCount, column.isEntireColumn, rows.address, rows.columnCount];
    });
    expect(out).toEqual(["Sheet1!A:A", 1_048_576, true, "Sheet1!2:3", 16_384]);
  });

  it("reads a sheet-qualified address in getRange only when the name is quoted as Excel requires (office-js #681)", async () => {
    await hostOf((book) => {
      fill(book.addWorksheet("2022年第一批"), [["x"]]);
      book.addWorksheet("Sample-1");
    });
    const value = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("2022年第一批").getRange("'2022年第一批'!A1");
      r.load("values");
      await context.sync();
      return r.values[0]![0];
    });
    expect(value).toBe("x");
    const error = await failure(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("2022年第一批").getRange("2022年第一批!A1");
        r.load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    const dash = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sample-1").getRange("Sample-1!B5:D5").values = [["Potato Chips", 10, 1.8]];
        await context.sync();
      }),
    );
    expect(dash.code).toBe("InvalidArgument");
  });

  it("refuses an address that is not a reference", async () => {
    await hostOf((book) => book.addWorksheet("Sheet1"));
    for (const bad of ["A0", "XFE1", "A1:B", "hello"]) {
      const error = await failure(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange(bad).load("address");
          await context.sync();
        }),
      );
      expect(error.code, bad).toBe("InvalidArgument");
    }
  });
});
