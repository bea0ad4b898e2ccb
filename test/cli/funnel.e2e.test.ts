/**
 * The funnel from demand to funding, as the source article reports the
 * scheme: on the demand-library sample, in every door of the command line
 * (terminal, JSON, the audited workbook's Summary sheet).
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readJson, readWorkbook, ROOT, runCli, tempDir } from "./support";

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
