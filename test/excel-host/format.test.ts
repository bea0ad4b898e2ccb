import { describe, expect, it } from "vitest";
import { failure, fill, hostOf, plain } from "./helpers";

const filled = (book: import("exceljs").Workbook) => {
  const sheet = book.addWorksheet("Sheet1");
  fill(sheet, [["none", "white", "green"]]);
  sheet.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } };
  sheet.getCell("C1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
};

describe("fills: no fill and white fill", () => {
  it("format.fill.color reads #FFFFFF for both (office-js #4900, #6218); pattern and tintAndShade tell them apart", async () => {
    await hostOf(filled);
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const fills = ["A1", "B1", "C1"].map((a) => {
        const f = sheet.getRange(a).format.fill;
        f.load("color,pattern,tintAndShade");
        return f;
      });
      await context.sync();
      return fills.map((f) => [f.color, f.pattern, f.tintAndShade]);
    });
    expect(out).toEqual([
      ["#FFFFFF", "None", null],
      ["#FFFFFF", "Solid", 0],
      ["#E2EFDA", "Solid", 0],
    ]);
  });

  it("getCellProperties answers a rows × columns array of camelCase objects mirroring the options", async () => {
    await hostOf(filled);
    const props = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2");
      const result = range.getCellProperties({ address: true, format: { fill: { color: true, pattern: true }, font: { bold: true } } });
      await context.sync();
      return plain(result.value);
    });
    expect(props.length).toBe(2);
    expect(props[0]).toEqual([
      { address: "Sheet1!A1", format: { fill: { color: "#FFFFFF", pattern: "None" }, font: { bold: false } } },
      { address: "Sheet1!B1", format: { fill: { color: "#FFFFFF", pattern: "Solid" }, font: { bold: false } } },
      { address: "Sheet1!C1", format: { fill: { color: "#E2EFDA", pattern: "Solid" }, font: { bold: false } } },
    ]);
    expect(props[1]?.[2]?.address).toBe("Sheet1!C2");
  });

  it("fill.clear() removes a fill; a colour set makes a solid fill; a range of mixed fills reads null", async () => {
    const host = await hostOf(filled);
    const mixed = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1").format.fill.clear();
      sheet.getRange("A2").format.fill.color = "#FCE4D6";
      const all = sheet.getRange("A1:B1").format.fill;
      all.load("color,pattern");
      await context.sync();
      return [all.color, all.pattern];
    });
    expect(mixed).toEqual(["#FFFFFF", null]);
    expect(host.cell("Sheet1", "C1").fill).toBeUndefined();
    expect(host.cell("Sheet1", "A2")).toMatchObject({ fill: "#FCE4D6", pattern: "Solid" });
  });

  it("refuses null and non-colours as a fill colour (InvalidArgument)", async () => {
    await hostOf(filled);
    for (const color of [null, "not a colour"]) {
      const error = await failure(
        Excel.run(async (context) => {
          (context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill as { color: unknown }).color = color;
          await context.sync();
        }),
      );
      expect(error.code, String(color)).toBe("InvalidArgument");
    }
  });

  it("sets font bold and colour, and column widths in points (snapped to whole pixels)", async () => {
    const host = await hostOf(filled);
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.font.color = "#375623";
      sheet.getRange("B:B").format.columnWidth = 70;
      const check = sheet.getRange("A1:C1").format;
      check.load("columnWidth");
      check.font.load("bold,color");
      const b = sheet.getRange("B1").format;
      b.load("columnWidth");
      await context.sync();
      return { bold: check.font.bold, color: check.font.color, mixedWidth: check.columnWidth, b: b.columnWidth };
    });
    // 70 pt is 93.3 px; the column takes whole pixels (93 px = 69.75 pt).
    expect(out).toEqual({ bold: true, color: "#375623", mixedWidth: null, b: 69.75 });
    expect(host.cell("Sheet1", "C1").bold).toBe(true);
  });
});

describe("cell data: typed input, number formats and text", () => {
  it("parses written strings as typed input unless the cell is text-formatted", async () => {
    const host = await hostOf((book) => book.addWorksheet("Sheet1"));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:F1").values = [["123", "12%", "TRUE", "'0012", "#N/A", "plain"]];
      const text = sheet.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["0012", "=1+1"]];
      await context.sync();
    });
    const row1 = ["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => host.cell("Sheet1", a));
    expect(row1.map((c) => [c.value, c.valueType])).toEqual([
      [123, "Double"],
      [0.12, "Double"],
      [true, "Boolean"],
      ["0012", "String"],
      ["#N/A", "Error"],
      ["plain", "String"],
    ]);
    expect(row1[1]).toMatchObject({ numberFormat: "0%", text: "12%" });
    expect([host.cell("Sheet1", "A2").value, host.cell("Sheet1", "B2").value]).toEqual(["0012", "=1+1"]);
  });

  it("renders text through the number format and leaves null cells of a values array alone", async () => {
    const host = await hostOf((book) => fill(book.addWorksheet("Sheet1"), [[1, 2, 3]]));
    const text = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.numberFormat = [["#,##0.00", null, "0%"]];
      range.values = [[1234.5, null, 0.25]];
      range.load("text,numberFormat");
      await context.sync();
      return plain([range.text, range.numberFormat]);
    });
    expect(text).toEqual([[["1,234.50", "2", "25%"]], [["#,##0.00", "General", "0%"]]]);
    expect(host.cell("Sheet1", "B1").value).toBe(2);
  });

  it("clears contents and formats with clear('All') and contents alone with clear('Contents')", async () => {
    const host = await hostOf(filled);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").clear("Contents");
      sheet.getRange("C1").clear("All");
      await context.sync();
    });
    expect(host.cell("Sheet1", "B1")).toMatchObject({ value: "", fill: "#FFFFFF" });
    expect(host.cell("Sheet1", "C1")).toMatchObject({ value: "" });
    expect(host.cell("Sheet1", "C1").fill).toBeUndefined();
  });
});

describe("protection", () => {
  it("refuses writes to locked cells of a protected sheet (AccessDenied) and lets unlocked cells change", async () => {
    const host = await hostOf((book) => {
      const sheet = book.addWorksheet("Sheet1");
      fill(sheet, [["locked", "open"]]);
      sheet.getCell("B1").protection = { locked: false };
      sheet.protect("", {});
    });
    expect(host.sheet("Sheet1").protected).toBe(true);
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["changed"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["changed"]];
      await context.sync();
    });
    expect([host.cell("Sheet1", "A1").value, host.cell("Sheet1", "B1").value]).toEqual(["locked", "changed"]);
    const fillError = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1").format.fill.color = "#FF0000";
        await context.sync();
      }),
    );
    expect(fillError.code).toBe("AccessDenied");
  });

  it("protects and unprotects through WorksheetProtection; protecting twice fails", async () => {
    const host = await hostOf((book) => book.addWorksheet("Sheet1"));
    const state = await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      protection.protect();
      protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(state).toBe(true);
    expect((await failure(Excel.run(async (context) => { context.workbook.worksheets.getItem("Sheet1").protection.protect(); await context.sync(); }))).code).toBe("InvalidOperation");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
      await context.sync();
    });
    expect(host.sheet("Sheet1").protected).toBe(false);
  });
});
