/**
 * Layered packs that add up: a city pack on top of the region's pays only rows the region funds (unless it says
 * `"requires": null`), a row is funded when any layer pays it, and every total printed — in the JSON, the
 * Funding sheet and the terminal — is the sum of the rows printed beside it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli, tempDir, writeSheets, ROOT } from "./support";

const REGION = join(ROOT, "rules/nmg/2021-12.json");
const BAOTOU = join(ROOT, "rules/examples/baotou/2022-01.json");
const HEADERS = ["项目编号", "项目类型", "发榜方", "发榜方性质", "发榜方所在地", "是否在区内纳税", "发榜方注册日期", "是否有严重失信记录", "是否停产或破产", "揭榜方", "揭榜方所在地", "是否达成合作", "研发投入总额（万元）", "签约日期"];
const row = (id: string, kind: string, paysTax: string, investment: number) => [id, "技术攻关类", `包头某公司${id}`, kind, "包头市", paysTax, "2018-05-01", "否", "否", "北京某大学", "北京市", "已签约", investment, "2022-03-01"];

async function decide(extraPack?: (pack: Record<string, unknown>) => void) {
  const dir = tempDir();
  const tracker = await writeSheets(dir, "t.xlsx", [
    {
      name: "台账",
      rows: [
        HEADERS,
        row("BT-1", "独立法人企业", "是", 2000),
        // An Ordos-style case in Baotou: a central-enterprise branch that does not pay tax in the region.
        row("BT-2", "中央企业分公司", "否", 3000),
        row("BT-3", "独立法人企业", "是", 500),
      ],
    },
  ]);
  let city = BAOTOU;
  if (extraPack) {
    const pack = JSON.parse(readFileSync(BAOTOU, "utf8"));
    delete pack.$schema;
    extraPack(pack);
    city = join(dir, "city.json");
    writeFileSync(city, JSON.stringify(pack));
  }
  const out = join(dir, "t.audited.xlsx");
  const json = join(dir, "t.json");
  const result = await runCli(["run", tracker, "--rules", REGION, "--rules", city, "--out", out, "--json", json]);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(readFileSync(json, "utf8"));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return { report, book, stdout: result.stdout };
}

const byId = (report: { decisions: Array<{ id: string }> }, id: string) => report.decisions.find((d) => d.id === id) as Record<string, any>;
const fen = (yuan: string) => Math.round(Number(yuan) * 100);

function expectTotalsAddUp(report: any, book: ExcelJS.Workbook, stdout: string) {
  // JSON: the summary's subsidy is the sum of the rows' totals.
  const rows = report.decisions.reduce((sum: number, d: any) => sum + fen(d.totalSubsidyYuan), 0);
  expect(fen(report.summary.subsidyYuan)).toBe(rows);
  // The Funding sheet: its subsidy column adds up to the summary's total.
  const funding = book.getWorksheet("资助测算")!;
  const header = funding.getRow(1).values as unknown[];
  const column = header.findIndex((v) => typeof v === "string" && v.startsWith("财政补助"));
  expect(column).toBeGreaterThan(0);
  let sheet = 0;
  // The decision rows, then the total row under them (and the sign-off block).
  const decisions = report.decisions.length;
  funding.eachRow((r, n) => {
    if (n > 1 && n <= 1 + decisions) sheet += Math.round(Number(r.getCell(column).value ?? 0) * 100);
  });
  expect(sheet).toBe(rows);
  expect(funding.getRow(2 + decisions).getCell(1).value).toBe("合计");
  expect(Math.round(Number(funding.getRow(2 + decisions).getCell(column).value) * 100)).toBe(rows);
  // The terminal: the printed total is the sum of the printed rows.
  // The decisions table: one line per row, its fifth column the row's subsidy.
  const printed = stdout
    .split("\n")
    .filter((line) => /^│\s*\d+\s*│/.test(line))
    .map((line) => line.split("│")[5]!.replace(/[\s,*]/g, ""))
    .map((amount) => (amount === "" ? 0 : Math.round(Number(amount) * 100)));
  expect(printed).toHaveLength(report.decisions.length);
  const total = /财政补助合计（元）\s*│\s*([\d,]+\.\d{2})/.exec(stdout);
  expect(total).not.toBeNull();
  expect(printed.reduce((a, b) => a + b, 0)).toBe(Math.round(Number(total![1]!.replace(/,/g, "")) * 100));
}

describe("layers that add up", () => {
  it("pays no city money on a row the region refuses: the city pack requires the region's funding by default", async () => {
    const { report, book, stdout } = await decide();
    const refused = byId(report, "BT-2");
    expect(refused.status).toBe("ineligible");
    expect(refused.layers.map((l: any) => [l.pack, l.status, l.subsidyYuan])).toEqual([
      ["nmg@2021-12", "ineligible", "0.00"],
      ["baotou@2022-01", "ineligible", "0.00"],
    ]);
    expect(refused.layers[1].reasons[0].code).toBe("REQUIRES_LAYER");
    expect(refused.reasons.map((r: any) => [r.pack, r.code])).toEqual([
      ["nmg@2021-12", "ISSUER_NOT_ELIGIBLE"],
      ["baotou@2022-01", "REQUIRES_LAYER"],
    ]);
    expect(refused.totalSubsidyYuan).toBe("0.00");
    // BT-1: 6,000,000 from the region and 2,000,000 (the city's cap) on top.
    expect(byId(report, "BT-1").totalSubsidyYuan).toBe("8000000.00");
    // BT-3: 1,500,000 and 500,000. BT-2 gets nothing from either.
    expect(report.summary.subsidyYuan).toBe("10000000.00");
    expect(report.summary.byPack).toEqual([
      { pack: "nmg", funded: 2, subsidyYuan: "7500000.00" },
      { pack: "baotou", funded: 2, subsidyYuan: "2500000.00" },
    ]);
    expectTotalsAddUp(report, book, stdout);
  });

  it("pays a city that funds on its own (\"requires\": null): the row is funded by that layer, with its line and recipient", async () => {
    const { report, book, stdout } = await decide((pack) => {
      pack.requires = null;
    });
    const refused = byId(report, "BT-2");
    expect(refused.status).toBe("funded");
    expect(refused.subsidyYuan).toBe("0.00");
    // 10 % of 30,000,000, capped at the city's 2,000,000.
    expect(refused.totalSubsidyYuan).toBe("2000000.00");
    expect(refused.line).toBe("tech");
    expect(refused.recipient).toBe("issuer");
    expect(report.summary.funded).toBe(3);
    expect(report.summary.subsidyYuan).toBe("12000000.00");
    expectTotalsAddUp(report, book, stdout);
  });

  it("refuses a requirement on a pack that is not in the run, saying which", async () => {
    const { report } = await decide((pack) => {
      pack.requires = { pack: "ordos", status: "funded" };
    });
    const layer = byId(report, "BT-1").layers[1];
    expect(layer.status).toBe("ineligible");
    expect(layer.reasons[0].message).toContain("ordos");
    expect(report.summary.subsidyYuan).toBe("7500000.00");
    expect(report.summary.funded).toBe(2);
  });
});
