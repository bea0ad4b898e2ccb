/**
 * The reader jiebang uses (fflate + saxes, streaming) against the reference,
 * exceljs's full Workbook model: every corpus file of real writers and 200
 * generated workbooks must read the same, cell by cell — text and values,
 * sheet names and states, merges and hidden rows.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/io";
import { readWorkbookFull } from "../support/exceljs-full-read";
import { compareReads } from "./read-compare";

const CORPUS = join(import.meta.dirname, "..", "corpus", "files");
const corpusFiles = (() => {
  try {
    return readdirSync(CORPUS).filter((f) => f.endsWith(".xlsx")).sort();
  } catch {
    return [];
  }
})();

describe("the streaming read equals exceljs's full read", () => {
  it("has a corpus of real writers to compare", () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(corpusFiles)("%s", async (name) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
    const ours = await readXlsx(bytes, name);
    const reference = await readWorkbookFull(bytes);
    expect(compareReads(ours, reference)).toEqual([]);
    expect(ours.date1904).toBe(reference.date1904);
  });

  // Text that crosses chunk boundaries, numbers of every kind, dates, booleans, errors, formulas, merges, hidden rows and sheets.
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(..."包头市北方稀土应用有限公司中国科学院金属研究所已签约達成合作意向项目清單𠀋𡈽😀é́ab 1,2"), minLength: 1, maxLength: 40 }),
    fc.constantFrom("已签约", "技术攻关类", "成果转化类", "是", "否", "1,200", "2022年1月10日"),
  );
  const value = fc.oneof(
    text,
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    fc.integer({ min: 0, max: 100_000_000 }),
    fc.boolean(),
    fc.record({ date: fc.integer({ min: 367, max: 73_000 }) }),
    fc.record({ formula: fc.constant("1+1"), result: fc.option(fc.oneof(fc.integer(), text), { nil: undefined }) }),
    fc.record({ rich: fc.array(text, { minLength: 2, maxLength: 4 }) }),
    fc.constant({ error: "#N/A" as const }),
  );
  const sheetArb = fc.record({
    name: fc.string({ unit: fc.constantFrom(..."台账项目清單第一批2022 -"), minLength: 1, maxLength: 12 }),
    hidden: fc.boolean(),
    rows: fc.array(fc.array(fc.option(value, { nil: null }), { maxLength: 8 }), { minLength: 1, maxLength: 30 }),
    merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), { maxLength: 3 }),
    hiddenRows: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }),
  });

  it("on 200 generated workbooks", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(sheetArb, { minLength: 1, maxLength: 3, selector: (s) => s.name.trim() }), async (sheets) => {
        const workbook = new ExcelJS.Workbook();
        sheets.forEach((spec, i) => {
          const ws = workbook.addWorksheet(spec.name.trim() || `S${i}`, { state: spec.hidden && i > 0 ? "hidden" : "visible" });
          spec.rows.forEach((row, r) =>
            row.forEach((v, c) => {
              if (v === null) return;
              const cell = ws.getCell(r + 1, c + 1);
              if (typeof v !== "object") cell.value = v;
              else if ("date" in v) {
                cell.value = new Date(Date.UTC(1899, 11, 30) + v.date * 86_400_000);
                cell.numFmt = "yyyy-mm-dd";
              } else if ("formula" in v) cell.value = { formula: v.formula, ...(v.result !== undefined ? { result: v.result } : {}) } as ExcelJS.CellFormulaValue;
              else if ("rich" in v) cell.value = { richText: v.rich.map((t, k) => ({ text: t, ...(k % 2 ? { font: { bold: true } } : {}) })) };
              else cell.value = { error: v.error } as ExcelJS.CellErrorValue;
            }),
          );
          const taken: string[] = [];
          for (const [r, c, h, w] of spec.merges) {
            if (h === 0 && w === 0) continue;
            const range = { top: r, left: c, bottom: r + h, right: c + w };
            const overlaps = taken.some((t) => {
              const [a, b, cc, d] = t.split(",").map(Number) as [number, number, number, number];
              return !(range.bottom < a || range.top > cc || range.right < b || range.left > d);
            });
            if (overlaps) continue;
            taken.push(`${range.top},${range.left},${range.bottom},${range.right}`);
            ws.mergeCells(range.top, range.left, range.bottom, range.right);
          }
          for (const r of spec.hiddenRows) ws.getRow(r).hidden = true;
        });
        const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
        const reference = await readWorkbookFull(bytes);
        if (reference.grids.every((g) => g.rows.length === 0)) return;
        const ours = await readXlsx(bytes, "generated.xlsx");
        expect(compareReads(ours, reference)).toEqual([]);
      }),
      { numRuns: 200, seed: 20221210 },
    );
  });
});
