/**
 * Words, not codes: every visible cell, sheet name and print header/footer of
 * a zh-CN export is in Chinese, but for what may stay as it is — the tool's
 * name (and its `jiebang verify` command), the Issues sheet's code column,
 * pack ids and versions, file names, cell addresses, digests (and their name,
 * SHA-256), national standard numbers (GB 32100-2015), and text that comes
 * from the user's own files (the tracker's cells, its writer as its file
 * properties say). An English export, likewise, shows none of our Chinese
 * labels.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ISSUE_COLUMNS, SHEET_NAMES } from "../../src/report/labels";
import { readWorkbook, runCli, SAMPLE, tempDir, ROOT, writeTracker, mixedProjects } from "./support";
import { SIMPLIFIED_HEADERS } from "../support/workbook";

const TRANSFORMATION = join(ROOT, "samples", "2022-transformation.xlsx");
const DEMANDS = join(ROOT, "samples", "2022-demand-library.xlsx");
const REGION = join(ROOT, "rules", "nmg");
const ORDOS = join(ROOT, "rules", "examples", "ordos");
const BAOTOU = join(ROOT, "rules", "examples", "baotou");

const LATIN = /[A-Za-z][A-Za-z0-9_-]*/g;
const IDEOGRAPHS = /[\u3400-\u9fff]+/g;

/** What may be written in Latin letters wherever it stands, removed before the words are looked at. */
const KEPT = [
  /&(?:"[^"]*"|\d+|[A-Za-z])/g, // the print header's and footer's codes (&C, &P, &N, &A): not text
  /[^\s：:、，,；;「」“”（）()]+\.(?:xlsx|json)\b/g, // file names
  /\b[0-9a-f]{12,64}\b/g, // digests, whole or shortened
  /\bjiebang verify\b/g, // the tool's command that checks the workbook
  /\bGB(?:\/T)? \d+(?:\.\d+)?-\d{4}\b/g, // a national standard's number
  /\bSHA-256\b/g, // the digests' name
];
const CELL_ADDRESS = /^[A-Z]{1,3}[1-9][0-9]*$/;

interface Finding {
  readonly where: string;
  readonly word: string;
  readonly text: string;
}

/** Every text a sheet shows a reader: its name, its print header and footer, and each cell's text. */
function shownTexts(book: ExcelJS.Workbook, skip: (sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell) => boolean = () => false): Array<{ where: string; text: string }> {
  const texts: Array<{ where: string; text: string }> = [];
  for (const sheet of book.worksheets) {
    if (sheet.state !== "visible") continue;
    texts.push({ where: `${sheet.name} (sheet name)`, text: sheet.name });
    for (const [part, text] of Object.entries(sheet.headerFooter ?? {})) if (typeof text === "string") texts.push({ where: `${sheet.name} (${part})`, text });
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (skip(sheet, cell)) return;
        const v = cell.value;
        // Numbers show through their format (¥#,##0.00, 0%), which is not text a reader reads as words.
        if (typeof v === "string") texts.push({ where: `${sheet.name}!${cell.address}`, text: v });
        else if (v && typeof v === "object" && "richText" in v) texts.push({ where: `${sheet.name}!${cell.address}`, text: v.richText.map((t) => t.text).join("") });
      }),
    );
  }
  return texts;
}

/** The words of a pattern in the texts of a workbook (its sheet names included), every cell whatever its sheet's state. */
async function wordsOf(paths: readonly string[], pattern: RegExp): Promise<Set<string>> {
  const words = new Set<string>();
  for (const path of paths) {
    const book = await readWorkbook(path);
    for (const sheet of book.worksheets) {
      for (const m of sheet.name.matchAll(pattern)) words.add(m[0]);
      sheet.eachRow((row) => row.eachCell((cell) => void [...String(cell.text ?? "").matchAll(pattern)].forEach((m) => words.add(m[0]))));
    }
  }
  return words;
}

/**
 * The Latin words a zh-CN export shows that it may not: not kept (KEPT), not
 * a cell address, not one of `allowed` (the tool's name, the packs' ids, the
 * words of the user's own files), and not in the Issues sheet's code column
 * (whose cells must be codes).
 */
function englishIn(book: ExcelJS.Workbook, allowed: ReadonlySet<string>): Finding[] {
  const issues = book.getWorksheet(SHEET_NAMES.issues["zh-CN"]);
  let codeColumn = -1;
  issues?.getRow(1).eachCell((cell, column) => void (cell.value === ISSUE_COLUMNS.code["zh-CN"] && (codeColumn = column)));
  const isCode = (sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell) => sheet === issues && Number(cell.col) === codeColumn && Number(cell.row) > 1;
  const findings: Finding[] = [];
  for (const sheet of issues ? [issues] : []) {
    sheet.eachRow((row, r) => {
      if (r === 1 || codeColumn < 0) return;
      const code = row.getCell(codeColumn).value;
      if (code !== null && !/^[A-Z][A-Z0-9_]*$/.test(String(code))) findings.push({ where: `${sheet.name}!${row.getCell(codeColumn).address}`, word: String(code), text: "not a code" });
    });
  }
  for (const { where, text } of shownTexts(book, isCode)) {
    const rest = KEPT.reduce((t, kept) => t.replace(kept, " "), text);
    for (const [word] of rest.matchAll(LATIN)) {
      if (CELL_ADDRESS.test(word) || allowed.has(word)) continue;
      findings.push({ where, word, text });
    }
  }
  return findings;
}

interface Exported {
  readonly book: ExcelJS.Workbook;
  readonly allowed: Set<string>;
}

/** A run of the CLI to an export and its JSON, and what its cells may say in Latin letters. */
async function exported(trackers: readonly string[], args: readonly string[] = []): Promise<Exported> {
  const dir = tempDir();
  const out = join(dir, "out.audited.xlsx");
  const json = join(dir, "out.json");
  const result = await runCli(["run", ...trackers, ...args, "--out", out, "--json", json]);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(readFileSync(json, "utf8"));
  const allowed = await wordsOf(trackers, LATIN);
  allowed.add(report.tool.name);
  for (const pack of report.rules as Array<{ id: string }>) allowed.add(pack.id);
  // The writer each tracker's file properties name (docProps/app.xml), shown as they say.
  for (const input of (report.inputs ?? [report.input]) as Array<{ writer?: { application?: string; appVersion?: string } }>) {
    for (const text of [input.writer?.application, input.writer?.appVersion]) for (const [word] of (text ?? "").matchAll(LATIN)) allowed.add(word);
  }
  return { book: await readWorkbook(out), allowed };
}

describe("a zh-CN export says everything in Chinese", () => {
  it.each([
    ["the first-batch sample", [SAMPLE], []],
    ["the transformation sample", [TRANSFORMATION], []],
    ["the demand-library sample", [DEMANDS], []],
    ["a consolidated run of two trackers", [SAMPLE, TRANSFORMATION], []],
    ["a layered run of the region's pack and two cities'", [SAMPLE], ["--rules", REGION, "--rules", ORDOS, "--rules", BAOTOU]],
  ] as const)("%s", async (_, trackers, args) => {
    const { book, allowed } = await exported(trackers, args);
    expect(englishIn(book, allowed)).toEqual([]);
  });

  it("and a tracker with a column twice and a column chosen by hand", async () => {
    const dir = tempDir();
    // 研发投入总额 twice: the second is reported (DUPLICATE_FIELD_COLUMN), in words; 批次 is chosen with --map.
    const headers = [...SIMPLIFIED_HEADERS, "研发投入总额（万元）"];
    const tracker = await writeTracker(dir, "twice.xlsx", mixedProjects(), headers);
    const batch = SIMPLIFIED_HEADERS[15]!;
    const { book, allowed } = await exported([tracker], ["--map", `batch=${batch}`]);
    const issues = book.getWorksheet("问题")!;
    const codes: unknown[] = [];
    issues.eachRow((row) => void codes.push(row.getCell(6).value));
    expect(codes).toContain("DUPLICATE_FIELD_COLUMN");
    const audit = shownTexts(book).filter((t) => t.where.startsWith("审计!")).map((t) => t.text);
    expect(audit).toContain("人工指定");
    expect(englishIn(book, allowed)).toEqual([]);
  });

  it("the scan finds an English word planted in a cell, a sheet name or a footer", async () => {
    const { book, allowed } = await exported([SAMPLE]);
    expect(englishIn(book, allowed)).toEqual([]);
    book.getWorksheet("规则")!.getCell("B2").value = "技术攻关类补助上限 techCap";
    book.getWorksheet("汇总")!.name = "汇总 Summary";
    const funding = book.getWorksheet("资助测算")!;
    funding.headerFooter = { ...funding.headerFooter, oddFooter: `${funding.headerFooter.oddFooter ?? ""} page` };
    // A code outside the Issues sheet's code column is a word like any other.
    book.getWorksheet("审计")!.getCell("B9").value = "zh-CN";
    expect(englishIn(book, allowed).map((f) => [f.where, f.word])).toEqual([
      ["资助测算 (oddFooter)", "page"],
      ["汇总 Summary (sheet name)", "Summary"],
      ["规则!B2", "techCap"],
      ["审计!B9", "zh-CN"],
    ]);
  });

  it("names the language, the time and the column mapping's fields in words", async () => {
    const { book } = await exported([SAMPLE]);
    const audit = book.getWorksheet("审计")!;
    const byLabel = new Map<string, unknown>();
    audit.eachRow((row) => void byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get("语言")).toBe("简体中文");
    // The in-process run is at 2022-02-01T08:00:00.000Z: 16:00 in Beijing.
    expect(byLabel.get("生成时间")).toBe("2022-02-01 16:00:00（北京时间）");
    expect(byLabel.get("项目编号")).toBe("B3");
    const rules = book.getWorksheet("规则")!;
    const rows: unknown[][] = [];
    rules.eachRow((row) => void rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["技术攻关类补助上限", "1000万元", "元", "最高1000万元资助"]);
    expect(rows).toContainEqual(["特别重大项目", "否", expect.stringContaining("按非特别重大项目处理")]);
    expect(rows.map((r) => r[0])).toContain("资助条线（一事一议）");
  });
});

describe("an English export shows none of our Chinese labels", () => {
  it.each([
    ["the first-batch sample", [SAMPLE]],
    ["a consolidated run of two trackers", [SAMPLE, TRANSFORMATION]],
  ] as const)("%s", async (_, trackers) => {
    const dir = tempDir();
    const out = join(dir, "en.audited.xlsx");
    const result = await runCli(["run", ...trackers, "--lang", "en", "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    const theirs = await wordsOf(trackers, IDEOGRAPHS);
    const ours = shownTexts(await readWorkbook(out)).flatMap(({ where, text }) => [...text.matchAll(IDEOGRAPHS)].filter(([w]) => !theirs.has(w)).map(([w]) => `${where}: ${w}`));
    expect(ours).toEqual([]);
  });
});
