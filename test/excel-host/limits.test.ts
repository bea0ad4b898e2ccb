import { describe, expect, it } from "vitest";
import { EXCEL_WEB_LIMITS, MB } from "../../addin/excel-host";
import { failure, fill, hostOf } from "./helpers";

const sheet = (book: import("exceljs").Workbook) => fill(book.addWorksheet("Sheet1"), [["kept"]]);

describe("payload limits, measured on the real bodies", () => {
  it("are Excel on the web's unless a test lowers them: 5 MB each way, 5,000,000 cells per read, 2 MB of settings", async () => {
    const host = await hostOf(sheet);
    expect(host.limits).toEqual({ requestBytes: 5 * MB, responseBytes: 5 * MB, readCells: 5_000_000, settingsBytes: 2 * MB });
    expect(EXCEL_WEB_LIMITS.requestBytes).toBe(5_242_880);
  });

  it("refuses a request body over the limit whole: RequestPayloadSizeLimitExceeded, nothing written", async () => {
    const host = await hostOf(sheet, { limits: { requestBytes: 10_000 } });
    const error = await failure(
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Sheet1");
        s.getRange("A1").values = [["changed"]];
        s.getRange("B1:B400").values = Array.from({ length: 400 }, (_, i) => [`row ${i} with some text`]);
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.cell("Sheet1", "A1").value).toBe("kept");
    expect(host.cell("Sheet1", "B1").value).toBe("");
    const refused = host.requests.find((r) => r.error)!;
    expect(refused.requestBytes).toBeGreaterThan(10_000);
    expect(refused.error).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("counts UTF-8 bytes: Chinese text takes three bytes a character", async () => {
    const host = await hostOf(sheet, { limits: { requestBytes: 5_000 } });
    const text = "项".repeat(1_500); // 1,500 UTF-16 units, 4,500 UTF-8 bytes
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[text]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    const refused = host.requests.at(-1)!;
    expect(refused.requestBytes).toBeGreaterThan(5_000);
    expect(refused.requestBytes - 3_000).toBeLessThan(5_000);
  });

  it("turns a response over the limit into ResponsePayloadSizeLimitExceeded with no results; the request's writes stay", async () => {
    const host = await hostOf(
      (book) => {
        const s = book.addWorksheet("Sheet1");
        for (let r = 1; r <= 300; r++) s.getCell(r, 1).value = `a long enough line of text number ${r}`;
      },
      { limits: { responseBytes: 5_000 } },
    );
    let range: Excel.Range | undefined;
    const error = await failure(
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Sheet1");
        s.getRange("B1").values = [["written"]];
        range = s.getRange("A1:A300");
        range.load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.cell("Sheet1", "B1").value).toBe("written");
    expect(() => range!.values).toThrow(/PropertyNotLoaded|not available/);
  });

  it("refuses to read more than the cell limit of one range (RangeExceedsLimit)", async () => {
    await hostOf(sheet);
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange().load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("RangeExceedsLimit");
  });
});

describe("settings", () => {
  it("adds, replaces, reads, finds and deletes settings", async () => {
    const host = await hostOf(sheet, { settings: { existing: { n: 1 } } });
    const out = await Excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("jiebang.state", JSON.stringify({ version: 1 }));
      settings.add("jiebang.state", JSON.stringify({ version: 2 }));
      const state = settings.getItem("jiebang.state");
      state.load("key,value");
      const existing = settings.getItemOrNullObject("existing");
      existing.load("value");
      settings.load("items/key");
      await context.sync();
      existing.delete();
      const count = settings.getCount();
      await context.sync();
      return { key: state.key, value: state.value, existing: existing.value, keys: settings.items.map((s) => s.key), count: count.value };
    });
    expect(out).toEqual({ key: "jiebang.state", value: '{"version":2}', existing: { n: 1 }, keys: ["existing", "jiebang.state"], count: 1 });
    expect(host.settings()).toEqual({ "jiebang.state": '{"version":2}' });
    const missing = await failure(
      Excel.run(async (context) => {
        context.workbook.settings.getItem("nope").load("value");
        await context.sync();
      }),
    );
    expect(missing.code).toBe("ItemNotFound");
  });

  it("refuses settings that would pass the size limit with InvalidArgument (office-js #621, #3957), keeping the earlier ones", async () => {
    const host = await hostOf(sheet, { limits: { settingsBytes: 1_000 } });
    await Excel.run(async (context) => {
      context.workbook.settings.add("small", "x".repeat(400));
      await context.sync();
    });
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.settings.add("big", "y".repeat(700));
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(Object.keys(host.settings())).toEqual(["small"]);
    expect(host.settingsBytes()).toBe(JSON.stringify({ small: "x".repeat(400) }).length);
  });
});
