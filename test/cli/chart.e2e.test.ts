/**
 * The sample's export from the command line (exceljs's streaming writer)
 * carries the Summary sheet's two native charts: the parts and links Excel
 * opens (xl/charts/chart1.xml from the sheet's drawing), the same chart XML
 * as the whole writer's, a file exceljs, the repo's reader and `jiebang
 * verify` still take; and LibreOffice draws them: the chart's title and
 * category labels are text on the Summary page of the PDF (a picture would
 * not give text), on one page with its tables. The page's image is saved
 * under out/screenshots/ for people to look at. Where LibreOffice or
 * poppler is missing the test fails with the install line.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExport, readExportCharts, readXlsx, writeWorkbook } from "../../src/io";
import { auditedWorkbook, CHART_TITLES } from "../../src/report";
import { sha256Hex } from "../../src/digest";
import { decideTracker } from "../../src/run";
import { regionPack } from "../support/decide";
import { expectSummaryCharts } from "../support/charts";
import { ROOT, RUN_AT, runCli, SAMPLE, tempDir } from "./support";

const SCREENSHOTS = join(ROOT, "out", "screenshots");
const TITLES = [CHART_TITLES.byField["zh-CN"], CHART_TITLES.byLeagueCity["zh-CN"]];

async function sampleExport(dir: string): Promise<string> {
  const out = join(dir, "sample.audited.xlsx");
  const result = await runCli(["run", SAMPLE, "--out", out, "--force"]);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

describe("the command line's export draws the Summary sheet's charts", () => {
  it("has xl/charts/chart1.xml and chart2.xml from the Summary sheet's drawing, with content types, ranges and caches equal to its cells", async () => {
    const bytes = new Uint8Array(readFileSync(await sampleExport(tempDir())));
    await expectSummaryCharts(bytes, "汇总", TITLES);
  });

  it("gives the same chart parts as the whole writer (the pane's export), and still reads back and verifies", async () => {
    const dir = tempDir();
    const out = await sampleExport(dir);
    const streamed = readExportCharts(new Uint8Array(readFileSync(out)), out);
    const tracker = new Uint8Array(readFileSync(SAMPLE));
    const run = await decideTracker({ grids: (await readXlsx(tracker, "2022-first-batch.xlsx")).grids, file: "2022-first-batch.xlsx", sha256: sha256Hex(tracker), packs: [regionPack()], lang: "zh-CN", at: RUN_AT.toISOString() });
    const whole = readExportCharts(await writeWorkbook(auditedWorkbook(run)));
    const charted = (found: typeof streamed) => found.filter((s) => s.charts.length > 0).map((s) => ({ sheet: s.sheet, charts: s.charts.map((c) => ({ part: c.part, sha256: c.sha256, refs: c.refs })) }));
    expect(charted(streamed)).toEqual(charted(whole));
    expect(charted(streamed)).toHaveLength(1);
    expect(streamed.find((s) => s.sheet === "汇总")!.charts[0]!.refs).toEqual(["'汇总'!$E$19", "'汇总'!$A$20:$A$24", "'汇总'!$E$20:$E$24"]);
    const reading = await readExport(new Uint8Array(readFileSync(out)), out);
    expect(reading.record).toBeTruthy();
    const verified = await runCli(["verify", out, SAMPLE]);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
  });
});

describe("the Summary sheet's charts, printed by LibreOffice", () => {
  let pages: string[] = [];
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeAll(async () => {
    const missing: string[] = [];
    if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) missing.push("libreoffice-calc-nogui");
    if (spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).error || spawnSync("pdftoppm", ["-v"], { encoding: "utf8" }).error) missing.push("poppler-utils");
    if (missing.length > 0) throw new Error(`Printing the export needs: apt-get install -y ${missing.join(" ")} (.ci/run does).`);
    dir = mkdtempSync(join(tmpdir(), "jiebang-chart-"));
    const out = await sampleExport(dir);
    const profile = pathToFileURL(join(dir, "lo-profile")).href;
    const convert = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], { encoding: "utf8", timeout: 120_000 });
    expect(convert.status, `${convert.stdout}\n${convert.stderr}`).toBe(0);
    const pdf = out.replace(/\.xlsx$/, ".pdf");
    const count = Number(/^Pages:\s+(\d+)/m.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1] ?? NaN);
    for (let page = 1; page <= count; page++) pages.push(spawnSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" }).stdout);
    // The Summary pages as images, for people to look at.
    const summary = pages.findIndex((t) => /汇总\s*$/m.test(t.split("\n").find((l) => l.trim() !== "") ?? "")) + 1;
    mkdirSync(SCREENSHOTS, { recursive: true });
    const drawn = spawnSync("pdftoppm", ["-r", "110", "-png", "-f", String(summary), "-l", String(summary), pdf, join(dir, "summary")], { encoding: "utf8" });
    expect(drawn.status, drawn.stderr).toBe(0);
    const png = readdirSync(dir).find((f) => /^summary-\d+\.png$/.test(f))!;
    renameSync(join(dir, png), join(SCREENSHOTS, "export-summary-chart.png"));
  }, 180_000);

  const summaryPages = () => pages.filter((t) => /汇总\s*$/m.test(t.split("\n").find((l) => l.trim() !== "") ?? ""));

  it("prints the Summary sheet on one page, its tables and both charts", () => {
    expect(summaryPages()).toHaveLength(1);
    const text = summaryPages()[0]!.replace(/\s+/g, "");
    // The tables…
    expect(text).toContain("按技术领域");
    expect(text).toContain("银行授信");
    // …and the charts, drawn as charts: their titles, the axis's amounts, and each category under its bar.
    for (const title of TITLES) expect(text).toContain(title);
    expect(text).toMatch(/18,000,000|16,000,000/);
    const page = summaryPages()[0]!;
    const chartSide = page
      .split("\n")
      .map((line) => line.slice(100))
      .join("\n")
      .replace(/\s+/g, "");
    // Right of the tables (past their columns): the categories of both charts, in the tables' order.
    expect(chartSide).toContain("煤炭清洁利用乳业新材料新能源种业");
    expect(chartSide).toContain("巴彦淖尔市包头市赤峰市");
  });
});
