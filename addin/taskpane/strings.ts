import type { Lang } from "../../src/i18n";

const STRINGS = {
  title: { "zh-CN": "揭榜挂帅资助测算", en: "Jiebang subsidies" },
  subtitle: { "zh-CN": "按规则包判定台账中每个项目的财政补助", en: "Decide each project's subsidy under a rule pack" },
  stepSource: { "zh-CN": "1. 选择台账", en: "1. Choose the tracker" },
  sourceSheet: { "zh-CN": "工作表", en: "Sheet" },
  sourceTable: { "zh-CN": "表格", en: "Table" },
  read: { "zh-CN": "读取表头", en: "Read header" },
  stepMapping: { "zh-CN": "2. 核对列映射", en: "2. Check the column mapping" },
  headerRow: { "zh-CN": "表头在第 {row} 行", en: "Header in row {row}" },
  noHeader: { "zh-CN": "没有找到台账表头：前 30 行中没有一行能识别出至少 3 个字段。", en: "No tracker header found: none of the first 30 rows names at least 3 fields." },
  field: { "zh-CN": "字段", en: "Field" },
  column: { "zh-CN": "列", en: "Column" },
  notMapped: { "zh-CN": "（未找到）", en: "(not found)" },
  required: { "zh-CN": "必需", en: "required" },
  missingRequired: { "zh-CN": "还缺少必需的列：{fields}。请在下拉框中指定。", en: "Required columns still missing: {fields}. Choose them from the lists." },
  mappingSaved: { "zh-CN": "列映射已保存到工作簿。", en: "Column mapping saved in the workbook." },
  stepPack: { "zh-CN": "3. 选择规则包", en: "3. Choose the rule pack" },
  loadPack: { "zh-CN": "加载规则包文件（可同时选择其 .tests.json）…", en: "Load a pack file (with its .tests.json)…" },
  packLoaded: { "zh-CN": "规则包「{name}」检查通过，已加入列表。", en: "Pack “{name}” passed its checks and was added." },
  testsRun: { "zh-CN": "规则测试：{passed}/{total} 通过；覆盖 {reached}/{items}", en: "Rule tests: {passed}/{total} passed; coverage {reached}/{items}" },
  noTests: { "zh-CN": "未提供测试文件（可与规则包一起选择其 .tests.json）。", en: "No tests file given (choose the pack's .tests.json together with it)." },
  testsProblem: { "zh-CN": "测试文件有误：{why}", en: "The tests file is wrong: {why}" },
  layered: { "zh-CN": "（叠加在自治区规则包之上）", en: " (on top of the region's pack)" },
  packRejected: { "zh-CN": "规则包「{name}」未通过检查，不能使用：", en: "Pack “{name}” failed its checks and cannot be used:" },
  stepRun: { "zh-CN": "4. 判定并写回", en: "4. Decide and write back" },
  run: { "zh-CN": "判定", en: "Run" },
  deciding: { "zh-CN": "正在判定… {done}/{total}", en: "Deciding… {done}/{total}" },
  writing: { "zh-CN": "正在写回工作簿… {done}/{total}", en: "Writing to the workbook… {done}/{total}" },
  done: { "zh-CN": "完成：已写回 {rows} 行结果和「{summary}」工作表。", en: "Done: {rows} rows of results and the “{summary}” sheet written." },
  stepOverview: { "zh-CN": "5. 结果概览", en: "5. Overview" },
  status: { "zh-CN": "判定结果", en: "Status" },
  count: { "zh-CN": "行数", en: "Rows" },
  totalSubsidy: { "zh-CN": "财政补助合计", en: "Total subsidy" },
  problems: { "zh-CN": "问题（点击定位单元格）", en: "Problems (click to go to the cell)" },
  noProblems: { "zh-CN": "没有问题。", en: "No problems." },
  errorKind: { "zh-CN": "无法判定", en: "cannot decide" },
  warningKind: { "zh-CN": "提示", en: "warning" },
  stepExport: { "zh-CN": "6. 导出", en: "6. Export" },
  export: { "zh-CN": "导出审计工作簿", en: "Export the audited workbook" },
  exported: { "zh-CN": "审计工作簿已在 Excel 中作为新工作簿打开，请另存为「{file}」。", en: "The audited workbook is open in Excel as a new workbook: save it as “{file}”." },
  keptComments: { "zh-CN": "另有 {count} 个问题单元格原已有批注或备注，未改动，也未添加 jiebang 的批注：{cells}。", en: " {count} problem cells already held a comment or note: left as they were, without jiebang's comment: {cells}." },
  yuan: { "zh-CN": "{amount} 元", en: "{amount} yuan" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function text(key: StringKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
