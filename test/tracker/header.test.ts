import { describe, expect, it } from "vitest";
import { matchField, normalizeHeader, readTracker, type FieldName } from "../../src/tracker";
import { gridOf, type Plain } from "../support/grid";
import { ENGLISH_HEADERS, SIMPLIFIED_HEADERS, TRADITIONAL_HEADERS } from "../support/workbook";

/** The field a header text names, or null. */
function fieldOf(header: string): FieldName | null {
  return matchField(normalizeHeader(header).key)?.field ?? null;
}

/** The fields the header lists of test/support/workbook.ts name, column by column. */
const EXPECTED_FIELDS: readonly FieldName[] = [
  "id",
  "name",
  "type",
  "issuer",
  "issuerUscc",
  "issuerKind",
  "issuerLocation",
  "issuerPaysTaxInRegion",
  "solver",
  "solverLocation",
  "matched",
  "investment",
  "major",
  "caseAmount",
  "caseRef",
  "batch",
  "field",
];

const REQUIRED_HEADERS: Plain[] = ["项目编号", "项目类型", "发榜方", "是否达成合作", "研发投入总额（万元）"];
const A_ROW: Plain[] = ["JB-001", "技术攻关类", "内蒙古某新材料有限公司", "是", 1200];

describe("normalizeHeader", () => {
  it("takes the unit out of full-width brackets", () => {
    expect(normalizeHeader("研发投入总额（万元）")).toEqual({ key: "研发投入总额", unit: "万元" });
  });

  it("takes the unit out of half-width brackets", () => {
    expect(normalizeHeader("研发投入总额(万元)")).toEqual({ key: "研发投入总额", unit: "万元" });
    expect(normalizeHeader("研发投入总额【亿元】")).toEqual({ key: "研发投入总额", unit: "亿元" });
    expect(normalizeHeader("一事一议核定金额(元)")).toEqual({ key: "一事一议核定金额", unit: "元" });
  });

  it("ignores a line break between the name and the unit", () => {
    expect(normalizeHeader("研发投入总额\n（万元）")).toEqual({ key: "研发投入总额", unit: "万元" });
    expect(normalizeHeader("研发投入\r\n总额（万元）")).toEqual({ key: "研发投入总额", unit: "万元" });
  });

  it("ignores stray spaces, including ideographic ones", () => {
    expect(normalizeHeader(" 研发 投入\u3000总额 ")).toEqual({ key: "研发投入总额", unit: null });
  });

  it("reads \"单位：万元\" inside brackets", () => {
    expect(normalizeHeader("研发投入总额（单位：万元）")).toEqual({ key: "研发投入总额", unit: "万元" });
    expect(normalizeHeader("研发投入总额(单位:万元)")).toEqual({ key: "研发投入总额", unit: "万元" });
  });

  it("reads a unit after a slash or colon", () => {
    expect(normalizeHeader("研发投入总额/万元")).toEqual({ key: "研发投入总额", unit: "万元" });
    expect(normalizeHeader("研发投入总额/单位：万元")).toEqual({ key: "研发投入总额", unit: "万元" });
  });

  it("drops a \"单位：万元\" note written on its own line under the name", () => {
    expect(normalizeHeader("研发投入总额\n单位：万元")).toEqual({ key: "研发投入总额", unit: "万元" });
  });

  it("reads the English unit \"(10k yuan)\" as 万元", () => {
    expect(normalizeHeader("Total R&D investment (10k yuan)")).toEqual({ key: "totalr&dinvestment", unit: "万元" });
    expect(normalizeHeader("Total R&D investment (in 10,000 yuan)").unit).toBe("万元");
    expect(normalizeHeader("Investment (yuan)")).toEqual({ key: "investment", unit: "元" });
  });

  it("reads Traditional script and full-width units onto the Simplified key", () => {
    expect(normalizeHeader("研發投入總額（萬元）")).toEqual({ key: "研发投入总额", unit: "万元" });
  });

  it("reads a unit glued to a known header name", () => {
    expect(normalizeHeader("研发投入总额万元")).toEqual({ key: "研发投入总额", unit: "万元" });
  });

  it("does not cut a unit-like ending off a header that is not a field name", () => {
    expect(normalizeHeader("项目单元").unit).toBeNull();
  });

  it("gives no unit for a header without one", () => {
    expect(normalizeHeader("项目编号")).toEqual({ key: "项目编号", unit: null });
  });
});

describe("matching headers to fields", () => {
  it("has one header per field in each of the three header lists", () => {
    expect(SIMPLIFIED_HEADERS).toHaveLength(EXPECTED_FIELDS.length);
    expect(TRADITIONAL_HEADERS).toHaveLength(EXPECTED_FIELDS.length);
    expect(ENGLISH_HEADERS).toHaveLength(EXPECTED_FIELDS.length);
  });

  it.each(EXPECTED_FIELDS.map((field, i) => [field, SIMPLIFIED_HEADERS[i]!, TRADITIONAL_HEADERS[i]!, ENGLISH_HEADERS[i]!]))(
    "maps the %s headers %j, %j and %j to the same field",
    (field, simplifiedHeader, traditionalHeader, englishHeader) => {
      expect(fieldOf(simplifiedHeader)).toBe(field);
      expect(fieldOf(traditionalHeader)).toBe(field);
      expect(fieldOf(englishHeader)).toBe(field);
    },
  );

  it("matches every canonical header exactly, not by a partial guess", () => {
    for (const header of [...SIMPLIFIED_HEADERS, ...TRADITIONAL_HEADERS, ...ENGLISH_HEADERS]) {
      expect(matchField(normalizeHeader(header).key)?.how, header).toBe("exact");
    }
  });

  it("reads the same unit from the Simplified, Traditional and English amount headers", () => {
    for (const headers of [SIMPLIFIED_HEADERS, TRADITIONAL_HEADERS, ENGLISH_HEADERS]) {
      const units = headers.map((h) => normalizeHeader(h).unit);
      expect(units.filter((u) => u !== null)).toEqual(["万元", "万元"]);
      expect(units[EXPECTED_FIELDS.indexOf("investment")]).toBe("万元");
      expect(units[EXPECTED_FIELDS.indexOf("caseAmount")]).toBe("万元");
    }
  });

  it("maps 发榜单位名称 and its Traditional spelling to the issuer", () => {
    expect(fieldOf("发榜单位名称")).toBe("issuer");
    expect(fieldOf("發榜單位名稱")).toBe("issuer");
  });

  it("maps a header that adds a short word to a known name by partial match (发榜企业名称 → issuer, 牵头揭榜单位 → solver)", () => {
    expect(matchField(normalizeHeader("发榜企业名称").key)).toMatchObject({ field: "issuer", how: "partial" });
    expect(matchField(normalizeHeader("牵头揭榜单位").key)).toMatchObject({ field: "solver", how: "partial" });
  });

  it("maps 揭榜单位（牵头） to the solver, the bracket being a remark", () => {
    expect(fieldOf("揭榜单位（牵头）")).toBe("solver");
  });

  it("does not take 揭榜方联系人 (the solver's contact person) for the solver", () => {
    expect(fieldOf("揭榜方联系人")).toBeNull();
    expect(fieldOf("揭榜方联系电话")).toBeNull();
  });

  it("does not take an unrelated header such as 序号 or 备注 for any field", () => {
    expect(fieldOf("序号")).toBeNull();
    expect(fieldOf("备注")).toBeNull();
    expect(fieldOf("")).toBeNull();
  });
});

describe("the header row of a sheet", () => {
  it("is found below merged title rows", () => {
    const grid = gridOf([
      ["2022年内蒙古自治区“揭榜挂帅”项目台账（第一批）", null, null, null, null],
      ["填报单位：自治区科技厅", null, null, null, "2022年1月"],
      REQUIRED_HEADERS,
      A_ROW,
    ]);
    const merged = {
      ...grid,
      rows: grid.rows.map((row, r) => (r === 0 ? row.map((c, i) => (i === 0 ? c : { ...c, mergedInto: "A1" })) : row)),
    };
    const tracker = readTracker(merged);
    expect(tracker.headerRow).toBe(3);
    expect(tracker.columns.map((c) => [c.field, c.address])).toEqual([
      ["id", "A3"],
      ["type", "B3"],
      ["issuer", "C3"],
      ["matched", "D3"],
      ["investment", "E3"],
    ]);
    expect(tracker.rows.map((r) => r.row)).toEqual([4]);
  });

  it("carries each column's header text and unit into the mapping", () => {
    const tracker = readTracker(gridOf([REQUIRED_HEADERS, A_ROW]));
    const investment = tracker.columns.find((c) => c.field === "investment");
    expect(investment).toMatchObject({ header: "研发投入总额（万元）", unit: "万元", address: "E1", how: "exact" });
  });

  it("lets a --map mapping name a column the matcher cannot place", () => {
    const headers = ["项目编号", "项目类型", "发榜方", "是否达成合作", "资金（万元）"];
    const tracker = readTracker(gridOf([headers, A_ROW]), { map: { investment: "资金（万元）" } });
    expect(tracker.columns.find((c) => c.field === "investment")).toMatchObject({ address: "E1", how: "user", unit: "万元" });
    const investment = tracker.rows[0]!.values.investment;
    expect(investment.ok && investment.value.yuan.toFixed()).toBe("12000000");
  });

  it("lets a --map mapping win over the column the matcher would pick for that field", () => {
    const headers = [...REQUIRED_HEADERS, "协议总投入（元）"];
    const tracker = readTracker(gridOf([headers, [...A_ROW, 12_345_678]]), { map: { investment: "协议总投入（元）" } });
    expect(tracker.columns.find((c) => c.field === "investment")).toMatchObject({ address: "F1", how: "user", unit: "元" });
    const investment = tracker.rows[0]!.values.investment;
    expect(investment.ok && investment.value.yuan.toFixed()).toBe("12345678");
    expect(tracker.rows[0]!.cells.investment).toBe("F2");
  });

  it("finds a --map header written without its unit or with other brackets", () => {
    const headers = [...REQUIRED_HEADERS, "协议总投入(元)"];
    const tracker = readTracker(gridOf([headers, [...A_ROW, 5]]), { map: { investment: "协议总投入" } });
    expect(tracker.columns.find((c) => c.field === "investment")).toMatchObject({ address: "F1", how: "user" });
  });

  it("reports two columns naming the issuer as a conflict and uses only one of them", () => {
    const headers = [...REQUIRED_HEADERS, "发榜单位"];
    const tracker = readTracker(gridOf([headers, [...A_ROW, "另一家公司"]]));
    expect(tracker.conflicts).toHaveLength(1);
    const conflict = tracker.conflicts[0]!;
    expect(conflict.field).toBe("issuer");
    expect([conflict.used.address, conflict.ignored.address].sort()).toEqual(["C1", "F1"]);
    expect(tracker.columns.filter((c) => c.field === "issuer")).toHaveLength(1);
  });

  it("uses the leftmost of two identically named columns and reports the other", () => {
    const headers = [...REQUIRED_HEADERS, "研发投入总额（万元）"];
    const tracker = readTracker(gridOf([headers, [...A_ROW, 99]]));
    expect(tracker.conflicts.map((c) => [c.field, c.used.address, c.ignored.address])).toEqual([["investment", "E1", "F1"]]);
  });

  it("prefers an exactly named column over a partly named one, wherever they stand", () => {
    const headers = ["发榜企业名称", "项目编号", "项目类型", "发榜方", "是否达成合作", "研发投入总额（万元）"];
    const tracker = readTracker(gridOf([headers, ["甲", ...A_ROW]]));
    expect(tracker.columns.find((c) => c.field === "issuer")?.address).toBe("D1");
    expect(tracker.conflicts.map((c) => [c.field, c.ignored.address])).toEqual([["issuer", "A1"]]);
  });
});
