import { readFileSync } from "node:fs";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { checkPackDocument, compilePack, factSpec, FACTS, OPERATORS, type Condition, type RulePackDocument } from "../../src/rules";
import { Steps, truthOf } from "../../src/rules/lint-evaluate";
import { factDomain } from "../../src/rules/lint-values";
import { lintPack, lintVersions, MAX_STEPS_PER_LINT } from "../../src/rules/lint";
import { findRow } from "../../src/rules/lint-search";
import { runRuleTests, type RuleTestCase } from "../../src/policy";
import { loadPack } from "../../src/rules";
import { regionPackText } from "../support/decide";

type Doc = Record<string, any>;

function regionDocument(): Doc {
  return JSON.parse(regionPackText());
}

/** The region's pack with a change; it must still pass every check (lintPack's precondition). */
function pack(change: (doc: Doc) => void = () => {}): RulePackDocument {
  const doc = regionDocument();
  change(doc);
  expect(checkPackDocument(doc)).toEqual([]);
  return doc as RulePackDocument;
}

const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });

/** Both formula lines on technology-tackling, not major projects, plus the given leaves each. */
function twoTechLines(first: object[], second: object[]): RulePackDocument {
  return pack((doc) => {
    doc.funding[0].conditions.all.push(...first);
    doc.funding[1].conditions.all[0].value = "tech";
    doc.funding[1].conditions.all.push(...second);
  });
}

function codes(doc: RulePackDocument) {
  return lintPack(doc).map((f) => f.code);
}

describe("lintPack: the region's pack", () => {
  it("lints clean", () => {
    expect(lintPack(pack())).toEqual([]);
  });
});

describe("lintPack: a city's pack (appliesTo, date parameters)", () => {
  function baotou(change: (doc: Doc) => void = () => {}): RulePackDocument {
    const doc = JSON.parse(readFileSync(new URL("../../rules/examples/baotou/2022-01.json", import.meta.url), "utf8"));
    change(doc);
    expect(checkPackDocument(doc)).toEqual([]);
    return doc as RulePackDocument;
  }

  it("the Baotou example lints clean", () => {
    expect(lintPack(baotou())).toEqual([]);
  });

  it("a date parameter is compared as a date: registered before 2021-01-01 and on or after it never meet", () => {
    const findings = lintPack(
      baotou((doc) => doc.eligibility[0].conditions.all.push(leaf("issuerRegisteredOn", "dateOnOrAfter", { param: "registeredBefore" }))),
    );
    expect(findings).toMatchObject([{ severity: "warning", code: "ALWAYS_FAILS", pointer: "/eligibility/0", rule: "registered-one-year" }]);
    expect(findings[0]!.message["zh-CN"]).toContain("2021-01-01");
  });

  it("an eligibility rule no row the pack applies to can pass: ELIGIBILITY_CONFLICT naming appliesTo", () => {
    const findings = lintPack(baotou((doc) => doc.eligibility[1].conditions.all.push(leaf("issuerLeagueCity", "equal", "呼和浩特市"))));
    expect(findings).toMatchObject([{ severity: "warning", code: "ELIGIBILITY_CONFLICT", pointer: "/eligibility/1", rule: "no-serious-credit-loss" }]);
    expect(findings[0]!.message.en).toContain("appliesTo, registered-one-year");
  });

  it("a funding line for rows outside the pack's scope is unreachable", () => {
    const findings = lintPack(baotou((doc) => doc.funding[0].conditions.all.push(leaf("issuerLeagueCity", "in", ["呼和浩特市", "鄂尔多斯市"]))));
    expect(findings).toMatchObject([{ severity: "error", code: "UNREACHABLE_RULE", pointer: "/funding/0", rule: "city-tech" }]);
    expect(findings[0]!.message.en).toContain("no row that the pack applies to and that passes the eligibility rules");
  });
});

describe("lintPack: overlapping funding lines", () => {
  it("the tech line without `major equal false` overlaps with case-by-case: one error on the second line, naming both, with an example row", () => {
    const findings = lintPack(pack((doc) => doc.funding[0].conditions.all.pop()));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: "error", code: "OVERLAPPING_FUNDING_LINES", pointer: "/funding/2", rule: "case-by-case" });
    expect(f!.message.en).toContain("“tech”");
    expect(f!.message.en).toContain("“case-by-case”");
    expect(f!.message.en).toContain("type=tech, major=true");
    expect(f!.message["zh-CN"]).toContain("「tech」与「case-by-case」");
    expect(f!.message["zh-CN"]).toContain("项目类型=技术攻关类，特别重大项目=是");
  });

  it("two lines both conditioned on type=tech overlap", () => {
    const findings = lintPack(pack((doc) => (doc.funding[1].conditions.all[0].value = "tech")));
    expect(findings).toMatchObject([{ severity: "error", code: "OVERLAPPING_FUNDING_LINES", pointer: "/funding/1", rule: "transformation" }]);
    expect(findings[0]!.message.en).toContain("“tech” and “transformation”");
    expect(findings[0]!.message.en).toContain("type=tech, major=false");
  });

  it("one finding per overlapping pair", () => {
    const doc = pack((d) => {
      for (const line of d.funding) line.conditions = { all: [leaf("matched", "equal", true)] };
    });
    expect(lintPack(doc).map((f) => [f.pointer, f.message.en.match(/“[^”]+” and “[^”]+”/)![0]])).toEqual([
      ["/funding/1", "“tech” and “transformation”"],
      ["/funding/2", "“tech” and “case-by-case”"],
      ["/funding/2", "“transformation” and “case-by-case”"],
    ]);
  });

  it("money: `>= 100` and `<= 100` overlap at exactly 100; `> 100` and `<= 100` do not", () => {
    const at = lintPack(twoTechLines([leaf("investment", "decimalGreaterThanInclusive", "100")], [leaf("investment", "decimalLessThanInclusive", "100")]));
    expect(at).toMatchObject([{ code: "OVERLAPPING_FUNDING_LINES", pointer: "/funding/1" }]);
    expect(at[0]!.message.en).toContain("type=tech, major=false, investment=100");
    expect(at[0]!.message["zh-CN"]).toContain("研发投入总额=100元");
    expect(lintPack(twoTechLines([leaf("investment", "decimalGreaterThan", "100")], [leaf("investment", "decimalLessThanInclusive", "100")]))).toEqual([]);
  });

  it("money: amounts between two close bounds are found (100 < x < 100.01)", () => {
    const findings = lintPack(twoTechLines([leaf("investment", "decimalGreaterThan", "100")], [leaf("investment", "decimalLessThan", "100.01")]));
    expect(findings[0]!.message.en).toContain("investment=100.005");
  });

  it("money compared with a parameter: the cap as a threshold", () => {
    const findings = lintPack(
      twoTechLines([leaf("investment", "decimalGreaterThanInclusive", { param: "techCap" })], [leaf("investment", "decimalLessThanInclusive", "10000000")]),
    );
    expect(findings[0]!.message.en).toContain("investment=10000000");
    expect(lintPack(twoTechLines([leaf("investment", "decimalGreaterThan", { param: "techCap" })], [leaf("investment", "decimalLessThanInclusive", "10000000.00")]))).toEqual([]);
  });

  it("dates: on-or-after and on-or-before the same day overlap on that day; after and on-or-before do not", () => {
    const at = lintPack(twoTechLines([leaf("signedOn", "dateOnOrAfter", "2022-06-01")], [leaf("signedOn", "dateOnOrBefore", "2022-06-01")]));
    expect(at).toMatchObject([{ code: "OVERLAPPING_FUNDING_LINES" }]);
    expect(at[0]!.message.en).toContain("signedOn=2022-06-01");
    expect(lintPack(twoTechLines([leaf("signedOn", "dateAfter", "2022-06-01")], [leaf("signedOn", "dateOnOrBefore", "2022-06-01")]))).toEqual([]);
    expect(lintPack(twoTechLines([leaf("signedOn", "dateOnOrAfter", "2023-01-01")], [leaf("signedOn", "dateBefore", "2023-01-01")]))).toEqual([]);
  });

  it("dates: ranges that share a single day overlap; ranges that meet do not", () => {
    const range = (from: string, to: string) => [leaf("signedOn", "dateOnOrAfter", from), leaf("signedOn", "dateOnOrBefore", to)];
    const shared = lintPack(twoTechLines(range("2022-01-01", "2022-06-30"), range("2022-06-30", "2022-12-31")));
    expect(shared[0]!.message.en).toContain("signedOn=2022-06-30");
    expect(lintPack(twoTechLines(range("2022-01-01", "2022-06-30"), range("2022-07-01", "2022-12-31")))).toEqual([]);
  });

  it("counts are whole numbers: more than 2 and fewer than 3 never meet", () => {
    expect(lintPack(twoTechLines([leaf("solverCount", "greaterThan", 2)], [leaf("solverCount", "lessThan", 3)]))).toEqual([]);
    const findings = lintPack(twoTechLines([leaf("solverCount", "greaterThan", 2)], [leaf("solverCount", "lessThan", 4)]));
    expect(findings[0]!.message.en).toContain("solverCount=3");
  });

  it("text: the example names a text, or “anything but” the texts the conditions name", () => {
    expect(lintPack(twoTechLines([leaf("field", "equal", "新材料")], [leaf("field", "notEqual", "新材料")]))).toEqual([]);
    const named = lintPack(twoTechLines([leaf("field", "in", ["新材料", "能源"])], [leaf("field", "notIn", ["新材料"])]));
    expect(named[0]!.message.en).toContain('field="能源"');
    const other = lintPack(twoTechLines([leaf("field", "notEqual", "新材料")], [leaf("field", "notEqual", "能源")]));
    expect(other[0]!.message.en).toContain('field=(anything but "新材料", "能源")');
    expect(other[0]!.message["zh-CN"]).toContain("技术领域=（「新材料」、「能源」以外的任意值）");
  });

  it("`not` and `any` are read as json-rules-engine reads them", () => {
    const findings = lintPack(
      twoTechLines(
        [{ not: leaf("issuerKind", "equal", "independent") }],
        [{ any: [leaf("issuerKind", "equal", "independent"), leaf("issuerPaysTaxInRegion", "equal", true)] }],
      ),
    );
    // Not independent and eligible: a central branch paying tax in the region, which the second line also takes.
    expect(findings).toMatchObject([{ code: "OVERLAPPING_FUNDING_LINES", pointer: "/funding/1" }]);
    expect(findings[0]!.message.en).toContain("issuerKind=centralBranch, issuerPaysTaxInRegion=true");
  });

  it("only rows that pass the eligibility rules count: two lines meeting only on ineligible issuers do not overlap", () => {
    const doc = twoTechLines([leaf("issuerKind", "equal", "other")], [leaf("issuerKind", "in", ["other", "centralBranch"])]);
    expect(lintPack(doc).map((f) => f.code)).toEqual(["UNREACHABLE_RULE"]);
  });

  it("the example row makes both lines fire in json-rules-engine itself", async () => {
    const doc = pack((d) => d.funding[0].conditions.all.pop());
    const compiled = compilePack({ document: doc, source: "x", sha256: "" });
    const conditions = ["issuer-eligible", "tech", "case-by-case"].map((name) => compiled.conditions.get(name)!);
    const result = findRow(conditions, new Steps(MAX_STEPS_PER_LINT));
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    const facts: Record<string, unknown> = {};
    for (const fact of FACTS) facts[fact.name] = result.row.get(fact.name) ?? (fact.type === "count" ? 1 : fact.type === "boolean" ? false : "x");
    const run = await compiled.engine.run(facts);
    expect(run.results.map((r) => r.name).sort()).toEqual(["case-by-case", "issuer-eligible", "tech"]);
  });
});

describe("lintPack: unreachable rules", () => {
  it("a line conditioned on type=tech and type=transformation is unreachable (error, naming the line), and overlaps nothing", () => {
    const findings = lintPack(pack((doc) => doc.funding[0].conditions.all.push(leaf("type", "equal", "transformation"))));
    expect(findings).toMatchObject([{ severity: "error", code: "UNREACHABLE_RULE", pointer: "/funding/0", rule: "tech" }]);
    expect(findings[0]!.message.en).toContain("funding line “tech”");
    expect(findings[0]!.message["zh-CN"]).toContain("资助条线「tech」");
  });

  it("investment > 100 and < 50 is unreachable; > 100 and < 200 is fine", () => {
    const impossible = lintPack(pack((doc) => doc.funding[0].conditions.all.push(leaf("investment", "decimalGreaterThan", "100"), leaf("investment", "decimalLessThan", "50"))));
    expect(impossible).toMatchObject([{ severity: "error", code: "UNREACHABLE_RULE", pointer: "/funding/0", rule: "tech" }]);
    expect(lintPack(pack((doc) => doc.funding[0].conditions.all.push(leaf("investment", "decimalGreaterThan", "100"), leaf("investment", "decimalLessThan", "200"))))).toEqual([]);
  });

  it("dates with no day between them; a negative amount; an amount json-rules-engine never sees (`equal \"100.00\"`)", () => {
    expect(codes(pack((doc) => doc.funding[0].conditions.all.push(leaf("signedOn", "dateAfter", "2022-06-01"), leaf("signedOn", "dateBefore", "2022-06-02"))))).toEqual(["UNREACHABLE_RULE"]);
    expect(codes(pack((doc) => doc.funding[0].conditions.all.push(leaf("signedOn", "dateAfter", "2022-06-01"), leaf("signedOn", "dateBefore", "2022-06-03"))))).toEqual([]);
    expect(codes(pack((doc) => doc.funding[0].conditions.all.push(leaf("investment", "decimalLessThan", "0"))))).toEqual(["UNREACHABLE_RULE"]);
    expect(codes(pack((doc) => doc.funding[0].conditions.all.push(leaf("investment", "equal", "100.00"))))).toEqual(["UNREACHABLE_RULE"]);
    expect(codes(pack((doc) => doc.funding[0].conditions.all.push(leaf("investment", "equal", "100"))))).toEqual([]);
  });

  it("a date that is not on the calendar still splits the days around it", () => {
    // Days after "2023-02-30" in string order start at 2023-03-01.
    expect(codes(pack((doc) => doc.funding[0].conditions.all.push(leaf("signedOn", "dateAfter", "2023-02-30"))))).toEqual([]);
    expect(codes(pack((doc) => doc.funding[0].conditions.all.push(leaf("signedOn", "dateAfter", "2023-02-30"), leaf("signedOn", "dateBefore", "2023-03-01"))))).toEqual([
      "UNREACHABLE_RULE",
    ]);
  });

  it("a line only ineligible issuers can meet is unreachable, and says so", () => {
    const findings = lintPack(pack((doc) => doc.funding[0].conditions.all.push(leaf("issuerKind", "equal", "other"))));
    expect(findings).toMatchObject([{ severity: "error", code: "UNREACHABLE_RULE", pointer: "/funding/0", rule: "tech" }]);
    expect(findings[0]!.message.en).toContain("no row that passes the eligibility rules");
    expect(findings[0]!.message["zh-CN"]).toContain("在通过资格规则的项目中");
  });

  it("an eligibility rule no row can pass: ALWAYS_FAILS, a warning naming the rule and its reason", () => {
    const findings = lintPack(pack((doc) => doc.eligibility[0].conditions.any.forEach((c: Doc) => c.all.push(leaf("issuerKind", "equal", "other")))));
    expect(findings).toMatchObject([{ severity: "warning", code: "ALWAYS_FAILS", pointer: "/eligibility/0", rule: "issuer-eligible" }]);
    expect(findings[0]!.message.en).toContain("“issuer-eligible”");
    expect(findings[0]!.message.en).toContain("ISSUER_NOT_ELIGIBLE");
  });

  it("eligibility rules that each can pass but never together: ELIGIBILITY_CONFLICT on the later one", () => {
    const findings = lintPack(
      pack((doc) => {
        doc.eligibility.push({ name: "others-only", description: doc.eligibility[0].description, reason: "ISSUER_NOT_ELIGIBLE", conditions: { all: [leaf("issuerKind", "equal", "other")] } });
      }),
    );
    expect(findings).toMatchObject([{ severity: "warning", code: "ELIGIBILITY_CONFLICT", pointer: "/eligibility/1", rule: "others-only" }]);
    expect(findings[0]!.message.en).toContain("“issuer-eligible”");
  });
});

describe("the lint reads conditions as json-rules-engine does", () => {
  it("every operator, on every representative value of its fact, gives the engine's answer", async () => {
    const leaves = [
      leaf("type", "equal", "tech"),
      leaf("type", "in", ["transformation"]),
      leaf("issuerKind", "notIn", ["other", "centralBranch"]),
      leaf("major", "notEqual", true),
      leaf("solverCount", "equal", 2),
      leaf("solverCount", "in", [1, 3]),
      leaf("solverCount", "notIn", [0]),
      ...["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"].map((op) => leaf("solverCount", op, 2)),
      leaf("investment", "equal", "100"),
      leaf("investment", "notEqual", "100.0"),
      ...["decimalEqual", "decimalLessThan", "decimalLessThanInclusive", "decimalGreaterThan", "decimalGreaterThanInclusive"].map((op) => leaf("investment", op, "100.5")),
      ...["dateBefore", "dateOnOrBefore", "dateAfter", "dateOnOrAfter"].map((op) => leaf("signedOn", op, "2022-06-01")),
      leaf("signedOn", "dateAfter", "2023-02-30"),
      leaf("field", "equal", "新材料"),
      leaf("field", "notEqual", "新材料"),
      leaf("field", "in", ["新材料", "能源"]),
      leaf("field", "notIn", ["能源"]),
    ];
    const engine = new Engine([], { allowUndefinedFacts: false });
    for (const operator of OPERATORS) if (operator.evaluate) engine.addOperator(operator.name, operator.evaluate);
    leaves.forEach((l, i) => engine.addRule({ name: String(i), conditions: { all: [l] } as never, event: { type: "x" } }));
    const rows: Array<Map<string, string | number | boolean>> = [];
    for (const fact of new Set(leaves.map((l) => l.fact))) {
      for (const value of factDomain(factSpec(fact)!, leaves as never).values) rows.push(new Map([[fact, value]]));
    }
    expect(rows.length).toBe(27);
    for (const row of rows) {
      const facts: Record<string, unknown> = {};
      for (const fact of FACTS) facts[fact.name] = row.get(fact.name) ?? null;
      const fired = new Set((await engine.run(facts)).results.map((r) => Number(r.name)));
      leaves.forEach((l, i) => {
        if (!row.has(l.fact)) return;
        expect(truthOf(l as Condition, row, new Steps(100)), `${JSON.stringify(l)} on ${row.get(l.fact)}`).toBe(fired.has(i));
      });
    }
  });
});

describe("lintPack: bounds", () => {
  /** A tech line whose conditions no row meets, but only the last fact chosen shows it. */
  function deepContradiction(tautologies: readonly object[]): RulePackDocument {
    const either = (fact: string, value: unknown) => ({ any: [leaf(fact, "equal", value), leaf(fact, "notEqual", value)] });
    return pack((doc) => {
      doc.funding[0].conditions = {
        all: [
          ...tautologies.map((t) => either(...(t as [string, unknown]))),
          leaf("caseAmount", "decimalGreaterThan", "100"),
          leaf("caseAmount", "decimalLessThan", "50"),
        ],
      };
    });
  }
  const texts = ["issuerLeagueCity", "issuerLocation", "issuer", "caseRef", "leadSolver", "batch", "field"].map((f) => [f, "x"]);
  const booleans = ["issuerInRegion", "issuerPaysTaxInRegion", "matched", "major", "leadSolverInRegion"].map((f) => [f, true]);

  it("within the bound the search is exhaustive and proves a line unreachable", () => {
    expect(codes(deepContradiction([...texts, ...booleans]))).toEqual(["UNREACHABLE_RULE"]);
  });

  it("beyond the bound it says nothing rather than guess", () => {
    const doc = deepContradiction([...texts, ...booleans, ["type", "tech"], ["issuerKind", "other"], ["solverCount", 3], ["signedOn", "2022-01-01"]]);
    const compiled = compilePack({ document: doc, source: "x", sha256: "" });
    expect(findRow([compiled.conditions.get("tech")!], new Steps(MAX_STEPS_PER_LINT)).kind).toBe("undecided");
    expect(lintPack(doc).filter((f) => f.rule === "tech" && f.code === "UNREACHABLE_RULE")).toEqual([]);
  });
});

describe("lintVersions", () => {
  function version(version: string, from: string, to: string | null, id = "nmg"): { doc: RulePackDocument; source: string } {
    return { doc: pack((doc) => Object.assign(doc, { id, version, effective: { from, to } })), source: `rules/${id}/${version}.json` };
  }

  it("the region's pack alone is clean", () => {
    expect(lintVersions([{ doc: pack(), source: "rules/nmg/2021-12.json" }])).toEqual([]);
  });

  it("adjacent versions (to 2022-12-31, then from 2023-01-01) are clean, in either order", () => {
    const a = version("2021-12", "2021-12-01", "2022-12-31");
    const b = version("2023-01", "2023-01-01", null);
    expect(lintVersions([a, b])).toEqual([]);
    expect(lintVersions([b, a])).toEqual([]);
  });

  it("overlapping ranges: an error on the later version, naming both files, versions and the common days", () => {
    const findings = lintVersions([version("2021-12", "2021-12-01", "2023-06-30"), version("2023-01", "2023-01-01", null)]);
    expect(findings).toMatchObject([{ severity: "error", code: "VERSIONS_OVERLAP", pointer: "/effective", source: "rules/nmg/2023-01.json" }]);
    const { en, "zh-CN": zh } = findings[0]!.message;
    expect(en).toContain("rules/nmg/2021-12.json");
    expect(en).toContain("rules/nmg/2023-01.json");
    expect(en).toContain("versions 2021-12");
    expect(en).toContain("from 2023-01-01 to 2023-06-30");
    expect(zh).toContain("2023-01-01 至 2023-06-30");
  });

  it("an open-ended version followed by another overlaps from the later start on", () => {
    const findings = lintVersions([version("2021-12", "2021-12-01", null), version("2023-01", "2023-01-01", null)]);
    expect(findings).toMatchObject([{ severity: "error", code: "VERSIONS_OVERLAP", source: "rules/nmg/2023-01.json" }]);
    expect(findings[0]!.message.en).toContain("from 2023-01-01 on");
    expect(findings[0]!.message.en).toContain("from 2021-12-01, open-ended");
  });

  it("sharing a single day is an overlap", () => {
    const findings = lintVersions([version("a", "2022-01-01", "2022-12-31"), version("b", "2022-12-31", null)]);
    expect(findings).toMatchObject([{ code: "VERSIONS_OVERLAP" }]);
    expect(findings[0]!.message.en).toContain("on 2022-12-31");
  });

  it("a gap: a warning on the next version with the days no version is in force", () => {
    const findings = lintVersions([version("2021-12", "2021-12-01", "2022-12-31"), version("2023-02", "2023-02-01", null)]);
    expect(findings).toMatchObject([{ severity: "warning", code: "VERSIONS_GAP", pointer: "/effective", source: "rules/nmg/2023-02.json" }]);
    expect(findings[0]!.message.en).toContain("31 day(s) (from 2023-01-01 to 2023-01-31)");
    expect(findings[0]!.message.en).toContain("rules/nmg/2021-12.json");
    expect(findings[0]!.message["zh-CN"]).toContain("31 天（2023-01-01 至 2023-01-31）");
  });

  it("a version inside a longer one overlaps it, and leaves no gap after itself", () => {
    const findings = lintVersions([version("long", "2021-01-01", "2023-12-31"), version("inner", "2022-01-01", "2022-06-30"), version("next", "2024-01-01", null)]);
    expect(findings.map((f) => [f.code, f.source])).toEqual([["VERSIONS_OVERLAP", "rules/nmg/inner.json"]]);
  });

  it("the same id and version twice: DUPLICATE_VERSION on the later file, naming both", () => {
    const findings = lintVersions([version("2021-12", "2021-12-01", null), { ...version("2021-12", "2021-12-01", null), source: "copy/2021-12.json" }]);
    expect(findings).toMatchObject([{ severity: "error", code: "DUPLICATE_VERSION", pointer: "/effective", source: "copy/2021-12.json" }]);
    expect(findings[0]!.message.en).toContain("“rules/nmg/2021-12.json”");
    expect(findings[0]!.message.en).toContain("“copy/2021-12.json”");
    expect(findings[0]!.message.en).toContain("version 2021-12 of pack nmg");
  });

  it("packs of different ids do not interact", () => {
    expect(lintVersions([version("1", "2021-01-01", null, "nmg"), version("1", "2021-01-01", null, "other")])).toEqual([]);
  });
});

describe("errors a policy officer can act on", () => {
  it("suggests the fact a typo meant", async () => {
    const { checkPackDocument } = await import("../../src/rules");
    const { readFileSync } = await import("node:fs");
    const doc = JSON.parse(readFileSync(new URL("../../rules/nmg/2021-12.json", import.meta.url), "utf8"));
    doc.eligibility[0].conditions = { all: [{ fact: "issuerLeagueCty", operator: "equal", value: "包头市" }] };
    const finding = checkPackDocument(doc).find((f) => f.code === "UNKNOWN_FACT")!;
    expect(finding.message["zh-CN"]).toContain("（是否想写「issuerLeagueCity」？）");
    expect(finding.message.en).toContain("did you mean “issuerLeagueCity”?");
  });

  it.each([
    ["a parameter in a condition", (d: Doc): void => void d.funding[1].conditions.all.push(leaf("investment", "decimalGreaterThanInclusive", { param: "transformationCp" })), "UNKNOWN_PARAMETER", "/funding/1/conditions/all/2/value/param", "transformationCap"],
    ["a line's rate", (d: Doc): void => void (d.funding[0].rate = "techRat"), "UNKNOWN_PARAMETER", "/funding/0/rate", "techRate"],
    ["a line's cap", (d: Doc): void => void (d.funding[1].cap = "transformationcap"), "UNKNOWN_PARAMETER", "/funding/1/cap", "transformationCap"],
    ["a line's base", (d: Doc): void => void (d.funding[0].base = "investmnt"), "BASE_NOT_MONEY", "/funding/0/base", "investment"],
    ["an operator", (d: Doc): void => void (d.funding[0].conditions.all[0].operator = "equl"), "SCHEMA", "/funding/0/conditions/all/0/operator", "equal"],
    ["an eligibility rule's reason", (d: Doc): void => void (d.eligibility[0].reason = "ISSUER_NOT_ELIGBLE"), "MISSING_MESSAGE", "/eligibility/0/reason", "ISSUER_NOT_ELIGIBLE"],
  ] as const)("suggests the name a typo in %s meant", (_what, change, code, pointer, meant) => {
    const doc = regionDocument();
    change(doc);
    const found = checkPackDocument(doc);
    expect(found).toMatchObject([{ severity: "error", code, pointer }]);
    expect(found[0]!.message["zh-CN"]).toContain(`（是否想写「${meant}」？）`);
    expect(found[0]!.message.en).toContain(`did you mean “${meant}”?`);
  });

  it("an unknown operator's error still lists every operator, the suggestion first", () => {
    const doc = regionDocument();
    doc.funding[0].conditions.all[0].operator = "equl";
    const [finding] = checkPackDocument(doc);
    expect(finding!.message["zh-CN"]).toBe(`不符合规则包格式：不认识的取值「equl」（是否想写「equal」？）；可用：${OPERATORS.map((o) => o.name).join("、")}`);
  });

  it("an engine code whose message key is misspelt: names the key to rename", () => {
    const doc = regionDocument();
    doc.messages.MISSING_VALUES = doc.messages.MISSING_VALUE;
    delete doc.messages.MISSING_VALUE;
    const found = checkPackDocument(doc);
    expect(found).toMatchObject([{ code: "MISSING_MESSAGE", pointer: "/messages" }]);
    expect(found[0]!.message["zh-CN"]).toContain("（messages 中的「MISSING_VALUES」是否应写作「MISSING_VALUE」？）");
    expect(found[0]!.message.en).toContain("is messages.MISSING_VALUES meant to be “MISSING_VALUE”?");
  });

  it.each([
    ["a parameter", (d: Doc): void => void (d.funding[0].rate = "subsidyPercentage"), "UNKNOWN_PARAMETER"],
    ["an operator", (d: Doc): void => void (d.funding[0].conditions.all[0].operator = "matches"), "SCHEMA"],
    ["a reason", (d: Doc): void => void (d.eligibility[0].reason = "NOT_IN_REGION"), "MISSING_MESSAGE"],
  ] as const)("suggests nothing for %s close to no name", (_what, change, code) => {
    const doc = regionDocument();
    change(doc);
    const [finding] = checkPackDocument(doc);
    expect(finding!.code).toBe(code);
    expect(finding!.message["zh-CN"]).not.toContain("是否");
    expect(finding!.message.en).not.toContain("did you mean");
  });
});

describe("lintPack: message placeholders a reason cannot fill", () => {
  const placeholderFindings = (doc: RulePackDocument) => lintPack(doc).filter((f) => f.code === "UNFILLABLE_PLACEHOLDER");

  it("{cell} in an eligibility rule's reason: it gets {rule} only, so the cell would show as nothing", () => {
    const findings = placeholderFindings(pack((d) => (d.messages.ISSUER_NOT_ELIGIBLE["zh-CN"] = "发榜方不符合条件（{cell}）")));
    expect(findings).toMatchObject([{ severity: "warning", pointer: "/messages/ISSUER_NOT_ELIGIBLE/zh-CN", rule: "issuer-eligible" }]);
    expect(findings[0]!.message["zh-CN"]).toBe("消息 ISSUER_NOT_ELIGIBLE 中的 {cell} 在规则「issuer-eligible」判定时无法填写，将显示为空；请删去或改写（此时可用的只有 {rule}）");
    expect(findings[0]!.message.en).toBe("message ISSUER_NOT_ELIGIBLE: {cell} cannot be filled when rule “issuer-eligible” decides a row and shows as nothing; remove or reword it (only {rule} can be filled here)");
  });

  it("{rule} in an engine reason given with nothing (NO_FUNDING_LINE) says so, and names no rule", () => {
    const findings = placeholderFindings(pack((d) => (d.messages.NO_FUNDING_LINE.en = "No funding line applies ({rule})")));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ pointer: "/messages/NO_FUNDING_LINE/en" });
    expect(findings[0]!.rule).toBeUndefined();
    expect(findings[0]!.message["zh-CN"]).toContain("在没有适用的资助条线时无法填写，将显示为空；请删去或改写（此时没有可填写的占位符，只写文字）");
  });

  it("a placeholder the engine never fills shows as written, with the one it is close to", () => {
    const findings = placeholderFindings(pack((d) => (d.messages.NOT_MATCHED["zh-CN"] = "尚未达成合作（{cel}：{value}）")));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message["zh-CN"]).toBe("消息 NOT_MATCHED 中的 {cel} 在项目尚未达成合作时无法填写，将原样显示为“{cel}”（是否想写 {cell}？）；请删去或改写（此时可用的只有 {cell}、{value}）");
    expect(findings[0]!.message.en).toContain("shows as “{cel}” as written (did you mean {cell}?)");
  });

  it("one finding for a placeholder in both languages; rules sharing a reason are named together", () => {
    const findings = placeholderFindings(
      pack((d) => {
        d.messages.ISSUER_NOT_ELIGIBLE = { "zh-CN": "发榜方不符合条件：{value}", en: "The issuer is not eligible: {value}" };
        d.eligibility.push({ ...d.eligibility[0], name: "issuer-eligible-again" });
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message["zh-CN"]).toContain("在规则「issuer-eligible」、「issuer-eligible-again」判定时无法填写");
  });

  it("a key that is both an engine code and a rule's reason is judged for each use", () => {
    const findings = placeholderFindings(pack((d) => (d.eligibility[0].reason = "NOT_MATCHED")));
    expect(findings.map((f) => [f.message.en.match(/\{\w+\}/)![0], f.rule ?? null])).toEqual([
      ["{cell}", "issuer-eligible"],
      ["{value}", "issuer-eligible"],
    ]);
  });

  it("placeholders a reason is given are fine: {rule} in an eligibility reason, {detail} in BAD_VALUE", () => {
    expect(placeholderFindings(pack((d) => (d.messages.ISSUER_NOT_ELIGIBLE.en = "Not eligible under {rule}")))).toEqual([]);
    expect(placeholderFindings(pack())).toEqual([]);
  });
});

describe("figures that look like a slip", () => {
  it.each([
    ["techCap", "200", "CAP_LOOKS_LIKE_WAN", "\"2000000\""],
    ["techRate", "0.8", "RATE_ABOVE_HALF", "\"0.3\""],
  ])("warns of %s = %s (%s), saying what to write", async (param, value, code, example) => {
    const { checkPackDocument } = await import("../../src/rules");
    const { readFileSync } = await import("node:fs");
    const doc = JSON.parse(readFileSync(new URL("../../rules/nmg/2021-12.json", import.meta.url), "utf8"));
    doc.parameters[param].value = value;
    const found = checkPackDocument(doc).filter((f) => f.code === code);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message["zh-CN"]).toContain(example);
  });
});

describe("rules test coverage: each side of an amount compared with a parameter", () => {
  const minimum = (operator = "decimalGreaterThanInclusive", value = "2000000") =>
    pack((d) => {
      d.parameters.minInvestment = { value, unit: "yuan", label: { "zh-CN": "研发投入下限", en: "Minimum R&D investment" } };
      d.eligibility.push({
        name: "minimum-investment",
        description: { "zh-CN": "研发投入总额不低于下限", en: "Total R&D investment of at least the minimum" },
        reason: "INVESTMENT_TOO_SMALL",
        conditions: { all: [leaf("investment", operator, { param: "minInvestment" })] },
      });
      d.messages.INVESTMENT_TOO_SMALL = { "zh-CN": "研发投入总额低于下限", en: "Total R&D investment under the minimum" };
    });

  const techRow = (investment: string, id = "T-1") => ({
    id,
    type: "tech",
    issuer: "包头某稀土新材料有限公司",
    issuerKind: "independent",
    issuerLocation: "包头市",
    solver: ["北京某大学"],
    matched: true,
    investment,
    signedOn: "2022-01-10",
  });

  async function items(doc: RulePackDocument, cases: RuleTestCase[], lang: "zh-CN" | "en" = "zh-CN") {
    const report = await runRuleTests({ pack: "pack.json", cases }, loadPack(JSON.stringify(doc), "pack.json"), [], lang);
    return report.coverage.filter((c) => c.id.includes(" = ")).map((c) => [c.label[lang], c.reached]);
  }

  it("≥ a parameter: a case at the boundary and one a fen below, reached only by those exact amounts", async () => {
    const doc = minimum();
    expect(await items(doc, [{ name: "far above", row: techRow("2600000"), expect: { status: "funded" } }])).toEqual([
      ["资格规则「minimum-investment」：研发投入总额 = 2000000.00（边界）", false],
      ["资格规则「minimum-investment」：研发投入总额 = 1999999.99（低一分）", false],
    ]);
    // 30% of 2,000,000 is 600,000.00, under the tech cap of 10,000,000; a fen less fails the minimum.
    const cases: RuleTestCase[] = [
      { name: "at the minimum", row: techRow("2000000.00"), expect: { status: "funded", recipient: "issuer", subsidyYuan: "600000.00", capped: false } },
      { name: "a fen below", row: techRow("1999999.99"), expect: { status: "ineligible", reasons: ["INVESTMENT_TOO_SMALL"], subsidyYuan: "0.00" } },
    ];
    const report = await runRuleTests({ pack: "pack.json", cases }, loadPack(JSON.stringify(doc), "pack.json"), []);
    expect(report.results.map((r) => r.passed)).toEqual([true, true]);
    expect(await items(doc, cases, "en")).toEqual([
      ["eligibility rule “minimum-investment”: total R&D investment = 2000000.00 (the boundary)", true],
      ["eligibility rule “minimum-investment”: total R&D investment = 1999999.99 (one fen below)", true],
    ]);
  });

  it.each([
    ["decimalGreaterThan", "1999999.99（低一分）"],
    ["decimalLessThan", "2000000.01（高一分）"],
    ["decimalLessThanInclusive", "2000000.01（高一分）"],
    ["decimalEqual", "1999999.99（低一分）"],
  ])("%s: the other side is %s", async (operator, other) => {
    const labels = (await items(minimum(operator), [{ name: "any", row: techRow("2600000"), expect: { applies: true } }])).map(([label]) => label);
    expect(labels).toEqual(["资格规则「minimum-investment」：研发投入总额 = 2000000.00（边界）", `资格规则「minimum-investment」：研发投入总额 = ${other}`]);
  });

  it("on a funding line, read from the line's trace: ≤ 20,000,000 on transformation", async () => {
    const doc = pack((d) => {
      d.parameters.transformationMax = { value: "20000000", unit: "yuan", label: { "zh-CN": "成果转化类投入上限", en: "Transformation investment ceiling" } };
      d.funding[1].conditions.all.push(leaf("investment", "decimalLessThanInclusive", { param: "transformationMax" }));
    });
    const row = (investment: string) => ({ ...techRow(investment), type: "transformation" });
    // 30% of 20,000,000 is 6,000,000, capped at 5,000,000 for the solver; a fen more and no line applies.
    const cases: RuleTestCase[] = [
      { name: "at the ceiling", row: row("20000000"), expect: { status: "funded", rule: "transformation", recipient: "solver", subsidyYuan: "5000000.00", capped: true } },
      { name: "a fen above", row: row("20000000.01"), expect: { status: "ineligible", reasons: ["NO_FUNDING_LINE"] } },
    ];
    const report = await runRuleTests({ pack: "pack.json", cases }, loadPack(JSON.stringify(doc), "pack.json"), []);
    expect(report.results.map((r) => r.passed)).toEqual([true, true]);
    expect(await items(doc, cases)).toEqual([
      ["资助条线「transformation」：研发投入总额 = 20000000.00（边界）", true],
      ["资助条线「transformation」：研发投入总额 = 20000000.01（高一分）", true],
    ]);
  });

  it("in appliesTo, read from the case's row; no item a fen below 0; none for a constant", async () => {
    const doc = pack((d) => {
      d.parameters.scopeMin = { value: "0", unit: "yuan", label: { "zh-CN": "x", en: "x" } };
      d.appliesTo = { all: [leaf("investment", "decimalGreaterThanInclusive", { param: "scopeMin" }), leaf("investment", "decimalLessThan", "90000000")] };
    });
    expect(await items(doc, [{ name: "nothing", row: techRow("0"), expect: { applies: true } }])).toEqual([["适用范围（appliesTo）：研发投入总额 = 0.00（边界）", true]]);
  });

  it("the region's pack compares no amount with a parameter: nothing more to reach", async () => {
    expect(await items(pack(), [{ name: "any", row: techRow("2600000"), expect: { applies: true } }])).toEqual([]);
  });
});
