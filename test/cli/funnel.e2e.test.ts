/**
 * The funnel from demand to funding and the bank credit lines, as the source
 * article reports the scheme: on the demand-library and first-batch samples,
 * in every door of the command line (terminal, JSON, the audited workbook's
 * Summary sheet).
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SIMPLIFIED_HEADERS } from "../support/workbook";
import { project, readJson, readWorkbook, ROOT, rowOf, runCli, SAMPLE, tempDir, writeSheets, writeTracker } from "./support";

const LIBRARY = join(ROOT, "samples", "2022-demand-library.xlsx");

/** The Summary sheet's funnel table: the rows under its header, label first. */
function funnelTable(sheet: ExcelJS.Worksheet, title: string): unknown[][] {
  const rows: unknown[][] = [];
  let at = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === title) at = n;
  });
  expect(at, `the Summary sheet has a section “${title}”`).toBeGreaterThan(0);
  for (let n = at + 2; sheet.getRow(n).getCell(1).value !== null; n++) {
    const row = sheet.getRow(n);
    rows.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value));
  }
  return rows;
}

describe("the funnel", () => {
  it("prints the article's counts for the demand-library sample: 72 demands (54 tech, 18 transformation) → 15 published → 12 agreed → 12 funded, 55,000,000.00 yuan", async () => {
    const dir = tempDir();
    const out = join(dir, "library.audited.xlsx");
    const json = join(dir, "library.json");
    const result = await runCli(["run", LIBRARY, "--out", out, "--json", json]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);

    const funnel = (readJson(json).summary as unknown as { funnel: unknown }).funnel;
    expect(funnel).toEqual({
      tech: { rows: 54, published: 15, agreed: 12, funded: 12, subsidyYuan: "55000000.00" },
      transformation: { rows: 18, published: 0, agreed: 0, funded: 0, subsidyYuan: "0.00" },
      all: { rows: 72, published: 15, agreed: 12, funded: 12, subsidyYuan: "55000000.00" },
    });

    // The terminal shows the same table.
    const lines = result.stdout.split("\n");
    const title = lines.indexOf("需求到资助（漏斗）");
    expect(title).toBeGreaterThan(0);
    const cells = (label: string) =>
      lines
        .slice(title)
        .find((line) => line.includes(` ${label} `))!
        .split("│")
        .map((c) => c.trim())
        .filter(Boolean);
    expect(cells("技术攻关类")).toEqual(["技术攻关类", "54", "15", "12", "12", "55,000,000.00"]);
    expect(cells("成果转化类")).toEqual(["成果转化类", "18", "0", "0", "0", "0.00"]);
    expect(cells("合计")).toEqual(["合计", "72", "15", "12", "12", "55,000,000.00"]);

    // And the Summary sheet, in numbers a SUM can add.
    const workbook = await readWorkbook(out);
    expect(funnelTable(workbook.getWorksheet("汇总")!, "需求到资助（漏斗）")).toEqual([
      ["技术攻关类", 54, 15, 12, 12, 55_000_000],
      ["成果转化类", 18, 0, 0, 0, 0],
      ["合计", 72, 15, 12, 12, 55_000_000],
    ]);
  });

  it("speaks English with --lang en", async () => {
    const dir = tempDir();
    const out = join(dir, "library-en.xlsx");
    const result = await runCli(["run", LIBRARY, "--lang", "en", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("From demand to funding (funnel)");
    const workbook = await readWorkbook(out);
    expect(funnelTable(workbook.getWorksheet("Summary")!, "From demand to funding (funnel)")[2]).toEqual(["Total", 72, 15, 12, 12, 55_000_000]);
  });
});

describe("bank credit lines", () => {
  it("prints the first-batch sample's 940,000,000.00 yuan of credit lines to 4 issuers, in the terminal and the Summary sheet", async () => {
    const dir = tempDir();
    const out = join(dir, "sample.audited.xlsx");
    const result = await runCli(["run", SAMPLE, "--out", out]);
    expect(result.code).toBe(0);
    const line = (label: string) => result.stdout.split("\n").find((l) => l.includes(label))!.split("│").map((c) => c.trim()).filter(Boolean);
    expect(line("银行授信额度合计（元）")).toEqual(["银行授信额度合计（元）", "940,000,000.00"]);
    expect(line("获授信发榜单位数")).toEqual(["获授信发榜单位数", "4"]);
    expect(line("授信银行：")).toEqual(["授信银行：交通银行内蒙古分行（4）", "940,000,000.00"]);
    const workbook = await readWorkbook(out);
    expect(funnelTable(workbook.getWorksheet("汇总")!, "银行授信（每个发榜单位按其最大授信额度计一次）").map((r) => r.slice(0, 3))).toEqual([
      ["交通银行内蒙古分行", 4, 940_000_000],
      ["合计", 4, 940_000_000],
    ]);
  });

  it("counts a credit line once per issuer, at its largest, and warns on the row that disagrees; it pays nothing on it", async () => {
    const dir = tempDir();
    const headers = [...SIMPLIFIED_HEADERS, "银行授信额度（万元）", "授信银行"];
    const a1 = project({ issuer: "包头某稀土新材料有限公司", name: "稀土永磁材料" });
    const a2 = project({ issuer: "包头某稀土新材料有限公司", name: "稀土抛光材料", uscc: a1.uscc });
    const b = project({ issuer: "鄂尔多斯某煤化工有限公司", name: "煤制烯烃催化剂" });
    const c = project({ issuer: "赤峰某种业有限公司", name: "肉羊品种选育" });
    const rows = [
      [...rowOf(a1), 20000, "交通银行内蒙古分行"],
      [...rowOf(a2), 30000, "交通银行内蒙古分行"],
      [...rowOf(b), "5,000", "中国银行内蒙古分行"],
      [...rowOf(c), null, null],
    ];
    const input = await writeSheets(dir, "credit.xlsx", [{ name: "台账", rows: [headers, ...rows] }]);
    const json = join(dir, "credit.json");
    const result = await runCli(["run", input, "--out", join(dir, "credit.out.xlsx"), "--json", json]);
    expect(result.code).toBe(0);
    const report = readJson(json) as unknown as { summary: Record<string, unknown>; decisions: Array<{ row: number; status: string; subsidyYuan: string; warnings: Array<{ code: string; message: string; cell: string }> }> };
    expect(report.summary.creditLineYuan).toBe("350000000.00");
    expect(report.summary.creditLineIssuers).toBe(2);
    // By bank, in pinyin order (交通 jiāotōng before 中国 zhōngguó).
    expect(report.summary.creditByBank).toEqual([
      { bank: "交通银行内蒙古分行", creditLineYuan: "300000000.00", issuers: 1 },
      { bank: "中国银行内蒙古分行", creditLineYuan: "50000000.00", issuers: 1 },
    ]);
    const second = report.decisions.find((d) => d.row === 3)!;
    expect(second.warnings.map((w) => w.code)).toContain("CREDIT_LINE_DIFFERS");
    expect(second.warnings.find((w) => w.code === "CREDIT_LINE_DIFFERS")!.message).toBe(
      "「银行授信额度」为 300000000.00 元，与同一发榜单位第 2 行的 200000000.00 元不一致；汇总按该单位的最大值计一次（" + second.warnings.find((w) => w.code === "CREDIT_LINE_DIFFERS")!.cell + "）",
    );
    expect(report.decisions.find((d) => d.row === 2)!.warnings.map((w) => w.code)).not.toContain("CREDIT_LINE_DIFFERS");
    // The same subsidy as without the credit columns: no pack pays on a credit line.
    const plain = await writeTracker(dir, "plain.xlsx", [a1, a2, b, c]);
    const plainJson = join(dir, "plain.json");
    expect((await runCli(["run", plain, "--out", join(dir, "plain.out.xlsx"), "--json", plainJson])).code).toBe(0);
    const plainReport = readJson(plainJson);
    expect(report.decisions.map((d) => [d.status, d.subsidyYuan])).toEqual(plainReport.decisions.map((d) => [d.status, d.subsidyYuan]));
    expect(plainReport.summary).toMatchObject({ creditLineYuan: "0.00", creditLineIssuers: 0, creditByBank: [] });
  });

  it("counts an issuer once whether or not each of its rows gives the USCC, and reads a credit line without a unit as a warning, not a stop", async () => {
    const dir = tempDir();
    const headers = [...SIMPLIFIED_HEADERS, "银行授信额度（万元）", "授信银行"];
    const withCode = project({ issuer: "包头某稀土新材料有限公司", name: "稀土永磁材料" });
    const withoutCode = project({ issuer: "包头某稀土新材料有限公司", name: "稀土抛光材料", uscc: null });
    for (const [name, rows] of [
      ["code-first.xlsx", [[...rowOf(withCode), 10000, "交通银行内蒙古分行"], [...rowOf(withoutCode), 10000, "交通银行内蒙古分行"]]],
      ["code-last.xlsx", [[...rowOf(withoutCode), 10000, "交通银行内蒙古分行"], [...rowOf(withCode), 10000, "交通银行内蒙古分行"]]],
    ] as const) {
      const input = await writeSheets(dir, name, [{ name: "台账", rows: [headers, ...rows.map((r) => [...r])] }]);
      const json = join(dir, `${name}.json`);
      expect((await runCli(["run", input, "--out", join(dir, `${name}.out.xlsx`), "--json", json])).code).toBe(0);
      const summary = readJson(json).summary as unknown as Record<string, unknown>;
      expect([summary.creditLineYuan, summary.creditLineIssuers], name).toEqual(["100000000.00", 1]);
    }
    // A credit-line column whose header and cells give no unit: the row says so, the run goes on, nothing is counted.
    const input = await writeSheets(dir, "no-unit.xlsx", [{ name: "台账", rows: [[...SIMPLIFIED_HEADERS, "授信额度"], [...rowOf(withCode), 10000]] }]);
    const json = join(dir, "no-unit.json");
    const result = await runCli(["run", input, "--out", join(dir, "no-unit.out.xlsx"), "--json", json]);
    expect(result.code).toBe(0);
    const report = readJson(json) as unknown as { summary: Record<string, unknown>; decisions: Array<{ status: string; warnings: Array<{ code: string; message: string }> }> };
    expect(report.decisions[0]!.status).toBe("funded");
    expect(report.decisions[0]!.warnings.filter((w) => w.code === "BAD_VALUE" && w.message.includes("银行授信额度"))).toHaveLength(1);
    expect(report.summary.creditLineIssuers).toBe(0);
  });
});
