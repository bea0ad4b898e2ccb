import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideRows, trancheAmounts, type Decision } from "../../src/engine";
import { Decimal } from "../../src/money";
import { summarize } from "../../src/report";
import { compilePack, loadPack, type RulePack } from "../../src/rules";
import { readTracker } from "../../src/tracker";
import { gridOf } from "../support/grid";
import { GOOD_ROW, regionPack, trackerRows, type RowSpec } from "../support/decide";

const ORDOS_FILE = new URL("../../rules/examples/ordos/2023-01.json", import.meta.url);
const ordosDoc = () => JSON.parse(readFileSync(ORDOS_FILE, "utf8"));
const packOf = (doc: unknown, name = "ordos.json") => loadPack(JSON.stringify(doc), name);

/** An Ordos tech row (amounts in 万元, as the tracker's header says). */
const ORDOS_ROW: RowSpec = { ...GOOD_ROW, issuer: "鄂尔多斯某能源化工有限公司", issuerLocation: "鄂尔多斯市东胜区", signedOn: "2023-03-01" };

async function decideUnder(rows: readonly RowSpec[], packs: readonly RulePack[], options: { asOf?: string } = {}): Promise<Decision[]> {
  // Each row its own project (its own name unless the test gives one).
  const tracker = readTracker(gridOf(trackerRows(rows.map((r, i) => ({ ...ORDOS_ROW, name: `${ORDOS_ROW.name} ${i + 1}`, ...r })))));
  return decideRows(tracker.rows, packs.map(compilePack), { lang: "zh-CN", today: "2023-12-31", asOf: options.asOf ?? null, source: "ordos.xlsx" });
}

const city = (d: Decision) => d.layers.find((l) => l.pack.startsWith("ordos@"))!;
const yuan = (d: Decimal) => d.toFixed(2);

describe("base: {layer}: a match on the region's subsidy", () => {
  it("pays the rate on the region's final amount, capped by the line's cap", async () => {
    const [small, big] = await decideUnder([{ investment: 500 }, { investment: 2600, issuerLocation: "准格尔旗" }], [regionPack(), packOf(ordosDoc())]);
    expect(yuan(small!.subsidyYuan)).toBe("1500000.00");
    expect(yuan(city(small!).subsidyYuan)).toBe("750000.00");
    expect(yuan(city(small!).baseYuan!)).toBe("1500000.00");
    // 准格尔旗 names no league city, yet is in Ordos: the banner line's 1:1 match, cut to the 3,000,000 cap.
    expect(city(big!).rule).toBe("banner-tech-match");
    expect(yuan(city(big!).formulaYuan!)).toBe("7800000.00");
    expect(yuan(city(big!).subsidyYuan)).toBe("3000000.00");
    expect(yuan(big!.totalSubsidyYuan)).toBe("10800000.00");
  });

  it("pays nothing where the region refuses the row, and the total leaves it out", async () => {
    const decisions = await decideUnder([{ issuerKind: "中央企业分公司", issuerPaysTaxInRegion: "否" }, {}], [regionPack(), packOf(ordosDoc())]);
    expect(decisions[0]!.status).toBe("ineligible");
    expect(city(decisions[0]!).status).toBe("ineligible");
    expect(city(decisions[0]!).reasons.map((r) => r.code)).toEqual(["REQUIRES_LAYER"]);
    expect(yuan(decisions[0]!.totalSubsidyYuan)).toBe("0.00");
    expect(yuan(summarize(decisions).subsidyYuan)).toBe(yuan(decisions[1]!.totalSubsidyYuan));
  });
});

describe("combinedCap: region and city together", () => {
  // Region 30% of the investment; the city's 50% match is cut to its 3,000,000 cap; together at most 11,000,000.
  it.each([
    ["26666666.63", "7999999.99", "3000000.00", []],
    ["26666666.67", "8000000.00", "3000000.00", []],
    ["26666666.70", "8000000.01", "2999999.99", ["COMBINED_CAP"]],
    ["40000000", "10000000.00", "1000000.00", ["COMBINED_CAP"]],
  ])("investment %s: region %s, city %s", async (investment, region, paid, reasons) => {
    const [d] = await decideUnder([{ investment: `${investment}元` }], [regionPack(), packOf(ordosDoc())]);
    expect(yuan(d!.subsidyYuan)).toBe(region);
    expect(yuan(city(d!).subsidyYuan)).toBe(paid);
    expect(city(d!).reasons.map((r) => r.code)).toEqual(reasons);
    expect(d!.totalSubsidyYuan.lte(11_000_000)).toBe(true);
  });

  it("a city layer cut to nothing is not funded", async () => {
    const doc = ordosDoc();
    doc.parameters.combinedCap.value = "10000000";
    const [d] = await decideUnder([{ investment: 4000 }], [regionPack(), packOf(doc)]);
    expect(city(d!).status).toBe("ineligible");
    expect(city(d!).reasons[0]!.code).toBe("COMBINED_CAP");
    expect(yuan(d!.totalSubsidyYuan)).toBe("10000000.00");
  });
});

describe("tiers: a progressive rate, rounded once", () => {
  const local = { type: "成果转化类", solver: "鄂尔多斯某研究院", solverLocation: "鄂尔多斯市康巴什区" };
  it.each([
    ["5000000", "500000.00", false],
    ["5000000.10", "500000.01", false],
    ["10000000", "750000.00", false],
    ["20000000", "1250000.00", false],
    ["32500000", "1500000.00", false],
    ["32500000.50", "1500000.00", true],
    ["32499999.50", "1499999.99", false],
  ])("investment %s yuan pays %s (capped %s)", async (investment, paid, capped) => {
    const [d] = await decideUnder([{ ...local, investment: `${investment}元` }], [regionPack(), packOf(ordosDoc())]);
    expect(city(d!).rule).toBe("local-transformation");
    expect(yuan(city(d!).subsidyYuan)).toBe(paid);
    expect(city(d!).capped).toBe(capped);
  });

  it("rounds the sum of the tiers, not each tier", async () => {
    // Two tiers of 0.5% on 2 yuan: 0.005 + 0.005 = 0.01 rounded once (each rounded alone would give 0.02).
    const doc = ordosDoc();
    Object.assign(doc.parameters, {
      tier1Top: { ...doc.parameters.tier1Top, value: "1" },
      tier1Rate: { ...doc.parameters.tier1Rate, value: "0.005" },
      tier3Rate: { ...doc.parameters.tier3Rate, value: "0.005" },
    });
    doc.funding[2].tiers = [{ upTo: "tier1Top", rate: "tier1Rate" }, { rate: "tier3Rate" }];
    const [d] = await decideUnder([{ ...local, investment: "2元" }], [regionPack(), packOf(doc)]);
    expect(yuan(city(d!).subsidyYuan)).toBe("0.01");
  });
});

describe("tranches: due, not yet due, cancelled, reclaimed", () => {
  it("each tranche but the last is cut to the fen; the last takes the rest", () => {
    expect(trancheAmounts(new Decimal("0.01"), [new Decimal("0.5"), new Decimal("0.5")]).map(yuan)).toEqual(["0.00", "0.01"]);
    expect(trancheAmounts(new Decimal("100"), ["0.3333", "0.3333", "0.3334"].map((s) => new Decimal(s))).map(yuan)).toEqual(["33.33", "33.33", "33.34"]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.integer({ min: 1, max: 9999 }), (fen, shareBp) => {
        const subsidy = new Decimal(fen).div(100);
        const share = new Decimal(shareBp).div(10_000);
        const amounts = trancheAmounts(subsidy, [share, new Decimal(1).minus(share)]);
        return amounts.every((a) => a.gte(0) && a.decimalPlaces() <= 2) && amounts[0]!.plus(amounts[1]!).eq(subsidy);
      }),
    );
  });

  const local = { type: "成果转化类", solver: "鄂尔多斯某研究院", solverLocation: "鄂尔多斯市", investment: 1000 };
  it("acceptance passed on or before the run's date makes the acceptance tranche due; after it, not yet", async () => {
    const [passed, later, none] = await decideUnder(
      [{ ...local, acceptance: "通过", acceptedOn: "2023-12-31" }, { ...local, acceptance: "通过", acceptedOn: "2024-01-01" }, { ...local }],
      [regionPack(), packOf(ordosDoc())],
    );
    expect([passed, later, none].map((d) => [yuan(city(d!).dueYuan), yuan(city(d!).notDueYuan)])).toEqual([
      ["750000.00", "0.00"],
      ["225000.00", "525000.00"],
      ["225000.00", "525000.00"],
    ]);
  });

  it("a failed project without failureTolerance is to return what was due", async () => {
    const doc = ordosDoc();
    delete doc.failureTolerance;
    const decisions = await decideUnder([{ ...local, acceptance: "未通过" }, { ...local, id: "T-2", acceptance: "终止" }], [regionPack(), packOf(doc)]);
    for (const d of decisions) {
      expect(yuan(city(d).subsidyYuan)).toBe("750000.00");
      expect(yuan(city(d).dueYuan)).toBe("225000.00");
      expect(yuan(city(d).notDueYuan)).toBe("0.00");
      expect(yuan(city(d).reclaimYuan)).toBe("225000.00");
      expect(city(d).tranches!.map((t) => t.state)).toEqual(["due", "cancelled"]);
      expect(city(d).reasons.map((r) => r.code)).toEqual(["TRANCHE_CANCELLED"]);
    }
    const summary = summarize(decisions);
    // The region pays its 3,000,000 at once; the city's tranches are what is due or reclaimed.
    expect(yuan(summary.dueYuan)).toBe(yuan(decisions.reduce((s, d) => s.plus(d.dueYuan), new Decimal(0))));
    expect(yuan(summary.reclaimYuan)).toBe("450000.00");
  });

  it("an unreadable verdict is a warning and leaves the acceptance tranche not due", async () => {
    const [d] = await decideUnder([{ ...local, acceptance: "看情况" }], [regionPack(), packOf(ordosDoc())]);
    expect(city(d!).warnings.map((w) => w.code)).toContain("BAD_VALUE");
    expect(yuan(city(d!).notDueYuan)).toBe("525000.00");
  });
});

describe("recipientCap: one enterprise's total per year, allocated by signing date", () => {
  /** A region-only pack whose tech line caps one issuer's yearly total at 5,000,000. */
  function cappedRegion(cap = "5000000", per: "year" | "run" = "year"): RulePack {
    const doc = JSON.parse(readFileSync(new URL("../../rules/nmg/2021-12.json", import.meta.url), "utf8"));
    doc.parameters.issuerYearCap = { value: cap, unit: "yuan", label: { "zh-CN": "同一发榜方每年累计上限", en: "Per issuer per year" } };
    const tech = doc.funding.find((r: { line: string }) => r.line === "tech");
    tech.recipientCap = { cap: "issuerYearCap", per };
    return packOf(doc, "nmg-capped.json");
  }
  const USCC = "91150100MA0N0000XR";

  it("cuts the row that passes the cap, names the earlier rows, and keeps the formula amount", async () => {
    // 30% of 1000万 = 3,000,000 each: the second row of the year gets the 2,000,000 left, the third nothing.
    const decisions = await decideUnder(
      [
        { id: "A", investment: 1000, signedOn: "2023-05-01" },
        { id: "B", investment: 1000, signedOn: "2023-02-01" },
        { id: "C", investment: 1000, signedOn: "2023-03-01" },
        { id: "D", investment: 1000, signedOn: "2024-01-05" },
      ],
      [cappedRegion()],
    );
    const byId = new Map(decisions.map((d) => [d.id, d]));
    expect(yuan(byId.get("B")!.subsidyYuan)).toBe("3000000.00");
    expect(yuan(byId.get("C")!.subsidyYuan)).toBe("2000000.00");
    expect(byId.get("C")!.reasons.map((r) => r.code)).toEqual(["RECIPIENT_CAP_REACHED"]);
    expect(byId.get("C")!.reasons[0]!.message).toContain("第 3 行");
    expect(yuan(byId.get("C")!.formulaYuan!)).toBe("3000000.00");
    expect(byId.get("A")!.status).toBe("ineligible");
    expect(yuan(byId.get("A")!.subsidyYuan)).toBe("0.00");
    expect(byId.get("A")!.reasons[0]!.message).toContain("第 3 行、第 4 行");
    // Another year starts afresh.
    expect(yuan(byId.get("D")!.subsidyYuan)).toBe("3000000.00");
  });

  it.each([
    ["3600000", "600000.00", []],
    ["3600000.01", "600000.00", []],
    ["3599999.99", "599999.99", ["RECIPIENT_CAP_REACHED"]],
  ])("with a cap of %s the second row (asking 600,000) gets %s: exactly at the cap, a fen over and a fen under", async (cap, second, reasons) => {
    const decisions = await decideUnder([{ investment: 1000, signedOn: "2023-01-01" }, { investment: "2000000元", signedOn: "2023-02-01" }], [cappedRegion(cap)]);
    expect(yuan(decisions[0]!.subsidyYuan)).toBe("3000000.00");
    expect(yuan(decisions[1]!.subsidyYuan)).toBe(second);
    expect(decisions[1]!.reasons.map((r) => r.code)).toEqual(reasons);
  });

  it("counts an issuer by its credit code when valid, else by its name; rows without a signing date come last", async () => {
    const decisions = await decideUnder(
      [
        { id: "N", investment: 1000, signedOn: null },
        { id: "U1", investment: 1000, signedOn: "2023-06-01", issuerUscc: USCC, issuer: "甲公司" },
        { id: "U2", investment: 1000, signedOn: "2023-07-01", issuerUscc: USCC, issuer: "甲公司（更名）" },
        { id: "M", investment: 1000, signedOn: "2023-08-01" },
      ],
      [cappedRegion("5000000", "run")],
    );
    const byId = new Map(decisions.map((d) => [d.id, d]));
    expect(yuan(byId.get("U2")!.subsidyYuan)).toBe("2000000.00");
    // N and M share the issuer name of ORDOS_ROW; N has no signing date, so M comes first.
    expect(yuan(byId.get("M")!.subsidyYuan)).toBe("3000000.00");
    expect(yuan(byId.get("N")!.subsidyYuan)).toBe("2000000.00");
  });

  it("the allocation depends only on signing date, tracker and row number, never on the order rows arrive in", async () => {
    const pack = compilePack(cappedRegion("7000000"));
    const issuers = ["甲公司", "乙公司", "丙公司"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ issuer: fc.constantFrom(...issuers), investment: fc.integer({ min: 1, max: 3000 }), day: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }) }), { minLength: 1, maxLength: 25 }),
        fc.integer(),
        async (specs, seed) => {
          const rows = specs.map((s, i) => ({
            ...ORDOS_ROW,
            id: `R${i}`,
            name: `项目 R${i}`,
            issuer: s.issuer,
            investment: s.investment,
            signedOn: s.day === null ? null : new Date(Date.UTC(2023, 0, 1 + s.day)).toISOString().slice(0, 10),
          }));
          const tracker = readTracker(gridOf(trackerRows(rows)));
          const shuffled = [...tracker.rows];
          let state = seed >>> 0;
          for (let i = shuffled.length - 1; i > 0; i--) {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            const j = state % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          const options = { lang: "zh-CN" as const, today: "2023-12-31", source: "t.xlsx" };
          const inOrder = await decideRows(tracker.rows, pack, options);
          const inShuffle = await decideRows(shuffled, pack, options);
          const key = (ds: Decision[]) => JSON.stringify([...ds].sort((a, b) => a.row - b.row).map((d) => [d.row, d.status, yuan(d.subsidyYuan), d.reasons.map((r) => r.message)]));
          expect(key(inShuffle)).toBe(key(inOrder));
          // No issuer gets more than the cap in a year from the line.
          const totals = new Map<string, Decimal>();
          inOrder.forEach((d, i) => {
            const year = rows[i]!.signedOn?.slice(0, 4) ?? "2023";
            const k = `${d.issuer}|${year}`;
            if (d.status === "funded") totals.set(k, (totals.get(k) ?? new Decimal(0)).plus(d.subsidyYuan));
          });
          for (const total of totals.values()) expect(total.lte(7_000_000)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("text operators and place facts", () => {
  it("textContains and textStartsWith compare normalised text; issuerCounty and leadSolverLeagueCity read the places", async () => {
    const doc = ordosDoc();
    doc.funding[0].conditions.all[2] = { fact: "issuerLocation", operator: "textContains", value: "准格尔" };
    doc.funding[1].conditions.all[2] = { not: { fact: "issuerLocation", operator: "textContains", value: "准格尔" } };
    doc.funding[2].conditions.all[2] = { fact: "leadSolver", operator: "textStartsWith", value: "鄂尔多斯" };
    const decisions = await decideUnder(
      [
        { issuerLocation: "鄂爾多斯市 準格爾旗" },
        { issuerLocation: "鄂尔多斯市达拉特旗" },
        { type: "成果转化类", solver: "鄂尔多斯　某研究院", solverLocation: "北京市" },
        { type: "成果转化类", solver: "北京某大学", solverLocation: "北京市" },
      ],
      [regionPack(), packOf(doc)],
    );
    expect(decisions.map((d) => city(d).rule)).toEqual(["banner-tech-match", "tech-match", "local-transformation", null]);
  });
});
