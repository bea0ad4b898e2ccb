import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonReport, jsonReportText } from "../../src/report";
import { decideTracker } from "../../src/run/decide-tracker";
import { regionPack } from "../support/decide";
import { trackerArbitrary, trackerGrids } from "../properties/tracker.arbitrary";

describe("the JSON report written a piece at a time", () => {
  it("is the same text as the whole report's JSON.stringify, with and without traces, in pieces of any size", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, fc.boolean(), fc.integer({ min: 1, max: 5000 }), async (t, trace, size) => {
        const run = await decideTracker({ grids: trackerGrids(t), file: "t.xlsx", sha256: "0".repeat(64), packs: [regionPack()], lang: t.lang, at: "2022-06-30T08:00:00.000Z" });
        const pieces = [...jsonReportText(run, { trace }, size)];
        expect(pieces.join("")).toBe(`${JSON.stringify(jsonReport(run, { trace }), null, 2)}\n`);
        if (pieces.join("").length > 3 * size) expect(pieces.length).toBeGreaterThan(1);
      }),
      { numRuns: 60 },
    );
  });
});
