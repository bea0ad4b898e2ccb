import { describe, expect, it } from "vitest";
import { dateFromSerial, placeOf, serialFromDate, splitNames } from "../../src/tracker";
import type { Amount, Parsed } from "../../src/tracker";
// The cell parsers are internal to the tracker reader; they are the unit under test here.
import { parseAmount } from "../../src/tracker/parse-amount";
import { parseIssuerKind, parseMatched, parseProjectType, parseYesNo } from "../../src/tracker/parse-choice";
import { parseDate } from "../../src/tracker/parse-date";
import { parseNames, parsePlace, parsePlaces } from "../../src/tracker/parse-names";
import { cell } from "../support/grid";

/** The amount in yuan as an exact decimal string, or the problem. */
function yuan(parsed: Parsed<Amount>): string {
  if (!parsed.ok) return parsed.code === "BAD_VALUE" ? `BAD_VALUE/${parsed.detail}` : parsed.code;
  return parsed.value.yuan.toFixed();
}

describe("yes/no cells", () => {
  it.each([
    ["是", true],
    ["否", false],
    ["Y", true],
    ["N", false],
    ["y", true],
    ["n", false],
    ["Yes", true],
    ["No", false],
    ["YES", true],
    ["✓", true],
    ["✔", true],
    ["√", true],
    ["✗", false],
    ["×", false],
    ["TRUE", true],
    ["FALSE", false],
    [" 是 ", true],
  ])("reads the text %j as %s", (text, expected) => {
    expect(parseYesNo(cell(text))).toEqual({ ok: true, value: expected });
  });

  it("reads Excel boolean cells TRUE and FALSE", () => {
    expect(parseYesNo(cell(true))).toEqual({ ok: true, value: true });
    expect(parseYesNo(cell(false))).toEqual({ ok: true, value: false });
  });

  it("refuses text that is neither yes nor no instead of guessing", () => {
    expect(parseYesNo(cell("待定"))).toEqual({ ok: false, code: "BAD_VALUE", detail: "NOT_YES_NO" });
    expect(parseYesNo(cell(1))).toEqual({ ok: false, code: "BAD_VALUE", detail: "NOT_YES_NO" });
  });

  it("reports an empty cell as a missing value, not as no", () => {
    expect(parseYesNo(cell(null))).toEqual({ ok: false, code: "MISSING_VALUE" });
    expect(parseYesNo(cell("   "))).toEqual({ ok: false, code: "MISSING_VALUE" });
  });
});

describe("match-state cells", () => {
  it.each([
    ["已签约", true],
    ["达成合作意向", true],
    ["已簽約", true],
    ["是", true],
    ["未揭榜", false],
    ["洽谈中", false],
    ["否", false],
  ])("reads %j as matched = %s", (text, expected) => {
    expect(parseMatched(cell(text))).toEqual({ ok: true, value: expected });
  });

  it("refuses an unknown state with UNKNOWN_MATCH_STATE", () => {
    expect(parseMatched(cell("待研究"))).toEqual({ ok: false, code: "BAD_VALUE", detail: "UNKNOWN_MATCH_STATE" });
  });
});

describe("project-type cells", () => {
  it.each([
    ["技术攻关类", "tech"],
    ["技術攻關類", "tech"],
    ["技术攻关", "tech"],
    ["Technology tackling", "tech"],
    ["成果转化类", "transformation"],
    ["成果轉化類", "transformation"],
    ["Achievement transformation", "transformation"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseProjectType(cell(text))).toEqual({ ok: true, value: expected });
  });

  it("refuses an unknown project type with UNKNOWN_PROJECT_TYPE", () => {
    expect(parseProjectType(cell("基础研究类"))).toEqual({ ok: false, code: "BAD_VALUE", detail: "UNKNOWN_PROJECT_TYPE" });
  });
});

describe("issuer-kind cells", () => {
  it.each([
    ["独立法人企业", "independent"],
    ["具有独立法人资格的企业", "independent"],
    ["中央企业分公司", "centralBranch"],
    ["央企分公司", "centralBranch"],
    ["Central SOE branch", "centralBranch"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseIssuerKind(cell(text))).toEqual({ ok: true, value: expected });
  });

  it("reads any other text as the kind \"other\", not as an error", () => {
    expect(parseIssuerKind(cell("个体工商户"))).toEqual({ ok: true, value: "other" });
    expect(parseIssuerKind(cell("事業單位"))).toEqual({ ok: true, value: "other" });
  });
});

describe("amount cells", () => {
  it("multiplies a number by the column's unit from the header", () => {
    expect(yuan(parseAmount(cell(1200), "万元"))).toBe("12000000");
    expect(yuan(parseAmount(cell(1.9), "亿元"))).toBe("190000000");
    expect(yuan(parseAmount(cell(1200), "元"))).toBe("1200");
  });

  it("reads text with thousands separators such as \"1,200\"", () => {
    expect(yuan(parseAmount(cell("1,200"), "万元"))).toBe("12000000");
    expect(yuan(parseAmount(cell("1,234,567.85"), "元"))).toBe("1234567.85");
  });

  it("reads \"1200万元\" by the unit written in the cell and remembers that unit", () => {
    const parsed = parseAmount(cell("1200万元"), null);
    expect(yuan(parsed)).toBe("12000000");
    expect(parsed.ok && parsed.value.cellUnit).toBe("万元");
  });

  it("reads \"1.9亿元\" as exactly 190,000,000 yuan", () => {
    expect(yuan(parseAmount(cell("1.9亿元"), null))).toBe("190000000");
  });

  it("reads \"￥3,000,000.00\" as 3,000,000 yuan: the yuan sign names the unit", () => {
    expect(yuan(parseAmount(cell("￥3,000,000.00"), null))).toBe("3000000");
  });

  it("reads \"￥3,000,000.00\" as 3,000,000 yuan even in a column headed in 万元", () => {
    expect(yuan(parseAmount(cell("￥3,000,000.00"), "万元"))).toBe("3000000");
  });

  it("reads full-width digits", () => {
    expect(yuan(parseAmount(cell("１２００"), "万元"))).toBe("12000000");
    expect(yuan(parseAmount(cell("１，２００万元"), null))).toBe("12000000");
  });

  it.each(["约1200万元", "1000万元左右", "500万以上", "1200余万元", "不超过500万元"])("refuses the approximate figure %j", (text) => {
    expect(parseAmount(cell(text), "万元")).toEqual({ ok: false, code: "BAD_VALUE", detail: "APPROXIMATE_AMOUNT" });
  });

  it("refuses negative amounts, as numbers, as text and in accounting brackets", () => {
    for (const value of [-5, "-5", "-1,200万元", "(1,200)"]) {
      expect(parseAmount(cell(value), "万元"), String(value)).toEqual({ ok: false, code: "BAD_VALUE", detail: "NEGATIVE_AMOUNT" });
    }
  });

  it("reports an error cell such as #N/A as ERROR_CELL", () => {
    expect(parseAmount(cell({ error: "#N/A" }), "万元")).toEqual({ ok: false, code: "BAD_VALUE", detail: "ERROR_CELL" });
  });

  it("reports a formula without a cached result as FORMULA_WITHOUT_RESULT", () => {
    expect(parseAmount(cell({ formula: "SUM(F2:H2)" }), "万元")).toEqual({ ok: false, code: "BAD_VALUE", detail: "FORMULA_WITHOUT_RESULT" });
  });

  it("reads a formula by its cached result", () => {
    expect(yuan(parseAmount(cell({ formula: "SUM(F2:H2)", result: 2600 }), "万元"))).toBe("26000000");
  });

  it("reports a plain number with no unit anywhere as NO_UNIT", () => {
    expect(parseAmount(cell(1200), null)).toEqual({ ok: false, code: "BAD_VALUE", detail: "NO_UNIT" });
    expect(parseAmount(cell("1,200"), null)).toEqual({ ok: false, code: "BAD_VALUE", detail: "NO_UNIT" });
  });

  it("lets the unit written in the cell win over the column's unit", () => {
    expect(yuan(parseAmount(cell("1200元"), "万元"))).toBe("1200");
    expect(yuan(parseAmount(cell("3亿元"), "万元"))).toBe("300000000");
  });

  it("refuses text that is not a figure, and a boolean, as NOT_A_NUMBER", () => {
    expect(parseAmount(cell("待定"), "万元")).toEqual({ ok: false, code: "BAD_VALUE", detail: "NOT_A_NUMBER" });
    expect(parseAmount(cell("1,20"), "万元")).toEqual({ ok: false, code: "BAD_VALUE", detail: "NOT_A_NUMBER" });
    expect(parseAmount(cell(true), "万元")).toEqual({ ok: false, code: "BAD_VALUE", detail: "NOT_A_NUMBER" });
  });

  it("reports an empty amount cell as a missing value", () => {
    expect(parseAmount(cell(null), "万元")).toEqual({ ok: false, code: "MISSING_VALUE" });
  });
});

describe("amounts are exact decimals", () => {
  it("keeps the number 1234567.85 in a yuan column exactly 1234567.85", () => {
    const parsed = parseAmount(cell(1234567.85), "元");
    expect(yuan(parsed)).toBe("1234567.85");
    // 30 % of it is 370,370.355 exactly; binary floating point would give 370370.35499…
    expect(parsed.ok && parsed.value.yuan.times("0.3").toFixed()).toBe("370370.355");
  });

  it("converts 1234567.85 万元 to exactly 12,345,678,500 yuan", () => {
    expect(yuan(parseAmount(cell(1234567.85), "万元"))).toBe("12345678500");
  });

  it("reads the text \"2600 万元\" as exactly 26,000,000 yuan", () => {
    expect(yuan(parseAmount(cell("2600 万元"), null))).toBe("26000000");
  });

  it("reads 0.1 + 0.2 style decimals in 万元 without float noise", () => {
    expect(yuan(parseAmount(cell(0.3), "万元"))).toBe("3000");
    expect(yuan(parseAmount(cell("0.07万元"), null))).toBe("700");
  });
});

describe("name cells", () => {
  it("splits several units on 、 ; ； , ， and line breaks, keeping their order", () => {
    expect(splitNames("甲公司、乙研究院;丙大学；丁所,戊厂，己中心\n庚实验室\r\n辛学院")).toEqual([
      "甲公司",
      "乙研究院",
      "丙大学",
      "丁所",
      "戊厂",
      "己中心",
      "庚实验室",
      "辛学院",
    ]);
  });

  it("keeps the lead solver first in a joint take (联合揭榜)", () => {
    const parsed = parseNames(cell("中国科学院微生物研究所、中国农业科学院农产品加工研究所"));
    expect(parsed).toEqual({ ok: true, value: ["中国科学院微生物研究所", "中国农业科学院农产品加工研究所"] });
  });

  it("splits a cell on line breaks and trims each name", () => {
    expect(parseNames(cell(" 内蒙古大学 \n  包头稀土研究院 "))).toEqual({ ok: true, value: ["内蒙古大学", "包头稀土研究院"] });
  });

  it("reads a cell of separators only as a missing value", () => {
    expect(parseNames(cell("、；"))).toEqual({ ok: false, code: "MISSING_VALUE" });
  });
});

describe("place cells", () => {
  it.each([
    ["内蒙古", null, null],
    ["內蒙古", null, null],
    ["内蒙古自治区", null, null],
    ["鄂爾多斯", "鄂尔多斯市", null],
    ["Ordos", "鄂尔多斯市", null],
    ["包头市昆都仑区", "包头市", "昆都仑区"],
    ["内蒙古呼和浩特市", "呼和浩特市", null],
    // A county names its league city when the text does not (准格尔旗 contains no city name).
    ["准格尔旗", "鄂尔多斯市", "准格尔旗"],
    ["内蒙古自治区准格尔旗薛家湾镇", "鄂尔多斯市", "准格尔旗"],
    ["準格爾旗", "鄂尔多斯市", "准格尔旗"],
    ["鄂尔多斯市准格尔旗", "鄂尔多斯市", "准格尔旗"],
    ["科右前旗", "兴安盟", "科尔沁右翼前旗"],
  ])("places %j in the region with league city %s and county %s", (text, leagueCity, county) => {
    expect(placeOf(text)).toEqual({ text, leagueCity, inRegion: true, county });
  });

  it.each(["北京市", "武汉市青山区", "北京市海淀区", "广西壮族自治区青秀区"])("places %s outside the region, whatever district it names", (text) => {
    expect(placeOf(text)).toEqual({ text, leagueCity: null, inRegion: false, county: null });
  });

  it("reads the issuer's place cell", () => {
    expect(parsePlace(cell("鄂尔多斯市"))).toEqual({ ok: true, value: { text: "鄂尔多斯市", leagueCity: "鄂尔多斯市", inRegion: true, county: null } });
  });

  it("reads one place per solver, in the solvers' order", () => {
    const parsed = parsePlaces(cell("北京市、鄂爾多斯"));
    expect(parsed.ok && parsed.value.map((p) => [p.text, p.inRegion])).toEqual([
      ["北京市", false],
      ["鄂爾多斯", true],
    ]);
  });
});

describe("date cells", () => {
  it("reads an Excel date serial", () => {
    expect(parseDate(cell(44571))).toEqual({ ok: true, value: "2022-01-10" });
    expect(parseDate(cell({ date: "2022-01-10" }))).toEqual({ ok: true, value: "2022-01-10" });
  });

  it.each(["2022-01-10", "2022/1/10", "2022年1月10日", "2022.1.10", "２０２２年１月１０日"])("reads the text %j as 2022-01-10", (text) => {
    expect(parseDate(cell(text))).toEqual({ ok: true, value: "2022-01-10" });
  });

  it("refuses the impossible date 2022-02-30", () => {
    expect(parseDate(cell("2022-02-30"))).toEqual({ ok: false, code: "BAD_VALUE", detail: "NOT_A_DATE" });
  });

  it("refuses text that is not a date", () => {
    expect(parseDate(cell("一月中旬"))).toEqual({ ok: false, code: "BAD_VALUE", detail: "NOT_A_DATE" });
  });

  it("converts between serials and dates both ways, including around Excel's fictitious 1900-02-29", () => {
    expect(dateFromSerial(1)).toBe("1900-01-01");
    expect(dateFromSerial(59)).toBe("1900-02-28");
    expect(dateFromSerial(61)).toBe("1900-03-01");
    expect(serialFromDate("2022-01-10")).toBe(44571);
    expect(dateFromSerial(serialFromDate("2021-12-31"))).toBe("2021-12-31");
  });
});
