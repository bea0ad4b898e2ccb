/**
 * The corpus of trackers written by real writers (openpyxl, XlsxWriter, LibreOffice, exceljs and a WPS-style
 * rewrite; see README.md here), decided end to end by `jiebang run … --json -`, against expected.json — whose
 * outcomes come from the scheme's rule applied to trackers.json, never from running jiebang.
 *
 * Per file and run: exit 0; the sheet chosen (exactly as written, 項目清單 included) and its header row; every
 * project row's worksheet row, status, recipient and subsidy, and no other row decided (no sign-off row, no row of
 * a hidden archived sheet); the summary; no U+FFFD in the JSON or in the audited workbook; and `input.writer`
 * as the file's docProps/app.xml says. The files are committed: this test needs neither Python nor LibreOffice.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult, type DecisionJson, type ReportJson } from "../cli/support";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const FILES = join(HERE, "files");

interface ExpectedDecision {
  row: number;
  status: string;
  recipientName: string | null;
  subsidyYuan: string;
  /** Warning codes the decision must carry (among others): HIDDEN_ROW, MERGED_CELL. */
  warnings?: string[];
}

interface ExpectedRun {
  sheetArg: string | null;
  sheet: string;
  tracker: string;
  headerRow: number;
  rows: number;
  decisions: Record<string, ExpectedDecision>;
  summary: { rows: number; funded: number; ineligible: number; pending: number; invalid: number; unmatched: number; investmentYuan: string; subsidyYuan: string };
  neverDecided: string[];
}

interface Expected {
  files: Record<string, { writer: string; runs: ExpectedRun[] }>;
}

const EXPECTED = JSON.parse(readFileSync(join(HERE, "expected.json"), "utf8")) as Expected;

type Report = ReportJson & { input: ReportJson["input"] & { writer?: { application: string; appVersion?: string } } };

interface Outcome {
  result: CliResult;
  report: Report | null;
  audited: string;
}

const REPLACEMENT = "\uFFFD";

function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** What docProps/app.xml says wrote the file: Application, and AppVersion when it has one. */
async function writerOf(file: string): Promise<{ application: string; appVersion?: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const app = await zip.file("docProps/app.xml")!.async("string");
  const application = /<(?:\w+:)?Application>([\s\S]*?)<\/(?:\w+:)?Application>/.exec(app)?.[1];
  const appVersion = /<(?:\w+:)?AppVersion>([\s\S]*?)<\/(?:\w+:)?AppVersion>/.exec(app)?.[1];
  if (application === undefined) throw new Error(`${file}: docProps/app.xml names no Application`);
  return { application: unescapeXml(application), ...(appVersion !== undefined ? { appVersion: unescapeXml(appVersion) } : {}) };
}

/** Every piece of text in a workbook as exceljs reads it: sheet names and cell values (rich text and formulas included). */
async function workbookText(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        texts.push(typeof cell.value === "string" ? cell.value : JSON.stringify(cell.value));
      });
    });
  });
  return texts;
}

function describeDecision(d: DecisionJson): string {
  const reasons = [...d.reasons, ...d.warnings].map((r) => `${r.code}${r.cell ? `@${r.cell}` : ""}`).join(" ");
  return `row ${d.row} ${d.status} ${JSON.stringify(d.recipientName)} ${d.subsidyYuan}${reasons ? ` [${reasons}]` : ""}`;
}

/** Expected decisions that jiebang did not make, as one line each (at most `limit`, then a count). */
function mismatches(expected: Record<string, ExpectedDecision>, decisions: readonly DecisionJson[], limit = 25): string[] {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const lines: string[] = [];
  for (const [id, want] of Object.entries(expected)) {
    const got = byId.get(id);
    if (!got) lines.push(`${id}: expected row ${want.row} ${want.status} ${JSON.stringify(want.recipientName)} ${want.subsidyYuan}, not decided`);
    else if (got.row !== want.row || got.status !== want.status || got.recipientName !== want.recipientName || got.subsidyYuan !== want.subsidyYuan) {
      lines.push(`${id}: expected row ${want.row} ${want.status} ${JSON.stringify(want.recipientName)} ${want.subsidyYuan}, got ${describeDecision(got)}`);
    }
  }
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more of ${Object.keys(expected).length}`] : lines;
}

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "jiebang-corpus-"));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const outcomes = new Map<string, Promise<Outcome>>();

/** Run jiebang once per file and run (the audited workbook into a temporary directory, never beside the corpus file). */
function decide(file: string, run: ExpectedRun, index: number): Promise<Outcome> {
  const key = `${file}#${index}`;
  let outcome = outcomes.get(key);
  if (!outcome) {
    const audited = join(scratch, `${file.replace(/\.xlsx$/, "")}-${index}.audited.xlsx`);
    const args = ["run", join(FILES, file), "--json", "-", "--out", audited, ...(run.sheetArg !== null ? ["--sheet", run.sheetArg] : [])];
    outcome = runCli(args).then((result) => {
      let report: Report | null = null;
      try {
        report = result.code === 0 ? (JSON.parse(result.stdout) as Report) : null;
      } catch {
        report = null;
      }
      return { result, report, audited };
    });
    outcomes.set(key, outcome);
  }
  return outcome;
}

/** The report of a run that exited 0, else a failure that says what jiebang said. */
async function reportOf(file: string, run: ExpectedRun, index: number): Promise<{ report: Report; audited: string }> {
  const { result, report, audited } = await decide(file, run, index);
  expect(result.code, `jiebang run ${file}${run.sheetArg ? ` --sheet ${run.sheetArg}` : ""} exited ${result.code}: ${result.stderr.trim()}`).toBe(0);
  expect(report, `stdout is not the JSON report: ${result.stdout.slice(0, 200)}`).not.toBeNull();
  return { report: report!, audited };
}

for (const [file, spec] of Object.entries(EXPECTED.files)) {
  describe(`${file} (${spec.writer})`, () => {
    spec.runs.forEach((run, index) => {
      const how = run.sheetArg === null ? "without --sheet" : `--sheet ${run.sheetArg}`;
      describe(how, () => {
        it(`exits 0 and reads sheet ${run.sheet}, header row ${run.headerRow}`, async () => {
          const { report } = await reportOf(file, run, index);
          expect(report.input.file).toBe(file);
          expect(report.input.sheet).toBe(run.sheet);
          expect(report.input.headerRow).toBe(run.headerRow);
        });

        it(`decides the ${run.rows} project rows as the rule says`, async () => {
          const { report } = await reportOf(file, run, index);
          const wrong = mismatches(run.decisions, report.decisions);
          expect(wrong, `${wrong.length} of ${run.rows} rows differ`).toEqual([]);
        });

        const warned = Object.entries(run.decisions).filter(([, d]) => d.warnings !== undefined);
        if (warned.length > 0) {
          it(`warns ${warned.map(([id, d]) => `${d.warnings!.join("+")} on ${id}`).join(", ")}`, async () => {
            const { report } = await reportOf(file, run, index);
            const missing = warned.flatMap(([id, want]) => {
              const got = report.decisions.find((d) => d.id === id);
              const codes = new Set(got?.warnings.map((w) => w.code) ?? []);
              return want.warnings!.filter((code) => !codes.has(code)).map((code) => `${id}: no ${code}${got ? ` (${describeDecision(got)})` : " (not decided)"}`);
            });
            expect(missing).toEqual([]);
          });
        }

        it("decides nothing else: no sign-off, note or total row, no row of a hidden sheet", async () => {
          const { report } = await reportOf(file, run, index);
          const extra = report.decisions.filter((d) => d.id === null || !(d.id in run.decisions)).map((d) => `${d.id ?? "(no id)"}: ${describeDecision(d)}`);
          expect(extra).toEqual([]);
          const archived = report.decisions.filter((d) => d.id !== null && run.neverDecided.includes(d.id)).map((d) => d.id);
          expect(archived).toEqual([]);
          expect(report.decisions).toHaveLength(run.rows);
        });

        it(`sums to ${run.summary.rows} rows, ${run.summary.funded} funded, ${run.summary.subsidyYuan} yuan`, async () => {
          const { report } = await reportOf(file, run, index);
          const { rows, funded, subsidyYuan, ineligible, pending, invalid, unmatched, investmentYuan } = report.summary;
          expect({ rows, funded, subsidyYuan }).toEqual({ rows: run.summary.rows, funded: run.summary.funded, subsidyYuan: run.summary.subsidyYuan });
          expect({ ineligible, pending, invalid, unmatched, investmentYuan }).toEqual({
            ineligible: run.summary.ineligible,
            pending: run.summary.pending,
            invalid: run.summary.invalid,
            unmatched: run.summary.unmatched,
            investmentYuan: run.summary.investmentYuan,
          });
        });

        it("writes no U+FFFD, in the JSON or in the audited workbook", async () => {
          const { result } = await decide(file, run, index);
          expect(result.stdout.includes(REPLACEMENT), "U+FFFD in stdout").toBe(false);
          expect(result.stderr.includes(REPLACEMENT), "U+FFFD in stderr").toBe(false);
          const { audited } = await reportOf(file, run, index);
          const bad = (await workbookText(audited)).filter((t) => t.includes(REPLACEMENT));
          expect(bad.slice(0, 10)).toEqual([]);
        });

        it("names the writer as docProps/app.xml does", async () => {
          const { report } = await reportOf(file, run, index);
          expect(report.input.writer).toStrictEqual(await writerOf(join(FILES, file)));
        });
      });
    });
  });
}

describe("--sheet on the openpyxl file", () => {
  it("passes --sheet 項目清單 and gets that sheet, not the hidden archive or the annex", async () => {
    const spec = EXPECTED.files["openpyxl.xlsx"]!;
    const index = spec.runs.findIndex((r) => r.sheetArg === "項目清單");
    expect(index).toBeGreaterThanOrEqual(0);
    const run = spec.runs[index]!;
    const { report } = await reportOf("openpyxl.xlsx", run, index);
    expect(report.input.sheet).toBe("項目清單");
    expect(report.decisions.map((d) => d.id).sort()).toEqual(Object.keys(run.decisions).sort());
  });
});
