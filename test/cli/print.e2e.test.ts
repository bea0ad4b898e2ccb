/**
 * The audited workbook as finance prints it: LibreOffice turns the sample's
 * export into a PDF (soffice --headless --convert-to pdf, from Debian's
 * libreoffice-calc-nogui), pdftotext reads each page and pdftoppm draws it
 * under out/screenshots/ for people to look at. Where a tool is missing the
 * test fails with the install line; it does not skip.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExport } from "../../src/io";
import { parseExportRecord, recordDigests } from "../../src/report";
import { columnOf, readWorkbook, ROOT, runCli, SAMPLE } from "./support";

const SCREENSHOTS = join(ROOT, "out", "screenshots");

function missingTools(): string[] {
  const missing: string[] = [];
  if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) missing.push("libreoffice-calc-nogui");
  if (spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).error || spawnSync("pdftoppm", ["-v"], { encoding: "utf8" }).error) missing.push("poppler-utils");
  return missing;
}

/** The export as LibreOffice prints it: each page's text. */
function printed(xlsx: string, dir: string): string[] {
  // A profile of its own, so it never waits on another LibreOffice (the corpus test's) for the default one.
  const profile = pathToFileURL(join(dir, "lo-profile")).href;
  const convert = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { encoding: "utf8", timeout: 120_000 });
  expect(convert.status, `${convert.stdout}\n${convert.stderr}`).toBe(0);
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? NaN);
  const texts: string[] = [];
  for (let page = 1; page <= pages; page++) texts.push(spawnSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" }).stdout);
  // Each page as an image, for people to look at.
  mkdirSync(SCREENSHOTS, { recursive: true });
  const drawn = spawnSync("pdftoppm", ["-r", "70", "-png", pdf, join(dir, "page")], { encoding: "utf8" });
  expect(drawn.status, drawn.stderr).toBe(0);
  for (const png of readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f))) renameSync(join(dir, png), join(SCREENSHOTS, `export-${png}`));
  return texts;
}

describe("the sample's audited workbook, printed by LibreOffice", () => {
  let pages: string[] = [];
  let digest = "";
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeAll(async () => {
    const missing = missingTools();
    if (missing.length > 0) throw new Error(`Printing the export needs: apt-get install -y ${missing.join(" ")} (.ci/run does).`);
    dir = mkdtempSync(join(tmpdir(), "jiebang-print-"));
    const out = join(dir, "sample.audited.xlsx");
    const result = await runCli(["run", SAMPLE, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    const reading = await readExport(new Uint8Array(readFileSync(out)), out);
    const parsed = parseExportRecord(reading.record!);
    if (!parsed.ok) throw new Error(parsed.why);
    digest = recordDigests(parsed.stored.record).sheets[0]!.sha256;
    pages = printed(out, dir);
  }, 180_000);

  /** The sheet a page belongs to, as its header names it (&A). */
  const sheetOf = (text: string) => /(资助测算|拨付清单|汇总|问题|规则|审计)\s*$/m.exec(text.split("\n").find((l) => l.trim() !== "") ?? "")?.[1] ?? null;

  it("prints the 15-row Funding sheet on one page, one page wide, with its header row, and the other sheets after it", () => {
    const sheets = pages.map(sheetOf);
    expect(sheets.filter((s) => s === "资助测算")).toHaveLength(1);
    expect(sheets[0]).toBe("资助测算");
    const funding = pages[0]!;
    expect(funding).toContain("项目编号");
    for (let n = 1; n <= 15; n++) expect(funding).toContain(`NMG-JB-2022-${String(n).padStart(3, "0")}`);
    // Under the table, on the same page: the total and the sign-off block, with room for the stamp.
    const flat = funding.replace(/\s+/g, "");
    expect(flat).toContain("合计");
    expect(flat).toContain("¥55,000,000.00");
    for (const label of ["经办人：", "复核人：", "审批人：", "日期：", "（盖章）"]) expect(flat).toContain(label);
    // The full trace and the pack column stay on the screen: outside the print area.
    expect(funding).not.toContain("判定依据");
    // All six sheets print, in a handful of pages (26 before the print layout).
    expect(new Set(sheets)).toEqual(new Set(["资助测算", "拨付清单", "汇总", "问题", "规则", "审计"]));
    expect(pages.length).toBeLessThanOrEqual(8);
    // What finance signs and pays from, the Funding sheet, the payment list and the summary, in at most 4 pages.
    expect(sheets.filter((s) => s === "资助测算" || s === "拨付清单" || s === "汇总").length).toBeLessThanOrEqual(4);
  });

  it("prints the payment list: one line per recipient, and its total is the Funding sheet's", () => {
    const payments = pages.filter((t) => sheetOf(t) === "拨付清单");
    expect(payments).toHaveLength(1);
    const flat = payments[0]!.replace(/\s+/g, "");
    for (const header of ["收款方", "统一社会信用代码", "项目编号", "补助金额（元）", "应拨付（元）", "暂缓拨付（元）", "应退回（元）"]) expect(flat).toContain(header);
    // The sample's 12 funded projects are paid to 12 issuers, each on its own line, and the list adds up to the Funding sheet's total.
    for (let n = 1; n <= 12; n++) expect(flat).toContain(`NMG-JB-2022-${String(n).padStart(3, "0")}`);
    expect(flat).toContain("包头某稀土新材料有限公司91150200MA001201XD发榜方1NMG-JB-2022-001¥7,800,000.00");
    // Without tranches, all of it is payable now.
    expect(flat).toContain("合计12¥55,000,000.00¥55,000,000.00¥0.00¥0.00");
  });

  it("carries on every page its number, the pack's title, the tracker's sheet, and the first 12 digits of the Funding sheet's digest", () => {
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    pages.forEach((page, i) => {
      // pdftotext lays out the glyphs it finds; the spaces between them depend on the page's scale.
      const text = page.replace(/\s+/g, "");
      expect(text, `page ${i + 1}`).toContain(`第${i + 1}页/共${pages.length}页`);
      expect(text, `page ${i + 1}`).toContain(`记录${digest.slice(0, 12)}`);
      expect(text, `page ${i + 1}`).toContain("内蒙古自治区科技计划“揭榜挂帅”项目财政补助");
      expect(text, `page ${i + 1}`).toContain("2022年第一批");
    });
    // The Audit sheet lists the digest whole.
    expect(pages.filter((t) => sheetOf(t) === "审计").join("\n")).toContain(digest);
  });

  it("reads in words: 是否封顶 says 是 or 否, and the Audit sheet names the pack by its file, not by a path of this machine", async () => {
    const book = await readWorkbook(join(dir, "sample.audited.xlsx"));
    const funding = book.getWorksheet("资助测算")!;
    const capped = columnOf(funding, "是否封顶");
    const shown = new Set<unknown>();
    for (let r = 2; r <= funding.rowCount; r++) shown.add(funding.getRow(r).getCell(capped).value);
    expect([...shown].sort()).toEqual([null, "否", "是"].sort());
    const audit: string[] = [];
    book.getWorksheet("审计")!.eachRow((row) => audit.push(row.values.toString()));
    const pack = audit.find((t) => t.includes("nmg@2021-12"))!;
    expect(pack).toContain("2021-12.json");
    expect(pack).not.toContain(ROOT);
    // The trace names rules by their description and facts by their labels, with values as the tracker shows them.
    const trace = String(funding.getRow(2).getCell(columnOf(funding, "判定依据")).value);
    expect(trace).toContain("✓ 发榜方须为区内具有独立法人资格的企业");
    expect(trace).toContain("（项目类型：技术攻关类）");
    expect(trace).toContain("（特别重大项目：否）");
    expect(trace).not.toMatch(/[a-z]+-[a-z]+|tech|false|true/);
    // And LibreOffice prints them so.
    expect(pages[0]!).toMatch(/是|否/);
  });

  it("--signoff renames the sign-off block's labels, and an empty one drops the block but keeps the total; verify decides again with them", async () => {
    for (const [given, labels] of [["出纳,会计,分管领导", ["出纳：", "会计：", "分管领导："]], ["", []]] as const) {
      const out = join(dir, `signoff-${labels.length}.audited.xlsx`);
      const result = await runCli(["run", SAMPLE, "--out", out, "--signoff", given]);
      expect(result.code, result.stderr).toBe(0);
      const funding = (await readWorkbook(out)).getWorksheet("资助测算")!;
      const tail: string[] = [];
      for (let r = 17; r <= funding.rowCount; r++) funding.getRow(r).eachCell((cell) => void tail.push(String(cell.value)));
      expect(tail).toEqual(["合计", "55000000", ...labels, ...(labels.length > 0 ? ["（盖章）"] : [])]);
      const again = await runCli(["verify", out, SAMPLE]);
      expect(again.code, again.stdout).toBe(0);
    }
  });
});
