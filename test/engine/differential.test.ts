import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decideLayered, packFamilies, type Decision, type Evaluator } from "../../src/engine";
import { decisionJson } from "../../src/report";
import { compilePack, loadPack, type RulePack } from "../../src/rules";
import { canonicalRow, type CanonicalValue, type FieldName } from "../../src/tracker";
import type { RuleTestFile } from "../../src/policy";
import { modifiedPack, regionPack } from "../support/decide";

const RULES = fileURLToPath(new URL("../../rules/", import.meta.url));
const readPackFile = (path: string) => loadPack(readFileSync(path, "utf8"), path);

/** A decision as `--json --trace` writes it, with every layer: what must not depend on the evaluator. */
function fingerprint(decision: Decision): string {
  return JSON.stringify(decisionJson(decision, true, true));
}

async function decideBoth(rows: ReturnType<typeof canonicalRow>[], packs: readonly RulePack[], asOf: string | null = null) {
  const compiled = packs.map(compilePack);
  const families = packFamilies(compiled);
  const run = (evaluator: Evaluator, row: ReturnType<typeof canonicalRow>) => decideLayered(row, families, { lang: "zh-CN", evaluator, asOf, today: "2022-06-30" });
  const mismatches: string[] = [];
  const statuses: Record<string, number> = {};
  for (const row of rows) {
    const decision = await run("compiled", row);
    statuses[decision.status] = (statuses[decision.status] ?? 0) + 1;
    const reference = fingerprint(await run("json-rules-engine", row));
    const fast = fingerprint(decision);
    if (reference !== fast && mismatches.length < 3) mismatches.push(`row ${row.row}:\n  json-rules-engine ${reference}\n  compiled          ${fast}`);
  }
  return { mismatches, statuses };
}

/** A small seeded generator, so a failure names a row that can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHOICES: Partial<Record<FieldName, readonly CanonicalValue[]>> = {
  id: ["P", "", { error: "#N/A" }],
  type: ["tech", "transformation", "技术攻关类", "成果转化类", "其他", null],
  issuer: ["包头某公司", null],
  issuerKind: ["independent", "centralBranch", "事业单位", null],
  matched: [true, true, false, null, { cell: "洽谈中" }],
  issuerLocation: ["包头市", "鄂尔多斯市", "北京市", "內蒙古", null],
  issuerPaysTaxInRegion: [true, false, null, { cell: "也许" }],
  major: [false, true, false, null],
  issuerRegisteredOn: ["2015-01-01", "2020-12-31", "2021-01-01", "2022-05-05", null, { cell: "不详" }],
  issuerSeriousCreditLoss: [true, false, null],
  issuerStoppedOrInsolvent: [true, false, null],
  solver: [["北京某大学"], ["北京某大学", "内蒙古某大学"], null],
  solverLocation: [["北京市"], ["呼和浩特市", "北京市"], null],
  investment: ["26000000", "40000000", "1234567.85", "33333333.33", "16666666.67", "0", "999999.99", "1000000", { cell: "约1200万元" }, { cell: -5 }, null],
  caseAmount: ["80000000", null, { cell: "待定" }],
  caseRef: ["内科发〔2022〕1号", null],
  signedOn: ["2022-01-10", "2022-06-20", "2021-06-01", "2023-03-01", null],
  issuerUscc: ["91350100M000100Y43", "91350100M000100Y44", null],
  field: ["新材料", null],
};

function generatedRows(count: number, seed: number) {
  const next = random(seed);
  // Mostly the first (readable, eligible) values, so that every status and line is common; sometimes anything.
  const pick = <T>(list: readonly T[]) => (next() < 0.75 ? list[Math.floor(next() * Math.min(2, list.length))]! : list[Math.floor(next() * list.length)]!);
  return Array.from({ length: count }, (_, i) => {
    const values: Partial<Record<FieldName, CanonicalValue>> = {};
    for (const [field, options] of Object.entries(CHOICES) as Array<[FieldName, readonly CanonicalValue[]]>) values[field] = pick(options);
    values.id = `P-${i}`;
    return canonicalRow(values, i + 2);
  });
}

/** A pack that exercises every kind of operator: money and date comparisons, in/notIn, not, counts. */
function operatorsPack(): RulePack {
  return modifiedPack((d) => {
    d.parameters.minInvestment = { value: "1000000", unit: "yuan", label: { "zh-CN": "最低投入", en: "Minimum" } };
    d.parameters.startDate = { value: "2022-01-01", unit: "date", label: { "zh-CN": "起始日", en: "Start" } };
    d.eligibility.push(
      {
        name: "minimum",
        description: { "zh-CN": "x", en: "x" },
        reason: "ISSUER_NOT_ELIGIBLE",
        conditions: {
          any: [
            { fact: "investment", operator: "decimalGreaterThanInclusive", value: { param: "minInvestment" } },
            { not: { fact: "issuerLeagueCity", operator: "in", value: ["包头市", "鄂尔多斯市"] } },
          ],
        },
      },
      {
        name: "dated",
        description: { "zh-CN": "x", en: "x" },
        reason: "ISSUER_NOT_ELIGIBLE",
        conditions: {
          all: [
            { not: { fact: "signedOn", operator: "dateBefore", value: { param: "startDate" } } },
            { fact: "solverCount", operator: "lessThanInclusive", value: 3 },
            { fact: "field", operator: "notIn", value: ["违规领域"] },
          ],
        },
      },
    );
  }, "operators.json");
}

describe("the compiled evaluator decides exactly as json-rules-engine", () => {
  const testFiles = readdirSync(RULES, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".tests.json"));

  it.each(testFiles)("on every case of %s", async (file) => {
    const path = join(RULES, file);
    const tests = JSON.parse(readFileSync(path, "utf8")) as RuleTestFile;
    const packs = [...(tests.with ?? []), tests.pack].map((p) => readPackFile(resolve(dirname(path), p)));
    for (const [i, testCase] of tests.cases.entries()) {
      const { mismatches } = await decideBoth([canonicalRow(testCase.row, i + 1)], packs, testCase.asOf ?? null);
      expect(mismatches, testCase.name).toEqual([]);
    }
  });

  it("on 100,000 generated rows under the region's pack, the Baotou layer and a pack using every operator", async () => {
    const baotou = readPackFile(join(RULES, "examples/baotou/2022-01.json"));
    const rows = generatedRows(100_000, 20221128);
    const thirds = [rows.slice(0, 40_000), rows.slice(40_000, 70_000), rows.slice(70_000)];
    for (const [part, packs] of [
      [thirds[0]!, [regionPack()]],
      [thirds[1]!, [regionPack(), baotou]],
      [thirds[2]!, [operatorsPack()]],
    ] as const) {
      const { mismatches, statuses } = await decideBoth(part, packs);
      expect(mismatches).toEqual([]);
      // The generated rows reach every status, so the comparison covers every path.
      for (const status of ["funded", "pending", "ineligible", "unmatched", "invalid"]) expect(statuses[status] ?? 0, status).toBeGreaterThan(part.length / 200);
    }
  }, 300_000);

  it("would notice a difference: a different pack gives different fingerprints", async () => {
    const rows = generatedRows(200, 7);
    const cheaper = modifiedPack((d) => (d.parameters.techRate.value = "0.29"));
    const families = (pack: RulePack) => packFamilies([compilePack(pack)]);
    const a = await Promise.all(rows.map((r) => decideLayered(r, families(regionPack()), { lang: "zh-CN", evaluator: "compiled", asOf: null, today: "2022-06-30" })));
    const b = await Promise.all(rows.map((r) => decideLayered(r, families(cheaper), { lang: "zh-CN", evaluator: "json-rules-engine", asOf: null, today: "2022-06-30" })));
    expect(a.filter((d) => d.status === "funded" && d.line === "tech").length).toBeGreaterThan(0);
    expect(a.map(fingerprint)).not.toEqual(b.map(fingerprint));
  });
});
