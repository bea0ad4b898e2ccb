import { afterEach, describe, expect, it } from "vitest";
import { readSource, writeRun } from "../../addin/excel";
import type { ExcelHost } from "../../addin/excel-host";
import { BUNDLED_PACKS } from "../../addin/taskpane/bundled-packs";
import { DecideSession } from "../../addin/taskpane/decide-session";
import { summaryNameFor } from "../../addin/taskpane/pane";
import { columnLetter } from "../../src/tracker";
import { openInExcel, runAddin, sampleBytes } from "./support";

const SHEET = "2022年第一批";
let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function snapshot(workbook: ExcelHost) {
  const cells: Record<string, unknown> = {};
  for (const name of workbook.sheetNames()) {
    for (let r = 1; r <= 25; r++) {
      for (let c = 1; c <= 30; c++) {
        const address = `${columnLetter(c)}${r}`;
        const cell = workbook.cell(name, address);
        cells[`${name}!${address}`] = [cell.value, cell.fill ?? "#FFFFFF", cell.formula ?? null];
      }
    }
  }
  return { cells, comments: workbook.comments(), settings: workbook.settings(), sheets: workbook.sheetNames() };
}

/** A run whose last request fails: its summary sheet is given the name of a sheet that exists. */
async function failingRun(lang: "zh-CN" | "en" = "zh-CN") {
  const read = await readSource({ kind: "sheet", name: SHEET, sheet: SHEET });
  const response = await new DecideSession().decide({
    range: read.range,
    ourColumns: read.ourColumns,
    packs: BUNDLED_PACKS,
    map: {},
    unit: null,
    lang,
    at: "2026-11-28T00:00:00Z",
    file: "x.xlsx",
    resultColumn: read.previous ? read.previous.firstColumn : read.lastColumn + 1,
    summaryName: summaryNameFor(lang, read.sheetNames, read.previous),
  });
  const plan = { ...response.plan, summary: { ...response.plan.summary!, name: SHEET } };
  // Several chunks are written before the last request fails.
  return writeRun(plan, read.previous, { before: read.range, sheetsBefore: read.sheetNames, limits: { maxBytes: 600, maxCells: 1_000_000 } });
}

describe("a failed write leaves the workbook as it was before the run", () => {
  it("on a first run: no result columns, fills, comments, summary sheet or settings remain", async () => {
    const opened = await openInExcel(sampleBytes());
    uninstall = opened.uninstall;
    const before = snapshot(opened.workbook);
    await expect(failingRun()).rejects.toThrow();
    const after = snapshot(opened.workbook);
    const changed = Object.keys(before.cells).filter((k) => JSON.stringify(before.cells[k]) !== JSON.stringify(after.cells[k]));
    expect(changed.map((k) => `${k}: ${JSON.stringify(before.cells[k])} → ${JSON.stringify(after.cells[k])}`)).toEqual([]);
    expect(after).toEqual(before);
  });

  it("on a re-run: the previous run's results, highlights, comments and summary are all still there", async () => {
    const opened = await openInExcel(sampleBytes());
    uninstall = opened.uninstall;
    await runAddin();
    const before = snapshot(opened.workbook);
    expect(before.comments).toHaveLength(1);
    // A re-run in English would rewrite every result cell.
    await expect(failingRun("en")).rejects.toThrow();
    const after = snapshot(opened.workbook);
    expect(after.sheets).toEqual(before.sheets);
    const changed = Object.keys(before.cells).filter((k) => JSON.stringify(before.cells[k]) !== JSON.stringify(after.cells[k]));
    expect(changed.map((k) => `${k}: ${JSON.stringify(before.cells[k])} → ${JSON.stringify(after.cells[k])}`)).toEqual([]);
    expect(after).toEqual(before);
  });
});
