import type { Lang } from "../i18n";

const HELP: Record<Lang, string> = {
  "zh-CN": `jiebang：揭榜挂帅项目财政补助测算

用法：
  jiebang run <台账.xlsx> [选项]     判定台账中的每个项目，写出审计工作簿
  jiebang run <台账.xlsx|文件夹>… [选项]
                                    合并判定多个台账（如各盟市、集团报来的台账，各自的版式），写出一份合并的审计工作簿
  jiebang verify <审计工作簿.xlsx> [台账.xlsx|文件夹…] [--rules 规则包…]
                                    核对导出的审计工作簿自导出以来是否被改动；给出台账时再重新判定并比对
  jiebang rules check|test|explain|diff …
                                    规则包工具：检查、测试、说明、比较（详见 jiebang rules --help）

run 的选项：
  --sheet 名称            台账所在的工作表（默认：第一个含台账表头的工作表）；合并判定时每个台账都取此工作表，没有的列出并跳过
  --all-sheets             每个工作簿中所有含台账表头的可见工作表都作为一个来源
                           （文件夹：其中的 .xlsx 按文件名排序；无法判定的台账列在「问题」工作表中并跳过，全部无法判定时退出码 2）
  --rules 规则包.json|目录 使用的规则包，可多次使用：第一个为主规则包，其余（如盟市规则包）叠加判定
                           （默认：rules/nmg/ 中的自治区规则包）
  --as-of 日期             按此日期选择各规则包的生效版本（默认：每行的签约日期）
  --out 文件.xlsx          审计工作簿（默认：台账旁的 <名称>.audited.xlsx；合并判定一个文件夹时为文件夹旁的 <文件夹名>.audited.xlsx，
                           否则为当前目录的 consolidated.audited.xlsx）
  --json 文件|-            另写 JSON 结果；- 表示写到标准输出
  --map 字段=表头          指定匹配不到的列，可多次使用（如 --map investment=协议总投入）
  --unit 元|万元|亿元      表头和单元格都没写单位时金额的单位
  --lang zh-CN|en          输出语言（默认 zh-CN）
  --evaluator 名称         compiled（默认，编译后的规则）或 json-rules-engine（参照实现，结果相同、较慢）
  --force                  覆盖已存在的输出文件
  --trace                  JSON 中包含每行的规则判定过程
  --signoff 标签,标签…      资助测算表下方签字栏的栏目（默认：经办人,复核人,审批人,日期）；给空字符串则不要签字栏
  --allow-duplicates       同一项目重复申报（发榜单位、项目名称、牵头揭榜单位相同）时只提示，不判为数据有误
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
  jiebang run <tracker.xlsx|folder>… [options]
                                         decide several trackers together (each league city's or group's, in its
                                         own layout) into one consolidated audited workbook
  jiebang verify <audited.xlsx> [tracker.xlsx|folder…] [--rules PACK…]
                                         check that an exported audited workbook has not changed since export;
                                         with the tracker, decide it again and compare
  jiebang rules check|test|explain|diff …
                                         tools for rule packs: check, test, explain, compare (jiebang rules --help)

Options of run:
  --sheet NAME             the tracker's worksheet (default: the first with a tracker header); in a consolidated run,
                           every tracker's, and one without it is listed and skipped
  --all-sheets             every visible sheet with a tracker header is a source of its own
                           (a folder: its .xlsx files by name; a tracker that cannot be decided is listed in the
                           Issues sheet and skipped; exit 2 only when none can be decided)
  --rules PACK.json|DIR    rule packs, repeatable: the first is the primary pack, others (e.g. a league
                           city's) add their own layer (default: the region's pack in rules/nmg/)
  --as-of DATE             choose each pack's version in force on this date (default: each row's signing date)
  --out FILE.xlsx          the audited workbook (default: <name>.audited.xlsx beside the tracker; for one folder,
                           <folder>.audited.xlsx beside it; else consolidated.audited.xlsx here)
  --json FILE|-            also write the JSON result; - writes it to standard output
  --map field=Header       place a column the matcher cannot, repeatable (e.g. --map investment=Agreed investment)
  --unit 元|万元|亿元       the unit of amounts whose header and cell give none
  --lang zh-CN|en          language of the output (default zh-CN)
  --evaluator NAME         compiled (default: the rules compiled once) or json-rules-engine (the reference; same results, slower)
  --force                  overwrite existing output files
  --trace                  include each row's rule trace in the JSON
  --signoff LABEL,LABEL…   the sign-off block under the Funding table (default: Prepared by, Checked by, Approved by,
                           Date; in zh-CN 经办人, 复核人, 审批人, 日期); an empty string drops the block
  --allow-duplicates       a project reported twice (same issuer, project name, lead solver) is a warning, not invalid
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

type RulesTopic = "rules" | "check" | "test" | "explain" | "diff";

const RULES_HELP: Record<RulesTopic, Record<Lang, string>> = {
  rules: {
    "zh-CN": `jiebang rules：规则包工具（供政策团队使用）

用法：
  jiebang rules check [规则包.json|目录 …]     检查规则包的格式、含义与冲突；有错误时退出码为 3
  jiebang rules test [规则包.json …] [--require-full-coverage]
                                               运行规则包旁 *.tests.json 中的测试用例并报告覆盖情况
  jiebang rules explain <规则包.json> [--out 文件.md]
                                               把规则包写成一段可读的说明（Markdown）
  jiebang rules diff <旧规则包> <新规则包> <台账.xlsx> [--with 规则包 …] [--out 影响.xlsx]
                                               用两个规则包判定同一台账，列出补助有变化的行和总额变化

写一个盟市配套规则包，依次：
  1. 从示例开始：复制 rules/examples/ordos/2023-01.json（按自治区补助配套 base {"layer": "nmg"}、
     分段累进 tiers、合计上限 combinedCap、每个企业每年上限 recipientCap、分期拨付 tranches）
  2. jiebang rules check 你的包.json              每条问题都说明应怎样写
  3. 在旁边写 你的包.tests.json（"with": ["../../nmg/2021-12.json"]），再
     jiebang rules test 你的包.json --require-full-coverage   未覆盖的边界会逐条列出
  4. jiebang rules explain 你的包.json            核对条文的文字说明
  5. jiebang rules diff 旧包.json 你的包.json 台账.xlsx --with rules/nmg
                                               在自治区规则包之上比较改动前后的全台账总额
  6. jiebang run 台账.xlsx --rules rules/nmg --rules 你的包.json   叠加判定

每个子命令都可加 --help 查看其选项，例如 jiebang rules check --help。
`,
    en: `jiebang rules: tools for the policy teams who write rule packs

Usage:
  jiebang rules check [PACK.json|DIR …]        check packs' form, meaning and conflicts; exit 3 on errors
  jiebang rules test [PACK.json …] [--require-full-coverage]
                                               run the cases in each pack's *.tests.json and report coverage
  jiebang rules explain <PACK.json> [--out FILE.md]
                                               the pack as a readable document (Markdown)
  jiebang rules diff <OLD-PACK> <NEW-PACK> <tracker.xlsx> [--with PACK …] [--out impact.xlsx]
                                               decide one tracker under both packs: changed rows and totals

Writing a league city's pack, step by step:
  1. start from rules/examples/ordos/2023-01.json (a match on the region's subsidy with
     base {"layer": "nmg"}, tiers, combinedCap, recipientCap per enterprise and year, tranches)
  2. jiebang rules check my-pack.json            every finding says what to write
  3. write my-pack.tests.json beside it ("with": ["../../nmg/2021-12.json"]), then
     jiebang rules test my-pack.json --require-full-coverage   lists each boundary not yet tested
  4. jiebang rules explain my-pack.json          read the rules back in words
  5. jiebang rules diff old.json my-pack.json tracker.xlsx --with rules/nmg
                                               the whole tracker's totals before and after, on the region's pack
  6. jiebang run tracker.xlsx --rules rules/nmg --rules my-pack.json   the layered run

Each subcommand takes --help for its options, e.g. jiebang rules check --help.
`,
  },
  check: {
    "zh-CN": `用法：jiebang rules check [规则包.json|目录 …]

检查每个规则包：是否符合 rules/rulepack.schema.json、引用的事实/参数/消息是否存在、
assumptions 的取值是否合适，以及资助条线是否重叠、有无无法触达的规则、版本日期是否重叠或留有空档。
每条问题都给出文件、JSON 指针和规则名。不给参数时检查 rules/ 下的所有规则包和测试文件。
退出码：0 无错误（可有警告）；3 有错误；2 文件无法读取。
`,
    en: `Usage: jiebang rules check [PACK.json|DIR …]

Checks each pack: its form against rules/rulepack.schema.json, that the facts, parameters and messages
it names exist, that its assumptions fit their facts, and that no funding lines overlap, no rule is
unreachable and no versions overlap or leave a gap. Every finding names the file, the JSON pointer and
the rule. Without arguments it checks every pack and tests file under rules/.
Exit codes: 0 no errors (warnings allowed); 3 errors; 2 a file cannot be read.
`,
  },
  test: {
    "zh-CN": `用法：jiebang rules test [规则包.json …] [--require-full-coverage]

运行每个规则包旁的 *.tests.json 中的测试用例（每个用例是一行台账和规则包应给出的判定），
报告失败的用例和覆盖情况。
  --require-full-coverage  覆盖不完整时也以退出码 3 结束
  --allow-untested         命令行上给出的规则包没有测试文件时不算失败（只提示）
不给参数时运行 rules/ 下的全部测试，并提示哪些规则包没有测试。
退出码：0 全部通过；3 有失败（或覆盖不完整，或给出的规则包没有测试）；2 文件无法读取。
`,
    en: `Usage: jiebang rules test [PACK.json …] [--require-full-coverage]

Runs the cases in each pack's *.tests.json (each a tracker row and what the pack must decide for it)
and reports failures and coverage.
  --require-full-coverage  exit 3 when coverage is incomplete too
  --allow-untested         a pack named on the command line without tests is a warning, not a failure
Without arguments it runs every test under rules/ and warns of packs without tests.
Exit codes: 0 all passed; 3 failures (or incomplete coverage, or a named pack without tests); 2 a file cannot be read.
`,
  },
  explain: {
    "zh-CN": `用法：jiebang rules explain <规则包.json> [--out 文件.md] [--force] [--lang zh-CN|en]

把规则包写成 Markdown 说明：来源与生效日期、每个参数（数值、单位、依据）和每条规则的文字表述。
  --out 文件.md   写入文件（默认写到标准输出）
  --force         覆盖已存在的文件
`,
    en: `Usage: jiebang rules explain <PACK.json> [--out FILE.md] [--force] [--lang zh-CN|en]

Writes the pack as Markdown: its source and dates, each parameter (value, unit, reference) and each rule
as a sentence.
  --out FILE.md   write it to a file (default: standard output)
  --force         overwrite an existing file
`,
  },
  diff: {
    "zh-CN": `用法：jiebang rules diff <旧规则包> <新规则包> <台账.xlsx> [选项]

分别用两个规则包判定同一台账，列出判定或补助有变化的行（旧 → 新，附原因）、总额变化，以及按类型和盟市的变化。
  --out 影响.xlsx   把结果写成工作簿
  --force           覆盖已存在的文件
  --with 规则包          两边都叠加在这些规则包之上（可多次使用），如比较盟市规则包的两个版本时 --with rules/nmg
  --sheet 名称、--map 字段=表头、--unit 元|万元|亿元、--as-of 日期   与 jiebang run 相同
先打印整个台账补助合计的变化，再列出变化的行及其合计。
`,
    en: `Usage: jiebang rules diff <OLD-PACK> <NEW-PACK> <tracker.xlsx> [options]

Decides one tracker under both packs and lists every row whose status or subsidy changes (old → new,
with the reason), the total change, and the change by type and by league city.
  --out impact.xlsx   write the result as a workbook
  --force             overwrite an existing file
  --with PACK         decide both sides on top of these packs (repeatable), e.g. --with rules/nmg when
                      comparing two versions of a city's pack
  --sheet NAME, --map field=Header, --unit 元|万元|亿元, --as-of DATE   as for jiebang run
It prints the whole tracker's total before and after, then the rows that change and their total.
`,
  },
};

/** Help for `jiebang rules` or one of its subcommands. */
export function rulesHelpText(topic: RulesTopic, lang: Lang): string {
  return RULES_HELP[topic][lang];
}
