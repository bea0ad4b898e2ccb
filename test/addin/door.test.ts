import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RESULT_HEADERS } from "../../addin/excel";
import { main } from "../../src/cli/main";
import { LINE_LABELS, RECIPIENT_LABELS } from "../../src/rules";
import { STATUS_LABELS } from "../../src/report";
import { cellAddress } from "../../src/tracker";
import { xlsxBytes } from "../support/workbook";
import { openInExcel, runAddin, sampleBytes, SAMPLE } from "./support";

const SHEET = "2022年第一批";
let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

async function open(bytes: Uint8Array, options = {}) {
  const opened = await openInExcel(bytes, options);
  uninstall = opened.uninstall;
  return opened.workbook;
}

async function cliJson(input: string, lang = "zh-CN") {
  const dir = mkdtempSync(join(tmpdir(), "jiebang-door-"));
  try {
    const out: string[] = [];
    const code = await main(["run", input, "--out", join(dir, "a.xlsx"), "--json", join(dir, "a.json"), "--lang", lang], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      now: () => new Date("2026-11-28T00:00:00Z"),
      stderrIsTty: false,
    });
    expect(code, out.join("")).toBe(0);
    return JSON.parse(readFileSync(join(dir, "a.json"), "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const inverse = (labels: Record<string, { "zh-CN": string; en: string }>, lang: "zh-CN" | "en") => new Map(Object.entries(labels).map(([code, l]) => [l[lang], code]));

describe("the add-in on the sample tracker in a strict fake Excel", () => {
  it("writes the same decisions as the CLI's --json, row for row", async () => {
    const json = await cliJson(SAMPLE.pathname);
    const workbook = await open(sampleBytes());
    const { response, state } = await runAddin();
    expect(response.decisions).toEqual(json.decisions);

    const status = inverse(STATUS_LABELS, "zh-CN");
    const line = inverse(LINE_LABELS, "zh-CN");
    const at = (row: number, i: number) => cellAddress(row, state.firstColumn + i);
    expect(RESULT_HEADERS.map((_, i) => workbook.cell(SHEET, at(3, i)).value)).toEqual(RESULT_HEADERS.map((h) => h["zh-CN"]));
    for (const d of json.decisions) {
      const cell = (i: number) => workbook.cell(SHEET, at(d.row, i));
      expect(status.get(String(cell(0).value)), `row ${d.row}`).toBe(d.status);
      expect(cell(1).value === "" ? null : line.get(String(cell(1).value))).toBe(d.line);
      const recipient = d.recipient ? `${RECIPIENT_LABELS[d.recipient as "issuer"]["zh-CN"]}：${d.recipientName}` : "";
      expect(cell(2).value).toBe(recipient);
      expect(cell(3).value).toBe(Number(d.subsidyYuan));
      expect(cell(3).numberFormat).toContain("¥");
      expect(cell(4).value).toBe(d.line && d.line !== "case-by-case" ? (d.capped ? "是" : "否") : "");
      expect(cell(5).value).toBe(d.reasons.map((r: { message: string }) => r.message).join("\n"));
    }
  });

  it("reads the sample in one request and writes it back in three, counted on the wire", async () => {
    const workbook = await open(sampleBytes());
    workbook.resetRequests();
    await runAddin();
    // listSources (1); readSource (1); writeRun (the values with the highlights and the summary; the comments with
    // the record; the last request) = 5. The door keeps no range past its request, so office.js sends no clean-up.
    expect(workbook.requests.map((r) => r.error ?? "ok")).toEqual(Array(5).fill("ok"));
    for (const r of workbook.requests) expect(r.requestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("puts the result columns right of the tracker and never changes a cell the user wrote", async () => {
    const bytes = sampleBytes();
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(bytes as never);
    const workbook = await open(bytes);
    const { state } = await runAddin();
    const sheet = before.getWorksheet(SHEET)!;
    expect(state.firstColumn).toBe(sheet.columnCount + 1);
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const after = workbook.cell(SHEET, cell.address);
        const formula = (cell.value as { formula?: string })?.formula;
        if (formula) expect(after.formula, cell.address).toBe(`=${formula}`);
        else if (cell.value instanceof Date) expect(after.value, cell.address).toBe((cell.value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
        else expect(after.text, `${cell.address} (row ${r}, column ${c})`).toBe(cell.text);
      });
    });
  });

  it("highlights a problem cell and comments on it, and the summary sheet carries the totals and a chart", async () => {
    const workbook = await open(sampleBytes());
    await runAddin();
    expect(workbook.cell(SHEET, "G14").fill).toBe("#FCE4D6");
    const comments = workbook.comments();
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ sheet: SHEET, address: "G14" });
    expect(comments[0]!.content).toMatch(/^jiebang：.*GB 32100/);
    expect(workbook.sheetNames()).toContain("汇总");
    expect(workbook.cell("汇总", "A9").value).toBe("财政补助合计（元）");
    expect(workbook.cell("汇总", "B9").value).toBe(55000000);
    const charts = workbook.charts("汇总");
    expect(charts).toHaveLength(1);
    expect(charts[0]!.type).toBe("ColumnClustered");
    expect(charts[0]!.title).toBe("各技术领域财政补助（元）");
  });

  it("replaces its own results on a re-run instead of adding more, and undoes highlights no longer needed", async () => {
    const workbook = await open(sampleBytes());
    const first = await runAddin();
    // The user fixes the USCC between runs.
    const fixed = "91150300MA001211X" ;
    const sheet = workbook.exceljs.getWorksheet(SHEET)!;
    const { usccCheckCharacter } = await import("../../src/tracker");
    sheet.getCell("G14").value = fixed + usccCheckCharacter(fixed);
    const second = await runAddin();
    expect(second.state.firstColumn).toBe(first.state.firstColumn);
    expect(second.state.lastColumn).toBe(first.state.lastColumn);
    expect(workbook.cell(SHEET, cellAddress(3, second.state.lastColumn + 1)).value).toBe("");
    expect(workbook.sheetNames().filter((n) => n.startsWith("汇总"))).toEqual(["汇总"]);
    expect(workbook.comments()).toEqual([]);
    expect(workbook.cell(SHEET, "G14").fill ?? "#FFFFFF").toBe("#FFFFFF");
    expect(workbook.charts("汇总")).toHaveLength(1);
  });

  it("does not touch a user's own sheet named 汇总", async () => {
    const bytes = await xlsxBytes([
      { name: "台账", rows: [["项目编号", "项目类型", "发榜方", "发榜方性质", "发榜方所在地", "揭榜方", "是否达成合作", "研发投入总额（万元）", "技术领域"], ["A-1", "技术攻关类", "包头某公司", "独立法人企业", "包头市", "北京某大学", "是", 100, "新材料"]] },
      { name: "汇总", rows: [["我的汇总", 42]] },
    ]);
    const workbook = await open(bytes);
    const { state } = await runAddin({ sheet: "台账" });
    expect(state.summarySheet).not.toBe("汇总");
    expect(workbook.cell("汇总", "A1").value).toBe("我的汇总");
    expect(workbook.cell("汇总", "B1").value).toBe(42);
    expect(workbook.cell(state.summarySheet!, "B9").value).toBe(300000);
  });

  it("writes text that begins with = + - @ as text, never as a formula", async () => {
    const bytes = await xlsxBytes([
      {
        name: "台账",
        rows: [
          ["项目编号", "项目类型", "发榜方", "发榜方性质", "发榜方所在地", "揭榜方", "是否达成合作", "研发投入总额（万元）", "技术领域"],
          ["A-1", "技术攻关类", "包头某公司", "独立法人企业", "包头市", "北京某大学", "是", 100, "=1+1"],
          ["A-2", "技术攻关类", "包头某公司", "独立法人企业", "包头市", "北京某大学", "是", 100, "-新材料"],
          ["A-3", "技术攻关类", "包头某公司", "独立法人企业", "包头市", "北京某大学", "是", 100, "@SUM(A1)"],
          ["A-4", "技术攻关类", "包头某公司", "独立法人企业", "包头市", "北京某大学", "是", 100, "+86"],
        ],
      },
    ]);
    const workbook = await open(bytes);
    const { state } = await runAddin({ sheet: "台账" });
    const labels: string[] = [];
    for (let r = 1; r <= 60; r++) {
      const cell = workbook.cell(state.summarySheet!, `A${r}`);
      expect(cell.formula, `A${r}`).toBeUndefined();
      if (typeof cell.value === "string") labels.push(cell.value);
    }
    expect(labels).toEqual(expect.arrayContaining(["=1+1", "-新材料", "@SUM(A1)", "+86"]));
  });

  it("exports the same audited workbook the CLI writes", async () => {
    await open(sampleBytes());
    const { session } = await runAddin();
    const bytes = await session.exportWorkbook();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    expect(book.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["资助测算", "拨付清单", "汇总", "问题", "规则", "审计"]);
    const funding = book.getWorksheet("资助测算")!;
    expect(funding.getCell("Q2").value).toBe(7800000);
  });

  it("speaks English when Office does", async () => {
    const workbook = await open(sampleBytes(), { displayLanguage: "en-US" });
    const { state } = await runAddin({ lang: "en" });
    expect(workbook.cell(SHEET, cellAddress(4, state.firstColumn)).value).toBe("funded");
    expect(state.summarySheet).toBe("Summary");
  });
});
