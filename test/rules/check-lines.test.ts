import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPackDocument } from "../../src/rules";

const ordos = () => JSON.parse(readFileSync(new URL("../../rules/examples/ordos/2023-01.json", import.meta.url), "utf8"));
const codes = (doc: unknown) => checkPackDocument(doc).map((f) => `${f.severity} ${f.code} ${f.pointer}`);
const messages = (doc: unknown) => checkPackDocument(doc).map((f) => f.message["zh-CN"]);

describe("rules check on what a city pack can say", () => {
  it("accepts the shipped Ordos illustration as it is", () => {
    expect(codes(ordos())).toEqual([]);
  });

  it("a match on a layer must require that layer, and says what to write", () => {
    const standalone = ordos();
    standalone.requires = null;
    expect(codes(standalone)).toContain("error BASE_LAYER_NOT_REQUIRED /funding/0/base/layer");
    expect(messages(standalone).join("\n")).toContain('"requires": {"pack": "nmg", "status": "funded"}');
    const other = ordos();
    other.requires = { pack: "baotou", status: "funded" };
    expect(codes(other)).toContain("error BASE_LAYER_NOT_REQUIRED /funding/1/base/layer");
    const noScope = ordos();
    delete noScope.requires;
    delete noScope.appliesTo;
    expect(codes(noScope)).toContain("error BASE_LAYER_NOT_REQUIRED /funding/0/base/layer");
  });

  it("tiers: no rate beside them, upTo on every tier but the last, bounds that rise, ratio rates", () => {
    const doc = ordos();
    doc.funding[2].rate = "tier1Rate";
    doc.funding[2].tiers = [{ upTo: "tier2Top", rate: "tier1Rate" }, { upTo: "tier1Top", rate: "tier2Rate" }, { rate: "tier3Rate", upTo: "tier2Top" }];
    doc.parameters.tier3Rate.unit = "yuan";
    expect(codes(doc)).toEqual(
      expect.arrayContaining([
        "error TIERS_WITH_RATE /funding/2/rate",
        "error TIERS_NOT_INCREASING /funding/2/tiers/1/upTo",
        "error TIERS_SHAPE /funding/2/tiers/2/upTo",
        "error NOT_SHARE /parameters/tier3Rate",
      ]),
    );
    const missing = ordos();
    missing.funding[2].tiers = [{ rate: "tier1Rate" }, { rate: "tier2Rate" }];
    expect(codes(missing)).toContain("error TIERS_SHAPE /funding/2/tiers/0");
  });

  it("tranche shares add up to exactly 1, signing first", () => {
    const doc = ordos();
    doc.parameters.acceptanceShare.value = "0.49";
    expect(codes(doc)).toContain("error TRANCHE_SHARES_NOT_ONE /funding/0/tranches");
    expect(messages(doc).join("\n")).toContain("合计 0.99");
    const order = ordos();
    order.funding[0].tranches = [...order.funding[0].tranches].reverse();
    expect(codes(order)).toContain("error TRANCHE_ORDER /funding/0/tranches");
  });

  it("caps are yuan above 0; one under 10,000 looks like 万元; unknown names get a did-you-mean", () => {
    const doc = ordos();
    doc.parameters.combinedCap.value = "1100";
    doc.funding[0].recipientCap.cap = "issuerYearCp";
    const found = checkPackDocument(doc);
    expect(found.map((f) => `${f.severity} ${f.code}`)).toEqual(expect.arrayContaining(["warning CAP_LOOKS_LIKE_WAN", "error UNKNOWN_PARAMETER"]));
    expect(found.find((f) => f.code === "UNKNOWN_PARAMETER")!.message["zh-CN"]).toContain("是否想写「issuerYearCap」");
    const ratio = ordos();
    ratio.parameters.issuerYearCap.unit = "ratio";
    expect(codes(ratio)).toContain("error NOT_YUAN /parameters/issuerYearCap");
  });

  it("warns of a combined cap on a pack that requires nothing, and of failureTolerance without an acceptance tranche", () => {
    const doc = ordos();
    doc.requires = null;
    doc.funding = [doc.funding[2]];
    doc.funding[0].tranches = [{ share: "signingShare", when: "signing" }, { share: "acceptanceShare", when: "signing" }];
    expect(codes(doc)).toEqual(expect.arrayContaining(["warning COMBINED_CAP_WITHOUT_REQUIRES /combinedCap", "warning FAILURE_TOLERANCE_UNUSED /failureTolerance"]));
  });

  it("the schema refuses a tranche stage or a recipient-cap period it does not know, naming the choices", () => {
    const doc = ordos();
    doc.funding[0].tranches[1].when = "completion";
    doc.funding[1].recipientCap.per = "month";
    const text = messages(doc).join("\n");
    expect(text).toContain("signing、acceptance");
    expect(text).toContain("year、run");
  });
});
