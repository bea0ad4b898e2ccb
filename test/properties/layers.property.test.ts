/**
 * Layered runs add up, whatever the tracker: over generated trackers decided by the region's pack and a city
 * pack on top (requiring the region's funding, or funding on its own), the totals shown equal the sums of the
 * rows shown — in the JSON, the audited workbook's Funding sheet and the terminal table — and no row the region
 * refuses carries money from a layer that requires the region.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summaryText } from "../../src/cli/summary-table";
import { auditedWorkbook, jsonReport } from "../../src/report";
import { decideTracker } from "../../src/run/decide-tracker";
import { modifiedPack, regionPack } from "../support/decide";
import { trackerArbitrary, trackerGrids } from "./tracker.arbitrary";

const NUM_RUNS = Math.max(100, Number(process.env.JIEBANG_PROPERTY_RUNS ?? 0));
const AT = "2022-06-30T08:00:00.000Z";

/** A city pack for every row: 10 % of the investment, at most 2,000,000, no conditions of its own. */
function cityPack(requires: "region" | "none") {
  return modifiedPack((doc) => {
    doc.id = "city";
    doc.version = "2021-12";
    doc.effective = { from: "2021-12-01", to: null };
    doc.parameters.techRate.value = "0.1";
    doc.parameters.transformationRate.value = "0.1";
    doc.parameters.techCap.value = "2000000";
    doc.parameters.transformationCap.value = "2000000";
    doc.eligibility = [];
    doc.requires = requires === "region" ? { pack: "nmg", status: "funded" } : null;
  }, `city-${requires}.json`);
}
const CITY = { region: cityPack("region"), none: cityPack("none") };
const fen = (yuan: string | null | undefined) => (yuan ? Math.round(Number(yuan) * 100) : 0);

describe("layered packs add up on generated trackers", () => {
  it("every printed total is the sum of its printed rows, and a row the region refuses gets no money from a layer requiring it", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, fc.constantFrom("region" as const, "none" as const), async (t, requires) => {
        const run = await decideTracker({ grids: trackerGrids(t), file: "t.xlsx", sha256: "0".repeat(64), packs: [regionPack(), CITY[requires]], lang: t.lang, at: AT });
        const report = jsonReport(run);
        // JSON: Σ rows' totals = summary; each total = Σ its paying layers.
        const rows = report.decisions.reduce((sum, d) => sum + fen(d.totalSubsidyYuan), 0);
        expect(fen(report.summary.subsidyYuan)).toBe(rows);
        for (const d of report.decisions) {
          const layers = d.layers!.reduce((sum, l) => sum + (l.status === "funded" ? fen(l.subsidyYuan) : 0), 0);
          expect(fen(d.totalSubsidyYuan), `row ${d.row}`).toBe(layers);
          expect(d.status === "funded", `row ${d.row}: funded when a layer pays`).toBe(d.layers!.some((l) => l.status === "funded"));
          if (requires === "region" && d.layers![0]!.status !== "funded") expect(fen(d.totalSubsidyYuan), `row ${d.row} refused by the region`).toBe(0);
        }
        // The Funding sheet: its subsidy column adds up to the summary's total.
        const funding = auditedWorkbook(run).sheets[0]!;
        const header = funding.rows[0]!.cells;
        const column = header.findIndex((c) => typeof c === "string" && (c === "财政补助（元）" || c === "Subsidy (yuan)"));
        expect(column).toBeGreaterThan(-1);
        const sheet = funding.rows.slice(1).reduce((sum, r) => {
          const cell = r.cells[column];
          return sum + (cell && typeof cell === "object" && "money" in cell ? fen(cell.money as string) : 0);
        }, 0);
        expect(sheet).toBe(rows);
        // The terminal table: the rows' amounts add up to the printed total.
        const text = summaryText(run, t.lang);
        const printed = text
          .split("\n")
          .filter((line) => /^│\s*\d+\s*│/.test(line))
          .map((line) => line.split("│")[5]!.replace(/[\s,*]/g, ""))
          .reduce((sum, amount) => sum + (amount === "" ? 0 : Math.round(Number(amount) * 100)), 0);
        const total = /(?:财政补助合计（元）|Total subsidy \(yuan\))\s*│\s*([\d,]+\.\d{2})/.exec(text);
        expect(total, text.slice(-600)).not.toBeNull();
        expect(printed).toBe(Math.round(Number(total![1]!.replace(/,/g, "")) * 100));
        expect(printed).toBe(rows);
      }),
      { numRuns: NUM_RUNS, seed: 11 },
    );
  }, 120_000);
});
