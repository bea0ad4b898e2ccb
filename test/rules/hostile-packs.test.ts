import { describe, expect, it } from "vitest";
import { JiebangError } from "../../src/i18n";
import { checkPackDocument, loadPack, MAX_PACK_BYTES, readPack } from "../../src/rules";
import { decideOne, modifiedPack, regionPackText } from "../support/decide";

const doc = () => JSON.parse(regionPackText()) as Record<string, any>;

function refused(text: string): { code: string; pointer: string } {
  const reading = readPack(text, "hostile.json");
  expect(reading.ok).toBe(false);
  const first = reading.findings[0];
  return first ? { code: first.code, pointer: first.pointer } : { code: "NOT_JSON", pointer: "" };
}

describe("hostile rule packs are refused with a clear error", () => {
  it("a huge pack, before it is parsed", () => {
    const huge = `{"id": "nmg", "padding": "${"x".repeat(MAX_PACK_BYTES)}"}`;
    expect(refused(huge).code).toBe("TOO_LARGE");
  });

  it("a deeply nested pack, without a stack overflow", () => {
    let nested = '{"fact": "type", "operator": "equal", "value": "tech"}';
    for (let i = 0; i < 20_000; i++) nested = `{"not": ${nested}}`;
    const text = regionPackText().replace('"conditions": {\n        "all": [\n          { "fact": "type", "operator": "equal", "value": "tech" }', `"conditions": {\n        "all": [\n          ${nested}`);
    expect(text.length).toBeGreaterThan(regionPackText().length);
    expect(refused(text).code).toBe("TOO_DEEP");
  });

  it.each(["__proto__", "constructor", "prototype"])("a %s key anywhere", (key) => {
    const d = doc();
    d.messages = JSON.parse(JSON.stringify(d.messages).replace('"NOT_MATCHED"', `"${key}": {"zh-CN": "x", "en": "x"}, "NOT_MATCHED"`));
    const text = JSON.stringify(d);
    expect(refused(text)).toMatchObject({ code: "FORBIDDEN_KEY", pointer: `/messages/${key}` });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("a parameter named toString (it would shadow Object.prototype)", () => {
    const d = doc();
    d.parameters.toString = { value: "1", unit: "ratio", label: { "zh-CN": "x", en: "x" } };
    expect(checkPackDocument(d)[0]).toMatchObject({ code: "SCHEMA", pointer: "/parameters" });
  });

  it("an unknown operator", () => {
    const d = doc();
    d.funding[0].conditions.all[0].operator = "regex";
    expect(checkPackDocument(d)[0]).toMatchObject({ code: "SCHEMA", pointer: "/funding/0/conditions/all/0/operator" });
  });

  it("a JSONPath `path` on a condition (json-rules-engine would evaluate it)", () => {
    const d = doc();
    d.funding[0].conditions.all[0].path = "$..[?(@.constructor.constructor('return process')().exit())]";
    expect(checkPackDocument(d)[0]).toMatchObject({ code: "SCHEMA", pointer: "/funding/0/conditions/all/0" });
  });

  it("a condition `params` or fact reference", () => {
    const d = doc();
    d.funding[0].conditions.all[0].value = { fact: "issuer" };
    expect(checkPackDocument(d)[0]!.code).toBe("SCHEMA");
  });

  it("code in strings stays text: a value or a message is never evaluated", async () => {
    const pack = modifiedPack((d) => {
      d.messages.NOT_MATCHED = { "zh-CN": "${process.exit(1)} {constructor} {__proto__} {value}", en: "x" };
      d.eligibility[0].conditions.any[0].all[0].value = "independent";
    });
    const decision = await decideOne({ matched: "否" }, { pack });
    expect(decision.reasons[0]!.message).toBe("${process.exit(1)} {constructor} {__proto__} 否");
  });

  it("an invalid pack names the file and the pointer, and throws nothing else", () => {
    expect(() => loadPack("{\"id\": 1}", "x.json")).toThrowError(JiebangError);
  });
});
