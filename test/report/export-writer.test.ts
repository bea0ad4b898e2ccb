/**
 * The CLI writes the audited workbook as it decides (ExportWriter, a row at a time, the record's text and
 * digests fed as it goes); every other door builds it whole (auditedWorkbook). On generated trackers, one pack
 * or layered, both give the same sheets, cell for cell, and the same record text.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/money";
import { auditedWorkbook, ExportWriter, SHEET_NAMES, type OutSheet, type PrintSetup } from "../../src/report";
import { loadPack } from "../../src/rules";
import { decideTracker } from "../../src/run";
import { regionPack } from "../support/decide";
import { trackerArbitrary, trackerGrids } from "../properties/tracker.arbitrary";

const ordos = loadPack(JSON.stringify({ ...JSON.parse(readFileSync(new URL("../../rules/examples/ordos/2023-01.json", import.meta.url), "utf8")), effective: { from: "2000-01-01", to: null } }), "ordos.json");

describe("the audited workbook written a row at a time", () => {
  it("is the workbook built whole: every sheet, cell for cell, and the record's text", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, fc.boolean(), fc.constantFrom(null, "元" as const), async (t, layered, unit) => {
        const run = await decideTracker({ grids: trackerGrids(t), file: "t.xlsx", sha256: "0".repeat(64), packs: layered ? [regionPack(), ordos] : [regionPack()], lang: t.lang, at: "2022-06-30T08:00:00.000Z" });
        const settings = { unit, asOf: null };
        const whole = auditedWorkbook(run, settings);
        const sheets: Array<{ name: string; widths: readonly number[]; table: boolean; rows: OutSheet["rows"][number][]; print?: PrintSetup; charts?: OutSheet["charts"] }> = [];
        let record = "";
        const writer = new ExportWriter(
          run,
          settings,
          { sheet: (name, widths, table, charts) => void sheets.push({ name, widths, table, rows: [], ...(charts ? { charts } : {}) }), row: (row) => void sheets.at(-1)!.rows.push(row), end: (print) => void (sheets.at(-1)!.print = print) },
          (text) => (record += text),
        );
        for (const d of run.decisions) await writer.decision(d);
        await writer.finish(run);
        expect(record).toBe(whole.record);
        // Every sheet, its charts, and how it prints (its print area, titles, header and the footer naming the Funding sheet's digest).
        expect(sheets.map((s) => ({ name: s.name, widths: s.widths, rows: s.rows, ...(s.table ? { table: true } : {}), print: s.print, ...(s.charts ? { charts: s.charts } : {}) }))).toEqual(whole.sheets);
        expect(whole.sheets.filter((s) => s.charts).map((s) => s.name)).toEqual(run.summary.rows > 0 ? [SHEET_NAMES.summary[run.lang]] : []);
        expect(new Set(whole.sheets.map((s) => s.print!.footer)).size).toBe(1);
        // The Funding sheet's total row, under its decisions, is the sum of its subsidy column, and the summary's total.
        const funding = whole.sheets[0]!;
        const column = funding.rows[0]!.cells.indexOf("财政补助（元）") >= 0 ? funding.rows[0]!.cells.indexOf("财政补助（元）") : funding.rows[0]!.cells.indexOf("Subsidy (yuan)");
        const decisions = funding.rows.slice(1, 1 + run.decisions.length);
        const total = funding.rows[1 + run.decisions.length]!;
        const sum = decisions.reduce((a, r) => a.plus((r.cells[column] as { money: string }).money), new Decimal(0));
        expect((total.cells[column] as { money: string }).money).toBe(sum.toFixed(2));
        expect(sum.toFixed(2)).toBe(run.summary.subsidyYuan.toFixed(2));
      }),
      { numRuns: 40, seed: 3 },
    );
  }, 120_000);
});
