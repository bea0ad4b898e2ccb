/**
 * The door (addin/excel/*.ts) on Microsoft's own Excel client (office.js,
 * excel-web-16.00.debug.js) against the simulated Excel host, point by point:
 * quoted sheet names, occupied cells, payload errors, 10,000 problem cells,
 * export without downloads, partial failure of every action of the last
 * request, white fill versus no fill, the settings limit, the 1904 date
 * system, and column widths in points.
 */

import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { columnWidthPoints, openWorkbook, STATE_KEY, type WriteResult } from "../../addin/excel";
import type { ExcelHost, ExcelHostOptions } from "../../addin/excel-host";
import type { ActionView } from "../../addin/excel-host/process-query";
import { BUNDLED_PACKS } from "../../addin/taskpane/bundled-packs";
import { DecideSession, type DecideResponse } from "../../addin/taskpane/decide-session";
import { summaryNameFor } from "../../addin/taskpane/pane";
import type { Lang } from "../../src/i18n";
import { columnLetter } from "../../src/tracker";
import type { Plain } from "../support/grid";
import { xlsxBytes } from "../support/workbook";
import { door, openInExcel, runAddin, sampleBytes } from "./support";

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

async function open(bytes: Uint8Array, options: ExcelHostOptions = {}): Promise<ExcelHost> {
  uninstall?.();
  const opened = await openInExcel(bytes, options);
  uninstall = opened.uninstall;
  return opened.workbook;
}

const PROBLEM_FILL = "#FCE4D6";
const SAMPLE_SHEET = "2022年第一批";
const SPACED_SHEET = "2023 第二批-包头";

const HEADER = ["项目编号", "项目名称", "项目类型", "发榜方", "发榜方性质", "发榜方所在地", "揭榜方", "揭榜方所在地", "是否达成合作", "研发投入总额（万元）", "技术领域"];
/** The amount column (研发投入总额) is J: an unreadable amount there is a problem cell J<row>. */
const AMOUNT = "J";
function trackerRow(i: number, amount: Plain): Plain[] {
  return [`P-${i}`, `项目${i}`, "技术攻关类", `包头某公司${i}`, "独立法人企业", "包头市", "北京某大学", "北京市", "已签约", amount, ["新能源", "新材料", "乳业"][i % 3]!];
}
/** A tracker whose rows 2.. hold the given amounts ("约500万元" makes a problem cell). */
function tracker(sheet: string, amounts: readonly Plain[]) {
  return xlsxBytes([{ name: sheet, rows: [HEADER, ...amounts.map((a, i) => trackerRow(i + 1, a))] }]);
}

interface Run {
  readonly response: DecideResponse;
  readonly result: WriteResult;
}

/**
 * What the pane does on Run, with the door's WriteResult: readSource, decide in-process, writeRun.
 * `beforeWrite` runs between the read and the write (to arm a fault for writeRun's requests only).
 */
async function run(sheet: string, options: { lang?: Lang; beforeWrite?: () => void } = {}): Promise<Run> {
  const lang = options.lang ?? "zh-CN";
  const read = await door.readSource({ kind: "sheet", name: sheet, sheet });
  const previous = read.previous;
  const response = await new DecideSession().decide({
    range: read.range,
    ourColumns: read.ourColumns,
    packs: BUNDLED_PACKS,
    map: read.mappings[sheet] ?? {},
    unit: null,
    lang,
    at: "2026-11-28T00:00:00.000Z",
    file: "tracker.xlsx",
    resultColumn: previous && previous.sheet === sheet ? previous.firstColumn : read.lastColumn + 1,
    summaryName: summaryNameFor(lang, read.sheetNames, previous),
    withDecisions: true,
  });
  options.beforeWrite?.();
  const result = await door.writeRun(response.plan, previous, { before: read.range, sheetsBefore: read.sheetNames });
  return { response, result };
}

/** Every action the host runs, seen through a fault that never fires (failNext's matcher sees each action in order). */
function spy(host: ExcelHost): ActionView[] {
  const seen: ActionView[] = [];
  host.failNext((action) => {
    seen.push(action);
    return false;
  });
  return seen;
}

/** Fail the `request`-th request (1-based, counted from now) at its action `action`, once. */
function failAt(host: ExcelHost, request: number, action: number, code = "GeneralException"): void {
  let n = 0;
  host.failNext((a) => {
    if (a.index === 0) n++;
    return n === request && a.index === action;
  }, code);
}

/** The workbook as a user would see it: cells (value, fill, pattern, formula) of the first rows × columns of every sheet, comments, notes, sheet names, settings. */
function snapshot(host: ExcelHost, rows = 25, columns = 30) {
  const cells: Record<string, unknown> = {};
  for (const name of host.sheetNames()) {
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        const address = `${columnLetter(c)}${r}`;
        const cell = host.cell(name, address);
        cells[`${name}!${address}`] = [cell.value, cell.fill ?? null, cell.pattern ?? null, cell.formula ?? null];
      }
    }
  }
  return { sheets: host.sheetNames(), cells, comments: host.comments(), notes: host.notes(), settings: host.settings() };
}
type Snapshot = ReturnType<typeof snapshot>;

const same = (a: Snapshot, b: Snapshot) => JSON.stringify(a) === JSON.stringify(b);
function differences(a: Snapshot, b: Snapshot): string[] {
  const out = Object.keys(a.cells)
    .filter((k) => JSON.stringify(a.cells[k]) !== JSON.stringify(b.cells[k]))
    .map((k) => `${k}: ${JSON.stringify(a.cells[k])} → ${JSON.stringify(b.cells[k])}`);
  for (const key of ["sheets", "comments", "notes", "settings"] as const) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out.push(`${key}: ${JSON.stringify(a[key])} → ${JSON.stringify(b[key])}`);
  }
  return out;
}

describe("1. sheet names that must be quoted in an address", () => {
  // A door that passed "2023 第二批-包头!J2" (or "2022年第一批!G14") to comments.add would get InvalidArgument from
  // the host, as Excel refuses unquoted names that are not plain (OfficeDev/office-js#681): the run would throw, no
  // comment would be on the problem cell, and the Comments.Add actions would carry a string, not a Range's path id.
  it("comments a problem cell on '2023 第二批-包头' through a Range, where a string address fails on the host", async () => {
    const host = await open(await tracker(SPACED_SHEET, ["约500万元", 800, 900]));
    await expect(
      Excel.run(async (context) => {
        context.workbook.comments.add(`${SPACED_SHEET}!B2`, "x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.comments()).toEqual([]);

    const actions = spy(host);
    const { response } = await run(SPACED_SHEET);
    expect(response.plan.problems.map((p) => p.address)).toEqual([`${AMOUNT}2`]);
    const comments = host.comments();
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ sheet: SPACED_SHEET, address: `${AMOUNT}2` });
    expect(comments[0]!.content.startsWith("jiebang：")).toBe(true);
    expect(host.cell(SPACED_SHEET, `${AMOUNT}2`).fill).toBe(PROBLEM_FILL);
    // Comments.Add(<path id of a Range>, "jiebang：…", …): its first argument is an object path, not a string.
    const adds = actions.filter((a) => a.type === 1 && /\.Comments\.Add\(/.test(a.objectPath));
    expect(adds.length).toBeGreaterThan(0);
    for (const a of adds) expect(a.objectPath).toMatch(/\.Comments\.Add\(\d+, "jiebang：/);
  });

  it("the quoted address is what the host takes (so the refusal above is about quoting)", async () => {
    const host = await open(await tracker(SPACED_SHEET, [800]));
    await Excel.run(async (context) => {
      context.workbook.comments.add(`'${SPACED_SHEET}'!B2`, "x");
      await context.sync();
    });
    expect(host.comments()).toMatchObject([{ sheet: SPACED_SHEET, address: "B2", content: "x" }]);
  });

  it("comments the sample's problem cell on '2022年第一批', where the unquoted string address fails", async () => {
    const host = await open(sampleBytes());
    await expect(
      Excel.run(async (context) => {
        context.workbook.comments.add(`${SAMPLE_SHEET}!G14`, "x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const actions = spy(host);
    await runAddin();
    const comments = host.comments();
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ sheet: SAMPLE_SHEET, address: "G14" });
    expect(comments[0]!.content.startsWith("jiebang：")).toBe(true);
    for (const a of actions.filter((x) => x.type === 1 && /\.Comments\.Add\(/.test(x.objectPath))) expect(a.objectPath).toMatch(/\.Comments\.Add\(\d+, /);
  });
});

describe("2. a problem cell that already has the user's comment or a note", () => {
  // A door that let comments.add on an occupied cell fail the run would throw here (the host answers
  // InvalidOperation for a second thread and for a thread on a noted cell): the run would not end, the other
  // problem cells would not get their comments, and keptComments would not name J2 and J3.
  it("keeps them as they are, comments the other problem cells, and names the kept cells in keptComments", async () => {
    const host = await open(await tracker(SPACED_SHEET, ["约500万元", "约600万元", "约700万元", 800, "约900万元"]));
    host.addComment(SPACED_SHEET, "J2", "我的批注：待核实");
    host.addNote(SPACED_SHEET, "J3", "旧式备注");
    const { response, result } = await run(SPACED_SHEET);
    expect(response.plan.problems.map((p) => p.address)).toEqual(["J2", "J3", "J4", "J6"]);
    expect([...result.keptComments].sort()).toEqual(["J2", "J3"]);
    const comments = host.comments();
    expect(comments.filter((c) => c.address === "J2")).toEqual([{ sheet: SPACED_SHEET, address: "J2", content: "我的批注：待核实", resolved: false }]);
    expect(comments.filter((c) => c.address === "J3")).toEqual([]);
    expect(host.notes()).toEqual([{ sheet: SPACED_SHEET, address: "J3", text: "旧式备注" }]);
    for (const address of ["J4", "J6"]) {
      const mine = comments.filter((c) => c.address === address);
      expect(mine, address).toHaveLength(1);
      expect(mine[0]!.content.startsWith("jiebang："), address).toBe(true);
    }
    expect(comments.filter((c) => c.content.startsWith("jiebang")).map((c) => c.address).sort()).toEqual(["J4", "J6"]);
    // The occupied cells are still highlighted as problems.
    for (const address of ["J2", "J3", "J4", "J6"]) expect(host.cell(SPACED_SHEET, address).fill, address).toBe(PROBLEM_FILL);
  });

  // The add-in's own comment from the previous run is not the user's: a door that tried comments.add on a cell
  // still holding its previous comment (deleted only in the last request) would meet the one-thread-per-cell rule,
  // take the cell for the user's, and then delete the old comment: the problem cell would end with no comment.
  it("on a re-run, a cell that is still a problem carries the new run's comment, and is not reported as the user's", async () => {
    const host = await open(await tracker(SPACED_SHEET, ["约500万元", 800]));
    await run(SPACED_SHEET);
    expect(host.comments()).toMatchObject([{ address: "J2" }]);
    const again = await run(SPACED_SHEET, { lang: "en" });
    expect(again.result.keptComments).toEqual([]);
    const comments = host.comments();
    expect(comments.map((c) => c.address)).toEqual(["J2"]);
    expect(comments[0]!.content.startsWith("jiebang: ")).toBe(true);
  });
});

describe("3. payload errors on both sides", () => {
  const ROWS = 3000;
  const amounts = Array.from({ length: ROWS }, (_, i) => (i % 5 === 0 ? "约500万元" : 500 + (i % 4000)));
  const fullSnapshot = (host: ExcelHost) => snapshot(host, ROWS + 1, 17);

  it("reads and writes a 3,000-row tracker under 150 KB request and 64 KB response limits, halving on each refusal", async () => {
    const bytes = await tracker("台账", amounts);
    const free = await open(bytes);
    const reference = await run("台账");
    const expected = fullSnapshot(free);

    const host = await open(bytes, { limits: { requestBytes: 150 * 1024, responseBytes: 64 * 1024 } });
    host.resetRequests();
    const limited = await run("台账");
    const codes = host.requests.filter((r) => r.error).map((r) => r.error);
    expect(codes).toContain("RequestPayloadSizeLimitExceeded");
    expect(codes).toContain("ResponsePayloadSizeLimitExceeded");
    // Every other request was answered: nothing failed for any other reason.
    expect(codes.filter((c) => c !== "RequestPayloadSizeLimitExceeded" && c !== "ResponsePayloadSizeLimitExceeded")).toEqual([]);
    expect(limited.response.decisions).toEqual(reference.response.decisions);
    expect(limited.result.keptComments).toEqual([]);
    const actual = fullSnapshot(host);
    expect(differences(expected, actual).slice(0, 20)).toEqual([]);
    expect(host.comments()).toHaveLength(ROWS / 5);
    // The record (what a re-run will undo) is the same too: no highlight's own fill read back as our own highlight.
    expect(host.settings()[STATE_KEY]).toEqual(free.settings()[STATE_KEY]);
  });

  // The host keeps the writes of a request whose response is too large (README, "Payload and size limits"): a door
  // that took that refusal for "nothing applied" would send the comments again, meet its own comments, and report
  // them as the user's (keptComments), or read its own highlight back as the cell's own fill.
});

describe("4. 10,000 problem cells", () => {
  it("stays under 5 MB a request and a response, keeps the record under 1 MB, and highlights and comments every one", async () => {
    const ROWS = 10_000;
    const host = await open(await tracker("台账", Array.from({ length: ROWS }, () => "约500万元")));
    host.resetRequests();
    const { response, result } = await run("台账");
    expect(response.plan.problems).toHaveLength(ROWS);
    expect(result.keptComments).toEqual([]);
    const MB5 = 5 * 1024 * 1024;
    expect(host.requests.filter((r) => r.error)).toEqual([]);
    for (const r of host.requests) {
      expect(r.requestBytes).toBeLessThan(MB5);
      expect(r.responseBytes).toBeLessThan(MB5);
    }
    expect(host.settingsBytes()).toBeLessThan(1024 * 1024);
    expect(JSON.stringify(host.settings()[STATE_KEY]).length).toBeLessThan(1024 * 1024);
    const byCell = new Map(host.comments().map((c) => [c.address, c.content]));
    expect(byCell.size).toBe(ROWS);
    for (let r = 2; r <= ROWS + 1; r++) {
      const address = `${AMOUNT}${r}`;
      if (host.cell("台账", address).fill !== PROBLEM_FILL) expect.fail(`${address} is not highlighted`);
      if (!byCell.get(address)?.startsWith("jiebang：")) expect.fail(`${address} has no jiebang comment`);
    }
  });
});

describe("5. export without downloads", () => {
  it("openWorkbook hands the bytes to application.createWorkbook(base64).open()", async () => {
    const host = await open(await tracker("台账", [800]));
    const { session } = await runAddin({ sheet: "台账" });
    const bytes = await session.exportWorkbook();
    await openWorkbook(bytes);
    const created = host.createdWorkbooks();
    expect(created).toHaveLength(1);
    expect(created[0]!.length).toBe(bytes.length);
    expect(Buffer.from(created[0]!).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("6. a failure at any action leaves the workbook before or after the run, never between", () => {
  // Row 2 (J2): a problem cell with no fill; row 3 (J3): a problem cell the user filled yellow; row 4: fine; row 5
  // (J5): a problem cell. Between runs the user fixes J2 and J3, so the re-run's last request deletes the old summary
  // and the old comments, clears one highlight and puts one own fill back.
  const amounts = ["约500万元", "约600万元", 800, "约700万元"];
  const makeHost = async () => {
    const host = await open(await tracker(SPACED_SHEET, amounts));
    host.setFill(SPACED_SHEET, "J3", "#FFFF00");
    return host;
  };
  const firstRun = async () => ({ host: await makeHost(), lang: "zh-CN" as Lang });
  const reRun = async () => {
    const host = await makeHost();
    await run(SPACED_SHEET);
    host.setValue(SPACED_SHEET, "J2", 500);
    host.setValue(SPACED_SHEET, "J3", 600);
    return { host, lang: "en" as Lang };
  };

  /** Before and after a clean run, and the actions of each request writeRun made (found by a spy, counted as failAt counts). */
  async function clean(setup: typeof firstRun) {
    const { host, lang } = await setup();
    const before = snapshot(host);
    const seen = spy(host);
    await run(SPACED_SHEET, {
      lang,
      beforeWrite: () => {
        host.resetRequests();
        seen.length = 0;
      },
    });
    const requests = host.requests.slice();
    const after = snapshot(host);
    expect(same(before, after)).toBe(false);
    const byRequest: ActionView[][] = [];
    for (const a of seen) {
      if (a.index === 0) byRequest.push([]);
      byRequest.at(-1)!.push(a);
    }
    // Every request ran actions (none was refused for its size), so the spy counts requests as the host does (a
    // request that failed part-way ran only the actions up to the failing one).
    expect(byRequest).toHaveLength(requests.length);
    expect(byRequest.at(-1)).toHaveLength(requests.at(-1)!.actions);
    return { before, after, byRequest };
  }

  /**
   * Fail writeRun's request `request` at each of `actions` once, each on a fresh workbook. The outcomes that are not
   * allowed (the workbook must equal `before`, or, if `afterAllowed`, `after`), one line per run of consecutive
   * actions with the same outcome: whether the run threw, what the workbook is, and the first differences from the
   * before and after snapshots.
   */
  async function outcomes(setup: typeof firstRun, request: number, actions: readonly ActionView[], expected: { before: Snapshot; after: Snapshot; afterAllowed: boolean }): Promise<string[]> {
    const wrong: Array<{ first: ActionView; last: ActionView; outcome: string }> = [];
    for (const action of actions) {
      const { host, lang } = await setup();
      let threw = false;
      try {
        await run(SPACED_SHEET, { lang, beforeWrite: () => failAt(host, request, action.index) });
      } catch {
        threw = true;
      }
      const now = snapshot(host);
      const is = same(now, expected.before) ? "before" : same(now, expected.after) ? "after" : "neither";
      if (is === "before" || (is === "after" && expected.afterAllowed)) continue;
      const cut = (d: string[]) => d.slice(0, 2).map((x) => x.slice(0, 150)).join(" | ");
      const outcome = `${threw ? "threw" : "did not throw"}, workbook is ${is}; from before: ${cut(differences(expected.before, now))}; from after: ${cut(differences(expected.after, now))}`;
      const previous = wrong.at(-1);
      if (previous && previous.outcome === outcome && previous.last.index === action.index - 1) previous.last = action;
      else wrong.push({ first: action, last: action, outcome });
    }
    const name = (a: ActionView) => `${a.index} (${a.type} ${a.name} ${a.objectPath.slice(0, 60)})`;
    return wrong.map((w) => `request ${request} action ${w.first === w.last ? name(w.first) : `${name(w.first)} to ${name(w.last)}`}: ${w.outcome}`);
  }

  for (const [name, setup] of [
    ["a first run", firstRun],
    ["a re-run over a previous run's results", reRun],
  ] as const) {
    // A door that deleted the previous run's marks (comments, summary, highlights) before the new ones were in
    // place, or left a half-done last request as it was, would leave a workbook that is neither before nor after:
    // e.g. the old summary gone and the new one still under its temporary name, or the old comments gone while the
    // record is still the previous run's. Those actions are listed with what differs.
    it(`${name}: a failure at each action of the last request leaves it before or after the run`, async () => {
      const { before, after, byRequest } = await clean(setup);
      const last = byRequest.at(-1)!;
      expect(last.length).toBeGreaterThan(0);
      expect(await outcomes(setup, byRequest.length, last, { before, after, afterAllowed: true })).toEqual([]);
    });

    // A failure in an earlier request happens before anything of the previous run is removed: the run must fail
    // and undo what it wrote (values, header, highlights, the new summary sheet, the comments it added).
    it(`${name}: a failure at each action of the earlier requests (the first chunk, the comments with the record) leaves it as before`, async () => {
      const { before, after, byRequest } = await clean(setup);
      expect(byRequest.length).toBeGreaterThanOrEqual(3);
      const wrong: string[] = [];
      for (let request = 1; request < byRequest.length; request++) wrong.push(...(await outcomes(setup, request, byRequest[request - 1]!, { before, after, afterAllowed: false })));
      expect(wrong).toEqual([]);
    });
  }
});

describe("7. white fill versus no fill", () => {
  // A door that took "#FFFFFF" for no fill (format.fill.color reads #FFFFFF for both, office-js #4900, #6218) would
  // clear J2 on run 2: the host would show no fill (fill undefined) where the user had a solid white fill.
  it("restores the user's white fill as a solid white fill, and a cell with no fill to no fill", async () => {
    const host = await open(await tracker(SPACED_SHEET, ["约500万元", "约600万元", 800]));
    host.setFill(SPACED_SHEET, "J2", "#FFFFFF");
    expect(host.cell(SPACED_SHEET, "J2")).toMatchObject({ fill: "#FFFFFF", pattern: "Solid" });
    expect(host.cell(SPACED_SHEET, "J3").fill).toBeUndefined();
    await run(SPACED_SHEET);
    expect(host.cell(SPACED_SHEET, "J2").fill).toBe(PROBLEM_FILL);
    expect(host.cell(SPACED_SHEET, "J3").fill).toBe(PROBLEM_FILL);
    host.setValue(SPACED_SHEET, "J2", 500);
    host.setValue(SPACED_SHEET, "J3", 600);
    const second = await run(SPACED_SHEET);
    expect(second.response.plan.problems).toEqual([]);
    expect(host.cell(SPACED_SHEET, "J2")).toMatchObject({ fill: "#FFFFFF", pattern: "Solid" });
    expect(host.cell(SPACED_SHEET, "J3").fill).toBeUndefined();
    expect(host.cell(SPACED_SHEET, "J3").pattern).toBeUndefined();
  });
});

describe("8. the settings limit", () => {
  it("a record over the host's settings limit fails the run and leaves the workbook as before", async () => {
    const bytes = await tracker(SPACED_SHEET, ["约500万元", 800, "约700万元"]);
    const free = await open(bytes);
    await run(SPACED_SHEET);
    const needed = free.settingsBytes();
    expect(needed).toBeGreaterThan(300);

    const host = await open(bytes, { limits: { settingsBytes: 300 } });
    const before = snapshot(host);
    await expect(run(SPACED_SHEET)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(differences(before, snapshot(host))).toEqual([]);
  });
});

describe("9. the 1904 date system", () => {
  const DATES = ["2022-01-10", "2022-03-15", "2022-06-30", "2022-11-01"];
  const serial1900 = (date: string) => (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  async function datedTracker(value: (date: string) => ExcelJS.CellValue) {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("台账");
    ws.addRow([...HEADER, "签约日期"]);
    DATES.forEach((date, i) => {
      ws.addRow([...(trackerRow(i + 1, 800 + i * 100) as ExcelJS.CellValue[]), value(date)]);
      ws.getCell(i + 2, HEADER.length + 1).numFmt = "yyyy-mm-dd";
    });
    return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it("decides a 1904 workbook's tracker exactly as the same tracker in the 1900 system", async () => {
    const host1900 = await open(await datedTracker((d) => new Date(`${d}T00:00:00Z`)));
    expect(host1900.cell("台账", "L3").value).toBe(serial1900("2022-03-15"));
    const in1900 = await runAddin({ sheet: "台账" });

    // The same dates as the 1904 system stores them: 1462 days fewer.
    const bytes1904 = await datedTracker((d) => serial1900(d) - 1462);
    const host1904 = await open(bytes1904, { date1904: true });
    expect(host1904.date1904).toBe(true);
    expect(host1904.cell("台账", "L3")).toMatchObject({ value: serial1900("2022-03-15") - 1462, text: "2022-03-15" });
    const in1904 = await runAddin({ sheet: "台账" });
    expect(in1904.response.decisions).toEqual(in1900.response.decisions);
    expect(in1900.response.decisions.map((d) => d.status)).toEqual(["funded", "funded", "funded", "funded"]);

    // The control: those numbers read as 1900 serials are 2018 dates, before the pack, and the test would see it.
    await open(bytes1904, { date1904: false });
    const misread = await runAddin({ sheet: "台账" });
    expect(misread.response.decisions).not.toEqual(in1900.response.decisions);
    expect(misread.response.decisions.flatMap((d) => d.reasons.map((r: { code: string }) => r.code))).toContain("NO_PACK_IN_FORCE");
  });
});

describe("10. summary column widths in points", () => {
  // A door that set columnWidth in characters (format.columnWidth = w) would read back about w points, a third of
  // (7w + 5) × 0.75, and exceljs would hold a width under 2 characters.
  it("sets each summary column to (7w + 5) × 0.75 points", async () => {
    const host = await open(sampleBytes());
    const { response, state } = await runAddin();
    const summary = state.summarySheet!;
    const widths = response.plan.summary!.widths;
    expect(widths.length).toBeGreaterThan(0);
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(summary);
      const ranges = widths.map((_, i) => {
        const r = sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`);
        r.format.load("columnWidth");
        return r;
      });
      await context.sync();
      return ranges.map((r) => r.format.columnWidth);
    });
    const ws = host.exceljs.getWorksheet(summary)!;
    widths.forEach((w, i) => {
      const points = columnWidthPoints(w);
      expect(points).toBeCloseTo((7 * w + 5) * 0.75, 2);
      // The host keeps whole pixels: within 0.75 pt (one pixel) of what was set.
      expect(Math.abs(read[i]! - points), `column ${i + 1}: ${read[i]} pt for ${w} characters`).toBeLessThanOrEqual(0.75);
      expect(ws.getColumn(i + 1).width, `column ${i + 1}`).toBeCloseTo(w, 1);
    });
  });
});

