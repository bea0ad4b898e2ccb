import { describe, expect, it } from "vitest";
import { COUNTIES, countyOf } from "../../src/tracker/counties";
import { LEAGUE_CITIES } from "../../src/tracker/places";

describe("COUNTIES", () => {
  it("lists the 103 county-level divisions of Inner Mongolia by kind", () => {
    expect(COUNTIES).toHaveLength(103);
    const byKind: Record<string, number> = {};
    for (const county of COUNTIES) byKind[county.kind] = (byKind[county.kind] ?? 0) + 1;
    expect(byKind).toEqual({ 区: 23, 县级市: 11, 县: 17, 旗: 49, 自治旗: 3 });
  });

  it("puts every county in one of the 12 league cities", () => {
    const cities = new Set(LEAGUE_CITIES.map((city) => city.name));
    expect(cities.size).toBe(12);
    for (const county of COUNTIES) expect(cities, county.name).toContain(county.leagueCity);
    expect(new Set(COUNTIES.map((county) => county.leagueCity)).size).toBe(12);
  });

  it("has unique six-digit codes starting with 15, and unique names and aliases", () => {
    const codes = COUNTIES.map((county) => county.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^15\d{4}$/);
    const names = COUNTIES.flatMap((county) => [county.name, ...(county.short ?? [])]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("includes the post-2016 districts", () => {
    expect(COUNTIES.find((county) => county.name === "扎赉诺尔区")).toMatchObject({ leagueCity: "呼伦贝尔市", kind: "区" });
    expect(COUNTIES.find((county) => county.name === "康巴什区")).toMatchObject({ leagueCity: "鄂尔多斯市", kind: "区" });
  });
});

describe("countyOf", () => {
  it.each([
    ["准格尔旗", "准格尔旗", "鄂尔多斯市"],
    ["内蒙古鄂尔多斯市准格尔旗薛家湾镇", "准格尔旗", "鄂尔多斯市"],
    ["鄂尔多斯准格尔旗大路镇", "准格尔旗", "鄂尔多斯市"],
    ["准旗", "准格尔旗", "鄂尔多斯市"],
    ["达旗", "达拉特旗", "鄂尔多斯市"],
    ["伊旗阿勒腾席热镇", "伊金霍洛旗", "鄂尔多斯市"],
    ["科尔沁右翼前旗", "科尔沁右翼前旗", "兴安盟"],
    ["通辽市科尔沁区", "科尔沁区", "通辽市"],
    ["通辽市科尔沁左翼中旗", "科尔沁左翼中旗", "通辽市"],
    ["阿鲁科尔沁旗", "阿鲁科尔沁旗", "赤峰市"],
    ["準格爾旗", "准格尔旗", "鄂尔多斯市"],
    ["准\u3000格\u3000尔\u3000旗", "准格尔旗", "鄂尔多斯市"],
    ["准 格 尔 旗", "准格尔旗", "鄂尔多斯市"],
    ["呼伦贝尔市满洲里市扎赉诺尔区", "扎赉诺尔区", "呼伦贝尔市"],
    ["鄂尔多斯市鄂托克旗", "鄂托克旗", "鄂尔多斯市"],
    ["鄂托克前旗", "鄂托克前旗", "鄂尔多斯市"],
    ["包头市青山区", "青山区", "包头市"],
  ])("%s → %s", (text, name, leagueCity) => {
    expect(countyOf(text)).toMatchObject({ name, leagueCity });
  });

  it("does not take 科尔沁右翼前旗 for 科尔沁区", () => {
    expect(countyOf("科尔沁右翼前旗")?.name).not.toBe("科尔沁区");
  });

  it("does not take an alias inside a longer name (克旗 in 鄂托克旗)", () => {
    expect(countyOf("赤峰市鄂托克旗")).toBeNull();
    expect(countyOf("赤峰市克旗")).toMatchObject({ name: "克什克腾旗" });
  });

  it("prefers a county of the league city the text names, else null", () => {
    expect(countyOf("鄂尔多斯市科尔沁区")).toBeNull();
  });

  it.each(["北京市海淀区", "包头市", "内蒙古", "准格尔", "", "某某公司"])("%s → null", (text) => {
    expect(countyOf(text)).toBeNull();
  });

  it("finds every county after its league city and before a town", () => {
    for (const county of COUNTIES) {
      expect(countyOf(`${county.leagueCity}${county.name}某镇`), county.name).toEqual({ name: county.name, leagueCity: county.leagueCity, code: county.code });
      expect(countyOf(county.name), county.name).toMatchObject({ code: county.code });
      for (const alias of county.short ?? []) expect(countyOf(`${county.leagueCity}${alias}`), alias).toMatchObject({ code: county.code });
    }
  });
});
