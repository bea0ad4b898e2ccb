/**
 * `jiebang run` end to end: what a user sees on the terminal, in the JSON
 * and in the audited workbook, for the bundled sample and for small trackers
 * written in the ways real trackers are written.
 */
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ENGLISH_HEADERS, SIMPLIFIED_HEADERS, TRADITIONAL_HEADERS } from "../support/workbook";
import {
  columnOf,
  fundingRowOf,
  headersWith,
  inYuan,
  lines,
  listing,
  MIXED_EXPECTED,
  mixedProjects,
  project,
  readJson,
  readWorkbook,
  runCli,
  SAMPLE,
  sha256File,
  spawnCli,
  STACK_FRAME,
  tempDir,
  without,
  writeSheets,
  writeTracker,
  type Project,
  type ReportJson,
} from "./support";

const MONEY_FORMAT_HAS_YUAN_SIGN = /¥/;

/** Copy the bundled sample into a fresh directory (so default outputs land there). */
function sampleIn(dir: string): string {
  const path = join(dir, "2022-first-batch.xlsx");
  copyFileSync(SAMPLE, path);
  return path;
}

/** Run a tracker with --json into the same directory; returns the parsed report. */
async function decide(dir: string, input: string, extra: readonly string[] = []): Promise<ReportJson> {
  const stem = relative(dir, input).replace(/\.xlsx$/, "");
  const json = join(dir, `${stem}.json`);
  const result = await runCli(["run", input, "--out", join(dir, `${stem}.out.xlsx`), "--json", json, ...extra]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return readJson(json);
}

/** The parts of a report that must not depend on how the tracker was written. */
function decisionsOf(report: ReportJson) {
  return { decisions: report.decisions, summary: report.summary };
}

describe("jiebang run on the bundled sample", () => {
  it("decides the 15 lists as the published figures say and writes the JSON report", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const json = join(dir, "result.json");
    const result = await runCli(["run", input, "--json", json]);

    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const report = readJson(json);
    expect(report.tool.name).toBe("jiebang");
    // exceljs, which wrote the sample, names itself Microsoft Excel in docProps/app.xml: input.writer says what the file says.
    expect(report.input).toEqual({ file: "2022-first-batch.xlsx", sheet: "2022年第一批", sha256: sha256File(SAMPLE), headerRow: 3, writer: { application: "Microsoft Excel", appVersion: "16.0300" } });
    expect(report.rules).toHaveLength(1);
    expect(report.rules[0]).toMatchObject({ id: "nmg", version: "2021-12" });
    expect(report.rules[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.summary).toEqual({
      rows: 15,
      funded: 12,
      ineligible: 0,
      pending: 0,
      invalid: 0,
      unmatched: 3,
      investmentYuan: "190000000.00",
      subsidyYuan: "55000000.00",
      // The region pays at once: every funded yuan is due now.
      dueYuan: "55000000.00",
      notDueYuan: "0.00",
      reclaimYuan: "0.00",
      solverUnits: 15,
      outOfRegionSolverUnits: 12,
      outOfRegionShare: "0.8000",
      // The funnel: all 15 lists are published (none is still 征集中), 12 agreed and funded.
      funnel: {
        tech: { rows: 15, published: 15, agreed: 12, funded: 12, subsidyYuan: "55000000.00" },
        transformation: { rows: 0, published: 0, agreed: 0, funded: 0, subsidyYuan: "0.00" },
        all: { rows: 15, published: 15, agreed: 12, funded: 12, subsidyYuan: "55000000.00" },
      },
      // The article's 940 million yuan of credit lines from 交通银行内蒙古分行 to 4 of the 15 issuers.
      creditLineYuan: "940000000.00",
      creditLineIssuers: 4,
      creditByBank: [{ bank: "交通银行内蒙古分行", creditLineYuan: "940000000.00", issuers: 4 }],
      // No project is reported twice.
      duplicates: 0,
    });

    expect(report.decisions.map((d) => d.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(report.decisions[0]).toEqual({
      row: 4,
      id: "NMG-JB-2022-001",
      status: "funded",
      line: "tech",
      recipient: "issuer",
      recipientName: "包头某稀土新材料有限公司",
      investmentYuan: "26000000.00",
      rate: "0.3",
      capYuan: "10000000.00",
      subsidyYuan: "7800000.00",
      capped: false,
      caseRef: null,
      reasons: [],
      warnings: [],
    });
    const row9 = report.decisions.find((d) => d.row === 9)!;
    expect(row9).toMatchObject({ id: "NMG-JB-2022-006", status: "funded", investmentYuan: "40000000.00", subsidyYuan: "10000000.00", capped: true });
    // "1,200" written as text in 万元 is read as 12,000,000 yuan.
    expect(report.decisions.find((d) => d.row === 11)).toMatchObject({ investmentYuan: "12000000.00", subsidyYuan: "3600000.00" });
    // A USCC that fails its check is a warning, not a refusal.
    expect(report.decisions.find((d) => d.row === 14)!.warnings).toEqual([expect.objectContaining({ code: "INVALID_USCC", cell: "G14" })]);
    for (const row of [16, 17, 18]) {
      const d = report.decisions.find((x) => x.row === row)!;
      expect(d).toMatchObject({ status: "unmatched", subsidyYuan: "0.00", investmentYuan: null });
      expect(d.reasons).toEqual([expect.objectContaining({ code: "NOT_MATCHED", cell: `M${row}` })]);
    }
    // Every amount is a decimal string in yuan with two decimals.
    for (const d of report.decisions) {
      expect(d.subsidyYuan).toMatch(/^\d+\.\d{2}$/);
      if (d.investmentYuan !== null) expect(d.investmentYuan).toMatch(/^\d+\.\d{2}$/);
    }

    // The terminal summary names the sheet, the totals and where the files went.
    expect(result.stdout).toContain("2022年第一批");
    expect(result.stdout).toContain("55,000,000.00");
    expect(result.stdout).toContain("190,000,000.00");
    expect(result.stdout).toContain("80.0%");
    expect(result.stdout).toContain(join(dir, "2022-first-batch.audited.xlsx"));
    expect(result.stdout).toContain(json);
  });

  it("writes the audited workbook beside the tracker as <name>.audited.xlsx, and nothing else", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const result = await runCli(["run", input]);

    expect(result.code).toBe(0);
    expect(listing(dir)).toEqual(["2022-first-batch.audited.xlsx", "2022-first-batch.xlsx"]);
    const workbook = await readWorkbook(join(dir, "2022-first-batch.audited.xlsx"));
    expect(workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual(["资助测算", "拨付清单", "汇总", "问题", "规则", "审计"]);
  });

  it("puts the subsidies in the funding sheet as ¥-formatted numbers equal to the JSON amounts", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const out = join(dir, "audited.xlsx");
    const json = join(dir, "result.json");
    expect((await runCli(["run", input, "--out", out, "--json", json])).code).toBe(0);
    const report = readJson(json);
    const workbook = await readWorkbook(out);

    const funding = workbook.getWorksheet("资助测算")!;
    const source = columnOf(funding, "来源行");
    const subsidy = columnOf(funding, "财政补助（元）");
    const investment = columnOf(funding, "研发投入总额（元）");
    // The header, a row per decision, the total, and the sign-off block (its label line and the stamp's).
    expect(funding.actualRowCount).toBe(1 + report.decisions.length + 3);
    const totalRow = funding.getRow(2 + report.decisions.length);
    expect(totalRow.getCell(1).value).toBe("合计");
    expect((totalRow.getCell(subsidy).value as number).toFixed(2)).toBe(report.summary.subsidyYuan);
    expect(totalRow.getCell(subsidy).numFmt).toMatch(MONEY_FORMAT_HAS_YUAN_SIGN);
    for (const d of report.decisions) {
      const row = fundingRowOf(funding, source, d.row);
      const cell = row.getCell(subsidy);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(typeof cell.value).toBe("number");
      expect((cell.value as number).toFixed(2)).toBe(d.subsidyYuan);
      expect(cell.numFmt).toMatch(MONEY_FORMAT_HAS_YUAN_SIGN);
      if (d.investmentYuan !== null) {
        expect((row.getCell(investment).value as number).toFixed(2)).toBe(d.investmentYuan);
        expect(row.getCell(investment).numFmt).toMatch(MONEY_FORMAT_HAS_YUAN_SIGN);
      }
    }
    expect(fundingRowOf(funding, source, 4).getCell(subsidy).value).toBe(7_800_000);
    expect(fundingRowOf(funding, source, 9).getCell(subsidy).value).toBe(10_000_000);

    // The summary sheet's total is a number too, equal to the JSON total.
    const summary = workbook.getWorksheet("汇总")!;
    let total: ExcelJS.Cell | undefined;
    summary.eachRow((row) => {
      if (row.getCell(1).value === "财政补助合计（元）") total = row.getCell(2);
    });
    expect(total).toBeDefined();
    expect(total!.value).toBe(55_000_000);
    expect(total!.numFmt).toMatch(MONEY_FORMAT_HAS_YUAN_SIGN);

    // The audit sheet records the input's digest.
    const audit = workbook.getWorksheet("审计")!;
    const auditTexts: unknown[] = [];
    audit.eachRow((row) => row.eachCell((cell) => auditTexts.push(cell.value)));
    expect(auditTexts).toContain(sha256File(SAMPLE));
    expect(auditTexts).toContain("2022-first-batch.xlsx");
  });

  it("speaks English with --lang en: sheet names, terminal summary and reasons", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const out = join(dir, "audited-en.xlsx");
    const json = join(dir, "result-en.json");
    const result = await runCli(["run", input, "--lang", "en", "--out", out, "--json", json]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Audited workbook:");
    expect(result.stdout).toContain("Total subsidy (yuan)");
    expect(result.stdout).not.toContain("审计工作簿");
    const workbook = await readWorkbook(out);
    expect(workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual(["Funding", "Payments", "Summary", "Issues", "Rules", "Audit"]);
    const funding = workbook.getWorksheet("Funding")!;
    const subsidy = funding.getRow(2).getCell(columnOf(funding, "Subsidy (yuan)"));
    expect(subsidy.value).toBe(7_800_000);
    expect(subsidy.numFmt).toMatch(MONEY_FORMAT_HAS_YUAN_SIGN);

    const report = readJson(json);
    expect(report.summary.subsidyYuan).toBe("55000000.00");
    const unmatched = report.decisions.find((d) => d.row === 16)!;
    expect(unmatched.reasons[0]!.message).toMatch(/^No cooperation agreement yet/);
  });

  it("leaves the tracker's bytes untouched", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const before = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    expect((await runCli(["run", input, "--json", join(dir, "r.json")])).code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);
    expect(readJson(join(dir, "r.json")).input.sha256).toBe(sha256File(input));
  });

  it("--json - prints only the JSON on stdout (the summary goes to stderr) and still writes the workbook", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const result = await runCli(["run", input, "--json", "-"]);

    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ReportJson;
    expect(result.stdout.trim().startsWith("{")).toBe(true);
    expect(result.stdout.trim().endsWith("}")).toBe(true);
    expect(report.summary.funded).toBe(12);
    expect(report.summary.subsidyYuan).toBe("55000000.00");
    expect(result.stderr).toContain("55,000,000.00");
    expect(result.stderr).toContain("2022-first-batch.audited.xlsx");
    expect(listing(dir)).toEqual(["2022-first-batch.audited.xlsx", "2022-first-batch.xlsx"]);
  });

  it("the same tracker gives byte-identical JSON on a second run", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const first = await runCli(["run", input, "--out", join(dir, "a.xlsx"), "--json", "-"]);
    const second = await runCli(["run", input, "--out", join(dir, "b.xlsx"), "--json", "-"]);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe("jiebang run never overwrites what it should not", () => {
  it("refuses an existing --out without --force (exit 2, one line, file unchanged, no JSON)", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const out = join(dir, "2022-first-batch.audited.xlsx");
    writeFileSync(out, "my own notes");
    const result = await runCli(["run", input, "--json", join(dir, "r.json")]);

    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(out);
    expect(result.stderr).toContain("--force");
    expect(result.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe("my own notes");
    expect(listing(dir)).toEqual(["2022-first-batch.audited.xlsx", "2022-first-batch.xlsx"]);
  });

  it("refuses an existing --json file without --force and writes no workbook either", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const json = join(dir, "r.json");
    writeFileSync(json, "{}");
    const result = await runCli(["run", input, "--json", json]);

    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(json);
    expect(readFileSync(json, "utf8")).toBe("{}");
    expect(listing(dir)).toEqual(["2022-first-batch.xlsx", "r.json"]);
  });

  it("overwrites both outputs with --force", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const out = join(dir, "2022-first-batch.audited.xlsx");
    const json = join(dir, "r.json");
    writeFileSync(out, "old");
    writeFileSync(json, "old");
    const result = await runCli(["run", input, "--json", json, "--force"]);

    expect(result.code).toBe(0);
    expect(readJson(json).summary.funded).toBe(12);
    const workbook = await readWorkbook(out);
    expect(workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual(["资助测算", "拨付清单", "汇总", "问题", "规则", "审计"]);
    expect(listing(dir)).toEqual(["2022-first-batch.audited.xlsx", "2022-first-batch.xlsx", "r.json"]);
  });

  it.each([
    ["--out is the input", (input: string) => ["--out", input]],
    ["--out is the input, even with --force", (input: string) => ["--out", input, "--force"]],
    ["--out names the input another way", (input: string) => ["--out", join(input, "..", ".", "2022-first-batch.xlsx")]],
    ["--json is the input", (input: string) => ["--json", input, "--force"]],
  ])("refuses to write over the tracker: %s", async (_case, extra) => {
    const dir = tempDir();
    const input = sampleIn(dir);
    const before = sha256File(input);
    const result = await runCli(["run", input, ...extra(input)]);

    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain("从不改写");
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(sha256File(input)).toBe(before);
    expect(listing(dir)).toEqual(["2022-first-batch.xlsx"]);
  });

  it("is all or nothing: when the JSON cannot be written, no workbook and no temporary file is left", async () => {
    const dir = tempDir();
    const input = sampleIn(dir);
    writeFileSync(join(dir, "blocker"), "a file where a directory should be");
    const result = await runCli(["run", input, "--json", join(dir, "blocker", "r.json")]);

    expect(result.code).toBe(2);
    expect(listing(dir)).toEqual(["2022-first-batch.xlsx", "blocker"]);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    // The sentence names the file that could not be written: the JSON, not the workbook.
    expect(result.stderr).toContain(join(dir, "blocker", "r.json"));
  });
});

describe("decisions do not depend on how the tracker is written", () => {
  it("decides every kind of row of a small tracker as the rules say", async () => {
    const dir = tempDir();
    const input = await writeTracker(dir, "mixed.xlsx", mixedProjects());
    const report = await decide(dir, input);

    expect(report.input).toMatchObject({ sheet: "台账", headerRow: 1 });
    expect(report.decisions.map(({ row, id, status, line, recipientName, subsidyYuan, capped }) => ({ row, id, status, line, recipientName, subsidyYuan, capped }))).toEqual(
      MIXED_EXPECTED,
    );
    expect(report.decisions[1]).toMatchObject({ recipient: "solver", rate: "0.3", capYuan: "5000000.00", investmentYuan: "12000000.00" });
    expect(report.decisions[7]).toMatchObject({ caseRef: "内科发〔2022〕8号", rate: null, capYuan: null });
    expect(report.decisions[5]!.reasons.map((r) => r.code)).toEqual(["ISSUER_NOT_ELIGIBLE"]);
    expect(report.decisions[6]!.reasons.map((r) => r.code)).toEqual(["CASE_BY_CASE_PENDING"]);
    expect(report.decisions[8]!.reasons).toEqual([expect.objectContaining({ code: "BAD_VALUE", cell: "C10" })]);
    expect(report.summary).toMatchObject({ rows: 9, funded: 5, unmatched: 1, ineligible: 1, pending: 1, invalid: 1, subsidyYuan: "34380000.00" });
  });

  const variants: Array<[string, () => { projects: Project[]; headers: readonly string[]; extra?: string[] }]> = [
    ["Traditional headers (full-width brackets, a line break, stray spaces)", () => ({ projects: mixedProjects(), headers: TRADITIONAL_HEADERS })],
    ["English headers", () => ({ projects: mixedProjects(), headers: ENGLISH_HEADERS })],
    [
      "amounts in 元 instead of 万元",
      () => ({ projects: inYuan(mixedProjects()), headers: headersWith({ investment: "研发投入总额（元）", caseAmount: "一事一议核定金额（元）" }) }),
    ],
    [
      "amounts written as text with their unit in the cell",
      () => ({
        projects: mixedProjects().map((p) => ({
          ...p,
          investment: typeof p.investment === "number" ? `${p.investment.toLocaleString("en-US")}万元` : p.investment,
          caseAmount: typeof p.caseAmount === "number" ? `${p.caseAmount * 10_000}元` : p.caseAmount,
        })),
        headers: headersWith({ investment: "研发投入总额", caseAmount: "一事一议核定金额" }),
      }),
    ],
    [
      "headers without a unit and --unit 万元",
      () => ({ projects: mixedProjects(), headers: headersWith({ investment: "研发投入总额", caseAmount: "一事一议核定金额" }), extra: ["--unit", "万元"] }),
    ],
    [
      "headers without a unit and --unit 元 with amounts in yuan",
      () => ({ projects: inYuan(mixedProjects()), headers: headersWith({ investment: "研发投入总额", caseAmount: "一事一议核定金额" }), extra: ["--unit", "元"] }),
    ],
  ];

  it.each(variants)("%s give the same decisions as the Simplified 万元 tracker", async (_name, make) => {
    const dir = tempDir();
    const base = await decide(dir, await writeTracker(dir, "base.xlsx", mixedProjects()));
    const { projects, headers, extra } = make();
    const variant = await decide(dir, await writeTracker(dir, "variant.xlsx", projects, headers), extra ?? []);
    expect(decisionsOf(variant)).toEqual(decisionsOf(base));
  });

  it("gets the rounding traps right: 0.3 × 1,234,567.85 = 370,370.36 and 0.3 × 2,500,000.05 = 750,000.02", async () => {
    const dir = tempDir();
    const yuanHeaders = headersWith({ investment: "研发投入总额（元）" });
    const input = await writeTracker(
      dir,
      "rounding.xlsx",
      [
        project({ id: "R-1", investment: 1234567.85 }),
        project({ id: "R-2", investment: 2500000.05 }),
        project({ id: "R-3", investment: "1,234,567.85" }),
        project({ id: "R-4", investment: "2500000.05元" }),
        project({ id: "R-5", type: "成果转化类", investment: 1234567.85 }),
      ],
      yuanHeaders,
    );
    const out = join(dir, "rounding.audited.xlsx");
    const json = join(dir, "rounding.json");
    const result = await runCli(["run", input, "--out", out, "--json", json]);
    expect(result.code).toBe(0);

    const report = readJson(json);
    expect(report.decisions.map((d) => [d.id, d.investmentYuan, d.subsidyYuan])).toEqual([
      ["R-1", "1234567.85", "370370.36"],
      ["R-2", "2500000.05", "750000.02"],
      ["R-3", "1234567.85", "370370.36"],
      ["R-4", "2500000.05", "750000.02"],
      ["R-5", "1234567.85", "370370.36"],
    ]);
    expect(report.summary.subsidyYuan).toBe("2611111.12");

    const funding = (await readWorkbook(out)).getWorksheet("资助测算")!;
    const subsidy = columnOf(funding, "财政补助（元）");
    expect([2, 3, 4, 5, 6].map((r) => funding.getRow(r).getCell(subsidy).value)).toEqual([370370.36, 750000.02, 370370.36, 750000.02, 370370.36]);

    // The same amounts in 万元 round the same way.
    const wan = await decide(dir, await writeTracker(dir, "rounding-wan.xlsx", [project({ id: "W-1", investment: 123.456785 }), project({ id: "W-2", investment: "250.000005" })]));
    expect(wan.decisions.map((d) => d.subsidyYuan)).toEqual(["370370.36", "750000.02"]);
  });

  it("--map places a column the matcher cannot, with the unit its header gives", async () => {
    const dir = tempDir();
    const headers = headersWith({ investment: "协议约定经费（万元）" });
    const input = await writeTracker(dir, "mapped.xlsx", mixedProjects(), headers);

    const unmapped = await runCli(["run", input]);
    expect(unmapped.code).toBe(2);
    expect(lines(unmapped.stderr)).toHaveLength(1);
    expect(unmapped.stderr).toContain("研发投入总额");
    expect(unmapped.stderr).toContain("协议约定经费（万元）");
    expect(unmapped.stderr).toContain("--map");
    expect(listing(dir)).toEqual(["mapped.xlsx"]);

    const mapped = await decide(dir, input, ["--map", "investment=协议约定经费（万元）"]);
    const base = await decide(dir, await writeTracker(dir, "base.xlsx", mixedProjects()));
    expect(decisionsOf(mapped)).toEqual(decisionsOf(base));
  });

  it("--map can name several columns and wins over the matcher", async () => {
    const dir = tempDir();
    const headers = headersWith({ investment: "经费总额（万元）", matched: "进展" });
    const projects = mixedProjects();
    const input = await writeTracker(dir, "mapped2.xlsx", projects, headers);
    const mapped = await decide(dir, input, ["--map", "investment=经费总额（万元）", "--map", "matched=进展"]);
    const base = await decide(dir, await writeTracker(dir, "base.xlsx", projects));
    expect(decisionsOf(mapped)).toEqual(decisionsOf(base));
  });

  it("asks for --unit, in one sentence, when neither header nor cell gives a unit", async () => {
    const dir = tempDir();
    const input = await writeTracker(dir, "nounit.xlsx", mixedProjects(), headersWith({ investment: "研发投入总额", caseAmount: "一事一议核定金额" }));
    const result = await runCli(["run", input]);

    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain("--unit");
    expect(result.stderr).toContain("研发投入总额");
    expect(result.stderr).toContain("L2");
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stdout).toBe("");
    expect(listing(dir)).toEqual(["nounit.xlsx"]);

    const english = await runCli(["run", input, "--lang", "en"]);
    expect(english.code).toBe(2);
    expect(lines(english.stderr)).toHaveLength(1);
    expect(english.stderr).toMatch(/have no unit/);
    expect(english.stderr).toContain("--unit");
  });

  it("a header with a line break that lacks its unit still gets a one-line request for --unit", async () => {
    const dir = tempDir();
    const input = await writeTracker(dir, "nounit-lb.xlsx", [project({ id: "LB-1" })], headersWith({ investment: "研发投入总额\n（合计）" }));
    const result = await runCli(["run", input]);

    expect(result.code).toBe(2);
    expect(listing(dir)).toEqual(["nounit-lb.xlsx"]);
    expect(result.stderr).toContain("--unit");
    expect(lines(result.stderr)).toHaveLength(1);
  });
});

describe("the audited workbook keeps the tracker's text as text", () => {
  it("text beginning with = + - @ arrives as a string cell, never a formula", async () => {
    const dir = tempDir();
    const hyperlink = '=HYPERLINK("http://example.com","技术攻关类")';
    const input = await writeTracker(dir, "inject.xlsx", [
      project({ id: "@SUM(A1)", name: "=1+1", issuer: "+包头某公司", solver: "-cmd|' /C calc'!A0" }),
      project({ id: "INJ-2", name: "@SUM(A1:A9)", type: hyperlink }),
    ]);
    const out = join(dir, "inject.audited.xlsx");
    const json = join(dir, "inject.json");
    const result = await runCli(["run", input, "--out", out, "--json", json]);
    expect(result.code).toBe(0);

    const report = readJson(json);
    expect(report.decisions[0]).toMatchObject({ id: "@SUM(A1)", status: "funded", recipientName: "+包头某公司", subsidyYuan: "780000.00" });
    expect(report.decisions[1]).toMatchObject({ id: "INJ-2", status: "invalid" });

    const workbook = await readWorkbook(out);
    const funding = workbook.getWorksheet("资助测算")!;
    const expectText = (cell: ExcelJS.Cell, text: string) => {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    };
    const row2 = funding.getRow(2);
    expectText(row2.getCell(columnOf(funding, "项目编号")), "@SUM(A1)");
    expectText(row2.getCell(columnOf(funding, "项目名称")), "=1+1");
    expectText(row2.getCell(columnOf(funding, "发榜方")), "+包头某公司");
    expectText(row2.getCell(columnOf(funding, "受助单位")), "+包头某公司");
    expectText(row2.getCell(columnOf(funding, "揭榜方")), "-cmd|' /C calc'!A0");
    expectText(funding.getRow(3).getCell(columnOf(funding, "项目名称")), "@SUM(A1:A9)");

    // The unreadable project type is quoted in the issues sheet, as text.
    const issues = workbook.getWorksheet("问题")!;
    const valueColumn = columnOf(issues, "单元格内容");
    const quoted: ExcelJS.Cell[] = [];
    issues.eachRow((row, n) => {
      if (n > 1 && row.getCell(valueColumn).value === hyperlink) quoted.push(row.getCell(valueColumn));
    });
    expect(quoted).toHaveLength(1);
    expectText(quoted[0]!, hyperlink);

    // No sheet of the workbook holds a single formula.
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });
});

describe("the installed command", () => {
  it("runs as `node src/cli/bin.mjs run …` and exit code 0 reaches the shell", () => {
    const dir = tempDir();
    const out = join(dir, "sample.audited.xlsx");
    const json = join(dir, "sample.json");
    const result = spawnCli(["run", "samples/2022-first-batch.xlsx", "--out", out, "--json", json]);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("55,000,000.00");
    expect(result.stdout).toContain(out);
    expect(readJson(json).summary).toMatchObject({ rows: 15, funded: 12, subsidyYuan: "55000000.00" });
    expect(existsSync(out)).toBe(true);
    expect(listing(dir)).toEqual(["sample.audited.xlsx", "sample.json"]);
  });

  it("works from the user's own directory with a relative path, writing beside the tracker", async () => {
    const dir = tempDir();
    await writeTracker(dir, "tracker.xlsx", mixedProjects());
    const result = spawnCli(["run", "tracker.xlsx", "--json", "-", "--lang", "en"], dir);

    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ReportJson;
    expect(report.summary).toMatchObject({ rows: 9, funded: 5, subsidyYuan: "34380000.00" });
    expect(result.stderr).toContain("Audited workbook: tracker.audited.xlsx");
    expect(listing(dir)).toEqual(["tracker.audited.xlsx", "tracker.xlsx"]);
  });
});

describe("a tracker without some columns", () => {
  it("still decides when only optional columns are missing", async () => {
    const dir = tempDir();
    const { headers, rows } = without(["uscc", "batch", "field", "caseAmount", "caseRef", "major"], SIMPLIFIED_HEADERS, [project({ id: "OPT-1" })]);
    const input = await writeSheets(dir, "optional.xlsx", [{ name: "台账", rows: [headers, ...rows] }]);
    const report = await decide(dir, input);
    expect(report.decisions).toEqual([expect.objectContaining({ id: "OPT-1", status: "funded", subsidyYuan: "780000.00" })]);
  });
});
