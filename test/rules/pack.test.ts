import { describe, expect, it } from "vitest";
import { JiebangError } from "../../src/i18n";
import { checkPackDocument, fundingSentence, loadPack, OPERATOR_NAMES, readPack, RULEPACK_SCHEMA, FACTS } from "../../src/rules";
import { rowFacts } from "../../src/engine";
import { compilePack } from "../../src/rules";
import { readTracker } from "../../src/tracker";
import { gridOf } from "../support/grid";
import { GOOD_ROW, regionPack, regionPackText, trackerRows } from "../support/decide";

function regionDocument(): Record<string, any> {
  return JSON.parse(regionPackText());
}

function errorsOf(change: (doc: Record<string, any>) => void) {
  const doc = regionDocument();
  change(doc);
  return checkPackDocument(doc).filter((f) => f.severity === "error");
}

describe("the region's pack", () => {
  it("passes every check", () => {
    expect(checkPackDocument(regionDocument())).toEqual([]);
  });

  it("encodes the published amounts as decimal strings: 30 % capped at 10,000,000 (tech) and 5,000,000 yuan (transformation)", () => {
    const doc = regionPack().document;
    expect(doc.parameters.techRate!.value).toBe("0.3");
    expect(doc.parameters.techCap!.value).toBe("10000000");
    expect(doc.parameters.transformationRate!.value).toBe("0.3");
    expect(doc.parameters.transformationCap!.value).toBe("5000000");
    expect(doc.effective).toEqual({ from: "2021-12-01", to: null });
  });

  it("reads as the sentence a policy officer signs off", () => {
    const doc = regionPack().document;
    expect(fundingSentence(doc.funding[0]!, doc, "zh-CN")).toMatch(/^技术攻关类项目：发榜方获得研发投入总额30%的财政补助，最高1000万元/);
    expect(fundingSentence(doc.funding[1]!, doc, "zh-CN")).toMatch(/^成果转化类项目：牵头揭榜方获得研发投入总额30%的财政补助，最高500万元/);
  });

  it("guards the scheme's “no threshold”: no rule may look at a solver's registration age or a team leader's degree or title", () => {
    const guard = regionPack().document.guards!.find((g) => g.id === "no-threshold")!;
    expect(guard.forbiddenFacts).toEqual(expect.arrayContaining(["solverRegistrationAge", "teamLeaderDegree", "teamLeaderTitle"]));
  });

  it("digests the pack's bytes as sha256sum does", () => {
    expect(regionPack().sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loadPack(regionPackText(), "x").sha256).toBe(regionPack().sha256);
    expect(loadPack(`${regionPackText()} `, "x").sha256).not.toBe(regionPack().sha256);
  });
});

describe("a pack that would pay the wrong amounts is refused", () => {
  it("a rate written as a percentage (30 instead of 0.3), naming the parameter's pointer and the rule", () => {
    const errors = errorsOf((doc) => (doc.parameters.techRate.value = "30"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "RATE_OUT_OF_RANGE", pointer: "/parameters/techRate/value", rule: "tech" });
    expect(errors[0]!.message["zh-CN"]).toContain("0.3");
  });

  it("a cap of -1", () => {
    const errors = errorsOf((doc) => (doc.parameters.transformationCap.value = "-1"));
    expect(errors).toMatchObject([{ code: "CAP_NOT_POSITIVE", pointer: "/parameters/transformationCap/value", rule: "transformation" }]);
  });

  it("a cap that is a number, not a decimal string", () => {
    const errors = errorsOf((doc) => (doc.parameters.techCap.value = 10000000));
    expect(errors[0]).toMatchObject({ code: "SCHEMA", pointer: "/parameters/techCap/value" });
  });

  it("a formula line without a cap", () => {
    const errors = errorsOf((doc) => delete doc.funding[0].cap);
    expect(errors).toMatchObject([{ code: "FORMULA_LINE_WITHOUT_CAP", pointer: "/funding/0", rule: "tech" }]);
  });

  it("a condition on a team leader's degree, naming the rule and the pointer", () => {
    const errors = errorsOf((doc) => doc.eligibility[0].conditions.any[0].all.push({ fact: "teamLeaderDegree", operator: "equal", value: "博士" }));
    expect(errors).toMatchObject([{ code: "FORBIDDEN_FACT", rule: "issuer-eligible", pointer: "/eligibility/0/conditions/any/0/all/2/fact" }]);
  });

  it("a condition on a fact the tracker model does not have", () => {
    const errors = errorsOf((doc) => doc.funding[0].conditions.all.push({ fact: "weather", operator: "equal", value: "sunny" }));
    expect(errors).toMatchObject([{ code: "UNKNOWN_FACT", rule: "tech", pointer: "/funding/0/conditions/all/2/fact" }]);
  });

  it("a float comparison on money (json-rules-engine's greaterThan on an amount)", () => {
    const errors = errorsOf((doc) => doc.funding[0].conditions.all.push({ fact: "investment", operator: "greaterThan", value: 100 }));
    expect(errors).toMatchObject([{ code: "OPERATOR_FACT_MISMATCH", rule: "tech" }]);
  });

  it("an enum value the tracker can never produce", () => {
    const errors = errorsOf((doc) => (doc.funding[0].conditions.all[0].value = "Tech"));
    expect(errors).toMatchObject([{ code: "BAD_ENUM_VALUE", pointer: "/funding/0/conditions/all/0/value" }]);
  });

  it("an unknown operator", () => {
    const errors = errorsOf((doc) => (doc.funding[0].conditions.all[0].operator = "eval"));
    expect(errors[0]).toMatchObject({ code: "SCHEMA", pointer: "/funding/0/conditions/all/0/operator" });
  });

  it("a reason code without a message", () => {
    const errors = errorsOf((doc) => delete doc.messages.NOT_MATCHED);
    expect(errors).toMatchObject([{ code: "MISSING_MESSAGE", pointer: "/messages" }]);
  });

  it("a __proto__ key", () => {
    const errors = checkPackDocument(JSON.parse(regionPackText().replace('"parameters": {', '"parameters": { "__proto__": { "polluted": true },')));
    expect(errors).toMatchObject([{ code: "FORBIDDEN_KEY", pointer: "/parameters/__proto__" }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a pack nested deeper than the limit", () => {
    let condition: Record<string, unknown> = { fact: "type", operator: "equal", value: "tech" };
    for (let i = 0; i < 100; i++) condition = { not: condition };
    const errors = errorsOf((doc) => (doc.funding[0].conditions = { all: [condition] }));
    expect(errors[0]!.code).toBe("TOO_DEEP");
  });

  it("JSON that is not JSON, or a pack with errors, throws a JiebangError naming the file and the pointer", () => {
    expect(() => loadPack("{", "broken.json")).toThrowError(JiebangError);
    try {
      loadPack(regionPackText().replace('"value": "0.3"', '"value": "30"'), "rules/bad.json");
      expect.unreachable();
    } catch (error) {
      const e = error as JiebangError;
      expect(e.code).toBe("PACK_INVALID");
      expect(e.where).toEqual({ file: "rules/bad.json", pointer: "/parameters/techRate/value" });
      expect(e.text("zh-CN")).toContain("rules/bad.json");
      expect(e.text("zh-CN")).toContain("/parameters/techRate/value");
    }
  });

  it("readPack reports every finding without throwing", () => {
    const reading = readPack(regionPackText().replace('"value": "10000000"', '"value": "0"').replace('"value": "5000000"', '"value": "-5"'), "two.json");
    expect(reading.ok).toBe(false);
    expect(reading.findings.map((f) => f.code)).toEqual(["CAP_NOT_POSITIVE", "CAP_NOT_POSITIVE"]);
  });
});

describe("the pack format and the code agree", () => {
  it("the schema lists exactly the operators the engine registers", () => {
    const schema = RULEPACK_SCHEMA as any;
    const leafOperators = schema.definitions.condition.else.else.else.properties.operator.enum;
    expect([...leafOperators].sort()).toEqual([...OPERATOR_NAMES].sort());
  });

  it("every fact of the model can be read from a tracker row", () => {
    const tracker = readTracker(
      gridOf(
        trackerRows([
          { ...GOOD_ROW, signedOn: { date: "2022-01-10" }, caseAmount: 1, caseRef: "x", batch: "b", issuerUscc: "x", issuerRegisteredOn: "2019-05-01", issuerSeriousCreditLoss: "否", issuerStoppedOrInsolvent: "否" },
        ]),
      ),
    );
    const facts = rowFacts(tracker.rows[0]!, compilePack(regionPack()));
    expect(facts.unknown.size).toBe(0);
    for (const fact of FACTS) expect(facts.values[fact.name], fact.name).not.toBeUndefined();
    expect(facts.values.signedOn).toBe("2022-01-10");
    expect(facts.values.investment).toBe("26000000");
  });
});
