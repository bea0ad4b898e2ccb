/**
 * The CLI's run lets each decision go once it has written it (decideTrackerEach); the add-in and verify keep
 * the whole run (decideTracker). On generated trackers, under one pack, layered packs and a pack with a cap per
 * recipient (which needs the whole run first), both give the same JSON text and the same audited workbook.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditedWorkbook, decisionText, isLayered, jsonReport, jsonReportFrame, type Run } from "../../src/report";
import { loadPack } from "../../src/rules";
import { decideTracker, decideTrackerEach, trackerOf, KEPT_DECISIONS } from "../../src/run";
import { modifiedPack, regionPack } from "../support/decide";
import { trackerArbitrary, trackerGrids } from "../properties/tracker.arbitrary";

const AT = "2022-06-30T08:00:00.000Z";
const ordos = loadPack(JSON.stringify({ ...JSON.parse(readFileSync(new URL("../../rules/examples/ordos/2023-01.json", import.meta.url), "utf8")), effective: { from: "2000-01-01", to: null } }), "ordos.json");
const capped = modifiedPack((doc) => {
  doc.parameters.issuerYearCap = { value: "5000000", unit: "yuan", label: { "zh-CN": "同一发榜方每年累计上限", en: "Per issuer per year" } };
  doc.funding.find((r: { line: string }) => r.line === "tech").recipientCap = { cap: "issuerYearCap", per: "year" };
}, "nmg-capped.json");
const PACKS = { region: [regionPack()], layered: [regionPack(), ordos], capped: [capped] };

describe("a run that lets its decisions go writes what a whole run writes", () => {
  it("the same JSON text and the same audited workbook, one pack, layered or with a recipient cap", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, fc.constantFrom("region" as const, "layered" as const, "capped" as const), fc.boolean(), async (t, which, trace) => {
        const packs = PACKS[which];
        const input = { file: "t.xlsx", sha256: "0".repeat(64), packs, lang: t.lang, at: AT };
        const whole = await decideTracker({ ...input, grids: trackerGrids(t) });
        const texts: string[] = [];
        const layered = isLayered(whole);
        const source = { tracker: trackerOf(trackerGrids(t), {}) };
        const streamed: Run = await decideTrackerEach(input, source, (d, i) => void texts.push(decisionText(d, i === 0, trace, layered)));
        expect(source.tracker).toBeUndefined();
        const frame = jsonReportFrame(streamed, { trace });
        const json = streamed.summary.rows === 0 ? frame.empty : `${frame.head}${texts.join("")}${frame.tail}`;
        expect(json).toBe(`${JSON.stringify(jsonReport(whole, { trace }), null, 2)}\n`);
        expect(auditedWorkbook(streamed)).toEqual(auditedWorkbook(whole));
        expect(streamed.decisions).toEqual(whole.decisions.slice(0, KEPT_DECISIONS));
      }),
      { numRuns: 60, seed: 5 },
    );
  }, 120_000);
});
