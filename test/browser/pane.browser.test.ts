import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { xlsxBytes } from "../support/workbook";
import type { ExcelHost } from "../../addin/excel-host";
import { CHROMIUM, DIST, launchChromium, openPane, ROOT, serve, workbookFacts, type PaneServer } from "./support";

const SAMPLE = readFileSync(join(ROOT, "samples/2022-first-batch.xlsx"));
const SHEET = "2022年第一批";
const ARTIFACTS = join(ROOT, "out", "screenshots");
const built = existsSync(join(DIST, "taskpane.html"));

if (!built) throw new Error("The browser tests need the built add-in: run `npm run build` first (npm test does).");
if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei (.ci/run does).`);

let browser: Browser;
let server: PaneServer;
let page: Page;

beforeAll(async () => {
  server = await serve(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
let cspViolations: string[] = [];
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 460, height: 1500 }, acceptDownloads: true });
  cspViolations = [];
  page.on("pageerror", (error) => {
    throw error;
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});
afterEach(async () => {
  await page?.close();
  // Nothing the pane does needs an exception to its Content-Security-Policy.
  expect(cspViolations).toEqual([]);
});

async function runPane(expectRows: number): Promise<void> {
  await page.getByTestId("run").click();
  await expect.poll(() => page.getByTestId("message").textContent(), { timeout: 60_000 }).toContain(`${expectRows}`);
  await page.getByTestId("counts").waitFor();
}

describe("the task pane in Chromium, on Microsoft's office.js and the simulated Excel host", () => {
  it("decides the sample tracker, writes the results back and exports the audited workbook (zh-CN)", async () => {
    const host = await openPane(page, server, SAMPLE);
    await expect.poll(() => page.getByTestId("mapping").textContent()).toContain("表头在第 3 行");
    await expect.poll(() => page.locator('[data-field="investment"]').inputValue()).toBe("研发投入总额 （万元）");

    await runPane(15);
    expect(await page.getByTestId("message").textContent()).toBe("完成：已写回 15 行结果和「汇总」工作表。");
    expect(await page.locator('[data-status="funded"] td.number').textContent()).toBe("12");
    expect(await page.locator('[data-status="unmatched"] td.number').textContent()).toBe("3");
    expect(await page.getByTestId("total").textContent()).toBe("财政补助合计：55,000,000.00 元");
    // The funnel, as the CLI prints it: 15 published, 12 agreed, 12 funded.
    expect(await page.locator('[data-testid="funnel"] [data-stage="all"] td').allTextContents()).toEqual(["合计", "15", "15", "12", "12", "55,000,000.00"]);
    // The sample's bank credit lines, each issuer once; no project reported twice.
    expect(await page.getByTestId("credit").textContent()).toBe("银行授信额度合计（元）：940,000,000.00（获授信发榜单位数 4）");
    expect(await page.getByTestId("duplicates").count()).toBe(0);
    const problems = page.getByTestId("problems").locator("li");
    expect(await problems.count()).toBe(1);
    expect(await problems.first().textContent()).toMatch(/^G14 提示 jiebang：|^G14 提示 统一社会信用代码/);

    // Result columns right of the tracker (U, 授信银行, is its last column), under their own header.
    expect((host.cell(SHEET, "V3")).value).toBe("判定结果");
    expect((host.cell(SHEET, "V4")).value).toBe("予以资助");
    expect((host.cell(SHEET, "Y4")).value).toBe(7_800_000);
    expect((host.cell(SHEET, "Z9")).value).toBe("是");
    expect((host.cell(SHEET, "V16")).value).toBe("未达成合作");
    expect((host.cell(SHEET, "G14")).fill).toBe("#FCE4D6");
    const facts = workbookFacts(host, "汇总");
    expect(facts.sheets).toContain("汇总");
    expect(facts.charts.map((c) => c.type)).toEqual(["ColumnClustered"]);
    expect(facts.comments.map((c) => c.address)).toEqual(["G14"]);
    expect((host.cell("汇总", "B9")).value).toBe(55_000_000);

    // Clicking a problem selects its cell.
    await problems.first().getByRole("button").click();
    await expect.poll(() => workbookFacts(host, "汇总").selection).toEqual({ sheet: SHEET, address: "G14" });

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "pane-zh-CN.png"), fullPage: true });

    // Export opens the audited workbook in Excel (Application.createWorkbook): no download, which Excel for Mac ignores.
    await page.getByTestId("export").click();
    await expect.poll(() => page.getByTestId("message").textContent()).toBe(`审计工作簿已在 Excel 中作为新工作簿打开，请另存为「${SHEET}.audited.xlsx」。`);
    const created = host.createdWorkbooks();
    expect(created).toHaveLength(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(created[0]! as never);
    expect(book.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["资助测算", "拨付清单", "汇总", "问题", "规则", "审计"]);
    // The export carries its tamper-evidence record, as the CLI's does.
    expect(book.worksheets.find((w) => w.name === "_jiebang")?.state).toBe("veryHidden");
    expect(book.getWorksheet("资助测算")!.getCell("Q2").value).toBe(7_800_000);
    expect(book.getWorksheet("汇总")!.getCell("B9").value).toBe(55_000_000);
  });

  it("decides two sheets together: each sheet's results beside it, one summary of both (zh-CN)", async () => {
    // The transformation sample's sheet pasted into the first batch's workbook, as a city's sheet is.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(SAMPLE as unknown as ArrayBuffer);
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(readFileSync(join(ROOT, "samples/2022-transformation.xlsx")) as unknown as ArrayBuffer);
    const from = other.worksheets[0]!;
    const to = book.addWorksheet(from.name);
    from.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => void (to.getCell(r, c).value = cell.value)));
    const host = await openPane(page, server, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    await expect.poll(() => page.getByTestId("mapping").textContent()).toContain("表头在第 3 行");
    const tick = page.getByTestId("together").locator(`input[data-sheet="${from.name}"]`);
    await tick.check();
    await runPane(26);
    expect(await page.getByTestId("message").textContent()).toBe("完成：已写回 2 张工作表共 26 行结果和「汇总」工作表。");
    expect(await page.getByTestId("total").textContent()).toBe("财政补助合计：117,900,000.00 元");
    // Each sheet's share, adding up to the total.
    expect(await page.getByTestId("by-sheet").locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)))).toEqual([
      [SHEET, "15", "12", "55,000,000.00"],
      [from.name, "11", "9", "62,900,000.00"],
    ]);
    // Each sheet's results right of its own tracker.
    expect(host.cell(SHEET, "V3").value).toBe("判定结果");
    expect(host.cell(SHEET, "V4").value).toBe("予以资助");
    // The transformation sample's header is in row 2; its first project (row 3) is funded.
    const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
    const at = letters.find((l) => host.cell(from.name, `${l}2`).value === "判定结果")!;
    expect(at).toBeDefined();
    expect(host.cell(from.name, `${at}3`).value).toBe("予以资助");
    expect(host.sheetNames().filter((n) => n.startsWith("汇总"))).toEqual(["汇总"]);
    const column = [...Array(120).keys()].map((r) => host.cell("汇总", `A${r + 1}`).value);
    expect(column).toContain("按来源台账");
    // A workbook not yet saved has no name: its sheets are named by themselves.
    expect(column).toContain(`${SHEET}：${SHEET}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "pane-together.png"), fullPage: true });
  });

  it("shows cell and pack text as text, never as markup", async () => {
    const hostile = '<img src=x onerror="document.title=\'pwned\'">';
    const bytes = await xlsxBytes([
      {
        name: "台账",
        rows: [
          ["项目编号", "项目类型", "发榜方", "发榜方性质", "发榜方所在地", "揭榜方", "是否达成合作", "研发投入总额（万元）"],
          ["A-1", "技术攻关类", "包头某公司", "独立法人企业", "包头市", "北京某大学", "是", hostile],
        ],
      },
    ]);
    await openPane(page, server, bytes);
    await runPane(1);
    expect(await page.getByTestId("problems").textContent()).toContain(hostile);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.title()).not.toBe("pwned");
  });

  it("checks and tests a loaded pack before it can be chosen, and refuses one with errors", async () => {
    await openPane(page, server, SAMPLE);
    await page.getByTestId("run").waitFor();
    const packDir = join(ROOT, "rules/examples/baotou");
    await page.getByTestId("pack-file").setInputFiles([join(packDir, "2022-01.json"), join(packDir, "2022-01.tests.json")]);
    await expect.poll(() => page.getByTestId("pack-tests").textContent()).toMatch(/^规则测试：(\d+)\/\1 通过；覆盖 (\d+)\/\2$/);
    expect(await page.getByTestId("pack").locator("option:checked").textContent()).toContain("（叠加在自治区规则包之上）");

    const bad = JSON.parse(readFileSync(join(ROOT, "rules/nmg/2021-12.json"), "utf8"));
    bad.parameters.techRate.value = "30";
    await page.getByTestId("pack-file").setInputFiles([{ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) }]);
    await expect.poll(() => page.getByTestId("pack-findings").textContent()).toContain("未通过检查，不能使用");
    expect(await page.getByTestId("pack-finding-list").textContent()).toContain("/parameters/techRate/value [tech]");
    expect(await page.getByTestId("pack").locator("option").count()).toBe(2);
  });

  it("speaks English when Office's display language is English", async () => {
    const host = await openPane(page, server, SAMPLE, "en-US");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Jiebang subsidies");
    await runPane(15);
    expect((host.cell(SHEET, "V4")).value).toBe("funded");
    expect(await page.getByTestId("total").textContent()).toBe("Total subsidy：55,000,000.00 yuan");
  });

  it("decides 20,000 rows in a Web Worker: reads and writes in chunks under Excel's limits, and no main-thread task passes 200 ms", async () => {
    const header = ["项目编号", "项目名称", "项目类型", "技术领域", "发榜单位", "发榜单位性质", "所在盟市", "揭榜单位", "揭榜单位所在地", "合作状态", "研发投入总额（万元）", "是否特别重大"];
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `W-${i + 1}`,
      `项目${i + 1}的较长名称，用来让每一行的数据量接近真实台账`,
      i % 4 === 0 ? "成果转化类" : "技术攻关类",
      ["新能源", "新材料", "乳业", "种业", "煤炭清洁利用"][i % 5]!,
      `鄂尔多斯某新材料科技有限公司第${i % 300}分厂`,
      i % 29 === 0 ? "事业单位" : "独立法人企业",
      "鄂尔多斯市",
      "北京某大学、内蒙古某大学、上海某研究院",
      "北京市、呼和浩特市、上海市",
      i % 13 === 0 ? "洽谈中" : "已签约",
      i % 37 === 0 ? "约800万元" : 300 + (i % 5000),
      "否",
    ]);
    const host = await openPane(page, server, await xlsxBytes([{ name: "大台账", rows: [header, ...rows] }]));
    await expect.poll(() => page.getByTestId("mapping").textContent(), { timeout: 60_000 }).toContain("表头在第 1 行");
    expect(await page.locator("#app").getAttribute("data-decide-in")).toBe("worker");
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: Array<[number, number]> };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({ type: "longtask", buffered: false });
    });
    host.resetRequests();
    await page.getByTestId("read").click();
    await expect.poll(() => page.getByTestId("mapping").textContent(), { timeout: 60_000 }).toContain("表头在第 1 行");
    await runPane(20_000);
    const facts = workbookFacts(host, "汇总");
    // The host answers in another process, so every long task seen here is the pane's own or office.js's
    // (building and parsing the requests), as it would be in Excel.
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: Array<[number, number]> }).longTasks);
    const longest = Math.max(0, ...tasks.map(([, duration]) => duration));
    // The reads went in more than one request (a first block, then the rest), every request and response under Excel's 5 MB.
    expect(facts.requests.length).toBeGreaterThan(3);
    for (const r of facts.requests) {
      expect(r.error).toBeUndefined();
      expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(r.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    expect(Math.max(...facts.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeGreaterThan(1024 * 1024);
    console.info(`the longest main-thread task: ${longest} ms, of ${tasks.length} long tasks; largest request or response ${Math.max(...facts.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)))} bytes`);
    expect(longest, "the longest main-thread task, in ms").toBeLessThanOrEqual(200);
    expect((host.cell("大台账", "M20001")).value).toBeTypeOf("string");
  });

  it("decides a 10,000-row tracker in at most 8 ProcessQuery requests from reading to the last write, each under 5 MB", async () => {
    const header = ["项目编号", "项目名称", "项目类型", "技术领域", "发榜单位", "发榜单位性质", "所在盟市", "揭榜单位", "揭榜单位所在地", "合作状态", "研发投入总额（万元）", "是否特别重大"];
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `B-${i + 1}`,
      `项目${i + 1}`,
      i % 4 === 0 ? "成果转化类" : "技术攻关类",
      ["新能源", "新材料", "乳业", "种业", "煤炭清洁利用"][i % 5]!,
      `鄂尔多斯某公司${i % 300}`,
      i % 29 === 0 ? "事业单位" : "独立法人企业",
      "鄂尔多斯市",
      "北京某大学、内蒙古某大学",
      "北京市、呼和浩特市",
      i % 13 === 0 ? "洽谈中" : "已签约",
      i % 37 === 0 ? "约800万元" : 300 + (i % 5000),
      "否",
    ]);
    const host = await openPane(page, server, await xlsxBytes([{ name: "大台账", rows: [header, ...rows] }]));
    await expect.poll(() => page.getByTestId("mapping").textContent(), { timeout: 30_000 }).toContain("表头在第 1 行");
    host.resetRequests();
    await page.getByTestId("read").click();
    await expect.poll(() => page.getByTestId("mapping").textContent(), { timeout: 30_000 }).toContain("表头在第 1 行");
    await runPane(10_000);
    // office.js sends its clean-up of kept ranges after Excel.run resolves: let it arrive before counting.
    await page.waitForTimeout(500);
    const requests = workbookFacts(host, "汇总").requests;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.length).toBeLessThanOrEqual(8);
    for (const r of requests) expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
    expect((host.cell("大台账", "M10001")).value).toBeTypeOf("string");
  });
});
