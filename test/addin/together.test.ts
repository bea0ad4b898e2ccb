/**
 * The add-in decides two sheets of the open workbook together, on
 * Microsoft's Excel client against the simulated host: each sheet gets its
 * own result columns, one summary sheet covers both, the decisions are the
 * CLI's consolidated run's, and a re-run replaces what the last one wrote.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RESULT_HEADERS, stateKeyOf } from "../../addin/excel";
import { DecideSession } from "../../addin/taskpane/decide-session";
import { readTogether, resultColumnOf, writeBack } from "../../addin/taskpane/together";
import { main } from "../../src/cli/main";
import { STATUS_LABELS } from "../../src/report";
import { cellAddress } from "../../src/tracker";
import { decideRequest, door, openInExcel } from "./support";

const FIRST = new URL("../../samples/2022-first-batch.xlsx", import.meta.url);
const SECOND = new URL("../../samples/2022-transformation.xlsx", import.meta.url);
const AT = "2026-11-28T00:00:00.000Z";

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

/** One workbook holding both samples' sheets (the second's cells copied in, as a user pastes a city's sheet in). */
async function bothSamples(): Promise<{ bytes: Uint8Array; sheets: [string, string] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(FIRST) as unknown as ArrayBuffer);
  const other = new ExcelJS.Workbook();
  await other.xlsx.load(readFileSync(SECOND) as unknown as ArrayBuffer);
  const from = other.worksheets[0]!;
  const to = book.addWorksheet(from.name);
  from.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => void (to.getCell(r, c).value = cell.value)));
  return { bytes: new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer), sheets: [book.worksheets[0]!.name, from.name] };
}

/** What the pane does when two sheets are ticked and Run is pressed, without the DOM. */
async function runTogether(first: string, second: string) {
  const { sources } = await door.listSources();
  const source = sources.find((s) => s.kind === "sheet" && s.name === first)!;
  const read = await door.readSource(source);
  const further = await readTogether(door, sources.filter((s) => s.kind === "sheet" && s.name === second), "zh-CN");
  const session = new DecideSession();
  const response = await session.decide({ ...decideRequest(read, source.sheet, { at: AT, file: "2022.xlsx" }), withDecisions: true, together: further.map((f) => f.sheet) });
  const written = await writeBack(door, response, read, further);
  return { response, states: written.states, session };
}

async function cliTogether() {
  const dir = mkdtempSync(join(tmpdir(), "jiebang-together-"));
  try {
    const out: string[] = [];
    const code = await main(["run", FIRST.pathname, SECOND.pathname, "--out", join(dir, "a.xlsx"), "--json", join(dir, "a.json")], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      now: () => new Date(AT),
      stderrIsTty: false,
    });
    expect(code, out.join("")).toBe(0);
    return JSON.parse(readFileSync(join(dir, "a.json"), "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the add-in deciding two sheets together", () => {
  it("writes each sheet's results beside it and one summary of both, deciding as the CLI's consolidated run does", async () => {
    const { bytes, sheets } = await bothSamples();
    const opened = await openInExcel(bytes);
    uninstall = opened.uninstall;
    const workbook = opened.workbook;
    const { response, states } = await runTogether(...sheets);
    const cli = await cliTogether();
    expect(response.decisions).toEqual(cli.decisions);
    expect(response.overview.sheets).toEqual(sheets);

    const status = new Map(Object.entries(STATUS_LABELS).map(([code, l]) => [l["zh-CN"], code]));
    states.forEach((state, source) => {
      const sheet = sheets[source]!;
      expect(state.sheet).toBe(sheet);
      expect(RESULT_HEADERS.map((_, i) => workbook.cell(sheet, cellAddress(state.firstRow, state.firstColumn + i)).value)).toEqual(RESULT_HEADERS.map((h) => h["zh-CN"]));
      const mine = cli.decisions.filter((d: { source: number }) => d.source === source);
      expect(mine.length).toBeGreaterThan(5);
      for (const d of mine) {
        expect(status.get(String(workbook.cell(sheet, cellAddress(d.row, state.firstColumn)).value)), `${sheet} row ${d.row}`).toBe(d.status);
        expect(workbook.cell(sheet, cellAddress(d.row, state.firstColumn + 3)).value).toBe(Number(d.subsidyYuan));
      }
    });
    // One summary of both sheets: each sheet's line, and their total, which is the CLI's.
    const summaries = workbook.sheetNames().filter((n) => n.startsWith("汇总") || n.startsWith("jiebang"));
    expect(summaries).toEqual(["汇总"]);
    let at = 0;
    for (let r = 1; r < 200 && at === 0; r++) if (workbook.cell("汇总", `A${r}`).value === "按来源台账") at = r;
    expect(at).toBeGreaterThan(0);
    expect(workbook.cell("汇总", `A${at + 2}`).value).toBe(`2022.xlsx：${sheets[0]}`);
    expect(workbook.cell("汇总", `A${at + 3}`).value).toBe(`2022.xlsx：${sheets[1]}`);
    expect(workbook.cell("汇总", `A${at + 4}`).value).toBe("合计");
    const subsidy = (r: number) => Number(workbook.cell("汇总", `E${r}`).value);
    expect(subsidy(at + 2) + subsidy(at + 3)).toBe(subsidy(at + 4));
    expect(subsidy(at + 4)).toBe(Number(cli.summary.subsidyYuan));
    expect(cli.summary.bySource.map((b: { subsidyYuan: string }) => Number(b.subsidyYuan))).toEqual([subsidy(at + 2), subsidy(at + 3)]);
    // The first sheet's problem cell keeps its comment; each sheet's record is its own.
    expect(workbook.comments().map((c) => c.sheet)).toContain(sheets[0]);
    expect(states[1]!.summarySheet).toBeNull();
  });

  it("replaces both sheets' results and the one summary on a re-run, keeping each sheet's comments", async () => {
    const { bytes, sheets } = await bothSamples();
    const opened = await openInExcel(bytes);
    uninstall = opened.uninstall;
    const workbook = opened.workbook;
    const first = await runTogether(...sheets);
    const comments = workbook.comments();
    const sheetCount = workbook.sheetNames().length;
    const second = await runTogether(...sheets);
    second.states.forEach((state, i) => {
      expect(state.firstColumn).toBe(first.states[i]!.firstColumn);
      expect(workbook.cell(state.sheet, cellAddress(state.firstRow, state.lastColumn + 1)).value).toBe("");
    });
    expect(workbook.sheetNames()).toHaveLength(sheetCount);
    expect(workbook.sheetNames().filter((n) => n.startsWith("汇总"))).toEqual(["汇总"]);
    expect(workbook.comments().map((c) => [c.sheet, c.address, c.content])).toEqual(comments.map((c) => [c.sheet, c.address, c.content]));
    // The further sheet's record is kept under its own key, the first sheet's under the add-in's usual one.
    expect(second.states[1]!.sheet).toBe(sheets[1]);
    expect(stateKeyOf(sheets[1])).not.toBe(stateKeyOf(null));
    // The export is one audited workbook over both sheets, 来源 first.
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load((await second.session.exportWorkbook()) as unknown as ArrayBuffer);
    const funding = exported.getWorksheet("资助测算")!;
    expect(funding.getRow(1).getCell(1).value).toBe("来源");
    // The header, a row per decision, then the total and the sign-off block (5 rows).
    expect(funding.rowCount - 1 - 5).toBe(second.response.overview.rows);
    expect(funding.getRow(2 + second.response.overview.rows).getCell(1).value).toBe("合计");
  });

  it("decides a sheet alone again after deciding it with another", async () => {
    const { bytes, sheets } = await bothSamples();
    const opened = await openInExcel(bytes);
    uninstall = opened.uninstall;
    const workbook = opened.workbook;
    const together = await runTogether(...sheets);
    const { sources } = await door.listSources();
    const source = sources.find((s) => s.kind === "sheet" && s.name === sheets[0])!;
    const read = await door.readSource(source);
    expect(resultColumnOf(read)).toBe(together.states[0]!.firstColumn);
    const response = await new DecideSession().decide(decideRequest(read, sheets[0], { at: AT, file: "2022.xlsx" }));
    const { state } = await door.writeRun(response.plan, read.previous, { before: read.range, sheetsBefore: read.sheetNames });
    expect(state.firstColumn).toBe(together.states[0]!.firstColumn);
    expect(workbook.sheetNames().filter((n) => n.startsWith("汇总"))).toEqual(["汇总"]);
    expect(workbook.cell("汇总", "A9").value).toBe("财政补助合计（元）");
    expect(workbook.cell("汇总", "B9").value).toBe(55000000);
  });

  it("keeps a further sheet's comment thread, and the user's reply in it, when the sheets are decided together again", async () => {
    const { bytes, sheets } = await bothSamples();
    const opened = await openInExcel(bytes);
    uninstall = opened.uninstall;
    const workbook = opened.workbook;
    // The first batch's sheet (with its problem cell G14) is the further sheet this time.
    await runTogether(sheets[1], sheets[0]);
    const before = workbook.comments().filter((c) => c.sheet === sheets[0]);
    expect(before.map((c) => c.address)).toEqual(["G14"]);
    await Excel.run(async (context) => {
      context.workbook.comments.getItemByCell(`'${sheets[0]}'!G14`).replies.add("已核实，待企业更正");
      await context.sync();
    });
    await runTogether(sheets[1], sheets[0]);
    const after = workbook.comments().filter((c) => c.sheet === sheets[0]);
    expect(after.map((c) => [c.address, c.replies])).toEqual([["G14", ["已核实，待企业更正"]]]);
  });

  it("does not take a sheet's cleared columns for its results once another run has moved them: the user's new cells stay", async () => {
    const { bytes, sheets } = await bothSamples();
    const opened = await openInExcel(bytes);
    uninstall = opened.uninstall;
    const workbook = opened.workbook;
    const [p, q] = sheets;
    const together = await runTogether(q, p);
    const resultsOnP = together.states[1]!.firstColumn;
    const alone = async (sheet: string) => {
      const { sources } = await door.listSources();
      const source = sources.find((s) => s.kind === "sheet" && s.name === sheet)!;
      const read = await door.readSource(source);
      const response = await new DecideSession().decide(decideRequest(read, sheet, { at: AT, file: "2022.xlsx" }));
      return door.writeRun(response.plan, read.previous, { before: read.range, sheetsBefore: read.sheetNames, otherRecord: read.other });
    };
    // P alone, then Q alone: Q's run clears P's results (its record moved on); P's own record from the together run stays.
    await alone(p);
    await alone(q);
    expect(workbook.cell(p, cellAddress(3, resultsOnP)).value).toBe("");
    // The user now writes beside the tracker, where the results stood.
    const sheet = workbook.exceljs.getWorksheet(p)!;
    sheet.getCell(cellAddress(3, resultsOnP)).value = "备注";
    sheet.getCell(cellAddress(4, resultsOnP)).value = "已电话核实";
    const { state } = await alone(p);
    expect(workbook.cell(p, cellAddress(4, resultsOnP)).value).toBe("已电话核实");
    expect(state.firstColumn).toBe(resultsOnP + 1);
    // And the problem cell's highlight goes when it is no longer the add-in's to keep.
    await alone(q);
    expect(workbook.cell(p, "G14").fill ?? "#FFFFFF").toBe("#FFFFFF");
  });
});
