import { describe, expect, it } from "vitest";
import { JiebangError } from "../../src/i18n";
import { findTrackerSheet, readTracker, type Grid, type ReadOptions, type Tracker } from "../../src/tracker";
import { gridOf, type Plain } from "../support/grid";
import { ENGLISH_HEADERS, SIMPLIFIED_HEADERS, TRADITIONAL_HEADERS } from "../support/workbook";

const HEADERS: Plain[] = ["项目编号", "项目类型", "发榜方", "是否达成合作", "研发投入总额（万元）"];

/** The JiebangError a read throws (fails the test when nothing is thrown). */
function errorOf(read: () => unknown): JiebangError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(JiebangError);
    return error as JiebangError;
  }
  throw new Error("expected a JiebangError, but the read succeeded");
}

function ids(tracker: Tracker): unknown[] {
  return tracker.rows.map((r) => (r.values.id.ok ? r.values.id.value : r.values.id));
}

function investmentYuan(tracker: Tracker, index: number): string | undefined {
  const value = tracker.rows[index]!.values.investment;
  return value.ok ? value.value.yuan.toFixed() : undefined;
}

describe("readTracker: rows around the projects", () => {
  const grid = gridOf([
    ["2022年内蒙古自治区科技计划“揭榜挂帅”项目台账", null, null, null, null],
    ["填报单位：自治区科技厅成果转化与区域创新处", null, null, null, "2022年1月"],
    HEADERS,
    ["JB-2022-001", "技术攻关类", "内蒙古某新材料有限公司", "是", 2600],
    [null, null, null, null, null],
    ["JB-2022-002", "成果转化类", "鄂尔多斯某能源有限公司", "否", "1,200"],
    [],
    ["JB-2022-003", "技术攻关类", "包头某稀土有限公司", "已签约", "800万元"],
    ["合计", null, null, null, { formula: "SUM(E4:E8)", result: 4600 }],
    ["总计", null, null, null, 4600],
    [null, "小计", null, null, 4600],
    ["Total", null, null, null, 4600],
    ["合  计", null, null, null, 4600],
    ["填表说明：金额单位为万元；是否达成合作填“是”或“否”。", null, null, null, null],
  ]);
  const tracker = readTracker(grid);

  it("finds the header below the title and note rows", () => {
    expect(tracker.headerRow).toBe(3);
    expect(tracker.sheet).toBe("Sheet1");
  });

  it("reads exactly the three project rows, with their Excel row numbers", () => {
    expect(ids(tracker)).toEqual(["JB-2022-001", "JB-2022-002", "JB-2022-003"]);
    expect(tracker.rows.map((r) => r.row)).toEqual([4, 6, 8]);
  });

  it("reads each project's investment in yuan", () => {
    expect([0, 1, 2].map((i) => investmentYuan(tracker, i))).toEqual(["26000000", "12000000", "8000000"]);
  });

  it("skips blank rows without reading them as projects", () => {
    expect(tracker.rows.some((r) => r.row === 5 || r.row === 7)).toBe(false);
  });

  it("skips 合计, 总计, 小计, Total and 合  计 rows and reports each as a total row", () => {
    expect(tracker.skipped.filter((s) => s.reason === "total").map((s) => s.row)).toEqual([9, 10, 11, 12, 13]);
  });

  it("skips the 填表说明 row below the projects and reports it as a note", () => {
    expect(tracker.skipped.filter((s) => s.reason === "note").map((s) => s.row)).toEqual([14]);
  });

  it("does not report the rows above the header as skipped", () => {
    expect(tracker.skipped.every((s) => s.row > tracker.headerRow)).toBe(true);
  });

  it("records the shown text and the address of every mapped cell", () => {
    const second = tracker.rows[1]!;
    expect(second.cells).toMatchObject({ id: "A6", type: "B6", issuer: "C6", matched: "D6", investment: "E6" });
    expect(second.shown.investment).toBe("1,200");
  });
});

describe("readTracker: sheets it cannot decide", () => {
  it("names the missing required columns and the headers it saw", () => {
    const grid = gridOf([
      ["项目编号", "项目名称", "发榜方", "揭榜方"],
      ["JB-001", "高纯石英砂提纯", "甲公司", "乙大学"],
    ], "第一批");
    const error = errorOf(() => readTracker(grid));
    expect(error.code).toBe("REQUIRED_COLUMNS_MISSING");
    const fields = (error.params.fields as ReadonlyArray<{ en: string; "zh-CN": string }>).map((f) => f.en);
    expect(fields).toEqual(["Project type", "Agreement reached", "Total R&D investment"]);
    expect(error.params.headers).toEqual(["项目编号", "项目名称", "发榜方", "揭榜方"]);
    expect(error.params).toMatchObject({ sheet: "第一批", row: 1 });
    expect(error.text("zh-CN")).toContain("项目类型");
    expect(error.text("zh-CN")).toContain("第一批");
  });

  it("throws NO_HEADER for a sheet where no row names three fields", () => {
    const grid = gridOf([
      ["说明"],
      ["本工作簿记录2022年第一批榜单。"],
      ["序号", "名称", "备注"],
    ], "说明");
    const error = errorOf(() => readTracker(grid));
    expect(error.code).toBe("NO_HEADER");
    expect(error.params).toMatchObject({ sheet: "说明" });
  });

  it("throws NO_HEADER for an empty sheet", () => {
    expect(errorOf(() => readTracker(gridOf([]))).code).toBe("NO_HEADER");
  });

  it("throws MAP_HEADER_NOT_FOUND when a --map header is not in the header row", () => {
    const grid = gridOf([HEADERS, ["JB-001", "技术攻关类", "甲公司", "是", 1]]);
    const error = errorOf(() => readTracker(grid, { map: { solver: "承担单位" } }));
    expect(error.code).toBe("MAP_HEADER_NOT_FOUND");
    expect(error.params).toMatchObject({ header: "承担单位", row: 1, sheet: "Sheet1" });
    expect((error.params.field as { en: string }).en).toBe("Solver");
    expect(error.params.headers).toEqual(HEADERS);
  });

  it("throws UNIT_NEEDED naming the first amount cell that needs a unit", () => {
    const grid = gridOf([
      ["项目编号", "项目类型", "发榜方", "是否达成合作", "研发投入总额"],
      ["JB-001", "技术攻关类", "甲公司", "是", "1200万元"],
      ["JB-002", "技术攻关类", "乙公司", "是", 800],
    ], "台账");
    const error = errorOf(() => readTracker(grid));
    expect(error.code).toBe("UNIT_NEEDED");
    expect(error.params).toMatchObject({ cell: "E3", header: "研发投入总额", sheet: "台账" });
    expect(error.text("en")).toContain("E3");
  });

  it("does not ask for a unit when every amount cell writes its own", () => {
    const grid = gridOf([
      ["项目编号", "项目类型", "发榜方", "是否达成合作", "研发投入总额"],
      ["JB-001", "技术攻关类", "甲公司", "是", "1200万元"],
      ["JB-002", "技术攻关类", "乙公司", "是", "1.9亿元"],
    ]);
    const tracker = readTracker(grid);
    expect([investmentYuan(tracker, 0), investmentYuan(tracker, 1)]).toEqual(["12000000", "190000000"]);
  });
});

describe("readTracker: units of amounts", () => {
  const noUnit = gridOf([
    ["项目编号", "项目类型", "发榜方", "是否达成合作", "研发投入总额"],
    ["JB-001", "技术攻关类", "甲公司", "是", 1200],
  ]);

  it("uses the unit option when neither header nor cell names one", () => {
    const options: ReadOptions = { unit: "万元" };
    expect(investmentYuan(readTracker(noUnit, options), 0)).toBe("12000000");
  });

  it("lets the header's unit take precedence over the unit option", () => {
    const grid = gridOf([HEADERS, ["JB-001", "技术攻关类", "甲公司", "是", 1200]]);
    expect(investmentYuan(readTracker(grid, { unit: "元" }), 0)).toBe("12000000");
  });

  it("lets a cell's own unit take precedence over the header's", () => {
    const grid = gridOf([HEADERS, ["JB-001", "技术攻关类", "甲公司", "是", "3000000元"]]);
    expect(investmentYuan(readTracker(grid), 0)).toBe("3000000");
  });
});

describe("readTracker: optional columns and cell addresses", () => {
  it("gives MISSING_VALUE with no cell address for a field whose column is absent", () => {
    const tracker = readTracker(gridOf([HEADERS, ["JB-001", "技术攻关类", "甲公司", "是", 1]]));
    const row = tracker.rows[0]!;
    expect(row.values.solver).toEqual({ ok: false, code: "MISSING_VALUE" });
    expect(row.values.signedOn).toEqual({ ok: false, code: "MISSING_VALUE" });
    expect(row.cells.solver).toBeUndefined();
    expect(row.shown.solver).toBeUndefined();
  });

  it("gives MISSING_VALUE with the cell address for an empty cell of a present column", () => {
    const tracker = readTracker(gridOf([[...HEADERS, "揭榜方"], ["JB-001", "技术攻关类", "甲公司", "否", 1, null]]));
    expect(tracker.rows[0]!.values.solver).toEqual({ ok: false, code: "MISSING_VALUE" });
    expect(tracker.rows[0]!.cells.solver).toBe("F2");
  });

  it("keeps a bad cell as that row's problem without stopping the read", () => {
    const tracker = readTracker(gridOf([
      HEADERS,
      ["JB-001", "技术攻关类", "甲公司", "是", { error: "#N/A" }],
      ["JB-002", "基础研究类", "乙公司", "是", 10],
    ]));
    expect(tracker.rows[0]!.values.investment).toEqual({ ok: false, code: "BAD_VALUE", detail: "ERROR_CELL" });
    expect(tracker.rows[1]!.values.type).toEqual({ ok: false, code: "BAD_VALUE", detail: "UNKNOWN_PROJECT_TYPE" });
    expect(investmentYuan(tracker, 1)).toBe("100000");
  });

  it("gives Excel addresses such as O7 when the sheet's used range starts at K4", () => {
    const grid = gridOf(
      [
        ["2022年第一批台账", null, null, null, null],
        [],
        HEADERS,
        ["JB-001", "技术攻关类", "甲公司", "是", "约1200万元"],
      ],
      "台账",
      4,
      11,
    );
    const tracker = readTracker(grid);
    expect(tracker.headerRow).toBe(6);
    expect(tracker.columns.map((c) => c.address)).toEqual(["K6", "L6", "M6", "N6", "O6"]);
    const row = tracker.rows[0]!;
    expect(row.row).toBe(7);
    expect(row.cells.investment).toBe("O7");
    expect(row.cells.id).toBe("K7");
    expect(row.values.investment).toEqual({ ok: false, code: "BAD_VALUE", detail: "APPROXIMATE_AMOUNT" });
  });

  it("names the right cell in UNIT_NEEDED when the grid does not start at A1", () => {
    const grid = gridOf(
      [
        ["项目编号", "项目类型", "发榜方", "是否达成合作", "研发投入总额"],
        ["JB-001", "技术攻关类", "甲公司", "是", 1200],
      ],
      "台账",
      6,
      11,
    );
    expect(errorOf(() => readTracker(grid)).params).toMatchObject({ cell: "O7" });
  });
});

describe("readTracker: Simplified, Traditional and English headers", () => {
  const data: Plain[][] = [
    [
      "JB-2022-001",
      "高纯硅基负极材料制备关键技术",
      "技术攻关类",
      "内蒙古某新材料有限公司",
      "91150200MA0N8K1X7M",
      "独立法人企业",
      "包头市",
      "是",
      "中国科学院微生物研究所、中国农业科学院农产品加工研究所",
      "北京市、北京市",
      "是",
      2600,
      "否",
      null,
      null,
      "2022年第一批",
      "新材料",
    ],
    [
      "JB-2022-002",
      "乳业菌种选育",
      "成果转化类",
      "某中央企业内蒙古分公司",
      null,
      "中央企业分公司",
      "呼和浩特市",
      "Y",
      "内蒙古大学\n江南大学",
      "呼和浩特市\n江苏省无锡市",
      "已签约",
      "1,250.5",
      "是",
      "1800万元",
      "内科发〔2022〕1号",
      "2022年第一批",
      "乳业",
    ],
  ];
  const read = (headers: readonly string[]) => readTracker(gridOf([[...headers], ...data]));
  const plain = (tracker: Tracker) => JSON.parse(JSON.stringify(tracker.rows.map((r) => ({ row: r.row, values: r.values, cells: r.cells }))));

  it("maps all 17 columns under each script", () => {
    for (const headers of [SIMPLIFIED_HEADERS, TRADITIONAL_HEADERS, ENGLISH_HEADERS]) {
      const tracker = read(headers);
      expect(tracker.columns).toHaveLength(17);
      expect(tracker.conflicts).toEqual([]);
    }
  });

  it("reads the same rows to equal values whichever header language is used", () => {
    const simplified = plain(read(SIMPLIFIED_HEADERS));
    expect(plain(read(TRADITIONAL_HEADERS))).toEqual(simplified);
    expect(plain(read(ENGLISH_HEADERS))).toEqual(simplified);
  });

  it("reads the values a user would check from the English sheet", () => {
    const tracker = read(ENGLISH_HEADERS);
    const [first, second] = tracker.rows;
    expect(first!.values.solver).toEqual({ ok: true, value: ["中国科学院微生物研究所", "中国农业科学院农产品加工研究所"] });
    expect(first!.values.issuerLocation).toMatchObject({ ok: true, value: { leagueCity: "包头市", inRegion: true } });
    expect(second!.values.type).toEqual({ ok: true, value: "transformation" });
    expect(second!.values.issuerKind).toEqual({ ok: true, value: "centralBranch" });
    expect(second!.values.major).toEqual({ ok: true, value: true });
    expect(second!.values.caseRef).toEqual({ ok: true, value: "内科发〔2022〕1号" });
    expect(investmentYuan(tracker, 0)).toBe("26000000");
    expect(investmentYuan(tracker, 1)).toBe("12505000");
    const caseAmount = second!.values.caseAmount;
    expect(caseAmount.ok && caseAmount.value.yuan.toFixed()).toBe("18000000");
  });
});

describe("findTrackerSheet", () => {
  const notes = gridOf([["说明"], ["本工作簿记录2022年第一批榜单。"]], "说明");
  const first = gridOf([HEADERS, ["JB-001", "技术攻关类", "甲公司", "是", 1]], "第一批");
  const second = gridOf([["2022年第二批"], HEADERS, ["JB-101", "成果转化类", "乙公司", "否", 2]], "第二批");
  const sheets: Grid[] = [notes, first, second];

  it("picks the first sheet that has a tracker header", () => {
    expect(findTrackerSheet(sheets).sheet).toBe("第一批");
  });

  it("honours a sheet named by the user, even when an earlier one also has a header", () => {
    expect(findTrackerSheet(sheets, { sheet: "第二批" }).sheet).toBe("第二批");
  });

  it("never picks a hidden sheet unasked: the first visible tracker is decided", () => {
    expect(findTrackerSheet(sheets, { hidden: new Set(["第一批"]) }).sheet).toBe("第二批");
  });

  it("reads a hidden sheet only when --sheet names it, and names it when it is the only tracker", () => {
    const hidden = new Set(["第一批", "第二批"]);
    const error = errorOf(() => findTrackerSheet(sheets, { hidden }));
    expect(error.code).toBe("ONLY_HIDDEN_TRACKER_SHEET");
    expect(error.params).toEqual({ sheet: "第一批" });
    expect(findTrackerSheet(sheets, { hidden, sheet: "第二批" }).sheet).toBe("第二批");
  });

  it("throws SHEET_NOT_FOUND listing the workbook's sheets when the named sheet does not exist", () => {
    const error = errorOf(() => findTrackerSheet(sheets, { sheet: "第三批" }));
    expect(error.code).toBe("SHEET_NOT_FOUND");
    expect(error.params).toEqual({ sheet: "第三批", sheets: ["说明", "第一批", "第二批"] });
  });

  it("throws NO_TRACKER_SHEET listing the sheets it looked at when none has a header", () => {
    const error = errorOf(() => findTrackerSheet([notes, gridOf([], "Sheet2")]));
    expect(error.code).toBe("NO_TRACKER_SHEET");
    expect(error.params).toEqual({ sheets: ["说明", "Sheet2"] });
  });

  it("finds a sheet whose header is only recognisable through --map", () => {
    const odd = gridOf([["编号", "类别", "企业", "状态", "资金（万元）"], ["1", "技术攻关类", "甲", "是", 1]], "台账");
    expect(errorOf(() => findTrackerSheet([notes, odd])).code).toBe("NO_TRACKER_SHEET");
    expect(findTrackerSheet([notes, odd], { map: { issuer: "企业", matched: "状态", investment: "资金（万元）" } }).sheet).toBe("台账");
  });
});

describe("rows under the table that are not projects", () => {
  const HEADERS = ["项目编号", "项目类型", "发榜方", "是否达成合作", "研发投入总额（万元）"];
  const project = (id: string) => [id, "技术攻关类", "甲公司", "是", 100];

  it("takes a sign-off line under the total row for a note, in one cell or in several", () => {
    const tracker = readTracker(
      gridOf([
        HEADERS,
        project("JB-001"),
        project("JB-002"),
        ["合计", null, null, null, 200],
        ["填表人：张某　审核人：李某　填报日期：2022年1月10日"],
        ["填表人：张某", null, "审核人：李某", null, "填报日期：2022年1月10日"],
        ["联系人：王某", "联系电话：0472-1234567"],
        ["注：金额单位为万元。"],
      ]),
    );
    expect(tracker.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(tracker.skipped.map((s) => [s.row, s.reason])).toEqual([
      [4, "total"],
      [5, "signoff"],
      [6, "signoff"],
      [7, "signoff"],
      [8, "note"],
    ]);
    expect(tracker.skipped[1]!.text).toBe("填表人：张某　审核人：李某　填报日期：2022年1月10日");
  });

  it("takes a sign-off line for a note without a total row, but never a project row that names a contact", () => {
    const tracker = readTracker(gridOf([HEADERS, project("JB-001"), ["JB-002", "技术攻关类", "联系人：王某", "是", 100], ["填表人：张某", "审核人：李某"]]));
    expect(tracker.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(tracker.skipped.map((s) => [s.row, s.reason])).toEqual([[4, "signoff"]]);
  });
});
