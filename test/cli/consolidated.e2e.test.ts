/**
 * Many trackers, one run: three league cities' trackers in their own
 * layouts (header row, header language, column order, unit), given as files
 * or as a folder, decided together into one audited workbook and one JSON.
 * Each decision is the one its tracker gets alone; the totals are the sums; a
 * project two sources report is paid once; a tracker that cannot be decided
 * is listed and left out, and only when none can is the run refused.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/money";
import { ENGLISH_HEADERS, TRADITIONAL_HEADERS } from "../support/workbook";
import { COLUMNS, headersWith, inYuan, project, readWorkbook, ROOT, rowOf, runCli, sha256File, tempDir, uscc, without, writeSheets, writeTracker, type Project, type ReportJson } from "./support";

interface Decided {
  source?: number;
  row: number;
  id: string | null;
  status: string;
  subsidyYuan: string;
  reasons: Array<{ code: string; message: string }>;
  warnings: Array<{ code: string; message: string }>;
  [key: string]: unknown;
}

/** The counts and totals a summary (and each source of `bySource`) states, as the JSON of one tracker does. */
type Counts = Pick<ReportJson["summary"], "rows" | "funded" | "ineligible" | "pending" | "invalid" | "unmatched" | "investmentYuan" | "subsidyYuan">;

interface Report {
  input?: ReportJson["input"];
  inputs?: Array<ReportJson["input"]>;
  skippedInputs?: Array<{ file: string; sheet: string | null; code: string; message: string }>;
  decisions: Decided[];
  summary: Counts & { duplicates: number; bySource?: Counts[]; funnel: { all: { rows: number; funded: number; subsidyYuan: string } } };
}

const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Report;

/** 包头市: the simple layout (Simplified headers in row 1, amounts in 万元). */
const BAOTOU: Project[] = [
  project({ id: "BT-01", name: "稀土永磁材料制备关键技术", investment: 2600 }),
  project({ id: "BT-02", name: "兆瓦级氢燃料电池电堆研发", type: "成果转化类", solver: "上海某大学", solverLocation: "上海市", investment: 1800 }),
  project({ id: "BT-03", name: "风电机组智能运维平台", matched: "洽谈中", solver: null, solverLocation: null, investment: null }),
];

/** 鄂尔多斯市: a title and a note above the header (header in row 3), Traditional headers, columns reversed, amounts in yuan. */
const ORDOS: Project[] = inYuan([
  project({ id: "ED-01", name: "煤制烯烃高效催化剂开发", issuer: "鄂尔多斯某煤化工有限公司", uscc: uscc("150600", 1), location: "鄂尔多斯市", investment: 4000, field: "煤炭清洁利用" }),
  project({ id: "ED-02", name: "煤矸石规模化综合利用技术", issuer: "鄂尔多斯某能源有限公司", uscc: uscc("150600", 2), location: "鄂尔多斯市", investment: 800 }),
]);

/** 赤峰市: English headers on a sheet named Projects, and a project whose issuer is outside the region. */
const CHIFENG: Project[] = [
  project({ id: "CF-01", name: "肉羊优质高效品种选育", issuer: "赤峰某种业有限公司", uscc: uscc("150400", 1), location: "赤峰市", investment: 1650, field: "种业" }),
  project({ id: "CF-02", name: "玉米耐旱高产品种选育", issuer: "北京某科技有限公司", uscc: uscc("110108", 7), location: "北京市", investment: 500 }),
];

async function writeCities(dir: string): Promise<string[]> {
  const baotou = await writeTracker(dir, "包头市.xlsx", BAOTOU);
  const yuanHeaders = headersWith({ investment: "研發投入總額（元）", caseAmount: "一事一議核定金額（元）" }, TRADITIONAL_HEADERS);
  const reversed = [...COLUMNS.keys()].reverse();
  const ordos = await writeSheets(dir, "鄂尔多斯市.xlsx", [
    {
      name: "2022年",
      rows: [["鄂尔多斯市2022年揭榜挂帅项目台账"], ["填报单位：鄂尔多斯市科技局"], reversed.map((i) => yuanHeaders[i]!), ...ORDOS.map((p) => reversed.map((i) => rowOf(p)[i]!))],
      merges: ["A1:Q1"],
    },
  ]);
  const chifeng = await writeTracker(dir, "赤峰市.xlsx", CHIFENG, ENGLISH_HEADERS, "Projects");
  return [baotou, ordos, chifeng];
}

/** Decide one tracker alone, as jiebang always has. */
async function alone(path: string, dir: string): Promise<Report> {
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const result = await runCli(["run", path, "--out", join(dir, `${Math.random().toString(36).slice(2)}.xlsx`), "--json", json]);
  expect(result.code, result.stderr).toBe(0);
  return read(json);
}

async function together(args: readonly string[], dir: string) {
  const json = join(dir, "consolidated.json");
  const out = join(dir, "consolidated.audited.xlsx");
  const result = await runCli(["run", ...args, "--out", out, "--json", json]);
  return { result, out, json, report: result.code === 0 ? read(json) : null };
}

const sum = (values: readonly string[]) => values.reduce((a, v) => a.plus(v), new Decimal(0)).toFixed(2);

describe("jiebang run on several trackers", () => {
  it("decides three cities' trackers of different layouts together: each row as alone, the totals their sums", async () => {
    const dir = tempDir();
    const files = await writeCities(dir);
    const { result, out, report } = await together(files, dir);
    expect(result.code, result.stderr).toBe(0);
    expect(report!.input).toBeUndefined();
    expect(report!.inputs!.map((i) => [i.file, i.sheet, i.headerRow])).toEqual([
      ["包头市.xlsx", "台账", 1],
      ["鄂尔多斯市.xlsx", "2022年", 3],
      ["赤峰市.xlsx", "Projects", 1],
    ]);
    files.forEach((f, i) => expect(report!.inputs![i]!.sha256).toBe(sha256File(f)));

    const singles: Report[] = [];
    for (const f of files) singles.push(await alone(f, dir));
    // Each decision is the one its tracker gets alone, with its source's index.
    expect(report!.decisions).toEqual(singles.flatMap((s, source) => s.decisions.map((d) => ({ source, ...d }))));
    expect(report!.decisions.map((d) => d.source)).toEqual([0, 0, 0, 1, 1, 2, 2]);
    // The totals are the sums, overall and by source.
    const s = report!.summary;
    expect(s.rows).toBe(7);
    expect(s.bySource!.map((b) => b.rows)).toEqual([3, 2, 2]);
    for (const key of ["rows", "funded", "ineligible", "pending", "invalid", "unmatched"] as const) {
      expect(s[key]).toBe(singles.reduce((n, one) => n + one.summary[key], 0));
      s.bySource!.forEach((b, i) => expect(b[key], `${key} of source ${i}`).toBe(singles[i]!.summary[key]));
    }
    for (const key of ["investmentYuan", "subsidyYuan"] as const) {
      expect(s[key]).toBe(sum(singles.map((one) => one.summary[key])));
      expect(s[key]).toBe(sum(s.bySource!.map((b) => b[key])));
    }
    // 780 万 + 500 万 capped (包头), 1,000 万 capped + 240 万 (鄂尔多斯), 495 万 (赤峰; 北京's issuer is ineligible).
    expect(s.subsidyYuan).toBe("30150000.00");

    // One Funding sheet with 来源, in source and then row order; a Summary by source; every source's SHA-256 in the Audit sheet.
    const book = await readWorkbook(out);
    const funding = book.getWorksheet("资助测算")!;
    expect(funding.getRow(1).getCell(1).value).toBe("来源");
    expect(funding.getRow(1).getCell(2).value).toBe("来源行");
    const shown: unknown[][] = [];
    for (let r = 2; r <= 1 + report!.decisions.length; r++) shown.push([funding.getRow(r).getCell(1).value, funding.getRow(r).getCell(2).value]);
    // Under them, the total of all sources.
    expect(funding.getRow(2 + report!.decisions.length).getCell(1).value).toBe("合计");
    expect(shown).toEqual([
      ["包头市.xlsx：台账", 2],
      ["包头市.xlsx：台账", 3],
      ["包头市.xlsx：台账", 4],
      ["鄂尔多斯市.xlsx：2022年", 4],
      ["鄂尔多斯市.xlsx：2022年", 5],
      ["赤峰市.xlsx：Projects", 2],
      ["赤峰市.xlsx：Projects", 3],
    ]);
    const summary = book.getWorksheet("汇总")!;
    const texts: string[] = [];
    summary.eachRow((row) => texts.push(row.values.toString()));
    const at = texts.findIndex((t) => t.includes("按来源台账"));
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 2]).toContain("包头市.xlsx：台账,3,2");
    expect(texts[at + 5]).toContain("合计,7,");
    expect(texts.some((t) => t.includes("按发榜方所在盟市"))).toBe(true);
    const audit = book.getWorksheet("审计")!;
    const auditText: string[] = [];
    audit.eachRow((row) => auditText.push(row.values.toString()));
    for (const [i, f] of files.entries()) expect(auditText.some((t) => t.includes(`${i + 1},${f.split("/").at(-1)},${sha256File(f)}`))).toBe(true);
    // The terminal says so too.
    expect(result.stdout).toContain("合并判定 3 个台账");
    expect(result.stdout).toMatch(/鄂尔多斯市\.xlsx：2022年\s+│?\s*2\s/);
  });

  it("reads a folder's .xlsx files in name order, as the same files given one by one", async () => {
    const dir = tempDir();
    const cities = join(dir, "cities");
    mkdirSync(cities);
    const files = await writeCities(cities);
    // Not trackers: an Excel lock file, a note, and an audited workbook jiebang wrote there before.
    writeFileSync(join(cities, "~$包头市.xlsx"), "lock");
    writeFileSync(join(cities, "说明.txt"), "不是台账");
    const byFiles = await together(files, dir);
    copyFileSync(byFiles.out, join(cities, "上次.audited.xlsx"));
    const byFolder = await together([cities], join(dir, "again"));
    expect(byFolder.result.code, byFolder.result.stderr).toBe(0);
    expect(byFolder.report!.inputs!.map((i) => i.file)).toEqual([...files.map((f) => f.split("/").at(-1))].sort());
    const order = byFolder.report!.inputs!.map((i) => byFiles.report!.inputs!.findIndex((j) => j.file === i.file));
    expect(byFolder.report!.decisions).toEqual(byFiles.report!.decisions.map((d) => ({ ...d, source: order.indexOf(d.source!) })).sort((a, b) => a.source - b.source));
    expect(byFolder.report!.summary.subsidyYuan).toBe(byFiles.report!.summary.subsidyYuan);
  });

  it("decides a project two cities report once: the later row is DUPLICATE_PROJECT naming the first's file and row; a 赛马制 pair is not", async () => {
    const dir = tempDir();
    const first = project({ id: "BT-07", name: "高品质特种钢冶炼工艺优化", issuer: "包头某特钢有限公司", uscc: uscc("150200", 77), solver: "北京某钢铁研究院", investment: 1350 });
    const a = await writeTracker(dir, "包头市.xlsx", [BAOTOU[0]!, first]);
    // The group reports the same project, spelled with spaces; and a second team that took the 赛马制 list BT-01.
    const again = { ...first, id: "BG-2022-3", name: "高品质特种钢 冶炼工艺优化" };
    const race = { ...BAOTOU[0]!, solver: "上海某大学", solverLocation: "上海市", investment: 1000 };
    const b = await writeTracker(dir, "包钢集团.xlsx", [again, race], undefined, "集团项目");
    const { result, report } = await together([a, b], dir);
    expect(result.code, result.stderr).toBe(0);
    const repeat = report!.decisions.find((d) => d.source === 1 && d.row === 2)!;
    expect(repeat.status).toBe("invalid");
    expect(repeat.subsidyYuan).toBe("0.00");
    expect(repeat.reasons.map((r) => r.code)).toEqual(["DUPLICATE_PROJECT"]);
    expect(repeat.reasons[0]!.message).toBe("与「包头市.xlsx」的工作表「台账」第 3 行是同一项目（发榜单位、项目名称和牵头揭榜单位相同），以该行的判定为准，不重复计入");
    const pair = report!.decisions.find((d) => d.source === 1 && d.row === 3)!;
    expect(pair.status).toBe("funded");
    expect(report!.summary.duplicates).toBe(1);
    // 30 % of 2,600 + 1,350 万元 (包头), and of the second team's 1,000 万元.
    expect(report!.summary.subsidyYuan).toBe("14850000.00");
  });

  it("lists a tracker that cannot be decided and leaves it out; only when none can is the run refused", async () => {
    const dir = tempDir();
    const [baotou, , chifeng] = await writeCities(dir);
    const text = join(dir, "乌海市.xlsx");
    writeFileSync(text, "项目编号,项目名称\nWH-01,某项目\n");
    const empty = await writeSheets(dir, "阿拉善盟.xlsx", [{ name: "说明", rows: [["本盟今年无揭榜挂帅项目"]] }]);
    const { result, out, report } = await together([baotou!, text, empty, chifeng!], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(report!.inputs!.map((i) => i.file)).toEqual(["包头市.xlsx", "赤峰市.xlsx"]);
    expect(report!.skippedInputs!.map((k) => [k.file, k.code])).toEqual([
      ["乌海市.xlsx", "NOT_XLSX_TEXT"],
      ["阿拉善盟.xlsx", "NO_TRACKER_SHEET"],
    ]);
    expect(result.stderr).toContain("已跳过「乌海市.xlsx」");
    expect(result.stderr).toContain("已跳过「阿拉善盟.xlsx」");
    const issues = (await readWorkbook(out)).getWorksheet("问题")!;
    const listed: unknown[][] = [];
    issues.eachRow((row, r) => r > 1 && listed.push([row.getCell(1).value, row.getCell(2).value, row.getCell(6).value]));
    expect(listed.slice(0, 2)).toEqual([
      ["来源未判定", "乌海市.xlsx", "NOT_XLSX_TEXT"],
      ["来源未判定", "阿拉善盟.xlsx", "NO_TRACKER_SHEET"],
    ]);
    expect(report!.skippedInputs![0]!.message).toBe(result.stderr.split("\n").find((l) => l.includes("乌海市"))!.split("：").slice(1).join("："));

    const none = await runCli(["run", text, empty, "--out", join(dir, "none.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("给出的 2 个台账都无法判定");
    expect(none.stderr).toContain("乌海市.xlsx");
    expect(none.stderr).toContain("阿拉善盟.xlsx");
  });

  it("leaves out a tracker whose amounts need a unit nobody gave, found only once its rows are read, and decides the rest", async () => {
    const dir = tempDir();
    const [baotou, , chifeng] = await writeCities(dir);
    const noUnit = await writeTracker(dir, "通辽市.xlsx", [project({ id: "TL-01", name: "玉米耐旱高产品种选育", investment: 1100 })], headersWith({ investment: "研发投入总额" }));
    const { result, report } = await together([baotou!, noUnit, chifeng!], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(report!.inputs!.map((i) => i.file)).toEqual(["包头市.xlsx", "赤峰市.xlsx"]);
    expect(report!.skippedInputs!.map((k) => [k.file, k.sheet, k.code])).toEqual([["通辽市.xlsx", "台账", "UNIT_NEEDED"]]);
    expect(report!.decisions.map((d) => d.id)).toEqual(["BT-01", "BT-02", "BT-03", "CF-01", "CF-02"]);
  });

  it("--all-sheets decides every visible sheet with a tracker header; --sheet asks every source for that sheet", async () => {
    const dir = tempDir();
    const rowsOf = (projects: readonly Project[]) => [[...headersWith({})], ...projects.map(rowOf)];
    const group = await writeSheets(dir, "包钢集团.xlsx", [
      { name: "说明", rows: [["集团各公司的揭榜挂帅项目"]] },
      { name: "稀土公司", rows: rowsOf([BAOTOU[0]!]) },
      { name: "钢联公司", rows: rowsOf([project({ id: "GL-01", name: "钢渣综合利用", investment: 900 })]) },
      { name: "旧表", rows: rowsOf([project({ id: "OLD-1", name: "旧项目", investment: 100 })]), hidden: true },
    ]);
    const all = await together([group, "--all-sheets"], dir);
    expect(all.result.code, all.result.stderr).toBe(0);
    expect(all.report!.inputs!.map((i) => [i.file, i.sheet])).toEqual([
      ["包钢集团.xlsx", "稀土公司"],
      ["包钢集团.xlsx", "钢联公司"],
    ]);
    expect(all.report!.decisions.map((d) => [d.source, d.id])).toEqual([
      [0, "BT-01"],
      [1, "GL-01"],
    ]);

    const other = await writeTracker(dir, "包头市.xlsx", BAOTOU, undefined, "钢联公司");
    const sheet = await together([group, other, await writeTracker(dir, "赤峰市.xlsx", CHIFENG), "--sheet", "钢联公司"], join(dir, "s"));
    expect(sheet.result.code, sheet.result.stderr).toBe(0);
    expect(sheet.report!.inputs!.map((i) => [i.file, i.sheet])).toEqual([
      ["包钢集团.xlsx", "钢联公司"],
      ["包头市.xlsx", "钢联公司"],
    ]);
    expect(sheet.report!.skippedInputs!.map((k) => [k.file, k.code])).toEqual([["赤峰市.xlsx", "SHEET_NOT_FOUND"]]);
  });

  it("one tracker in a folder, or one tracker sheet with --all-sheets, is decided as one tracker always was", async () => {
    const dir = tempDir();
    const folder = join(dir, "one");
    mkdirSync(folder);
    const file = await writeTracker(folder, "包头市.xlsx", BAOTOU);
    const byFolder = await together([folder], dir);
    expect(byFolder.result.code, byFolder.result.stderr).toBe(0);
    const single = await alone(file, dir);
    expect(byFolder.report!).toEqual(single);
    expect(byFolder.report!.input!.file).toBe("包头市.xlsx");
    const allSheets = await together([file, "--all-sheets"], join(dir, "all"));
    expect(allSheets.report!).toEqual(single);
  });

  it("verify checks a consolidated export, and decides it again from the same trackers, given as files or as their folder", async () => {
    const dir = tempDir();
    const cities = join(dir, "cities");
    mkdirSync(cities);
    const files = await writeCities(cities);
    const noUnit = await writeTracker(cities, "通辽市.xlsx", [project({ id: "TL-01", name: "玉米耐旱高产品种选育", investment: 1100 })], headersWith({ investment: "研发投入总额" }));
    const { result, out } = await together([cities], dir);
    expect(result.code, result.stderr).toBe(0);

    const intact = await runCli(["verify", out]);
    expect(intact.code, intact.stdout).toBe(0);
    expect(intact.stdout).toContain("完好");
    // The same trackers, as a folder or as files, decide exactly the exported record (the one left out again left out).
    for (const given of [[cities], [...files, noUnit].sort()]) {
      const again = await runCli(["verify", out, ...given]);
      expect(again.stdout).toContain("结果与导出的记录一致");
      expect(again.code, again.stdout).toBe(0);
    }

    // A city's tracker changed since: its SHA-256 and the changed cells are reported.
    const changed = join(dir, "changed");
    mkdirSync(changed);
    for (const f of [...files, noUnit]) copyFileSync(f, join(changed, f.split("/").at(-1)!));
    await writeTracker(changed, "赤峰市.xlsx", [CHIFENG[0]!, { ...CHIFENG[1]!, issuer: "赤峰某科技有限公司", uscc: uscc("150400", 9), location: "赤峰市" }], ENGLISH_HEADERS, "Projects");
    const differs = await runCli(["verify", out, changed]);
    expect(differs.code).toBe(3);
    expect(differs.stdout).toContain("台账「赤峰市.xlsx」的 SHA-256 与审计表记录的不同");
    expect(differs.stdout).toMatch(/资助测算!\w+\d+: "不符合条件" → "予以资助"/);

    // A source not given is named.
    const missing = await runCli(["verify", out, files[0]!, files[1]!, noUnit]);
    expect(missing.code).toBe(3);
    expect(missing.stdout).toContain("来源台账「赤峰市.xlsx」");

    // An edited amount in the consolidated Funding sheet is found by the digests.
    const book = await readWorkbook(out);
    const funding = book.getWorksheet("资助测算")!;
    const subsidy = [...Array(funding.columnCount).keys()].map((i) => i + 1).find((c) => funding.getRow(1).getCell(c).value === "财政补助（元）")!;
    funding.getRow(2).getCell(subsidy).value = 9_999_999;
    const edited = join(dir, "edited.xlsx");
    writeFileSync(edited, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const altered = await runCli(["verify", edited]);
    expect(altered.code).toBe(3);
    expect(altered.stdout).toContain("资助测算!");
  });

  it("counts a cap per recipient across the sources: the same issuer's second project, in another city's tracker, is cut to what is left", async () => {
    const dir = tempDir();
    const pack = JSON.parse(readFileSync(join(ROOT, "rules", "nmg", "2021-12.json"), "utf8"));
    pack.parameters.issuerYearCap = { value: "5000000", unit: "yuan", label: { "zh-CN": "同一发榜方每年累计上限", en: "Per issuer per year" } };
    pack.funding.find((r: { line: string }) => r.line === "tech").recipientCap = { cap: "issuerYearCap", per: "year" };
    const packFile = join(dir, "nmg-capped.json");
    writeFileSync(packFile, JSON.stringify(pack));
    const issuer = { issuer: "包头某稀土新材料有限公司", uscc: uscc("150200", 555) };
    const a = await writeTracker(dir, "包头市.xlsx", [project({ id: "BT-21", name: "稀土抛光材料", ...issuer, investment: 1000 })]);
    const b = await writeTracker(dir, "包钢集团.xlsx", [project({ id: "BG-21", name: "稀土储氢材料", ...issuer, investment: 1000 })]);
    const json = join(dir, "capped.json");
    const result = await runCli(["run", a, b, "--rules", packFile, "--out", join(dir, "capped.xlsx"), "--json", json]);
    expect(result.code, result.stderr).toBe(0);
    const report = read(json);
    // Alone, each tracker pays 30 % of 1,000 万元; together the issuer's year is capped at 500 万元.
    expect(report.decisions.map((d) => [d.source, d.subsidyYuan])).toEqual([
      [0, "3000000.00"],
      [1, "2000000.00"],
    ]);
    expect(report.summary.subsidyYuan).toBe("5000000.00");
    expect(report.summary.bySource!.map((b) => b.subsidyYuan)).toEqual(["3000000.00", "2000000.00"]);
  });

  it("verify decides again from the trackers in any order or place, and a skipped source's sentence names its file alone, in the run's language", async () => {
    const dir = tempDir();
    const cities = join(dir, "cities");
    mkdirSync(cities);
    const files = await writeCities(cities);
    writeFileSync(join(cities, "乌海市.xlsx"), "不是工作簿");
    for (const lang of ["zh-CN", "en"]) {
      const out = join(dir, `${lang}.audited.xlsx`);
      const result = await runCli(["run", cities, "--out", out, "--lang", lang]);
      expect(result.code, result.stderr).toBe(0);
      // The trackers reversed, and the folder copied elsewhere: the same record, whatever language verify speaks.
      const copy = join(dir, `copy-${lang}`);
      mkdirSync(copy);
      for (const f of [...files, join(cities, "乌海市.xlsx")]) copyFileSync(f, join(copy, f.split("/").at(-1)!));
      for (const given of [[...files].reverse().concat(join(cities, "乌海市.xlsx")), [copy]]) {
        const again = await runCli(["verify", out, ...given]);
        expect(again.code, again.stdout).toBe(0);
      }
    }
    const { report } = await together([cities], join(dir, "j"));
    expect(report!.skippedInputs![0]!.message).toContain("「乌海市.xlsx」");
    expect(report!.skippedInputs![0]!.message).not.toContain(cities);
  });

  it("--all-sheets leaves out a sheet that cannot be read, not its workbook; one file given twice is one source; two files of one name are refused", async () => {
    const dir = tempDir();
    const good = [[...headersWith({})], ...[BAOTOU[0]!].map(rowOf)];
    const partial = without(["investment"], headersWith({}), [project({ id: "P-1", name: "缺列项目" })]);
    const group = await writeSheets(dir, "包钢集团.xlsx", [
      { name: "稀土公司", rows: good },
      { name: "不全", rows: [partial.headers, ...partial.rows] },
    ]);
    const all = await together([group, "--all-sheets"], dir);
    expect(all.result.code, all.result.stderr).toBe(0);
    // One sheet decided and one listed: still a run over the workbook's sources.
    expect(all.report!.inputs!.map((i) => i.sheet)).toEqual(["稀土公司"]);
    expect(all.report!.skippedInputs!.map((k) => [k.file, k.sheet, k.code])).toEqual([["包钢集团.xlsx", "不全", "REQUIRED_COLUMNS_MISSING"]]);

    mkdirSync(join(dir, "c"));
    const [baotou, ordos] = await writeCities(join(dir, "c"));
    const twice = await together([baotou!, join(dir, "c"), ordos!], join(dir, "t"));
    expect(twice.report!.inputs!.map((i) => i.file)).toEqual(["包头市.xlsx", "赤峰市.xlsx", "鄂尔多斯市.xlsx"]);
    expect(twice.report!.summary.duplicates).toBe(0);

    mkdirSync(join(dir, "x"));
    mkdirSync(join(dir, "y"));
    const clash = await runCli(["run", await writeTracker(join(dir, "x"), "台账.xlsx", BAOTOU), await writeTracker(join(dir, "y"), "台账.xlsx", CHIFENG), "--out", join(dir, "clash.xlsx")]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain("两个台账同名「台账.xlsx」");
  });

  it("writes beside a lone folder or file by default, and verify takes a folder holding the one tracker an export decided", async () => {
    const dir = tempDir();
    const folder = join(dir, "one");
    mkdirSync(folder);
    await writeTracker(folder, "包头市.xlsx", BAOTOU);
    const byFolder = await runCli(["run", folder]);
    expect(byFolder.code, byFolder.stderr).toBe(0);
    expect(byFolder.stdout).toContain(`审计工作簿：${join(dir, "one.audited.xlsx")}`);
    const again = await runCli(["verify", join(dir, "one.audited.xlsx"), folder]);
    expect(again.code, again.stdout).toBe(0);
    const file = await writeTracker(dir, "赤峰市.xlsx", CHIFENG);
    const allSheets = await runCli(["run", file, "--all-sheets"]);
    expect(allSheets.code, allSheets.stderr).toBe(0);
    expect(allSheets.stdout).toContain(`审计工作簿：${join(dir, "赤峰市.audited.xlsx")}`);
  });
});
