/**
 * Properties of whole trackers decided in-process (grids → decideTracker →
 * jsonReport), over the realistic trackers of tracker.arbitrary.ts.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { Decision } from "../../src/engine";
import { decisionJson, jsonReport, type GroupTotals, type Run } from "../../src/report";
import { decideTracker } from "../../src/run/decide-tracker";
import { regionPack } from "../support/decide";
import { hasColumn, headerRowOf, trackerArbitrary, trackerGrids, trackers, type TrackerCase } from "./tracker.arbitrary";
import {
  amountYuan,
  compare,
  expectedDecision,
  fixed,
  floatSubsidy,
  min,
  plus,
  RATE,
  roundHalfUp,
  TECH_CAP,
  times,
  TRANSFORMATION_CAP,
  yuan2,
  ZERO,
  type Fixed,
  type Status,
} from "./tracker.model";

/** 200 trackers a property; JIEBANG_PROPERTY_RUNS asks for more (a longer search). */
const NUM_RUNS = Math.max(200, Number(process.env.JIEBANG_PROPERTY_RUNS ?? 0));
/** A property of 200 trackers takes a few seconds; allow for a slow machine and for shrinking. */
const TIMEOUT = Math.max(60_000, NUM_RUNS * 300);
const PACK = regionPack();
const AT = "2022-06-30T08:00:00.000Z";
const STATUSES: readonly Status[] = ["funded", "pending", "ineligible", "unmatched", "invalid"];
/** Rows whose investment and solvers the summary counts. */
const DECIDED: ReadonlySet<string> = new Set(["funded", "ineligible", "pending"]);

function decide(t: TrackerCase, order?: readonly number[]): Promise<Run> {
  return decideTracker({ grids: trackerGrids(t, order), file: "tracker.xlsx", sha256: "0".repeat(64), packs: [PACK], lang: t.lang, at: AT });
}

/** A Decimal of the report as an exact fixed-point value (through its plain decimal text, never a number). */
const fx = (d: { toFixed(): string } | null): Fixed => (d === null ? ZERO : fixed(d.toFixed()));
const sum = (values: readonly Fixed[]): Fixed => values.reduce(plus, ZERO);
const same = (a: Fixed, b: Fixed) => compare(a, b) === 0;
const fmt = (a: Fixed) => `${a.n}e-${a.scale}`;

function expectSame(actual: Fixed, wanted: Fixed, what: string) {
  if (!same(actual, wanted)) expect.fail(`${what}: ${fmt(actual)} ≠ ${fmt(wanted)}`);
}

const json = (run: Run) => JSON.stringify(jsonReport(run), null, 2);

describe("trackers decided end to end (grids → decideTracker → jsonReport)", { timeout: TIMEOUT }, () => {
  const coverage = {
    trackers: 0,
    rows: 0,
    statuses: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
    trackersWith: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
    lines: { tech: 0, transformation: 0, "case-by-case": 0 } as Record<string, number>,
    capped: 0,
    invalidUscc: 0,
  };
  function countCoverage(run: Run) {
    const seen = new Set<Status>();
    for (const d of run.decisions) {
      coverage.rows += 1;
      coverage.statuses[d.status] += 1;
      seen.add(d.status);
      if (d.status === "funded" && d.line) coverage.lines[d.line]! += 1;
      if (d.capped) coverage.capped += 1;
      if (d.warnings.some((w) => w.code === "INVALID_USCC")) coverage.invalidUscc += 1;
    }
    coverage.trackers += 1;
    for (const s of seen) coverage.trackersWith[s] += 1;
  }
  it("are deterministic: the same grids and packs give byte-identical JSON", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, async (t) => {
        const run = await decide(t);
        const first = json(run);
        const second = json(await decide(t));
        expect(second).toBe(first);
        countCoverage(run);
      }),
      { numRuns: NUM_RUNS },
    );
    // Every outcome is common enough (over 1 % of rows) to be exercised in every run of the suite.
    for (const s of STATUSES) expect(coverage.statuses[s], s).toBeGreaterThan(coverage.rows / 100);
  });

  it("give every row exactly one of the five statuses, and a subsidy of 0.00 unless funded", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, async (t) => {
        const run = await decide(t);
        const report = jsonReport(run);
        expect(run.decisions).toHaveLength(t.rows.length);
        expect(report.decisions).toHaveLength(t.rows.length);
        report.decisions.forEach((d, i) => {
          expect(STATUSES).toContain(d.status);
          expect(d.row).toBe(headerRowOf(t) + 1 + i);
          if (d.status !== "funded") {
            expect(d.subsidyYuan).toBe("0.00");
            expect(run.decisions[i]!.subsidyYuan.isZero()).toBe(true);
          }
          if (d.status === "funded") expect(d.reasons).toEqual([]);
          else expect(d.reasons.length).toBeGreaterThan(0);
        });
        const counted = STATUSES.reduce((n, s) => n + report.summary[s], 0);
        expect(counted).toBe(report.summary.rows);
        expect(report.summary.rows).toBe(t.rows.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("lose no project: a project whose name begins like a total label (小计量…, 总计算…) is still decided", async () => {
    await fc.assert(
      fc.asyncProperty(trackers({ totalLikeNames: 10, maxRows: 12 }), async (t) => {
        const run = await decide(t);
        const ids = run.decisions.map((d) => d.id);
        const names = t.rows.map((r) => `${r.meaning.id}: ${r.meaning.name ?? "—"}`);
        expect(run.decisions.length, `decided ${JSON.stringify(ids)} of ${JSON.stringify(names)}; skipped ${JSON.stringify(run.tracker.skipped)}`).toBe(t.rows.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("summarise exactly: the summary's totals are the sums of its rows, and each grouping adds up to them", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, async (t) => {
        const run = await decide(t);
        const { summary, decisions } = run;
        const decided = decisions.filter((d) => DECIDED.has(d.status));
        const funded = decisions.filter((d) => d.status === "funded");

        expect(summary.rows).toBe(decisions.length);
        for (const s of STATUSES) expect(summary.counts[s], s).toBe(decisions.filter((d) => d.status === s).length);
        expectSame(fx(summary.investmentYuan), sum(decided.map((d) => fx(d.investmentYuan))), "investment = Σ funded, ineligible, pending");
        expectSame(fx(summary.subsidyYuan), sum(funded.map((d) => fx(d.subsidyYuan))), "subsidy = Σ funded");
        expect(summary.solverUnits).toBe(decided.reduce((n, d) => n + d.solvers.length, 0));
        expect(summary.outOfRegionSolverUnits).toBe(decided.reduce((n, d) => n + d.solverInRegion.filter((r) => r === false).length, 0));
        if (summary.solverUnits === 0) expect(summary.outOfRegionShare.isZero()).toBe(true);
        else expect(summary.outOfRegionShare.times(summary.solverUnits).toDecimalPlaces(20).toFixed()).toBe(String(summary.outOfRegionSolverUnits));

        const groupings: ReadonlyArray<[string, readonly GroupTotals[], (d: Decision) => string | null]> = [
          ["byType", summary.byType, (d) => d.type],
          ["byField", summary.byField, (d) => d.field],
          ["byLeagueCity", summary.byLeagueCity, (d) => d.issuerLeagueCity],
        ];
        for (const [name, groups, keyOf] of groupings) {
          expect(new Set(groups.map((g) => g.key)).size, `${name} keys are distinct`).toBe(groups.length);
          expect(groups.reduce((n, g) => n + g.rows, 0), `${name} rows`).toBe(summary.rows);
          expect(groups.reduce((n, g) => n + g.funded, 0), `${name} funded`).toBe(summary.counts.funded);
          expectSame(sum(groups.map((g) => fx(g.investmentYuan))), fx(summary.investmentYuan), `${name} investment`);
          expectSame(sum(groups.map((g) => fx(g.subsidyYuan))), fx(summary.subsidyYuan), `${name} subsidy`);
          for (const g of groups) {
            const members = decisions.filter((d) => keyOf(d) === g.key);
            expect(g.rows, `${name} ${g.key} rows`).toBe(members.length);
            expect(g.funded).toBe(members.filter((d) => d.status === "funded").length);
            expectSame(fx(g.investmentYuan), sum(members.filter((d) => DECIDED.has(d.status)).map((d) => fx(d.investmentYuan))), `${name} ${g.key} investment`);
            expectSame(fx(g.subsidyYuan), sum(members.filter((d) => d.status === "funded").map((d) => fx(d.subsidyYuan))), `${name} ${g.key} subsidy`);
          }
        }

        // The funnel: each stage counts its rows, by type and in total, and narrows from demand to funding.
        const f = summary.funnel;
        // A project reported again counts once, at its first row.
        const demands = decisions.filter((d) => !d.reasons.some((r) => r.code === "DUPLICATE_PROJECT"));
        const stages: ReadonlyArray<[string, typeof f.all, readonly Decision[]]> = [
          ["all", f.all, demands],
          ["tech", f.tech, demands.filter((d) => d.type === "tech")],
          ["transformation", f.transformation, demands.filter((d) => d.type === "transformation")],
        ];
        for (const [name, stage, members] of stages) {
          expect(stage.rows, `funnel ${name} rows`).toBe(members.length);
          expect(stage.published, `funnel ${name} published`).toBe(members.filter((d) => d.published).length);
          expect(stage.agreed, `funnel ${name} agreed`).toBe(members.filter((d) => d.agreed).length);
          expect(stage.funded, `funnel ${name} funded`).toBe(members.filter((d) => d.status === "funded").length);
          expectSame(fx(stage.subsidyYuan), sum(members.filter((d) => d.status === "funded").map((d) => fx(d.subsidyYuan))), `funnel ${name} subsidy`);
          expect(stage.rows >= stage.published && stage.published >= stage.agreed && stage.agreed >= stage.funded, `funnel ${name} narrows`).toBe(true);
        }
        expect(f.all.funded).toBe(summary.counts.funded);
        expectSame(fx(f.all.subsidyYuan), fx(summary.subsidyYuan), "funnel subsidy = the total");
        expectSame(sum([f.tech, f.transformation].map((s) => fx(s.subsidyYuan))), fx(f.all.subsidyYuan), "funnel subsidy by type adds up");

        // The JSON summary states the same totals.
        const report = jsonReport(run);
        expect(report.summary.funnel.all.subsidyYuan).toBe(yuan2(fx(summary.subsidyYuan)));
        expect(report.summary.investmentYuan).toBe(yuan2(fx(summary.investmentYuan)));
        expect(report.summary.subsidyYuan).toBe(yuan2(fx(summary.subsidyYuan)));
        expect(report.summary.solverUnits).toBe(summary.solverUnits);
        expect(report.summary.outOfRegionSolverUnits).toBe(summary.outOfRegionSolverUnits);
        for (const s of STATUSES) expect(report.summary[s]).toBe(report.decisions.filter((d) => d.status === s).length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("decide a project once: every row reported again below the tracker is invalid DUPLICATE_PROJECT, and the total does not change", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, async (t) => {
        const n = t.rows.length;
        const once = await decide(t);
        const all = t.rows.map((_, i) => i);
        const twice = await decide(t, [...all, ...all]);
        expect(twice.decisions).toHaveLength(2 * n);
        // The first reports are decided as in the tracker alone.
        const body = (d: Decision) => JSON.stringify(decisionJson(d));
        expect(twice.decisions.slice(0, n).map(body)).toEqual(once.decisions.map(body));
        const IDENTITY = new Set(["id", "type", "issuer", "matched"]);
        let repeats = 0;
        let paidAgain = ZERO;
        once.decisions.forEach((first, i) => {
          const copy = twice.decisions[n + i]!;
          const keyed = first.name !== null && first.issuer !== null && first.solvers.length > 0;
          const identityProblem = first.status === "invalid" && first.reasons.some((r) => r.field !== undefined && IDENTITY.has(r.field));
          if (keyed && !identityProblem) {
            repeats++;
            expect(copy.status, `row ${copy.row} repeats row ${first.row}`).toBe("invalid");
            expect(copy.reasons.map((r) => r.code)).toEqual(["DUPLICATE_PROJECT"]);
            expect(copy.reasons[0]!.message).toContain(String(first.row));
            expect(copy.totalSubsidyYuan.isZero()).toBe(true);
          } else {
            expect(copy.status, `row ${copy.row} (no project key, or unreadable)`).toBe(first.status);
            paidAgain = plus(paidAgain, fx(copy.totalSubsidyYuan));
          }
        });
        expect(twice.summary.duplicates).toBe(repeats);
        // Nor is a project reported again another demand in the funnel.
        expect(twice.summary.funnel.all.rows).toBe(once.summary.funnel.all.rows + (n - repeats));
        expectSame(fx(twice.summary.subsidyYuan), plus(fx(once.summary.subsidyYuan), paidAgain), "the total pays each project once");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("add up line by line in the JSON: the totals are the sums of the amounts the rows show, and each formula row recomputes from what it shows", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, async (t) => {
        const report = jsonReport(await decide(t));
        const decided = report.decisions.filter((d) => DECIDED.has(d.status));
        const investment = sum(decided.map((d) => (d.investmentYuan === null ? ZERO : fixed(d.investmentYuan))));
        const subsidy = sum(report.decisions.map((d) => fixed(d.subsidyYuan)));
        const shown = decided.map((d) => `${d.row}: ${d.investmentYuan}`).join(", ");
        expect(report.summary.investmentYuan, `summary investment = Σ rows' investmentYuan (${shown})`).toBe(yuan2(investment));
        expect(report.summary.subsidyYuan, "summary subsidy = Σ rows' subsidyYuan").toBe(yuan2(subsidy));
        for (const d of report.decisions) {
          if (d.status !== "funded" || (d.line !== "tech" && d.line !== "transformation")) continue;
          const wanted = min(roundHalfUp(times(fixed(d.rate!), fixed(d.investmentYuan!)), 2), fixed(d.capYuan!));
          expect(d.subsidyYuan, `row ${d.row}: min(${d.rate} × ${d.investmentYuan}, ${d.capYuan})`).toBe(yuan2(wanted));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("never pay above the cap on a formula line: subsidy = min(round_half_up(0.3 × investment, 2), cap); case by case pays the approved amount", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, async (t) => {
        const run = await decide(t);
        run.decisions.forEach((d, i) => {
          if (d.status !== "funded") return;
          const meaning = t.rows[i]!.meaning;
          if (d.line === "tech" || d.line === "transformation") {
            const cap = d.line === "tech" ? TECH_CAP : TRANSFORMATION_CAP;
            expectSame(fx(d.capYuan), cap, `row ${d.row} cap`);
            expectSame(fx(d.rate), RATE, `row ${d.row} rate`);
            const formula = roundHalfUp(times(RATE, fx(d.investmentYuan)), 2);
            expect(compare(fx(d.subsidyYuan), cap), `row ${d.row}: ${d.subsidyYuan.toFixed()} > cap`).toBeLessThanOrEqual(0);
            expectSame(fx(d.subsidyYuan), min(formula, cap), `row ${d.row} subsidy`);
            expectSame(fx(d.formulaYuan), formula, `row ${d.row} formula`);
            expect(d.capped).toBe(compare(formula, cap) > 0);
          } else {
            expect(d.line).toBe("case-by-case");
            expect(meaning.caseAmount.kind).toBe("ok");
            if (meaning.caseAmount.kind !== "ok") return;
            expectSame(fx(d.subsidyYuan), amountYuan(meaning.caseAmount), `row ${d.row} approved amount`);
            expect(d.capped).toBe(false);
            expect(d.capYuan).toBeNull();
            expect(d.caseRef).toBe(meaning.caseRef);
          }
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  const floats = { formulaRows: 0, disagreements: 0, example: "" };
  it("never pass an amount through a float: each funded row's JSON amounts are the exact decimal computation from the amount text", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, async (t) => {
        const report = jsonReport(await decide(t));
        report.decisions.forEach((d, i) => {
          const meaning = t.rows[i]!.meaning;
          if (d.status !== "funded") return;
          const inv = meaning.investment;
          expect(inv.kind).toBe("ok");
          if (inv.kind !== "ok") return;
          expect(d.investmentYuan, `row ${d.row} investment from "${inv.digits}" ${inv.unit}`).toBe(yuan2(amountYuan(inv)));
          if (d.line === "case-by-case") {
            const amount = meaning.caseAmount;
            if (amount.kind === "ok") expect(d.subsidyYuan, `row ${d.row} approved "${amount.digits}" ${amount.unit}`).toBe(yuan2(amountYuan(amount)));
            return;
          }
          const cap = d.line === "tech" ? TECH_CAP : TRANSFORMATION_CAP;
          const exact = yuan2(min(roundHalfUp(times(RATE, amountYuan(inv)), 2), cap));
          expect(d.subsidyYuan, `row ${d.row}: 0.3 × "${inv.digits}" ${inv.unit}`).toBe(exact);
          floats.formulaRows += 1;
          const float = floatSubsidy(inv, d.line === "tech" ? 10_000_000 : 5_000_000);
          if (float !== exact) {
            floats.disagreements += 1;
            floats.example ||= `0.3 × ${inv.digits} ${inv.unit}: exact ${exact}, float ${float}`;
          }
        });
      }),
      { numRuns: NUM_RUNS },
    );
    // The generator must reach amounts where floating point would pay a different fen, or this property could not fail.
    expect(floats.disagreements).toBeGreaterThan(0);
  });

  it("do not depend on row order: shuffled rows get the same decision per project and the same summary", async () => {
    const withOrder = trackerArbitrary.chain((t) =>
      fc.shuffledSubarray(t.rows.map((_, i) => i), { minLength: t.rows.length, maxLength: t.rows.length }).map((order) => ({ t, order })),
    );
    /** A decision without its place in the sheet: no row number, no cell address (in the reasons' cells or messages). */
    const placeless = (d: ReturnType<typeof decisionJson>) => {
      const strip = (r: { code: string; message: string; cell: string | null }) => ({
        code: r.code,
        message: r.cell ? r.message.replace(new RegExp(`(?<![A-Za-z0-9])${r.cell}(?![0-9])`, "g"), "‹cell›") : r.message,
        cell: r.cell === null ? null : "‹cell›",
      });
      const { row: _row, ...rest } = d;
      return { ...rest, reasons: d.reasons.map(strip), warnings: d.warnings.map(strip) };
    };
    await fc.assert(
      fc.asyncProperty(withOrder, async ({ t, order }) => {
        const straight = await decide(t);
        const shuffled = await decide(t, order);
        const byRow = new Map<number, ReturnType<typeof decisionJson>>();
        shuffled.decisions.forEach((d, position) => byRow.set(order[position]!, decisionJson(d)));
        straight.decisions.forEach((d, i) => {
          const moved = byRow.get(i)!;
          expect(moved.id).toBe(d.id);
          expect(placeless(moved), `project ${d.id ?? `row ${d.row}`}`).toEqual(placeless(decisionJson(d)));
        });
        expect(jsonReport(shuffled).summary).toEqual(jsonReport(straight).summary);
        const groups = (run: Run) =>
          JSON.stringify([run.summary.byType, run.summary.byField, run.summary.byLeagueCity], (_k, v) => (v && typeof v === "object" && "toFixed" in v ? v.toFixed() : v));
        expect(groups(shuffled)).toBe(groups(straight));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("decide each row as the scheme requires (a model of the README and the region's pack, with exact amounts)", async () => {
    await fc.assert(
      /* Signing dates before the pack was in force have their own property below. */
      fc.asyncProperty(trackers({ earlySigning: 0 }), async (t) => {
        const run = await decide(t);
        run.decisions.forEach((d, i) => {
          const want = expectedDecision(t, t.rows[i]!.meaning);
          const where = `row ${d.row} (${d.id})`;
          expect(d.status, `${where} status; reasons ${d.reasons.map((r) => r.message).join(" | ")}`).toBe(want.status);
          const codes = d.reasons.map((r) => r.code);
          if (want.status === "invalid") {
            expect(codes.length, where).toBeGreaterThan(0);
            for (const code of codes) expect(["MISSING_VALUE", "BAD_VALUE"], where).toContain(code);
          } else expect(new Set(codes), where).toEqual(new Set(want.reasonCodes));
          expect(d.line, where).toBe(want.line);
          expect(d.recipient, where).toBe(want.recipient);
          expect(d.recipientName, where).toBe(want.recipientName);
          if (want.investment === null) expect(d.investmentYuan, where).toBeNull();
          else expectSame(fx(d.investmentYuan), want.investment, `${where} investment`);
          expectSame(fx(d.subsidyYuan), want.subsidy, `${where} subsidy`);
          expect(d.capped, where).toBe(want.capped);
          if (want.cap) expectSame(fx(d.capYuan), want.cap, `${where} cap`);
          expect(d.warnings.some((w) => w.code === "INVALID_USCC"), `${where} INVALID_USCC`).toBe(want.invalidUscc);
          expect(d.warnings.some((w) => w.code === "CASE_AMOUNT_IGNORED"), `${where} CASE_AMOUNT_IGNORED`).toBe(want.caseAmountIgnored);
          // What the summary counts and groups by: the solvers and their places, the type, the league city.
          const m = t.rows[i]!.meaning;
          expect(d.solvers, `${where} solvers`).toEqual(m.solvers === "missing" ? [] : m.solvers);
          const places = hasColumn(t, "solverLocation") ? m.solverInRegion : m.solverInRegion.map(() => null);
          expect(d.solverInRegion, `${where} solvers in region`).toEqual(places);
          expect(d.type, where).toBe(m.type === "tech" || m.type === "transformation" ? m.type : null);
          expect(d.issuerLeagueCity, `${where} league city`).toBe(typeof m.issuerLocation === "object" ? m.issuerLocation.leagueCity : null);
          expect(d.field, where).toBe(hasColumn(t, "field") ? m.field : null);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("keep the README's order of precedence for rows signed before the pack was in force (invalid, unmatched before ineligible)", async () => {
    await fc.assert(
      fc.asyncProperty(trackers({ earlySigning: 40, maxRows: 12 }), async (t) => {
        const run = await decide(t);
        run.decisions.forEach((d, i) => {
          const want = expectedDecision(t, t.rows[i]!.meaning);
          const reasons = d.reasons.map((r) => `${r.code} ${r.message}`).join(" | ");
          expect(d.status, `row ${d.row} (${d.id}): ${reasons}`).toBe(want.status);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("read amounts written with Traditional units (萬元, 億元, 人民幣) as their Simplified spelling", async () => {
    /** The same tracker with every amount text in Traditional script, as a Traditional tracker writes it. */
    const traditional = (t: TrackerCase): TrackerCase => ({
      ...t,
      rows: t.rows.map((r) => ({
        ...r,
        cells: Object.fromEntries(
          Object.entries(r.cells).map(([field, cell]) => [
            field,
            (field === "investment" || field === "caseAmount") && typeof cell === "string"
              ? cell.replace(/万/g, "萬").replace(/亿/g, "億").replace(/人民币/g, "人民幣").replace(/约/g, "約")
              : cell,
          ]),
        ),
      })),
    });
    const outcome = (d: ReturnType<typeof decisionJson>) => ({
      status: d.status,
      line: d.line,
      investmentYuan: d.investmentYuan,
      subsidyYuan: d.subsidyYuan,
      capped: d.capped,
      reasons: d.reasons.map((r) => r.code),
    });
    await fc.assert(
      fc.asyncProperty(trackers({ maxRows: 12 }), async (t) => {
        const simplified = (await decide(t)).decisions.map((d) => outcome(decisionJson(d)));
        const converted = (await decide(traditional(t))).decisions.map((d) => outcome(decisionJson(d)));
        converted.forEach((d, i) => expect(d, `row ${headerRowOf(t) + 1 + i}: ${JSON.stringify(traditional(t).rows[i]!.cells.investment)}`).toEqual(simplified[i]));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  afterAll(() => {
    if (coverage.trackers === 0) return;
    const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
    const lines = [
      `coverage over ${coverage.trackers} trackers, ${coverage.rows} rows (${(coverage.rows / coverage.trackers).toFixed(1)} rows a tracker):`,
      ...STATUSES.map((s) => `  ${s.padEnd(10)} ${String(coverage.statuses[s]).padStart(5)} rows (${pct(coverage.statuses[s], coverage.rows)}), in ${pct(coverage.trackersWith[s], coverage.trackers)} of trackers`),
      `  funded lines: ${Object.entries(coverage.lines).map(([k, v]) => `${k} ${v}`).join(", ")}; capped ${coverage.capped}; invalid USCC ${coverage.invalidUscc}`,
      ...(floats.formulaRows > 0 ? [`  float check: ${floats.formulaRows} formula rows, ${floats.disagreements} where floating point would pay another fen (e.g. ${floats.example})`] : []),
    ];
    console.log(lines.join("\n"));
  });
});
