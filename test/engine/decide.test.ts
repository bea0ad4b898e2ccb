import { describe, expect, it } from "vitest";
import { decide, decideOne, modifiedPack } from "../support/decide";
import { ELIGIBILITY_REASON_FILLS, ENGINE_REASON_CODES, ENGINE_REASON_USES } from "../../src/rules";

describe("deciding a row under the region's pack", () => {
  it("funds a technology-tackling project: 30 % of investment to the issuer", async () => {
    const d = await decideOne({ investment: 2600 });
    expect(d.status).toBe("funded");
    expect(d.line).toBe("tech");
    expect(d.recipient).toBe("issuer");
    expect(d.recipientName).toBe("包头某稀土新材料有限公司");
    expect(d.investmentYuan?.toFixed(2)).toBe("26000000.00");
    expect(d.rate?.toFixed()).toBe("0.3");
    expect(d.capYuan?.toFixed(2)).toBe("10000000.00");
    expect(d.subsidyYuan.toFixed(2)).toBe("7800000.00");
    expect(d.capped).toBe(false);
    expect(d.reasons).toEqual([]);
  });

  it("caps a technology-tackling subsidy at 10,000,000 yuan and says so", async () => {
    const d = await decideOne({ investment: 4000 });
    expect(d.formulaYuan?.toFixed(2)).toBe("12000000.00");
    expect(d.subsidyYuan.toFixed(2)).toBe("10000000.00");
    expect(d.capped).toBe(true);
  });

  it("does not cap at exactly the cap (33,333,333.33 yuan gives 9,999,999.999 → 10,000,000.00, not capped)", async () => {
    const d = await decideOne({ investment: "33333333.33元" });
    expect(d.subsidyYuan.toFixed(2)).toBe("10000000.00");
    expect(d.capped).toBe(false);
  });

  it("pays a transformation project's subsidy to the lead solver, capped at 5,000,000 yuan", async () => {
    const [small, large] = await decide([
      { type: "成果转化类", solver: "清华某研究院、内蒙古某大学", solverLocation: "北京市、呼和浩特市", investment: 1000 },
      { id: "T-2", type: "成果转化类", investment: 2000 },
    ]);
    expect(small!.line).toBe("transformation");
    expect(small!.recipient).toBe("solver");
    expect(small!.recipientName).toBe("清华某研究院");
    expect(small!.subsidyYuan.toFixed(2)).toBe("3000000.00");
    expect(large!.subsidyYuan.toFixed(2)).toBe("5000000.00");
    expect(large!.capped).toBe(true);
  });

  it("rounds the rounding traps to the fen, half up, before the cap", async () => {
    const [a, b] = await decide([
      { investment: "1234567.85元" },
      { id: "T-2", investment: "2,500,000.05元" },
    ]);
    expect(a!.subsidyYuan.toFixed(2)).toBe("370370.36");
    expect(b!.subsidyYuan.toFixed(2)).toBe("750000.02");
  });

  it("funds an especially major project with its approved case-by-case amount, no formula and no cap", async () => {
    const d = await decideOne({ major: "是", investment: 90000, caseAmount: 8000, caseRef: "内科发〔2022〕1号" });
    expect(d.status).toBe("funded");
    expect(d.line).toBe("case-by-case");
    expect(d.recipient).toBe("issuer");
    expect(d.subsidyYuan.toFixed(2)).toBe("80000000.00");
    expect(d.rate).toBeNull();
    expect(d.capYuan).toBeNull();
    expect(d.capped).toBe(false);
    expect(d.caseRef).toBe("内科发〔2022〕1号");
  });

  it("pays a major transformation project's approved amount to the solver", async () => {
    const d = await decideOne({ type: "成果转化类", major: "是", caseAmount: 600, caseRef: "内科发〔2022〕2号" });
    expect(d.recipient).toBe("solver");
    expect(d.recipientName).toBe("北京某大学");
    expect(d.subsidyYuan.toFixed(2)).toBe("6000000.00");
  });

  it("leaves an especially major project pending while it has no approved amount or reference", async () => {
    const [noAmount, noRef] = await decide([
      { major: "是", caseRef: "内科发〔2022〕1号" },
      { id: "T-2", major: "是", caseAmount: 500 },
    ]);
    for (const d of [noAmount!, noRef!]) {
      expect(d.status).toBe("pending");
      expect(d.line).toBe("case-by-case");
      expect(d.subsidyYuan.isZero()).toBe(true);
      expect(d.reasons.map((r) => r.code)).toEqual(["CASE_BY_CASE_PENDING"]);
    }
  });

  it("treats an empty 是否特别重大 cell as not especially major, as the pack assumes", async () => {
    const d = await decideOne({ major: null });
    expect(d.status).toBe("funded");
    expect(d.line).toBe("tech");
  });

  it("marks a row unmatched when there is no cooperation agreement, naming the cell", async () => {
    const d = await decideOne({ matched: "洽谈中", solver: null, investment: null });
    expect(d.status).toBe("unmatched");
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]!.code).toBe("NOT_MATCHED");
    expect(d.reasons[0]!.cell).toBe("K2");
    expect(d.reasons[0]!.message).toContain("洽谈中");
    expect(d.subsidyYuan.isZero()).toBe(true);
  });

  it("finds an out-of-region enterprise ineligible", async () => {
    const d = await decideOne({ issuerLocation: "北京市" });
    expect(d.status).toBe("ineligible");
    expect(d.reasons.map((r) => r.code)).toEqual(["ISSUER_NOT_ELIGIBLE"]);
    expect(d.subsidyYuan.isZero()).toBe(true);
  });

  it("finds an issuer of another kind (e.g. a public institution) ineligible", async () => {
    const d = await decideOne({ issuerKind: "事业单位" });
    expect(d.status).toBe("ineligible");
  });

  it("funds a central-enterprise branch that pays tax in the region, wherever it says it is", async () => {
    const d = await decideOne({ issuerKind: "央企分公司", issuerLocation: "北京市", issuerPaysTaxInRegion: "是" });
    expect(d.status).toBe("funded");
  });

  it("finds a central-enterprise branch that does not pay tax in the region ineligible", async () => {
    const d = await decideOne({ issuerKind: "中央企业分公司", issuerPaysTaxInRegion: "否" });
    expect(d.status).toBe("ineligible");
  });

  it("does not need the tax cell of an independent enterprise (it cannot change the outcome)", async () => {
    const d = await decideOne({ issuerPaysTaxInRegion: null });
    expect(d.status).toBe("funded");
  });

  it("makes a central branch with an empty tax cell invalid, naming the missing field and its cell", async () => {
    const d = await decideOne({ issuerKind: "中央企业分公司", issuerPaysTaxInRegion: null });
    expect(d.status).toBe("invalid");
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatchObject({ code: "MISSING_VALUE", cell: "H2", field: "issuerPaysTaxInRegion" });
  });

  it("makes rows invalid with MISSING_VALUE naming the field when the tracker lacks the issuer-kind column", async () => {
    const d = await decideOne({}, { fields: ["id", "type", "issuer", "issuerLocation", "issuerPaysTaxInRegion", "solver", "matched", "investment"] });
    expect(d.status).toBe("invalid");
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatchObject({ code: "MISSING_VALUE", field: "issuerKind", cell: null });
    expect(d.reasons[0]!.message).toContain("发榜方性质");
  });

  it.each([
    ["id", { id: null }, "MISSING_VALUE"],
    ["type", { type: "其他" }, "BAD_VALUE"],
    ["issuer", { issuer: { error: "#N/A" } }, "BAD_VALUE"],
    ["matched", { matched: "也许" }, "BAD_VALUE"],
  ] as const)("makes a row invalid when its %s cannot be read, before anything else", async (field, row, code) => {
    const d = await decideOne({ ...row, issuerLocation: "北京市" });
    expect(d.status).toBe("invalid");
    expect(d.reasons.map((r) => [r.code, r.field])).toEqual([[code, field]]);
  });

  it("checks the agreement before the investment: an unmatched row with no investment is unmatched, not invalid", async () => {
    const d = await decideOne({ matched: "否", investment: null });
    expect(d.status).toBe("unmatched");
  });

  it.each([
    ["missing", null, "MISSING_VALUE"],
    ["negative", -100, "BAD_VALUE"],
    ["approximate", "约1200万元", "BAD_VALUE"],
    ["an error cell", { error: "#VALUE!" }, "BAD_VALUE"],
  ] as const)("makes a matched row with %s investment invalid, naming the cell", async (_what, investment, code) => {
    const d = await decideOne({ investment });
    expect(d.status).toBe("invalid");
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatchObject({ code, field: "investment", cell: "L2" });
  });

  it("makes a matched row without a solver invalid", async () => {
    const d = await decideOne({ solver: null });
    expect(d.status).toBe("invalid");
    expect(d.reasons[0]).toMatchObject({ code: "MISSING_VALUE", field: "solver" });
  });

  it("checks the investment before eligibility: an ineligible issuer with a bad investment is invalid", async () => {
    const d = await decideOne({ issuerLocation: "北京市", investment: "不详" });
    expect(d.status).toBe("invalid");
  });

  it("warns about a USCC that fails the GB 32100 check without changing the status", async () => {
    const d = await decideOne({ issuerUscc: "91350100M000100Y4Z" });
    expect(d.status).toBe("funded");
    expect(d.warnings.map((w) => [w.code, w.cell])).toEqual([["INVALID_USCC", "E2"]]);
  });

  it("accepts a valid USCC quietly", async () => {
    const d = await decideOne({ issuerUscc: "91350100M000100Y43" });
    expect(d.warnings).toEqual([]);
  });

  it("warns that a case-by-case amount on an ordinary project is not used", async () => {
    const d = await decideOne({ caseAmount: 100 });
    expect(d.subsidyYuan.toFixed(2)).toBe("7800000.00");
    expect(d.warnings.map((w) => w.code)).toEqual(["CASE_AMOUNT_IGNORED"]);
  });

  it("speaks English when asked, with the pack's English messages", async () => {
    const d = await decideOne({ issuerLocation: "Beijing" }, { lang: "en" });
    expect(d.reasons[0]!.message).toMatch(/^The issuer is not eligible/);
  });

  it("has no condition on a solver's registration age or a team leader's degree or title", async () => {
    const d = await decideOne({ solver: "昨天刚注册的某科技公司" });
    expect(d.status).toBe("funded");
  });
});

describe("the trace of a decision", () => {
  it("lists every rule of the pack with whether it fired and every condition with the value it saw", async () => {
    const d = await decideOne({ investment: 100 });
    expect(d.trace.map((t) => [t.rule, t.fired, t.outcome])).toEqual([
      ["issuer-eligible", true, "true"],
      ["tech", true, "true"],
      ["transformation", false, "false"],
      ["case-by-case", false, "false"],
    ]);
    const transformation = d.trace.find((t) => t.rule === "transformation")!;
    expect(transformation.conditions).toEqual([
      { pointer: "/all/0", fact: "type", operator: "equal", value: "transformation", seen: "tech", result: false },
      { pointer: "/all/1", fact: "major", operator: "equal", value: false, seen: false, result: true },
    ]);
    const eligibility = d.trace.find((t) => t.rule === "issuer-eligible")!;
    expect(eligibility.conditions.map((c) => c.pointer)).toEqual(["/any/0/all/0", "/any/0/all/1", "/any/1/all/0", "/any/1/all/1"]);
  });

  it("shows an unknown fact as neither true nor false", async () => {
    const d = await decideOne({ issuerKind: "中央企业分公司", issuerPaysTaxInRegion: null });
    const eligibility = d.trace.find((t) => t.rule === "issuer-eligible")!;
    expect(eligibility.outcome).toBe("unknown");
    expect(eligibility.conditions.find((c) => c.fact === "issuerPaysTaxInRegion")!.result).toBeNull();
  });
});

describe("what the pack says, not the code", () => {
  it("uses the pack's rate, cap and rounding", async () => {
    const pack = modifiedPack((doc) => {
      doc.parameters.techRate.value = "0.25";
      doc.parameters.techCap.value = "6000000";
      doc.rounding = { places: 0, mode: "down" };
    });
    const [small, large] = await decide([{ investment: "1234567.85元" }, { id: "T-2", investment: 3000 }], { pack });
    expect(small!.subsidyYuan.toFixed(2)).toBe("308641.00");
    expect(large!.subsidyYuan.toFixed(2)).toBe("6000000.00");
    expect(large!.capped).toBe(true);
  });

  it("takes its messages from the pack", async () => {
    const pack = modifiedPack((doc) => {
      doc.messages.NOT_MATCHED = { "zh-CN": "未签约：{value}", en: "not signed: {value}" };
    });
    const d = await decideOne({ matched: "未揭榜" }, { pack });
    expect(d.reasons[0]!.message).toBe("未签约：未揭榜");
  });

  it("compares money with exact decimals when a pack conditions on an amount", async () => {
    const pack = modifiedPack((doc) => {
      doc.parameters.minInvestment = { value: "1000000.01", unit: "yuan", label: { "zh-CN": "最低投入", en: "Minimum investment" } };
      doc.eligibility.push({
        name: "minimum-investment",
        description: { "zh-CN": "研发投入不低于下限", en: "Investment at least the minimum" },
        reason: "ISSUER_NOT_ELIGIBLE",
        conditions: { all: [{ fact: "investment", operator: "decimalGreaterThanInclusive", value: { param: "minInvestment" } }] },
      });
    });
    const [below, at] = await decide([{ investment: "1000000.00元" }, { id: "T-2", investment: "1000000.01元" }], { pack });
    expect(below!.status).toBe("ineligible");
    expect(at!.status).toBe("funded");
  });
});

describe("messages without the cell they name", () => {
  it("leave no empty brackets when a reason has no cell to name", async () => {
    const { modifiedPack, decideOne } = await import("../support/decide");
    const pack = modifiedPack((doc) => {
      doc.messages.ISSUER_NOT_ELIGIBLE["zh-CN"] = "发榜方不符合条件（{cell}：{value}）";
    });
    const d = await decideOne({ issuerKind: "事业单位" }, { pack });
    const reason = d.reasons.find((r) => r.code === "ISSUER_NOT_ELIGIBLE")!;
    expect(reason.message).toBe("发榜方不符合条件");
  });
});

describe("the placeholders each reason is filled with (what rules check's UNFILLABLE_PLACEHOLDER relies on)", () => {
  const PROBE = "field=[{field}] cell=[{cell}] value=[{value}] detail=[{detail}] rule=[{rule}]";

  /** The region's pack with every message a probe of the placeholders, and a change. */
  function probePack(change: (doc: Record<string, any>) => void = () => {}) {
    return modifiedPack((doc) => {
      for (const key of Object.keys(doc.messages)) doc.messages[key] = { "zh-CN": PROBE, en: PROBE };
      change(doc);
    });
  }

  function filled(message: string): string[] {
    return [...message.matchAll(/(\w+)=\[([^\]]*)\]/g)].filter((m) => m[2] !== "").map((m) => m[1]!).sort();
  }

  it.each([
    ["MISSING_VALUE", { investment: null }, undefined],
    ["BAD_VALUE", { investment: "约1200万元" }, undefined],
    ["NOT_MATCHED", { matched: "洽谈中" }, undefined],
    ["CASE_BY_CASE_PENDING", { major: "是" }, undefined],
    ["NO_FUNDING_LINE", {}, (doc: Record<string, any>): void => void doc.funding[0].conditions.all.push({ fact: "field", operator: "equal", value: "无此领域" })],
    ["INVALID_USCC", { issuerUscc: "91350100M000100Y4Z" }, undefined],
    ["FUNDING_LINES_OVERLAP", {}, (doc: Record<string, any>): void => void (doc.funding[1].conditions.all[0].value = "tech")],
    ["CASE_AMOUNT_IGNORED", { caseAmount: 100 }, undefined],
  ] as const)("%s gets exactly the placeholders ENGINE_REASON_USES names", async (code, row, change) => {
    const d = await decideOne(row, { pack: probePack(change) });
    const reason = [...d.reasons, ...d.warnings].find((r) => r.code === code);
    expect(reason, JSON.stringify(d.reasons)).toBeDefined();
    expect(filled(reason!.message)).toEqual([...ENGINE_REASON_USES[code].fills].sort());
  });

  it("an eligibility rule's reason gets the rule's name only", async () => {
    const d = await decideOne({ issuerLocation: "北京市" }, { pack: probePack() });
    expect(d.reasons[0]!.code).toBe("ISSUER_NOT_ELIGIBLE");
    expect(filled(d.reasons[0]!.message)).toEqual([...ELIGIBILITY_REASON_FILLS]);
    expect(ENGINE_REASON_CODES.every((c) => c in ENGINE_REASON_USES)).toBe(true);
  });
});
