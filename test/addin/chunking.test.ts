import { afterEach, describe, expect, it } from "vitest";
import { chunkRows, readSource, writeRun, type ChunkLimits } from "../../addin/excel";
import { DecideSession } from "../../addin/taskpane/decide-session";
import { BUNDLED_PACKS } from "../../addin/taskpane/bundled-packs";
import { spreadsheetCell } from "../../src/report";
import { xlsxBytes } from "../support/workbook";
import { openInExcel } from "./support";

let uninstall: (() => void) | null = null;
afterEach(() => uninstall?.());

const HEADER = ["项目编号", "项目名称", "项目类型", "发榜方", "发榜方性质", "发榜方所在地", "揭榜方", "揭榜方所在地", "是否达成合作", "研发投入总额（万元）", "技术领域"];

function trackerRows(n: number) {
  return [
    HEADER,
    ...Array.from({ length: n }, (_, i) => [
      `P-${i + 1}`,
      `项目${i + 1}`,
      i % 3 === 0 ? "成果转化类" : "技术攻关类",
      `包头某公司${i}`,
      i % 17 === 0 ? "事业单位" : "独立法人企业",
      "包头市",
      "北京某大学、内蒙古某大学",
      "北京市、呼和浩特市",
      i % 11 === 0 ? "洽谈中" : "已签约",
      i % 23 === 0 ? "约500万元" : 500 + (i % 4000),
      ["新能源", "新材料", "乳业", "种业", "煤炭清洁利用"][i % 5]!,
    ]),
  ];
}

describe("writing a large tracker back within Excel's request limits", () => {
  it("splits rows into chunks that each stay under the byte and cell budgets", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [spreadsheetCell(`行 ${i} 的原因说明`.repeat(5)), spreadsheetCell({ money: "123.45" })]);
    const limits: ChunkLimits = { maxBytes: 20_000, maxCells: 300 };
    const chunks = chunkRows(rows, limits);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks.at(-1)![1]).toBe(1000);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]![0]).toBe(chunks[i - 1]![1]);
    for (const [start, end] of chunks) {
      expect((end - start) * 2).toBeLessThanOrEqual(300);
      expect(JSON.stringify(rows.slice(start, end)).length).toBeLessThan(40_000);
    }
  });

  it("reads and writes 10,000 rows through an Excel host whose limits are ten times lower, in chunks, one request per chunk", async () => {
    const opened = await openInExcel(await xlsxBytes([{ name: "台账", rows: trackerRows(10_000) }]), { limits: { requestBytes: 512 * 1024, responseBytes: 512 * 1024 } });
    uninstall = opened.uninstall;
    const read = await readSource({ kind: "sheet", name: "台账", sheet: "台账" }, { headRows: 500, headColumns: 20, maxBytes: 400 * 1024 });
    expect(read.range.values).toHaveLength(10_001);
    expect(read.syncs).toBeGreaterThan(2);
    const response = await new DecideSession().decide({
      range: read.range,
      ourColumns: [],
      packs: BUNDLED_PACKS,
      map: {},
      unit: null,
      lang: "zh-CN",
      at: "2026-11-28T00:00:00Z",
      file: "big.xlsx",
      resultColumn: read.lastColumn + 1,
      summaryName: "汇总",
      withDecisions: true,
    });
    const limits = { maxBytes: 400 * 1024, maxCells: 400_000 };
    const expectedChunks = chunkRows(response.plan.rows, limits).length;
    expect(expectedChunks).toBeGreaterThan(1);
    opened.workbook.resetRequests();
    const progress: number[] = [];
    await writeRun(response.plan, null, { limits, onProgress: (done) => progress.push(done) });
    // One request per chunk (the highlights and the summary travel with them), the comments with the record and the
    // last request: every one under the host's limits, as measured on the wire.
    expect(opened.workbook.requests.map((r) => r.error ?? "ok")).toEqual(Array(expectedChunks + 2).fill("ok"));
    for (const r of opened.workbook.requests) expect(r.requestBytes).toBeLessThanOrEqual(512 * 1024);
    expect(progress.at(-1)).toBe(10_000);
    const last = response.decisions[9999]!;
    expect(last.row).toBe(10_001);
    expect(opened.workbook.cell("台账", "O10001").value).toBe(Number(last.subsidyYuan));
    expect(response.decisions.filter((d) => d.status === "funded").length).toBeGreaterThan(8000);
  });
});
