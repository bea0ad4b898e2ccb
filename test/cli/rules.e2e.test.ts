import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./support";

const REGION = join(ROOT, "rules/nmg/2021-12.json");
const BAOTOU = join(ROOT, "rules/examples/baotou/2022-01.json");
const WHAT_IF = join(ROOT, "rules/examples/what-if/transformation-cap-8m.json");
const TRANSFORMATION = join(ROOT, "samples/2022-transformation.xlsx");

function regionDoc(): Record<string, any> {
  return JSON.parse(readFileSync(REGION, "utf8"));
}

function writePack(dir: string, name: string, change: (doc: Record<string, any>) => void): string {
  const doc = regionDoc();
  change(doc);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}

describe("jiebang rules check", () => {
  it("finds the region's pack clean (exit 0)", async () => {
    const result = await runCli(["rules", "check", REGION, join(ROOT, "rules/nmg/2021-12.tests.json")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("没有发现问题");
  });

  it("checks every shipped pack and test file when given none", async () => {
    const result = await runCli(["rules", "check"]);
    expect(result.code, result.stdout).toBe(0);
  });

  it.each([
    ["a rate of 30", (d: any): void => void (d.parameters.techRate.value = "30"), /\/parameters\/techRate\/value \[tech\] 错误 RATE_OUT_OF_RANGE/],
    ["a cap of -1", (d: any): void => void (d.parameters.transformationCap.value = "-1"), /\/parameters\/transformationCap\/value \[transformation\] 错误 CAP_NOT_POSITIVE/],
    ["two overlapping funding lines", (d: any): void => void d.funding[0].conditions.all.pop(), /\/funding\/2 \[case-by-case\] 错误 OVERLAPPING_FUNDING_LINES/],
    [
      "a condition on a team leader's degree",
      (d: any): void => void d.eligibility[0].conditions.any[0].all.push({ fact: "teamLeaderDegree", operator: "equal", value: "博士" }),
      /\/eligibility\/0\/conditions\/any\/0\/all\/2\/fact \[issuer-eligible\] 错误 FORBIDDEN_FACT/,
    ],
  ] as const)("fails a pack with %s (exit 3), naming the rule and the pointer", async (_what, change, finding) => {
    const dir = tempDir();
    const result = await runCli(["rules", "check", writePack(dir, "bad.json", change)]);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(finding);
  });

  it("fails two versions of a pack whose dates overlap", async () => {
    const dir = tempDir();
    const later = writePack(dir, "2023-01.json", (d) => {
      d.version = "2023-01";
      d.effective = { from: "2023-01-01", to: null };
    });
    const result = await runCli(["rules", "check", REGION, later]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("VERSIONS_OVERLAP");
  });

  it("speaks English with --lang en", async () => {
    const dir = tempDir();
    const result = await runCli(["rules", "check", writePack(dir, "bad.json", (d) => (d.parameters.techRate.value = "30")), "--lang", "en"]);
    expect(result.stdout).toMatch(/error RATE_OUT_OF_RANGE: rate parameter “techRate” is 30, outside 0 to 1 \(it looks like a percentage/);
  });
});

describe("jiebang rules test", () => {
  it("passes the shipped packs' tests and reaches every rule, cap branch and case-by-case path of the region's pack", async () => {
    const result = await runCli(["rules", "test", "--require-full-coverage"]);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/rules\/nmg\/2021-12\.tests\.json — nmg@2021-12: (\d+)\/\1 通过/);
    expect(result.stdout).toMatch(/覆盖：(\d+)\/\1/);
    expect(result.stdout).not.toContain("没有测试用例覆盖");
  });

  it("shows a readable difference for a failing case and what no case reaches (exit 3)", async () => {
    const dir = tempDir();
    const pack = writePack(dir, "pack.json", (d) => (d.parameters.techRate.value = "0.25"));
    writeFileSync(
      join(dir, "pack.tests.json"),
      JSON.stringify({
        pack: "pack.json",
        cases: [
          {
            name: "30% of 10,000,000",
            row: { id: "1", type: "tech", issuer: "包头某公司", issuerKind: "independent", issuerLocation: "包头市", solver: ["某大学"], matched: true, investment: "10000000" },
            expect: { status: "funded", subsidyYuan: "3000000.00" },
          },
        ],
      }),
    );
    const result = await runCli(["rules", "test", pack]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("✗ 30% of 10,000,000");
    expect(result.stdout).toContain("subsidyYuan: 应为 3000000.00，实为 2500000.00");
    expect(result.stdout).toContain("没有测试用例覆盖（请为每一项添加用例）：");
    expect(result.stdout).toContain("    - 资助条线「transformation」：达到上限");
    const en = await runCli(["rules", "test", pack, "--lang", "en"]);
    expect(en.stdout).toContain("    - funding line “transformation”: capped");
  });

  it("demands a case at an amount a condition compares with a parameter and one a fen on the other side, and names them", async () => {
    const dir = tempDir();
    const pack = writePack(dir, "pack.json", (d) => {
      d.parameters.minInvestment = { value: "2000000", unit: "yuan", label: { "zh-CN": "研发投入下限", en: "Minimum R&D investment" } };
      d.eligibility.push({
        name: "minimum-investment",
        description: { "zh-CN": "研发投入总额不低于200万元", en: "Total R&D investment of at least 2 million yuan" },
        reason: "INVESTMENT_TOO_SMALL",
        conditions: { all: [{ fact: "investment", operator: "decimalGreaterThanInclusive", value: { param: "minInvestment" } }] },
      });
      d.messages.INVESTMENT_TOO_SMALL = { "zh-CN": "研发投入总额不足200万元", en: "Total R&D investment under 2 million yuan" };
    });
    const region = JSON.parse(readFileSync(join(ROOT, "rules/nmg/2021-12.tests.json"), "utf8"));
    // The region's cases that a minimum of 2,000,000 leaves as they were (its rounding case of 1,234,567.85 falls below it).
    const cases = region.cases.filter((c: any) => !(typeof c.row.investment === "string" && Number(c.row.investment) < 2_000_000));
    const tests = (more: object[]) => writeFileSync(join(dir, "pack.tests.json"), JSON.stringify({ pack: "pack.json", cases: [...cases, ...more] }));
    tests([]);
    const missing = await runCli(["rules", "test", pack, "--require-full-coverage"]);
    expect(missing.code, missing.stdout).toBe(3);
    expect(missing.stdout).toContain("    - 资格规则「minimum-investment」：研发投入总额 = 2000000.00（边界）\n    - 资格规则「minimum-investment」：研发投入总额 = 1999999.99（低一分）\n");
    const en = await runCli(["rules", "test", pack, "--require-full-coverage", "--lang", "en"]);
    expect(en.stdout).toContain("    - eligibility rule “minimum-investment”: total R&D investment = 1999999.99 (one fen below)");

    const row = { ...region.cases[0].row };
    tests([
      // 30% of 2,000,000.00 = 600,000.00 to the issuer, under the 10,000,000 cap.
      { name: "研发投入恰为200万元时符合条件", row: { ...row, investment: "2000000.00" }, expect: { status: "funded", rule: "tech", recipient: "issuer", subsidyYuan: "600000.00", capped: false } },
      { name: "研发投入差一分200万元时不符合条件", row: { ...row, investment: "1999999.99" }, expect: { status: "ineligible", reasons: ["INVESTMENT_TOO_SMALL"], subsidyYuan: "0.00" } },
    ]);
    const full = await runCli(["rules", "test", pack, "--require-full-coverage"]);
    expect(full.code, full.stdout).toBe(0);
    expect(full.stdout).toMatch(/覆盖：(\d+)\/\1/);
    expect(full.stdout).not.toContain("没有测试用例覆盖");
  });
});

describe("jiebang rules explain", () => {
  it("states each rule as a sentence a policy officer signs off, in Markdown", async () => {
    const result = await runCli(["rules", "explain", REGION]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# 规则包 nmg@2021-12/);
    expect(result.stdout).toContain("技术攻关类项目：发榜方获得研发投入总额30%的财政补助，最高1000万元");
    expect(result.stdout).toContain("| `techCap` | 技术攻关类补助上限 | 1000万元 | 元 | 最高1000万元资助 |");
  });

  it("and in English", async () => {
    const result = await runCli(["rules", "explain", REGION, "--lang", "en"]);
    expect(result.stdout).toContain("Technology-tackling projects: the issuer receives a subsidy of 30% of total R&D investment, at most 10 million yuan");
  });
});

describe("jiebang rules diff", () => {
  it("lists exactly the rows a transformation cap of 8,000,000 changes, and the right total", async () => {
    const dir = tempDir();
    const out = join(dir, "impact.xlsx");
    const result = await runCli(["rules", "diff", REGION, WHAT_IF, TRANSFORMATION, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    const rows = [...result.stdout.matchAll(/│\s+(\d+) │ (ZH-2022-\d+)/g)].map((m) => m[2]);
    expect(rows).toEqual(["ZH-2022-002", "ZH-2022-003", "ZH-2022-004", "ZH-2022-005"]);
    // The whole tracker's totals first, then the changed rows apart.
    expect(result.stdout).toContain("整个台账（11 行）补助合计：62,900,000.00 → 72,400,000.00（变化 +9,500,000.00）");
    expect(result.stdout).toContain("其中变化的 4 行：20,000,000.00 → 29,500,000.00（变化 +9,500,000.00）");
    expect(result.stdout).toContain("上限 5,000,000.00 → 8,000,000.00");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const changes = book.getWorksheet("变化")!;
    expect(changes.rowCount).toBe(5);
    expect(changes.getCell("I2").value).toBe(1_000_000);
    expect(book.getWorksheet("影响汇总")!.getCell("D3").value).toBe(9_500_000);
  });

  it("decides both sides on top of --with packs: a city pack's change, with the region's pack under it", async () => {
    const dir = tempDir();
    const city = JSON.parse(readFileSync(BAOTOU, "utf8"));
    city.parameters.cityRate.value = "0.2";
    const richer = join(dir, "baotou-richer.json");
    writeFileSync(richer, JSON.stringify(city));
    const result = await runCli(["rules", "diff", BAOTOU, richer, TRANSFORMATION, "--with", REGION]);
    expect(result.code, result.stderr).toBe(0);
    // The region's 62,900,000 stays under both sides; the city's top-up on its one Baotou row rises from 1,500,000 to its 2,000,000 cap.
    expect(result.stdout).toContain("整个台账（11 行）补助合计：64,400,000.00 → 64,900,000.00（变化 +500,000.00）");
    expect([...result.stdout.matchAll(/│\s+(\d+) │ (ZH-2022-\d+)/g)].map((m) => m[2])).toEqual(["ZH-2022-001"]);
  });

  it("says so when nothing changes", async () => {
    const result = await runCli(["rules", "diff", REGION, REGION, TRANSFORMATION]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("两个规则包对此台账的判定完全相同");
  });
});

describe("layered packs and dated versions", () => {
  it("decides a Baotou row by both the region's pack and the example city pack, and shows both and their sum", async () => {
    const dir = tempDir();
    const json = join(dir, "r.json");
    const result = await runCli(["run", TRANSFORMATION, "--rules", REGION, "--rules", BAOTOU, "--out", join(dir, "r.xlsx"), "--json", json]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.rules.map((r: { id: string }) => r.id)).toEqual(["nmg", "baotou"]);
    const byId = (id: string) => report.decisions.find((d: { id: string }) => d.id === id);
    const baotou = byId("ZH-2022-001");
    expect(baotou.layers.map((l: { pack: string; status: string; subsidyYuan: string }) => [l.pack, l.status, l.subsidyYuan])).toEqual([
      ["nmg@2021-12", "funded", "4500000.00"],
      ["baotou@2022-01", "funded", "1500000.00"],
    ]);
    expect(baotou.subsidyYuan).toBe("4500000.00");
    expect(baotou.totalSubsidyYuan).toBe("6000000.00");
    const young = byId("ZH-2022-003");
    expect(young.layers[1]).toMatchObject({ pack: "baotou@2022-01", status: "ineligible" });
    expect(young.layers[1].reasons[0].code).toBe("NOT_REGISTERED_ONE_YEAR");
    expect(byId("ZH-2022-002").layers.map((l: { pack: string }) => l.pack)).toEqual(["nmg@2021-12"]);
    expect(report.summary.byPack).toEqual([
      { pack: "nmg", funded: 9, subsidyYuan: "62900000.00" },
      { pack: "baotou", funded: 1, subsidyYuan: "1500000.00" },
    ]);
    expect(report.summary.subsidyYuan).toBe("64400000.00");
  });

  it("chooses each row's version by its signing date, or by --as-of", async () => {
    const dir = tempDir();
    const packs = join(dir, "nmg");
    const { mkdirSync, copyFileSync } = await import("node:fs");
    mkdirSync(packs);
    copyFileSync(REGION, join(packs, "2021-12.json"));
    const first = JSON.parse(readFileSync(REGION, "utf8"));
    first.effective = { from: "2021-12-01", to: "2022-06-30" };
    writeFileSync(join(packs, "2021-12.json"), JSON.stringify(first));
    const second = JSON.parse(readFileSync(REGION, "utf8"));
    second.version = "2022-07";
    second.effective = { from: "2022-07-01", to: null };
    second.parameters.transformationRate.value = "0.2";
    writeFileSync(join(packs, "2022-07.json"), JSON.stringify(second));

    const check = await runCli(["rules", "check", packs]);
    expect(check.code, check.stdout).toBe(0);

    const json = join(dir, "a.json");
    await runCli(["run", TRANSFORMATION, "--rules", packs, "--out", join(dir, "a.xlsx"), "--json", json]);
    const signedJune = JSON.parse(readFileSync(json, "utf8"));
    expect(signedJune.decisions.find((d: { id: string }) => d.id === "ZH-2022-001")).toMatchObject({ subsidyYuan: "4500000.00" });

    const later = join(dir, "b.json");
    await runCli(["run", TRANSFORMATION, "--rules", packs, "--as-of", "2022-08-01", "--out", join(dir, "b.xlsx"), "--json", later]);
    const asOfAugust = JSON.parse(readFileSync(later, "utf8"));
    expect(asOfAugust.decisions.find((d: { id: string }) => d.id === "ZH-2022-001")).toMatchObject({ subsidyYuan: "3000000.00" });
    expect(asOfAugust.rules.map((r: { version: string }) => r.version)).toEqual(["2021-12", "2022-07"]);
  });

  it("finds a row signed before any version was in force ineligible, saying so", async () => {
    const dir = tempDir();
    const json = join(dir, "a.json");
    await runCli(["run", TRANSFORMATION, "--as-of", "2021-06-01", "--out", join(dir, "a.xlsx"), "--json", json]);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.decisions[0].status).toBe("ineligible");
    expect(report.decisions[0].reasons[0].code).toBe("NO_PACK_IN_FORCE");
    expect(report.decisions[0].reasons[0].message).toContain("2021-06-01");
  });
});

describe("help, in the user's language", () => {
  it.each([
    [["rules", "--help"], "jiebang rules：规则包工具"],
    [["rules", "check", "--help"], "用法：jiebang rules check"],
    [["rules", "test", "--help"], "--require-full-coverage"],
    [["rules", "explain", "--help"], "用法：jiebang rules explain"],
    [["rules", "diff", "--help"], "用法：jiebang rules diff"],
    [["run", "--help"], "run 的选项"],
    [["verify", "--help"], "verify 的选项"],
    [["--help"], "jiebang rules check|test|explain|diff"],
  ])("jiebang %j prints its help and exits 0", async (args, expected) => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(expected);
    expect(result.stderr).toBe("");
  });

  it("speaks English with --lang en", async () => {
    const result = await runCli(["rules", "check", "--help", "--lang", "en"]);
    expect(result.stdout).toContain("Usage: jiebang rules check");
  });
});

describe("rules test on a pack without tests", () => {
  it("exits 3 when the pack is named, unless --allow-untested", async () => {
    const dir = tempDir();
    const { copyFileSync } = await import("node:fs");
    const pack = join(dir, "city.json");
    copyFileSync(join(ROOT, "rules/examples/what-if/transformation-cap-8m.json"), pack);
    const region = join(ROOT, "rules/nmg/2021-12.json");
    const refused = await runCli(["rules", "test", region, pack]);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toContain("city.json 旁没有测试文件");
    const allowed = await runCli(["rules", "test", region, pack, "--allow-untested"]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain("提示：");
  });
});

describe("errors written for policy staff", () => {
  it("says what to write for a rate in the wrong form, not a regular expression", async () => {
    const dir = tempDir();
    const pack = JSON.parse(readFileSync(REGION, "utf8"));
    pack.parameters.techRate.value = "30%";
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(pack));
    const result = await runCli(["rules", "check", file]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('比例写 "0.1"；金额写元，如 "2000000"');
    expect(result.stdout).not.toMatch(/\\d\{1,15\}/);
  });

  it("suggests the parameter, operator and reason code a typo meant, in both languages", async () => {
    const dir = tempDir();
    const params = writePack(dir, "params.json", (d) => {
      d.funding[0].rate = "techRat";
      d.eligibility[0].reason = "ISSUER_NOT_ELIGBLE";
    });
    const zh = await runCli(["rules", "check", params]);
    expect(zh.code).toBe(3);
    expect(zh.stdout).toContain("/funding/0/rate [tech] 错误 UNKNOWN_PARAMETER: 规则「tech」引用了不存在的参数「techRat」（是否想写「techRate」？）");
    expect(zh.stdout).toContain("/eligibility/0/reason [issuer-eligible] 错误 MISSING_MESSAGE: 缺少原因代码 ISSUER_NOT_ELIGBLE 的提示文字（messages.ISSUER_NOT_ELIGBLE）（是否想写「ISSUER_NOT_ELIGIBLE」？）");
    const en = await runCli(["rules", "check", params, "--lang", "en"]);
    expect(en.stdout).toContain("refers to a parameter “techRat” the pack does not define: did you mean “techRate”?");
    const operator = writePack(dir, "operator.json", (d) => (d.funding[0].conditions.all[0].operator = "equl"));
    const result = await runCli(["rules", "check", operator]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("/funding/0/conditions/all/0/operator 错误 SCHEMA: 不符合规则包格式：不认识的取值「equl」（是否想写「equal」？）；可用：equal、notEqual、");
  });

  it("warns of a message placeholder the rule using it cannot fill, and still exits 0", async () => {
    const dir = tempDir();
    const file = writePack(dir, "messages.json", (d) => (d.messages.ISSUER_NOT_ELIGIBLE["zh-CN"] = "发榜方不符合条件（{cell}）"));
    const zh = await runCli(["rules", "check", file]);
    expect(zh.code, zh.stdout).toBe(0);
    expect(zh.stdout).toContain(
      "/messages/ISSUER_NOT_ELIGIBLE/zh-CN [issuer-eligible] 警告 UNFILLABLE_PLACEHOLDER: 消息 ISSUER_NOT_ELIGIBLE 中的 {cell} 在规则「issuer-eligible」判定时无法填写，将显示为空；请删去或改写（此时可用的只有 {rule}）",
    );
    expect(zh.stdout).toContain("0 个错误，1 个警告");
    const en = await runCli(["rules", "check", file, "--lang", "en"]);
    expect(en.stdout).toContain("warning UNFILLABLE_PLACEHOLDER: message ISSUER_NOT_ELIGIBLE: {cell} cannot be filled when rule “issuer-eligible” decides a row and shows as nothing");
  });

  it("names the case and the key of a tests-file error, in the user's language", async () => {
    const dir = tempDir();
    const { copyFileSync } = await import("node:fs");
    copyFileSync(REGION, join(dir, "pack.json"));
    const tests = JSON.parse(readFileSync(join(ROOT, "rules/nmg/2021-12.tests.json"), "utf8"));
    tests.pack = "pack.json";
    tests.cases[0].expect.subsidie = "1";
    writeFileSync(join(dir, "pack.tests.json"), JSON.stringify(tests));
    const result = await runCli(["rules", "check", join(dir, "pack.tests.json")]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(`用例「${tests.cases[0].name}」的 /expect：`);
    expect(result.stdout).toContain("不认识的属性「subsidie」");
  });
});

describe("rules explain on a layer", () => {
  it("says how a city pack relates to the region's, and how one that funds on its own does", async () => {
    const onTop = await runCli(["rules", "explain", BAOTOU]);
    expect(onTop.stdout).toContain("**与其下规则包的关系**：在规则包 nmg 的补助之外另行配套：仅 nmg 予以资助的项目才补助");
    const dir = tempDir();
    const city = JSON.parse(readFileSync(BAOTOU, "utf8"));
    city.requires = null;
    const own = join(dir, "own.json");
    writeFileSync(own, JSON.stringify(city));
    const alone = await runCli(["rules", "explain", own, "--lang", "en"]);
    expect(alone.stdout).toContain("pays on its own: not conditional on the packs under it");
    expect((await runCli(["rules", "explain", REGION])).stdout).not.toContain("与其下规则包的关系");
  });
});
