import type { Lang } from "../i18n";

const HELP: Record<Lang, string> = {
  "zh-CN": `jiebang：揭榜挂帅项目财政补助测算

用法：
  jiebang run <台账.xlsx> [选项]     判定台账中的每个项目，写出审计工作簿
  jiebang verify <审计工作簿.xlsx> [台账.xlsx] [--rules 规则包…]
                                    核对导出的审计工作簿自导出以来是否被改动；给出台账时再重新判定并比对

run 的选项：
  --sheet 名称            台账所在的工作表（默认：第一个含台账表头的工作表）
  --rules 规则包.json|目录 使用的规则包，可多次使用：第一个为主规则包，其余（如盟市规则包）叠加判定
                           （默认：rules/nmg/ 中的自治区规则包）
  --as-of 日期             按此日期选择各规则包的生效版本（默认：每行的签约日期）
  --out 文件.xlsx          审计工作簿（默认：台账旁的 <名称>.audited.xlsx）
  --json 文件|-            另写 JSON 结果；- 表示写到标准输出
  --map 字段=表头          指定匹配不到的列，可多次使用（如 --map investment=协议总投入）
  --unit 元|万元|亿元      表头和单元格都没写单位时金额的单位
  --lang zh-CN|en          输出语言（默认 zh-CN）
  --evaluator 名称         compiled（默认，编译后的规则）或 json-rules-engine（参照实现，结果相同、较慢）
  --force                  覆盖已存在的输出文件
  --trace                  JSON 中包含每行的规则判定过程
  --debug                  出错时显示调试信息

verify 的选项（仅在给出台账、重新判定时使用）：
  --rules 规则包.json|目录 与 run 相同（默认：rules/nmg/ 中的自治区规则包）
  --unit 元|万元|亿元      导出记录中没有单位设置时，重新判定所用的单位
  --as-of 日期             导出记录中没有 --as-of 设置时，重新判定所用的日期
  逐一列出改动的单元格：工作表!单元格: 导出时 → 现在。
  verify 的退出码：0 完好；3 已改动，或重新判定的结果不同；2 不是 jiebang 导出的工作簿或无法读取。

退出码：0 已判定；2 无法判定（文件、表头或参数有误）；1 内部错误。
`,
  en: `jiebang: subsidies of “post the list, take command” (揭榜挂帅) projects

Usage:
  jiebang run <tracker.xlsx> [options]   decide every project of a tracker and write the audited workbook
  jiebang verify <audited.xlsx> [tracker.xlsx] [--rules PACK…]
                                         check that an exported audited workbook has not changed since export;
                                         with the tracker, decide it again and compare

Options of run:
  --sheet NAME             the tracker's worksheet (default: the first with a tracker header)
  --rules PACK.json|DIR    rule packs, repeatable: the first is the primary pack, others (e.g. a league
                           city's) add their own layer (default: the region's pack in rules/nmg/)
  --as-of DATE             choose each pack's version in force on this date (default: each row's signing date)
  --out FILE.xlsx          the audited workbook (default: <name>.audited.xlsx beside the tracker)
  --json FILE|-            also write the JSON result; - writes it to standard output
  --map field=Header       place a column the matcher cannot, repeatable (e.g. --map investment=Agreed investment)
  --unit 元|万元|亿元       the unit of amounts whose header and cell give none
  --lang zh-CN|en          language of the output (default zh-CN)
  --evaluator NAME         compiled (default: the rules compiled once) or json-rules-engine (the reference; same results, slower)
  --force                  overwrite existing output files
  --trace                  include each row's rule trace in the JSON
  --debug                  show debugging detail on errors

Options of verify (only with a tracker, for the re-run):
  --rules PACK.json|DIR    as for run (default: the region's pack in rules/nmg/)
  --unit 元|万元|亿元       the unit for the re-run when the export's record has none
  --as-of DATE             the date for the re-run when the export's record has no --as-of setting
  Each changed cell is listed as sheet!cell: exported → now.
  Exit codes of verify: 0 intact; 3 altered, or the re-run differs; 2 not an export of jiebang, or unreadable.

Exit codes: 0 decided; 2 cannot decide (file, header or arguments); 1 internal fault.
`,
};

export function helpText(lang: Lang): string {
  return HELP[lang];
}
