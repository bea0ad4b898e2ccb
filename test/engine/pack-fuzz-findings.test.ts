/**
 * Three defects a differential fuzz of generated packs led to, each from a pack `rules check` used to accept:
 * a crash on a money fact assumed to be `false`, a negative payout from an assumed negative base, and two rows
 * sharing a memoised judgement because their fact values ran into each other in the memo key.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compiledRules, judgeCompiled, judgeWithEngine, type RowFacts } from "../../src/engine";
import { JiebangError } from "../../src/i18n";
import { checkPackDocument, compilePack, loadPack, type RulePack } from "../../src/rules";
import { decide } from "../support/decide";

const REGION = JSON.parse(readFileSync(new URL("../../rules/nmg/2021-12.json", import.meta.url), "utf8"));

function packWith(assumed: unknown) {
  const doc = structuredClone(REGION);
  doc.funding[0].base = "caseAmount";
  doc.assumptions.caseAmount = { value: assumed, description: { "zh-CN": "一事一议金额为空时的假定", en: "assumed when the case amount is empty" } };
  return doc;
}

describe("a pack can never crash a run or pay a negative amount", () => {
  it.each([
    [false, "金额（元，不为负）"],
    ["-1000000", "金额（元，不为负）"],
    ["1,000", "金额（元，不为负）"],
  ])("rules check refuses a money assumption of %j, saying what to write", (assumed, kind) => {
    const findings = checkPackDocument(packWith(assumed)).filter((f) => f.code === "BAD_ASSUMPTION_VALUE");
    expect(findings.map((f) => f.pointer)).toEqual(["/assumptions/caseAmount/value"]);
    expect(findings[0]!.message["zh-CN"]).toContain(kind);
    expect(findings[0]!.message["zh-CN"]).toContain('"2000000"');
    expect(() => loadPack(JSON.stringify(packWith(assumed)), "bad.json")).toThrow(JiebangError);
  });

  it("accepts a money assumption written as yuan", () => {
    expect(checkPackDocument(packWith("1000000")).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("refuses to pay from a negative base even when the pack's check was bypassed: a sentence, not a payment or a crash", async () => {
    const pack: RulePack = { document: packWith("-1000000"), source: "bypassed.json", sha256: "0".repeat(64) };
    await expect(decide([{ caseAmount: null }], { pack })).rejects.toThrow(/negative subsidy/);
    const falsy: RulePack = { document: packWith(false), source: "bypassed.json", sha256: "0".repeat(64) };
    await expect(decide([{ caseAmount: null }], { pack: falsy })).rejects.toThrow(/not an amount/);
  });
});

describe("the compiled evaluator's memo", () => {
  it("never gives one row the judgement of another whose fact values only join to the same text", async () => {
    const pack = compilePack(loadPack(readFileSync(new URL("../../rules/nmg/2021-12.json", import.meta.url), "utf8"), "nmg"));
    const facts = compiledRules(pack).facts;
    const text = facts.filter((f) => ["issuerLeagueCity", "issuerLocation", "issuerKind", "batch", "field"].includes(f));
    expect(text.length).toBeGreaterThanOrEqual(1);
    // Two rows whose values differ only in where \u0001 falls between two facts' values.
    const base: Record<string, unknown> = {};
    for (const f of facts) base[f] = null;
    const a = facts[0]!;
    const b = facts[1]!;
    const row1: RowFacts = { values: { ...base, [a]: "x\u0001sy", [b]: "z" }, unknown: new Map() };
    const row2: RowFacts = { values: { ...base, [a]: "x", [b]: "y\u0001sz" }, unknown: new Map() };
    const compiled = [judgeCompiled(pack, row1), judgeCompiled(pack, row2)];
    expect(compiled[0]).not.toBe(compiled[1]);
    for (const [i, row] of [row1, row2].entries()) expect(compiled[i]!.trace).toEqual((await judgeWithEngine(pack, row)).trace);
  });
});
