/**
 * Layered runs add up, whatever the tracker: over generated trackers decided by the region's pack and a city
 * pack on top (requiring the region's funding, or funding on its own), the totals shown equal the sums of the
 * rows shown — in the JSON, the audited workbook's Funding sheet and the terminal table — and no row the region
 * refuses carries money from a layer that requires the region.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summaryText } from "../../src/cli/summary-table";
import { auditedWorkbook, jsonReport } from "../../src/report";
import { decideTracker } from "../../src/run/decide-tracker";
import { Decimal } from "../../src/money";
import { loadPack } from "../../src/rules";
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
/** In force for every generated row (the shipped pack starts in 2023; the generated trackers sign earlier). */
const ORDOS = loadPack(JSON.stringify({ ...JSON.parse(readFileSync(new URL("../../rules/examples/ordos/2023-01.json", import.meta.url), "utf8")), effective: { from: "2000-01-01", to: null } }), "ordos.json");
let ordosPaid = 0;
/** The Ordos illustration: a match on the region's subsidy, tiers, a combined cap, a cap per issuer and year, tranches. */
const CITY = { region: cityPack("region"), none: cityPack("none"), ordos: ORDOS };
const fen = (yuan: string | null | undefined) => (yuan ? Math.round(Number(yuan) * 100) : 0);

describe("layered packs add up on generated trackers", () => {
  it("every printed total is the sum of its printed rows, and a row the region refuses gets no money from a layer requiring it", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, fc.constantFrom("region" as const, "none" as const, "ordos" as const), async (t, requires) => {
        const run = await decideTracker({ grids: trackerGrids(t), file: "t.xlsx", sha256: "0".repeat(64), packs: [regionPack(), CITY[requires]], lang: t.lang, at: AT });
        const report = jsonReport(run);
        // JSON: Σ rows' totals = summary; each total = Σ its paying layers.
        const rows = report.decisions.reduce((sum, d) => sum + fen(d.totalSubsidyYuan), 0);
        expect(fen(report.summary.subsidyYuan)).toBe(rows);
        for (const d of report.decisions) {
          const layers = d.layers!.reduce((sum, l) => sum + (l.status === "funded" ? fen(l.subsidyYuan) : 0), 0);
          expect(fen(d.totalSubsidyYuan), `row ${d.row}`).toBe(layers);
          expect(d.status === "funded", `row ${d.row}: funded when a layer pays`).toBe(d.layers!.some((l) => l.status === "funded"));
          if (requires !== "none" && d.layers![0]!.status !== "funded") expect(fen(d.totalSubsidyYuan), `row ${d.row} refused by the region`).toBe(0);
          if (requires === "ordos" && d.layers!.length > 1 && d.layers![1]!.status === "funded") ordosPaid++;
          if (requires === "ordos" && d.layers!.length > 1 && d.layers![1]!.status === "funded") expect(fen(d.totalSubsidyYuan), `row ${d.row}: region and city together`).toBeLessThanOrEqual(fen("11000000"));
        }
        // Tranches: each line's tranches add up to its subsidy; the summary's due, not-due and reclaim are the rows' sums.
        for (const d of run.decisions) {
          for (const l of d.layers) {
            if (l.status === "funded" && l.tranches) expect(l.tranches.reduce((s, x) => s.plus(x.amountYuan), new Decimal(0)).eq(l.subsidyYuan)).toBe(true);
          }
        }
        for (const key of ["dueYuan", "notDueYuan", "reclaimYuan"] as const) {
          expect(fen(report.summary[key]), key).toBe(run.decisions.reduce((sum, d) => sum + fen(d[key].toFixed(2)), 0));
        }
        // The Funding sheet: its subsidy column adds up to the summary's total.
        const funding = auditedWorkbook(run).sheets[0]!;
        const header = funding.rows[0]!.cells;
        const column = header.findIndex((c) => typeof c === "string" && (c === "财政补助（元）" || c === "Subsidy (yuan)"));
        expect(column).toBeGreaterThan(-1);
        const amount = (r: (typeof funding.rows)[number] | undefined) => {
          const cell = r?.cells[column];
          return cell && typeof cell === "object" && "money" in cell ? fen(cell.money as string) : 0;
        };
        // The decision rows add up to the summary's total, and the total row under them shows it.
        const sheet = funding.rows.slice(1, 1 + report.decisions.length).reduce((sum, r) => sum + amount(r), 0);
        expect(sheet).toBe(rows);
        expect(amount(funding.rows[1 + report.decisions.length])).toBe(rows);
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
    // Not vacuous: the Ordos layer paid rows.
    expect(ordosPaid).toBeGreaterThan(0);
  }, 120_000);
});
