/**
 * `jiebang run` reads the tracker sheet as a stream (readXlsxHeads + TrackerStream); every other door reads the
 * whole sheet (readXlsx + readTracker). Both must give the same project rows, notes and skipped lines: on the
 * real-writer corpus, the samples, and a tracker built to exercise merged cells down rows, hidden rows, a total
 * row with sign-off lines under it, repeated ids and a merged title.
 */
import { readFileSync, readdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx, readXlsxHeads } from "../../src/io";
import { findTrackerSheet, HEADER_SEARCH_ROWS, readTracker, TrackerStream, type TrackerRow } from "../../src/tracker";
import { CRAFTED } from "../crafted/packages";

async function bothWays(bytes: Uint8Array, sheet?: string) {
  const whole = await readXlsx(bytes, "t.xlsx");
  const grid = findTrackerSheet(whole.grids, { hidden: whole.hiddenSheets, ...(sheet ? { sheet } : {}) });
  const tracker = readTracker(grid);
  const heads = await readXlsxHeads(bytes, "t.xlsx", { headRows: HEADER_SEARCH_ROWS + 1 });
  const head = findTrackerSheet(heads.grids, { hidden: heads.hiddenSheets, ...(sheet ? { sheet } : {}) });
  const stream = new TrackerStream(head, heads.lastRows[heads.grids.indexOf(head)]!);
  const rows: TrackerRow[] = [];
  let batches = 0;
  for (const batch of heads.streamRows(head.sheet)) {
    batches++;
    rows.push(...stream.rows(batch));
  }
  const { rows: wholeRows, ...rest } = tracker;
  return { whole: { rows: wholeRows, rest }, streamed: { rows, rest: stream.finish() }, batches };
}

describe("the streamed read of a tracker sheet is the whole read", () => {
  const files = [
    ...readdirSync(new URL("../corpus/files/", import.meta.url)).map((f) => new URL(`../corpus/files/${f}`, import.meta.url)),
    new URL("../../samples/2022-first-batch.xlsx", import.meta.url),
    new URL("../../samples/2022-transformation.xlsx", import.meta.url),
  ];
  it.each(files.map((f) => [f.pathname.split("/").at(-1)!, f] as const))("%s", async (_name, url) => {
    const { whole, streamed } = await bothWays(readFileSync(url));
    expect(streamed.rows).toEqual(whole.rows);
    expect(streamed.rest).toEqual(whole.rest);
  });

  it("with merges down rows, hidden rows, a total with sign-off lines, repeated ids, over many chunks", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台账");
    ws.addRow(["2022年揭榜挂帅项目台账"]);
    ws.mergeCells("A1:F1");
    ws.addRow(["项目编号", "项目类型", "发榜方", "揭榜方", "是否达成合作", "研发投入总额（万元）"]);
    for (let i = 0; i < 3000; i++) ws.addRow([`P-${i % 2900}`, i % 3 ? "技术攻关类" : "成果转化类", i % 50 === 1 ? null : `包头某公司${i % 7}`, "北京某大学", "已签约", 100 + i]);
    // One issuer for three projects, merged down; a hidden row.
    ws.mergeCells("C100:C102");
    ws.getRow(500).hidden = true;
    ws.addRow(["合计", null, null, null, null, 999]);
    ws.addRow(["填表人：张某", null, "审核人：李某"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { whole, streamed, batches } = await bothWays(bytes);
    expect(batches).toBeGreaterThan(3);
    expect(whole.rows.length).toBe(3000);
    expect(streamed.rows).toEqual(whole.rows);
    expect(streamed.rest).toEqual(whole.rest);
    expect(streamed.rows.find((r) => r.row === 102)!.notes!.map((n) => n.code)).toContain("MERGED_CELL");
    expect(streamed.rows.find((r) => r.row === 500)!.notes!.map((n) => n.code)).toContain("HIDDEN_ROW");
    expect(streamed.rows.filter((r) => r.notes?.some((n) => n.code === "DUPLICATE_ID")).length).toBe(100);
  });
});

describe("the first pass skims each sheet past its first rows, and finds what a whole read finds", () => {
  const files = readdirSync(new URL("../corpus/files/", import.meta.url)).map((f) => [f, () => readFileSync(new URL(`../corpus/files/${f}`, import.meta.url))] as const);
  const crafted = CRAFTED.map((c) => [`crafted: ${c.name}`, c.build] as const);
  it.each([...files, ...crafted])("%s: the same merges on every sheet, and a last row at or past the last one that shows something", async (_name, build) => {
    const bytes = new Uint8Array(await build());
    let whole;
    try {
      whole = await readXlsx(bytes, "t.xlsx");
    } catch (error) {
      // A package the whole read refuses: the skimming read refuses it too, or its stream does (the rows are checked as they stream).
      await expect(
        (async () => {
          const heads = await readXlsxHeads(bytes, "t.xlsx", { headRows: HEADER_SEARCH_ROWS + 1 });
          for (const grid of heads.grids) for (const _ of heads.streamRows(grid.sheet));
        })(),
      ).rejects.toMatchObject({ code: (error as { code: string }).code });
      return;
    }
    const heads = await readXlsxHeads(bytes, "t.xlsx", { headRows: HEADER_SEARCH_ROWS + 1 });
    expect(heads.grids.map((g) => g.sheet)).toEqual(whole.grids.map((g) => g.sheet));
    whole.grids.forEach((grid, i) => {
      expect(heads.grids[i]!.merges).toEqual(grid.merges);
      expect(heads.lastRows[i]!).toBeGreaterThanOrEqual(grid.rows.length);
    });
  });
});
