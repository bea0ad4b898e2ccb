import { describe, expect, it } from "vitest";
import { expectCode, fakeOf, sheetWith } from "./helpers";

const MB = 1024 * 1024;

function block(rows: number, columns: number, width: number): string[][] {
  const text = "x".repeat(width);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => text));
}

function jsonSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

describe("request limits", () => {
  it("a sync writing more than 5 MB is refused whole, with RequestPayloadSizeLimitExceeded", async () => {
    const workbook = await sheetWith([["before"]]);
    const { Excel } = fakeOf(workbook);
    const big = block(1000, 10, 600);
    expect(jsonSize(big)).toBeGreaterThan(5 * MB);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["changed"]];
      context.workbook.settings.add("k", 1);
      sheet.getRange("B1:K1000").values = big;
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded", debugInfo: { errorLocation: "Range.values" } });
    });
    expect(workbook.syncCount).toBe(1);
    expect(workbook.cell("Sheet1", "A1").value).toBe("before");
    expect(workbook.cell("Sheet1", "B1").value).toBe("");
    expect(workbook.settings()).toEqual({});
  });

  it("just under 5 MB passes; writes add up within one sync", async () => {
    const workbook = await sheetWith([["before"]]);
    const { Excel } = fakeOf(workbook);
    const almost = block(1000, 10, 500);
    expect(jsonSize(almost)).toBeLessThan(5 * MB);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:K1000").values = almost;
      await context.sync();
      sheet.getRange("A1").values = [["changed"]];
      sheet.getRange("B1:K500").values = block(500, 10, 500);
      sheet.getRange("B501:K1000").values = block(500, 10, 500);
      sheet.getRange("B1001:K1100").values = block(100, 10, 500); // together past 5 MB
      await expectCode(context.sync(), "RequestPayloadSizeLimitExceeded");
    });
    expect(workbook.cell("Sheet1", "A1").value).toBe("before");
    expect(workbook.cell("Sheet1", "K1000").value).toBe("x".repeat(500));
  });

  it("reads count too: values and text of 5 MB together exceed the limit, and no load becomes readable", async () => {
    const workbook = await sheetWith([[]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:J1000").values = block(1000, 10, 500);
      await context.sync();
      const alone = sheet.getRange("A1:J1000").load("values");
      await context.sync();
      expect(alone.values).toHaveLength(1000);
      const small = sheet.getRange("A1").load("values");
      const both = sheet.getRange("A1:J1000").load("values, text");
      await expectCode(context.sync(), "RequestPayloadSizeLimitExceeded");
      expect(() => small.values).toThrow(/not available/);
      expect(() => both.values).toThrow(/not available/);
    });
  });

  it("a sync reading more than 5,000,000 cells is refused, and its writes undone", async () => {
    const workbook = await sheetWith([["before"]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["changed"]];
      sheet.getRange("A1:E1000001").load("values"); // 5,000,005 cells, plus the one written
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded", message: expect.stringMatching(/5000006 cells/) });
    });
    expect(workbook.cell("Sheet1", "A1").value).toBe("before");
  });

  it("a sync writing more than 5,000,000 cells is refused before anything is written", async () => {
    const workbook = await sheetWith([["before"]]);
    const { Excel } = fakeOf(workbook);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:E1000002");
      (range as unknown as { values: unknown }).values = 1;
      await expectCode(context.sync(), "RequestPayloadSizeLimitExceeded");
    });
    expect(workbook.cell("Sheet1", "A2").value).toBe("");
  });

  it("cells add up across operations of one sync, not across syncs", async () => {
    const { Excel } = fakeOf(await sheetWith([[1]]), { limits: { cells: 10 } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A10").load("values");
      await context.sync();
      sheet.getRange("A1:A6").load("values");
      sheet.getRange("B1:B6").values = [[1], [2], [3], [4], [5], [6]];
      await expectCode(context.sync(), "RequestPayloadSizeLimitExceeded");
      sheet.getRange("B1:B6").values = [[1], [2], [3], [4], [5], [6]];
      await context.sync();
      sheet.getRange("A1:A6").load("values");
      await context.sync();
    });
  });
});
