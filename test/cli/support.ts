/**
 * Helpers for the end-to-end tests of the `jiebang` command line: a private
 * temporary directory per test, the CLI run in-process with captured output
 * or spawned as the real binary, and small trackers written as .xlsx files.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { onTestFinished } from "vitest";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";
import { usccCheckCharacter } from "../../src/tracker";
import type { Plain } from "../support/grid";
import { SIMPLIFIED_HEADERS, xlsxBytes, type SheetSpec } from "../support/workbook";

/** The repository root (where `npx jiebang` runs src/cli/bin.mjs from). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(ROOT, "src", "cli", "bin.mjs");
export const SAMPLE = join(ROOT, "samples", "2022-first-batch.xlsx");

/** The time the in-process runs believe it is. */
export const RUN_AT = new Date("2022-02-01T08:00:00.000Z");

/** A fresh directory under the system temp dir, removed when the current test ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "jiebang-cli-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Names in a directory, sorted (temporary files included: they start with a dot). */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

export function sha256File(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `jiebang <args>` in-process with a capturing io. */
export async function runCli(args: readonly string[], overrides: Partial<Io> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => RUN_AT,
    stderrIsTty: false,
    ...overrides,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Run the real binary (`node src/cli/bin.mjs …`), as `npx jiebang …` would. */
export function spawnCli(args: readonly string[], cwd: string = ROOT): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, NO_COLOR: "1" } });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A run of Node in a process of its own, as a shell starts it, with the peaks the CLI reports under JIEBANG_REPORT_HEAP / JIEBANG_REPORT_RSS (NaN when not reported). */
export interface MeasuredRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** jiebang-peak-heap-bytes: the heap after full collections (needs --expose-gc). */
  readonly heap: number;
  /** jiebang-peak-rss-bytes: the process's peak resident set. */
  readonly rss: number;
}

export function spawnMeasured(args: readonly string[], env: Record<string, string> = {}): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const peak = (name: string) => Number(new RegExp(`^jiebang-peak-${name}-bytes=(\\d+)$`, "m").exec(stderr)?.[1] ?? NaN);
      resolve({ code, signal, stdout, stderr, heap: peak("heap"), rss: peak("rss") });
    });
  });
}

/** The lines of a stream's text, without the final newline. */
export function lines(text: string): string[] {
  return text.replace(/\n$/, "").split("\n");
}

/** Frames of a JavaScript stack trace. */
export const STACK_FRAME = /^\s+at\s/m;

// ---------------------------------------------------------------------------
// Trackers

/** One tracker row, by the canonical fields of SIMPLIFIED_HEADERS. */
export interface Project {
  id: Plain;
  name: Plain;
  type: Plain;
  issuer: Plain;
  uscc: Plain;
  kind: Plain;
  location: Plain;
  paysTax: Plain;
  solver: Plain;
  solverLocation: Plain;
  matched: Plain;
  investment: Plain;
  major: Plain;
  caseAmount: Plain;
  caseRef: Plain;
  batch: Plain;
  field: Plain;
}

/** The order of SIMPLIFIED_HEADERS (and of its Traditional and English twins). */
export const COLUMNS: ReadonlyArray<keyof Project> = [
  "id",
  "name",
  "type",
  "issuer",
  "uscc",
  "kind",
  "location",
  "paysTax",
  "solver",
  "solverLocation",
  "matched",
  "investment",
  "major",
  "caseAmount",
  "caseRef",
  "batch",
  "field",
];

/** A valid unified social credit code registered in `area` (GB 32100-2015 check character). */
export function uscc(area: string, serial: number): string {
  const first17 = `91${area}MA0${String(serial).padStart(5, "0")}X`.slice(0, 17);
  return first17 + usccCheckCharacter(first17);
}

let serial = 100;

/** An eligible, matched technology-tackling project of a Baotou enterprise; amounts in 万元. */
export function project(overrides: Partial<Project> = {}): Project {
  serial += 1;
  return {
    id: `T-${serial}`,
    name: "稀土永磁材料制备关键技术",
    type: "技术攻关类",
    issuer: "包头某稀土新材料有限公司",
    uscc: uscc("150200", serial),
    kind: "独立法人企业",
    location: "包头市",
    paysTax: "是",
    solver: "北京某大学",
    solverLocation: "北京市",
    matched: "已签约",
    investment: 260,
    major: "否",
    caseAmount: null,
    caseRef: null,
    batch: "2022年第一批",
    field: "新材料",
    ...overrides,
  };
}

export function rowOf(p: Project): Plain[] {
  return COLUMNS.map((c) => p[c]);
}

/**
 * A tracker covering every outcome, amounts in 万元:
 * row 2 funded tech, 3 funded transformation (to the lead solver), 4 tech
 * capped, 5 transformation capped, 6 unmatched, 7 ineligible issuer, 8
 * especially major without approval (pending), 9 especially major approved,
 * 10 an unreadable project type (invalid).
 */
export function mixedProjects(): Project[] {
  return [
    project({ id: "MIX-01", investment: 260 }),
    project({
      id: "MIX-02",
      type: "成果转化类",
      solver: "上海某大学、上海某研究院",
      solverLocation: "上海市、上海市",
      investment: 1200,
      field: "新能源",
    }),
    project({ id: "MIX-03", issuer: "鄂尔多斯某煤化工有限公司", location: "鄂尔多斯市", investment: 4000, field: "煤炭清洁利用" }),
    project({ id: "MIX-04", type: "成果转化类", solver: "内蒙古某大学", solverLocation: "内蒙古呼和浩特市", investment: 2000 }),
    project({ id: "MIX-05", matched: "洽谈中", solver: null, solverLocation: null, investment: null }),
    project({ id: "MIX-06", issuer: "北京某科技有限公司", uscc: uscc("110108", 7), location: "北京市", investment: 500 }),
    project({ id: "MIX-07", major: "是", investment: 9000 }),
    project({ id: "MIX-08", major: "是", investment: 8000, caseAmount: 1500, caseRef: "内科发〔2022〕8号" }),
    project({ id: "MIX-09", type: "其他类", investment: 300 }),
  ];
}

/** What a user expects of mixedProjects(): status and subsidy per row. */
export const MIXED_EXPECTED = [
  { row: 2, id: "MIX-01", status: "funded", line: "tech", recipientName: "包头某稀土新材料有限公司", subsidyYuan: "780000.00", capped: false },
  { row: 3, id: "MIX-02", status: "funded", line: "transformation", recipientName: "上海某大学", subsidyYuan: "3600000.00", capped: false },
  { row: 4, id: "MIX-03", status: "funded", line: "tech", recipientName: "鄂尔多斯某煤化工有限公司", subsidyYuan: "10000000.00", capped: true },
  { row: 5, id: "MIX-04", status: "funded", line: "transformation", recipientName: "内蒙古某大学", subsidyYuan: "5000000.00", capped: true },
  { row: 6, id: "MIX-05", status: "unmatched", line: null, recipientName: null, subsidyYuan: "0.00", capped: false },
  { row: 7, id: "MIX-06", status: "ineligible", line: null, recipientName: null, subsidyYuan: "0.00", capped: false },
  { row: 8, id: "MIX-07", status: "pending", line: "case-by-case", recipientName: "包头某稀土新材料有限公司", subsidyYuan: "0.00", capped: false },
  { row: 9, id: "MIX-08", status: "funded", line: "case-by-case", recipientName: "包头某稀土新材料有限公司", subsidyYuan: "15000000.00", capped: false },
  { row: 10, id: "MIX-09", status: "invalid", line: null, recipientName: null, subsidyYuan: "0.00", capped: false },
] as const;

/** The same projects with amounts in yuan instead of 万元 (the headers must say 元 then). */
export function inYuan(projects: readonly Project[]): Project[] {
  const times = (v: Plain): Plain => (typeof v === "number" ? Math.round(v * 10_000 * 100) / 100 : v);
  return projects.map((p) => ({ ...p, investment: times(p.investment), caseAmount: times(p.caseAmount) }));
}

/** SIMPLIFIED_HEADERS with some headers replaced, e.g. { investment: "研发投入总额（元）" }. */
export function headersWith(replace: Partial<Record<keyof Project, string>>, base: readonly string[] = SIMPLIFIED_HEADERS): string[] {
  return COLUMNS.map((c, i) => replace[c] ?? base[i]!);
}

/** SIMPLIFIED_HEADERS and rows without some columns. */
export function without(fields: ReadonlyArray<keyof Project>, headers: readonly string[], projects: readonly Project[]): { headers: string[]; rows: Plain[][] } {
  const keep = COLUMNS.map((c, i) => (fields.includes(c) ? -1 : i)).filter((i) => i >= 0);
  return { headers: keep.map((i) => headers[i]!), rows: projects.map((p) => keep.map((i) => p[COLUMNS[i]!])) };
}

/** Write a one-sheet tracker (header in row 1) and return its path. */
export async function writeTracker(
  dir: string,
  name: string,
  projects: readonly Project[],
  headers: readonly string[] = SIMPLIFIED_HEADERS,
  sheet = "台账",
): Promise<string> {
  return writeSheets(dir, name, [{ name: sheet, rows: [[...headers], ...projects.map(rowOf)] }]);
}

/** Write a workbook of the given sheets and return its path. */
export async function writeSheets(dir: string, name: string, sheets: readonly SheetSpec[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await xlsxBytes(sheets));
  return path;
}

// ---------------------------------------------------------------------------
// Reading what the CLI wrote

export interface ReasonJson {
  code: string;
  message: string;
  cell: string | null;
}

export interface DecisionJson {
  row: number;
  id: string | null;
  status: string;
  line: string | null;
  recipient: string | null;
  recipientName: string | null;
  investmentYuan: string | null;
  rate: string | null;
  capYuan: string | null;
  subsidyYuan: string;
  capped: boolean;
  caseRef: string | null;
  reasons: ReasonJson[];
  warnings: ReasonJson[];
}

export interface ReportJson {
  tool: { name: string; version: string };
  input: { file: string; sheet: string; sha256: string; headerRow: number };
  rules: Array<{ id: string; version: string; sha256: string }>;
  decisions: DecisionJson[];
  summary: {
    rows: number;
    funded: number;
    ineligible: number;
    pending: number;
    invalid: number;
    unmatched: number;
    investmentYuan: string;
    subsidyYuan: string;
    solverUnits: number;
    outOfRegionSolverUnits: number;
    outOfRegionShare: string;
  };
}

export function readJson(path: string): ReportJson {
  return JSON.parse(readFileSync(path, "utf8")) as ReportJson;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

/** The 1-based column of a header text in row 1 of a sheet. */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (found === 0) throw new Error(`no column “${header}” in sheet ${sheet.name}`);
  return found;
}

/** The data row (2, 3, …) of the funding sheet whose source-row column says `sourceRow`. */
export function fundingRowOf(sheet: ExcelJS.Worksheet, sourceRowColumn: number, sourceRow: number): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(sourceRowColumn).value === sourceRow) return sheet.getRow(r);
  }
  throw new Error(`no funding row for source row ${sourceRow}`);
}
