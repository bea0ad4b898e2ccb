/**
 * The region pack's rules (rules/nmg/2021-12.json) as a ZEN decision graph
 * (GoRules JDM), for comparing engines on the same rule set.
 *
 * Two decision tables with hit policy "first", both fed by the request and
 * both feeding the response, so one evaluation yields both outputs:
 *
 * - eligibility (inputs issuerKind, issuerInRegion, issuerPaysTaxInRegion):
 *   "eligible" | "ineligible" | "unknown";
 * - funding line (inputs type, major): "tech" | "transformation" |
 *   "case-by-case" | "none" | "unknown".
 *
 * jiebang reads rule results in three-valued (Kleene) logic, an unknown fact
 * being one whose cell is missing or unreadable; in the ZEN input an unknown
 * fact is null, and the tables carry explicit rows for the unknown cases, so
 * the tables give exactly what jiebang's judgement gives. The bench checks
 * that on every row.
 *
 * Eligibility = any(all(kind = independent, inRegion), all(kind = centralBranch, paysTax)):
 *   true when either branch is true; unknown when a branch is unknown (its
 *   kind is the branch's or unknown, and its second fact is true or unknown);
 *   otherwise false.
 * Funding line = the first of tech (type = tech, major = false),
 *   transformation (type = transformation, major = false), case-by-case
 *   (major = true) that is true; "unknown" when none is true and one is
 *   unknown; "none" when all are false.
 */
import type { Judgement } from "../../src/engine";
import type { CompiledPack } from "../../src/rules";
import type { RowFacts } from "../../src/engine";

export type Eligibility = "eligible" | "ineligible" | "unknown";
export type Line = "tech" | "transformation" | "case-by-case" | "none" | "unknown";

export interface RulesOutcome {
  readonly eligibility: Eligibility;
  readonly line: Line;
}

/** The five facts the region pack's rules read, unknown ones as null: the ZEN request. */
export interface ZenRequest {
  readonly issuerKind: unknown;
  readonly issuerInRegion: unknown;
  readonly issuerPaysTaxInRegion: unknown;
  readonly type: unknown;
  readonly major: unknown;
}

export const ZEN_FACTS = ["issuerKind", "issuerInRegion", "issuerPaysTaxInRegion", "type", "major"] as const;

export function zenRequest(facts: RowFacts): ZenRequest {
  const v = (fact: (typeof ZEN_FACTS)[number]) => (facts.unknown.has(fact) ? null : (facts.values[fact] ?? null));
  return { issuerKind: v("issuerKind"), issuerInRegion: v("issuerInRegion"), issuerPaysTaxInRegion: v("issuerPaysTaxInRegion"), type: v("type"), major: v("major") };
}

/** jiebang's judgement of a row read as the same two outputs. */
export function jiebangOutcome(judgement: Judgement): RulesOutcome {
  const e = judgement.eligibility[0]?.tv.outcome;
  const eligibility: Eligibility = e === "true" ? "eligible" : e === "false" ? "ineligible" : "unknown";
  const applying = judgement.funding.find((f) => f.tv.outcome === "true");
  const line: Line = applying ? (applying.rule.line as Line) : judgement.funding.some((f) => f.tv.outcome === "unknown") ? "unknown" : "none";
  return { eligibility, line };
}

/** The table is written for the region pack: refuse another pack rather than compare the wrong rules. */
export function assertRegionPack(pack: CompiledPack): void {
  const names = [...pack.conditions.keys()].join(",");
  if (pack.id !== "nmg" || names !== "issuer-eligible,tech,transformation,case-by-case") {
    throw new Error(`the ZEN table mirrors nmg's rules (issuer-eligible, tech, transformation, case-by-case), not ${pack.id}: ${names}`);
  }
}

const column = (id: string, field: string) => ({ id, name: field, field, type: "expression" });
const text = (s: string) => JSON.stringify(s);
const at = { x: 0, y: 0 };

/** The JDM graph. Input cells are ZEN unary expressions on the column's value ($); "" matches anything. */
export function regionPackGraph(): object {
  const eligibilityRules: Array<[kind: string, inRegion: string, paysTax: string, out: Eligibility]> = [
    [text("independent"), "true", "", "eligible"],
    [text("centralBranch"), "", "true", "eligible"],
    [text("independent"), "null", "", "unknown"],
    ["null", "$ != false", "", "unknown"],
    [text("centralBranch"), "", "null", "unknown"],
    ["null", "", "$ != false", "unknown"],
    ["", "", "", "ineligible"],
  ];
  const fundingRules: Array<[type: string, major: string, out: Line]> = [
    ["", "true", "case-by-case"],
    [text("tech"), "false", "tech"],
    [text("transformation"), "false", "transformation"],
    ["", "null", "unknown"],
    ["null", "", "unknown"],
    ["", "", "none"],
  ];
  return {
    contentType: "application/vnd.gorules.decision",
    nodes: [
      { id: "request", type: "inputNode", name: "Request", position: at },
      {
        id: "eligibility",
        type: "decisionTableNode",
        name: "issuer-eligible",
        position: at,
        content: {
          hitPolicy: "first",
          inputs: [column("kind", "issuerKind"), column("inRegion", "issuerInRegion"), column("paysTax", "issuerPaysTaxInRegion")],
          outputs: [column("eligibility", "eligibility")],
          rules: eligibilityRules.map(([kind, inRegion, paysTax, out], i) => ({ _id: `e${i}`, kind, inRegion, paysTax, eligibility: text(out) })),
        },
      },
      {
        id: "funding",
        type: "decisionTableNode",
        name: "funding-line",
        position: at,
        content: {
          hitPolicy: "first",
          inputs: [column("type", "type"), column("major", "major")],
          outputs: [column("line", "line")],
          rules: fundingRules.map(([type, major, out], i) => ({ _id: `f${i}`, type, major, line: text(out) })),
        },
      },
      { id: "response", type: "outputNode", name: "Response", position: at },
    ],
    edges: [
      { id: "r-e", sourceId: "request", targetId: "eligibility", type: "edge" },
      { id: "r-f", sourceId: "request", targetId: "funding", type: "edge" },
      { id: "e-o", sourceId: "eligibility", targetId: "response", type: "edge" },
      { id: "f-o", sourceId: "funding", targetId: "response", type: "edge" },
    ],
  };
}

/** What the bench uses of @gorules/zen-engine. */
export interface ZenDecisionLike {
  evaluate(context: unknown, opts?: { trace?: boolean }): Promise<{ result: unknown; trace?: unknown }>;
}
export interface ZenEngineLike {
  createDecision(content: object): ZenDecisionLike;
  dispose(): void;
}

export type ZenLoad = { ok: true; version: string; create: () => ZenEngineLike } | { ok: false; reason: string };

/** Load ZEN, or say why it cannot be loaded (not installed, no native binary for this platform…). */
export async function loadZen(): Promise<ZenLoad> {
  if (process.env.JIEBANG_BENCH_ZEN === "off") return { ok: false, reason: "turned off by JIEBANG_BENCH_ZEN=off" };
  try {
    const zen = (await import("@gorules/zen-engine")) as unknown as { ZenEngine?: new () => ZenEngineLike; default?: { ZenEngine: new () => ZenEngineLike } };
    const ZenEngine = zen.ZenEngine ?? zen.default?.ZenEngine;
    if (!ZenEngine) return { ok: false, reason: "@gorules/zen-engine has no ZenEngine export" };
    const engine = new ZenEngine();
    const decision = engine.createDecision(regionPackGraph());
    await decision.evaluate({ issuerKind: "independent", issuerInRegion: true, issuerPaysTaxInRegion: true, type: "tech", major: false });
    engine.dispose();
    let version = "unknown";
    try {
      const { createRequire } = await import("node:module");
      version = (createRequire(import.meta.url)("@gorules/zen-engine/package.json") as { version: string }).version;
    } catch {
      // the version is only for the report
    }
    return { ok: true, version, create: () => new ZenEngine() };
  } catch (error) {
    return { ok: false, reason: (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200) };
  }
}
