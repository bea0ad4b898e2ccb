import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  const full = join(ROOT, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f))
    .map((f) => join(full, f));
}

function offenders(dirs: readonly string[], pattern: RegExp): string[] {
  return dirs.flatMap(sources).filter((file) => pattern.test(readFileSync(file, "utf8"))).map((file) => relative(ROOT, file));
}

const CORE = ["src/tracker", "src/money", "src/rules", "src/engine", "src/report", "src/digest", "src/i18n", "src/run"];
const NODE_IMPORT = /from\s+["'](node:[^"']+|fs|path|os|child_process|crypto|exceljs)["']|require\(/;
const EXCEL_API = /\b(Excel|Office)\.(run|context|onReady|RequestContext|Worksheet|Range|Workbook)\b/;

describe("the walls of the house plan", () => {
  it("the core imports no Node built-in and no exceljs: it runs unchanged in a browser", () => {
    expect(offenders(CORE, NODE_IMPORT)).toEqual([]);
  });

  it("src/io may use exceljs but never the file system", () => {
    expect(offenders(["src/io"], /from\s+["'](node:)?fs(\/promises)?["']/)).toEqual([]);
  });

  it("the core and the command line know nothing of Office", () => {
    expect(offenders([...CORE, "src/io", "src/cli"], EXCEL_API)).toEqual([]);
  });

  it("only addin/excel touches the Excel JavaScript API; the pane goes through it", () => {
    expect(offenders(["addin/taskpane", "addin/commands"], /\bExcel\.(run|RequestContext|Worksheet|Range|Workbook|ChartType|ChartSeriesBy)\b/)).toEqual([]);
  });

  it("no code inserts text as HTML", () => {
    expect(offenders(["src", "addin"], /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\(/)).toEqual([]);
  });

  it("no code evaluates text as code", () => {
    expect(offenders(["src", "addin"], /\beval\(|new Function\(/)).toEqual([]);
  });
});
