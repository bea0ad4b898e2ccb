/**
 * Properties of a consolidated run (several trackers decided together) over
 * the realistic trackers of tracker.arbitrary.ts: each source's rows are
 * decided as in its tracker alone, unless an earlier source reported the
 * same project; each source's counts and totals are its own run's; and the
 * by-source totals a user sees add up to the totals shown beside them, in the
 * summary, the JSON and the Summary sheet.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/engine";
import { Decimal } from "../../src/money";
import { auditedWorkbook, decisionJson, jsonReport, type Run } from "../../src/report";
import { decideSourcesEach, decideTracker, sourceOfRows, type OpenedSource } from "../../src/run";
import { findTrackerSheet, ProjectIndex, readTracker } from "../../src/tracker";
import { regionPack } from "../support/decide";
import { trackerArbitrary, trackerGrids, type TrackerCase } from "./tracker.arbitrary";

const NUM_RUNS = Math.max(100, Number(process.env.JIEBANG_PROPERTY_RUNS ?? 0) / 2);
const TIMEOUT = Math.max(60_000, NUM_RUNS * 600);
const PACK = regionPack();
const AT = "2022-06-30T08:00:00.000Z";

const fileOf = (i: number) => `city-${i + 1}.xlsx`;

function alone(t: TrackerCase, i: number): Promise<Run> {
  return decideTracker({ grids: trackerGrids(t), file: fileOf(i), sha256: String(i).repeat(64), packs: [PACK], lang: "zh-CN", at: AT });
}

/** The trackers as a consolidated run's sources, read in order into one project index (as the CLI's reader does). */
async function together(ts: readonly TrackerCase[]): Promise<Run> {
  const projects = new ProjectIndex();
  const sources: OpenedSource[] = ts.map((t, i) => {
    return sourceOfRows({ file: fileOf(i), sha256: String(i).repeat(64) }, readTracker(findTrackerSheet(trackerGrids(t)), { projects, file: fileOf(i) }));
  });
  return decideSourcesEach({ packs: [PACK], lang: "zh-CN", at: AT }, sources, [], () => undefined);
}

const body = ({ source: _source, ...d }: Decision) => JSON.stringify(decisionJson(d as Decision));
const isRepeat = (d: Decision) => d.reasons.some((r) => r.code === "DUPLICATE_PROJECT");
const sum = (values: ReadonlyArray<Decimal | string>) => values.reduce<Decimal>((a, v) => a.plus(v), new Decimal(0));

describe("a consolidated run", () => {
  it(
    "decides each source's rows as its tracker alone (but a project an earlier source reported), and its totals are the sums of its sources'",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(trackerArbitrary, { minLength: 2, maxLength: 3 }), async (ts) => {
          const singles = await Promise.all(ts.map(alone));
          // Every decision, kept (the run keeps the first 40 only): the decisions handed on.
          const handed: Decision[] = [];
          const projects = new ProjectIndex();
          const sources: OpenedSource[] = ts.map((t, i) => {
            return sourceOfRows({ file: fileOf(i), sha256: "0".repeat(64) }, readTracker(findTrackerSheet(trackerGrids(t)), { projects, file: fileOf(i) }));
          });
          const run = await decideSourcesEach({ packs: [PACK], lang: "zh-CN", at: AT }, sources, [], (d) => void handed.push(d));
          expect(handed.map((d) => d.source)).toEqual(singles.flatMap((s, i) => s.decisions.map(() => i)));
          let k = 0;
          singles.forEach((s, i) => {
            for (const d of s.decisions) {
              const c = handed[k++]!;
              if (isRepeat(c) && !isRepeat(d)) {
                // Reported first by an earlier source: named there, and paid nothing here.
                expect(i).toBeGreaterThan(0);
                expect(c.reasons[0]!.message).toMatch(/city-\d\.xlsx/);
                expect(c.totalSubsidyYuan.isZero()).toBe(true);
              } else expect(body(c)).toBe(body(d));
            }
          });
          const by = run.summary.bySource!;
          expect(by).toHaveLength(ts.length);
          const crossRepeats = handed.filter(isRepeat).length - singles.reduce((n, s) => n + s.decisions.filter(isRepeat).length, 0);
          by.forEach((b, i) => {
            expect(b.rows).toBe(singles[i]!.summary.rows);
            if (crossRepeats === 0) {
              expect(b.counts).toEqual(singles[i]!.summary.counts);
              expect(b.subsidyYuan.toFixed(2)).toBe(singles[i]!.summary.subsidyYuan.toFixed(2));
              expect(b.investmentYuan.toFixed(2)).toBe(singles[i]!.summary.investmentYuan.toFixed(2));
            }
          });
          // The totals shown are the sums of the sources' and of the decisions'.
          expect(run.summary.rows).toBe(by.reduce((n, b) => n + b.rows, 0));
          expect(run.summary.counts.funded).toBe(by.reduce((n, b) => n + b.counts.funded, 0));
          expect(run.summary.subsidyYuan.toFixed(2)).toBe(sum(by.map((b) => b.subsidyYuan)).toFixed(2));
          expect(run.summary.investmentYuan.toFixed(2)).toBe(sum(by.map((b) => b.investmentYuan)).toFixed(2));
          expect(run.summary.subsidyYuan.toFixed(2)).toBe(sum(handed.map((d) => d.totalSubsidyYuan)).toFixed(2));
          if (crossRepeats === 0) expect(run.summary.subsidyYuan.toFixed(2)).toBe(sum(singles.map((s) => s.summary.subsidyYuan)).toFixed(2));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "shows by-source totals that add up to the totals beside them, in the JSON and in the Summary sheet",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(trackerArbitrary, { minLength: 2, maxLength: 3 }), async (ts) => {
          const run = await together(ts);
          const json = jsonReport(run);
          const by = json.summary.bySource!;
          expect("inputs" in json ? json.inputs : null).toHaveLength(ts.length);
          expect(sum(by.map((b) => b.subsidyYuan)).toFixed(2)).toBe(json.summary.subsidyYuan);
          expect(sum(by.map((b) => b.investmentYuan)).toFixed(2)).toBe(json.summary.investmentYuan);
          for (const key of ["rows", "funded", "ineligible", "pending", "invalid", "unmatched"] as const) expect(by.reduce((n, b) => n + b[key], 0)).toBe(json.summary[key]);
          // The Summary sheet's table by source: its lines add up to its total line, and that to the overall subsidy.
          const sheet = auditedWorkbook(run).sheets.find((s) => s.name === "汇总")!;
          const at = sheet.rows.findIndex((r) => r.cells[0] === "按来源台账");
          const lines = sheet.rows.slice(at + 2, at + 2 + ts.length);
          const total = sheet.rows[at + 2 + ts.length]!;
          expect(total.cells[0]).toBe("合计");
          const money = (c: unknown) => (c as { money: string }).money;
          const int = (c: unknown) => (c as { int: number }).int;
          expect(sum(lines.map((l) => money(l.cells[4]))).toFixed(2)).toBe(money(total.cells[4]));
          expect(sum(lines.map((l) => money(l.cells[3]))).toFixed(2)).toBe(money(total.cells[3]));
          expect(lines.reduce((n, l) => n + int(l.cells[1]), 0)).toBe(int(total.cells[1]));
          expect(money(total.cells[4])).toBe(run.summary.subsidyYuan.toFixed(2));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});
