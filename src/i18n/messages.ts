import type { Localized } from "./lang";

/**
 * Every message jiebang itself says to a user, in both languages. Reasons a
 * row is decided the way it is come from the rule pack, not from here.
 */
export const MESSAGES = {
  // Reading the workbook
  INPUT_NOT_FOUND: {
    "zh-CN": "找不到文件「{file}」。请检查路径。",
    en: "File “{file}” not found. Check the path.",
  },
  INPUT_NOT_A_FILE: {
    "zh-CN": "「{file}」不是文件。请给出一个 .xlsx 台账文件。",
    en: "“{file}” is not a file. Give an .xlsx tracker file.",
  },
  NOT_XLSX_TEXT: {
    "zh-CN": "「{file}」是文本文件（可能是 CSV 改了扩展名），不是 Excel 工作簿。请在 Excel 中打开并另存为 .xlsx 后再试。",
    en: "“{file}” is a text file (perhaps a CSV renamed), not an Excel workbook. Open it in Excel and save it as .xlsx, then try again.",
  },
  NOT_XLSX_XLS: {
    "zh-CN": "「{file}」是旧版 Excel 97-2003（.xls）文件，或是加密的工作簿。请在 Excel 中另存为不加密的 .xlsx 后再试。",
    en: "“{file}” is an Excel 97-2003 (.xls) file or an encrypted workbook. Save it in Excel as an unencrypted .xlsx, then try again.",
  },
  NOT_XLSX_ENCRYPTED: {
    "zh-CN": "「{file}」设有打开密码（已加密）。请在 Excel 中取消密码后另存为 .xlsx 再试。",
    en: "“{file}” is password-protected (encrypted). Remove the password in Excel, save as .xlsx and try again.",
  },
  NOT_XLSX: {
    "zh-CN": "「{file}」不是可读取的 .xlsx 工作簿（{why}）。请确认文件完整，并在 Excel 中另存为 .xlsx 后再试。",
    en: "“{file}” is not a readable .xlsx workbook ({why}). Check that the file is complete and save it from Excel as .xlsx, then try again.",
  },
  WORKBOOK_TOO_LARGE: {
    "zh-CN": "「{file}」过大，不予读取（{why}）：可能是压缩炸弹，或远超正常台账的工作表。请只保留台账所在的工作表后再试。",
    en: "“{file}” is too large to read ({why}): a zip bomb, or sheets far beyond any tracker. Keep only the tracker's sheet and try again.",
  },
  EMPTY_WORKBOOK: {
    "zh-CN": "「{file}」中没有任何数据：工作表都是空的。",
    en: "“{file}” holds no data: every worksheet is empty.",
  },
  TOGETHER_NO_HEADER: {
    "zh-CN": "工作表「{sheet}」中找不到台账表头，不能一起判定。请先单独选择这张工作表，在列映射中指定各列。",
    en: "No tracker header found in worksheet “{sheet}”, so it cannot be decided with the others. Choose that sheet on its own first and map its columns.",
  },
  TOGETHER_MISSING: {
    "zh-CN": "工作表「{sheet}」的表头中找不到必需的列：{fields}，不能一起判定。请先单独选择这张工作表，在列映射中指定这些列。",
    en: "The header of worksheet “{sheet}” lacks required columns: {fields}, so it cannot be decided with the others. Choose that sheet on its own first and map those columns.",
  },
  NO_TRACKER_FILES: {
    "zh-CN": "文件夹「{dir}」中没有 .xlsx 台账文件。",
    en: "The folder “{dir}” holds no .xlsx tracker file.",
  },
  NO_SOURCE_DECIDED: {
    "zh-CN": "给出的 {count} 个台账都无法判定：\n{why}",
    en: "None of the {count} trackers given can be decided:\n{why}",
  },
  SOURCE_NAMES_CLASH: {
    "zh-CN": "两个台账同名「{name}」（{first} 和 {second}）：合并判定的工作簿按文件名区分来源。请把其中一个改名后再运行。",
    en: "Two trackers share the name “{name}” ({first} and {second}): a consolidated workbook tells sources apart by file name. Rename one and run again.",
  },
  SOURCE_CHANGED: {
    "zh-CN": "台账「{file}」在判定过程中被改动了（SHA-256 与读取表头时不同），已跳过。请在文件保存完毕后重新运行。",
    en: "Tracker “{file}” changed while the run was deciding (its SHA-256 is not what it was when its header was read); skipped. Run again once the file is saved.",
  },
  SOURCE_SKIPPED: {
    "zh-CN": "已跳过「{source}」（无法判定，列在「问题」工作表中）：{why}",
    en: "Skipped “{source}” (cannot be decided; listed in the Issues sheet): {why}",
  },
  VERIFY_SOURCES_NEEDED: {
    "zh-CN": "这是 {count} 个台账的合并判定结果。重新判定时请给出这些台账（文件或文件夹）：{files}。",
    en: "This export consolidates {count} trackers. To decide them again, give those trackers (files or folders): {files}.",
  },
  SHEET_NOT_FOUND: {
    "zh-CN": "工作簿中没有名为「{sheet}」的工作表。现有工作表：{sheets}。",
    en: "The workbook has no worksheet named “{sheet}”. Its worksheets are: {sheets}.",
  },
  NO_TRACKER_SHEET: {
    "zh-CN": "工作簿中找不到项目台账：没有哪张工作表的前 30 行里有一行能识别出至少 3 个字段（如 项目编号、项目类型、发榜方）。已查看：{sheets}。请用 --map 字段=表头 指定列名。",
    en: "No tracker found in the workbook: no worksheet has, in its first 30 rows, a row naming at least 3 fields (such as Project ID, Project type, Issuer). Looked at: {sheets}. Use --map field=Header to name the columns.",
  },
  ONLY_HIDDEN_TRACKER_SHEET: {
    "zh-CN": "工作簿中只有隐藏的工作表「{sheet}」里有项目台账，隐藏的工作表不会自动判定。如确要判定它，请用 --sheet {sheet} 指定。",
    en: "The only tracker in the workbook is on the hidden worksheet “{sheet}”, and hidden sheets are never decided unasked. To decide it, name it with --sheet {sheet}.",
  },
  PACK_NEGATIVE_AMOUNT: {
    "zh-CN": "规则包「{pack}」的资助条线「{rule}」算出了负的补助金额（基数 {base}），这是规则包的错误，不会作为补助发放。请检查该条线的 base 和 assumptions。",
    en: "Pack “{pack}”, funding line “{rule}”, computed a negative subsidy (base {base}): an error of the pack, never a payment. Check the line's base and the pack's assumptions.",
  },
  PACK_BAD_MONEY_FACT: {
    "zh-CN": "规则包给金额类事实设定的值 {value} 不是金额。请用 jiebang rules check 检查规则包的 assumptions。",
    en: "The pack gives a money fact the value {value}, which is not an amount. Check the pack's assumptions with jiebang rules check.",
  },
  REQUIRES_LAYER: {
    "zh-CN": "本规则包只在规则包「{pack}」予以资助时配套；「{pack}」对本行的判定为「{status}」，本层不予补助。",
    en: "This pack pays only where pack “{pack}” funds the row; “{pack}” decided “{status}” here, so this layer pays nothing.",
  },
  COMBINED_CAP: {
    "zh-CN": "本层与其所依附的规则包合计不超过 {cap} 元：其下各层已补助 {under} 元，本层按公式 {formula} 元，实补 {paid} 元。",
    en: "This layer and the packs it requires pay at most {cap} yuan together: those under it pay {under}, so this layer pays {paid} of its {formula}.",
  },
  RECIPIENT_CAP_REACHED: {
    "zh-CN": "「{recipient}」{period}在资助线「{rule}」的补助上限为 {cap} 元，此前 {rows} 已用 {used} 元；本行按公式 {formula} 元，实补 {paid} 元。",
    en: "“{recipient}” may receive at most {cap} yuan from line “{rule}” {period}; {rows} used {used} before this row, so it gets {paid} of its {formula}.",
  },
  TRANCHE_CANCELLED: {
    "zh-CN": "验收结论为「{acceptance}」：验收后应拨付的 {cancelled} 元取消。{reclaim}",
    en: "The acceptance verdict is “{acceptance}”: the {cancelled} yuan due after acceptance is cancelled. {reclaim}",
  },
  TRANCHE_KEPT: {
    "zh-CN": "本规则包容许失败，已拨付的 {due} 元不予追回。",
    en: "The pack tolerates failure: the {due} yuan already due is kept.",
  },
  TRANCHE_RECLAIM: {
    "zh-CN": "已拨付的 {reclaim} 元应予追回。",
    en: "The {reclaim} yuan already due is to be returned.",
  },
  NO_HEADER: {
    "zh-CN": "工作表「{sheet}」中找不到项目台账的表头：前 30 行中没有一行能识别出至少 3 个字段（如 项目编号、项目类型、发榜方）。请用 --sheet 选择台账所在的工作表，或用 --map 字段=表头 指定列名。",
    en: "No tracker header in worksheet “{sheet}”: none of its first 30 rows names at least 3 fields (such as Project ID, Project type, Issuer). Choose the tracker's sheet with --sheet, or name the columns with --map field=Header.",
  },
  REQUIRED_COLUMNS_MISSING: {
    "zh-CN": "工作表「{sheet}」第 {row} 行的表头中找不到必需的列：{fields}。识别到的表头有：{headers}。请补上这些列，或用 --map 字段=表头 指定对应的列。",
    en: "The header in row {row} of worksheet “{sheet}” lacks required columns: {fields}. Headers seen: {headers}. Add these columns, or name them with --map field=Header.",
  },
  MAP_HEADER_NOT_FOUND: {
    "zh-CN": "--map 指定的表头「{header}」（字段 {field}）不在工作表「{sheet}」第 {row} 行的表头中。现有表头：{headers}。",
    en: "The header “{header}” given with --map for field {field} is not in the header in row {row} of worksheet “{sheet}”. Headers there: {headers}.",
  },
  UNIT_NEEDED: {
    "zh-CN": "「{header}」列的金额不知道单位（如工作表「{sheet}」{cell}）：表头和单元格都没有写 元、万元 或 亿元。请在表头注明单位，或用 --unit 万元 等指定。",
    en: "The amounts in column “{header}” have no unit (e.g. worksheet “{sheet}” {cell}): neither the header nor the cell says 元, 万元 or 亿元. Put the unit in the header, or give one with --unit (元, 万元 or 亿元).",
  },

  // Rule packs
  PACK_NOT_FOUND: {
    "zh-CN": "找不到规则包「{file}」。",
    en: "Rule pack “{file}” not found.",
  },
  PACK_NOT_JSON: {
    "zh-CN": "规则包「{file}」不是有效的 JSON：{why}。",
    en: "Rule pack “{file}” is not valid JSON: {why}.",
  },
  PACK_INVALID: {
    "zh-CN": "规则包「{file}」有误：{pointer} {why}",
    en: "Rule pack “{file}” is invalid: {pointer} {why}",
  },
  PACK_NONE_IN_FORCE: {
    "zh-CN": "规则包「{id}」没有在 {date} 有效的版本（现有版本：{versions}）。",
    en: "Rule pack “{id}” has no version in force on {date} (versions: {versions}).",
  },

  // Reasons no rule pack can word (the pack itself does not apply)
  NO_PACK_IN_FORCE: {
    "zh-CN": "规则包 {id} 在 {date} 没有生效的版本（现有版本：{versions}），无法判定",
    en: "Rule pack {id} has no version in force on {date} (versions: {versions}); the row cannot be decided",
  },
  OUT_OF_SCOPE: {
    "zh-CN": "该项目不在规则包 {pack} 的适用范围内",
    en: "The project is outside the scope of rule pack {pack}",
  },

  // Warnings found while reading a row
  MERGED_CELL: {
    "zh-CN": "「{field}」所在单元格与上方合并，取合并单元格 {master} 的值（{cell}）",
    en: "{field} is in a merged cell; the merged value from {master} was used ({cell})",
  },
  UNIT_MISMATCH: {
    "zh-CN": "单元格写明单位为{cellUnit}，与表头的{columnUnit}不同，按单元格的{cellUnit}计算（{cell}）",
    en: "The cell says {cellUnit} while the header says {columnUnit}; the cell's {cellUnit} was used ({cell})",
  },
  ZERO_AMOUNT: {
    "zh-CN": "研发投入总额为 0（{cell}），请确认",
    en: "Total R&D investment is 0 ({cell}); please check",
  },
  AMOUNT_LOOKS_LIKE_YUAN: {
    "zh-CN": "「{field}」为 {wan} 万元（{yuan} 元），超过 10 亿元，可能把元填进了万元列（{cell}）",
    en: "{field} is {wan} 万元 ({yuan} yuan), over 1 billion yuan: perhaps yuan were entered in a 万元 column ({cell})",
  },
  SUB_FEN_ROUNDED: {
    "zh-CN": "「{field}」为 {exact} 元，有分以下的位数，已四舍五入为 {yuan} 元（{cell}）",
    en: "{field} is {exact} yuan, below the fen; it was rounded half up to {yuan} yuan ({cell})",
  },
  HIDDEN_ROW: {
    "zh-CN": "第 {row} 行在工作表中被隐藏，仍作为项目判定",
    en: "Row {row} is hidden in the worksheet; it was decided as a project",
  },
  CREDIT_LINE_DIFFERS: {
    "zh-CN": "「{field}」为 {yuan} 元，与同一发榜单位第 {first} 行的 {firstYuan} 元不一致；汇总按该单位的最大值计一次（{cell}）",
    en: "{field} is {yuan} yuan, but row {first} of the same issuer says {firstYuan} yuan; the summary counts the issuer's largest once ({cell})",
  },
  DUPLICATE_PROJECT: {
    "zh-CN": "与{place}第 {first} 行是同一项目（发榜单位、项目名称和牵头揭榜单位相同），以该行的判定为准，不重复计入",
    en: "The same project as row {first} of {place} (same issuer, project name and lead solver): decided there, not counted twice",
  },
  DUPLICATE_ID: {
    "zh-CN": "项目编号「{id}」与第 {first} 行重复（赛马制的并行项目可忽略此提示）",
    en: "Project ID “{id}” repeats row {first} (ignore this for parallel projects of a horse-race list)",
  },

  // Command line
  UNKNOWN_COMMAND: {
    "zh-CN": "未知命令「{command}」。可用命令：run、verify、rules check、rules test、rules explain、rules diff。运行 jiebang --help 查看用法。",
    en: "Unknown command “{command}”. Commands: run, verify, rules check, rules test, rules explain, rules diff. See jiebang --help.",
  },
  BAD_ARGUMENTS: {
    "zh-CN": "参数有误：{why}。运行 jiebang --help 查看用法。",
    en: "Wrong arguments: {why}. See jiebang --help.",
  },
  UNKNOWN_OPTION: {
    "zh-CN": "未知选项「{option}」。运行 jiebang --help 查看用法。",
    en: "Unknown option “{option}”. See jiebang --help.",
  },
  OPTION_NEEDS_VALUE: {
    "zh-CN": "选项「{option}」需要一个值。运行 jiebang --help 查看用法。",
    en: "Option “{option}” needs a value. See jiebang --help.",
  },
  BAD_MAP: {
    "zh-CN": "--map 的写法应为 字段=表头（如 --map investment=协议总投入），而不是「{value}」。字段可以是：{fields}。",
    en: "--map takes field=Header (e.g. --map investment=Agreed investment), not “{value}”. Fields: {fields}.",
  },
  BAD_UNIT: {
    "zh-CN": "--unit 只能是 元、万元 或 亿元，而不是「{value}」。",
    en: "--unit must be 元, 万元 or 亿元 (yuan, 10k yuan, 100m yuan), not “{value}”.",
  },
  BAD_DATE: {
    "zh-CN": "「{value}」不是有效日期，请写作 2022-01-10 的形式。",
    en: "“{value}” is not a valid date; write it as 2022-01-10.",
  },
  BAD_LANG: {
    "zh-CN": "--lang 只能是 zh-CN 或 en，而不是「{value}」。",
    en: "--lang must be zh-CN or en, not “{value}”.",
  },
  OUTPUT_EXISTS: {
    "zh-CN": "输出文件「{file}」已存在，未覆盖。请换一个 --out 文件名，或加 --force 覆盖。",
    en: "Output file “{file}” already exists and was not overwritten. Choose another --out, or add --force to overwrite it.",
  },
  OUTPUTS_SAME_FILE: {
    "zh-CN": "两个输出指向同一个文件「{file}」（{options}）：后写的会覆盖先写的。请为每个输出给不同的文件名。",
    en: "Two outputs name the same file “{file}” ({options}): the second would overwrite the first. Give each output its own file name.",
  },
  OUTPUT_IS_INPUT: {
    "zh-CN": "输出文件不能是输入的台账「{file}」：jiebang 从不改写用户的文件。请换一个 --out 文件名。",
    en: "The output cannot be the input tracker “{file}”: jiebang never writes to the user's file. Choose another --out.",
  },
  OUTPUT_FAILED: {
    "zh-CN": "无法写入「{file}」：{why}。没有留下任何文件。",
    en: "Could not write “{file}”: {why}. Nothing was left behind.",
  },
  INTERNAL: {
    "zh-CN": "jiebang 内部错误：{why}。请加 --debug 重新运行，并把输出报告给维护者。",
    en: "Internal error in jiebang: {why}. Run again with --debug and report the output to the maintainers.",
  },

  // jiebang verify
  NOT_AN_EXPORT: {
    "zh-CN": "「{file}」不是 jiebang 导出的审计工作簿：其中没有 jiebang 的记录（隐藏工作表 _jiebang），无法核对。请给出 jiebang run 写出的 .audited.xlsx。",
    en: "“{file}” is not an audited workbook exported by jiebang: it holds no jiebang record (the hidden sheet _jiebang), so it cannot be verified. Give an .audited.xlsx written by jiebang run.",
  },
  VERIFY_OPTION_CONFLICT: {
    "zh-CN": "导出时记录的 {option} 是「{recorded}」，与给出的「{given}」不同。请去掉 {option}，或给出相同的值。",
    en: "The export records {option} “{recorded}”, not the “{given}” given. Drop {option}, or give the same value.",
  },
  VERIFY_RECORD_DAMAGED: {
    "zh-CN": "已改动：「{file}」中 jiebang 的隐藏记录无法读取（{why}），导出后被改动或损坏。",
    en: "Altered: the hidden jiebang record in “{file}” cannot be read ({why}); it was changed or damaged after export.",
  },
  VERIFY_INTACT: {
    "zh-CN": "完好：「{file}」自导出以来没有改动。记录摘要（SHA-256）：{digest}",
    en: "Intact: “{file}” has not changed since export. Record digest (SHA-256): {digest}",
  },
  VERIFY_ALTERED: {
    "zh-CN": "已改动：「{file}」自导出以来有 {count} 处改动（导出时 → 现在）：",
    en: "Altered: “{file}” has {count} changes since export (exported → now):",
  },
  VERIFY_SHEET_MISSING: {
    "zh-CN": "工作表「{sheet}」已被删除或改名",
    en: "sheet “{sheet}” was deleted or renamed",
  },
  VERIFY_SHEET_ADDED: {
    "zh-CN": "新增了工作表「{sheet}」",
    en: "sheet “{sheet}” was added",
  },
  VERIFY_DIGESTS: {
    "zh-CN": "其中审计表有 {count} 个摘要与隐藏记录不符，隐藏记录或审计表的摘要被改动（由记录算得 → 表中现值）：",
    en: "Of these, {count} digests in the audit sheet do not match the hidden record: the record or the digests were edited (computed from the record → in the sheet now):",
  },
  VERIFY_DIGEST_RECORD: { "zh-CN": "整份记录的摘要", en: "digest of the whole record" },
  VERIFY_DIGEST_SHEET: { "zh-CN": "工作表 {name} 的摘要", en: "digest of sheet {name}" },
  VERIFY_DIGEST_ROW: { "zh-CN": "判定行 {name}（{project}）的摘要", en: "digest of decision row {name} ({project})" },
  VERIFY_EMPTY: { "zh-CN": "（空）", en: "(empty)" },
  VERIFY_CHART_CHANGED: { "zh-CN": "工作表「{sheet}」: 图表 {chart} 已改动（与记录的 SHA-256 不符）", en: "sheet “{sheet}”: chart {chart} was changed (its SHA-256 is not the recorded one)" },
  VERIFY_CHART_REMOVED: { "zh-CN": "工作表「{sheet}」: 图表 {chart} 已被删除", en: "sheet “{sheet}”: chart {chart} was removed" },
  VERIFY_CHART_ADDED: { "zh-CN": "工作表「{sheet}」: 新增了图表 {chart}（记录中没有）", en: "sheet “{sheet}”: chart {chart} was added (the record has none such)" },
  VERIFY_SHEET_STATE: { "zh-CN": "工作表「{sheet}」: {what} {old} → {new}", en: "sheet “{sheet}”: {what} {old} → {new}" },
  VERIFY_ROW: { "zh-CN": "{row} 行", en: "row {row}" },
  VERIFY_COLUMN: { "zh-CN": "{column} 列", en: "column {column}" },
  VERIFY_WHAT_TYPE: { "zh-CN": "类型", en: "type" },
  VERIFY_WHAT_FORMAT: { "zh-CN": "数字格式", en: "number format" },
  VERIFY_WHAT_HIDDEN: { "zh-CN": "隐藏", en: "hidden" },
  VERIFY_WHAT_HYPERLINK: { "zh-CN": "超链接", en: "hyperlink" },
  VERIFY_WHAT_NOTE: { "zh-CN": "批注", en: "note" },
  VERIFY_TYPE_NUMBER: { "zh-CN": "数字", en: "number" },
  VERIFY_TYPE_TEXT: { "zh-CN": "文本", en: "text" },
  VERIFY_TYPE_BOOLEAN: { "zh-CN": "逻辑值", en: "boolean" },
  VERIFY_TYPE_ERROR: { "zh-CN": "错误值", en: "error" },
  VERIFY_FORMAT_GENERAL: { "zh-CN": "常规", en: "General" },
  VERIFY_YES: { "zh-CN": "是", en: "yes" },
  VERIFY_NO: { "zh-CN": "否", en: "no" },
  VERIFY_VERY_HIDDEN: { "zh-CN": "是（深度隐藏）", en: "yes (very hidden)" },
  VERIFY_RECORDED: { "zh-CN": "（有）", en: "(one)" },
  VERIFY_UNLISTED: { "zh-CN": "……另有 {count} 处未列出（只列出前 {shown} 处）", en: "… and {count} more, not listed (the first {shown} are)" },
  VERIFY_RERUN_SAME: {
    "zh-CN": "重新判定：用台账「{file}」和规则包重新判定（按导出时的设置和时间 {at}），结果与导出的记录一致。",
    en: "Re-run: tracker “{file}” decided again with the packs (with the export's settings and time {at}) gives exactly the exported record.",
  },
  VERIFY_RERUN_OLDER: {
    "zh-CN": "注意：该审计工作簿由 {tool}（记录格式 {format}）导出，重新判定用的是 {now}；较新版本的工作表和文字与之不同，下列不同之处可能只是版本差异，请以资助测算表的金额为准核对。",
    en: "Note: this export was written by {tool} (record format {format}) and re-run with {now}; a newer version's sheets and words differ from it, so differences below may be the versions', not the figures': check the Funding sheet's amounts.",
  },
  VERIFY_RERUN_DIFFERENT: {
    "zh-CN": "重新判定：用台账「{file}」和规则包重新判定（按导出时的设置和时间 {at}），与导出的记录有 {count} 处不同（导出的记录 → 重新判定）：",
    en: "Re-run: tracker “{file}” decided again with the packs (with the export's settings and time {at}) differs from the exported record in {count} places (exported record → re-run):",
  },
  VERIFY_SOURCE_NOT_GIVEN: {
    "zh-CN": "审计表记录的来源台账「{file}」（SHA-256 {recorded}）不在这次给出的台账中。",
    en: "The source tracker “{file}” the audit sheet records (SHA-256 {recorded}) is not among the trackers given.",
  },
  VERIFY_SOURCE_NOT_RECORDED: {
    "zh-CN": "给出的台账「{file}」（SHA-256 {now}）不是审计表记录的来源台账。",
    en: "The tracker “{file}” given (SHA-256 {now}) is not a source the audit sheet records.",
  },
  VERIFY_INPUT_MISMATCH: {
    "zh-CN": "台账「{file}」的 SHA-256 与审计表记录的不同：记录为 {recorded}，现为 {now}。",
    en: "The SHA-256 of tracker “{file}” is not the one the audit sheet records: recorded {recorded}, now {now}.",
  },
  VERIFY_PACK_MISMATCH: {
    "zh-CN": "规则包 {pack} 的 SHA-256 与审计表记录的不同：记录为 {recorded}，现为 {now}。",
    en: "The SHA-256 of rule pack {pack} is not the one the audit sheet records: recorded {recorded}, now {now}.",
  },
  VERIFY_PACK_NOT_USED: {
    "zh-CN": "审计表记录的规则包 {pack}（SHA-256 {recorded}）这次没有给出。",
    en: "Rule pack {pack} (SHA-256 {recorded}), which the audit sheet records, was not given this time.",
  },
  VERIFY_PACK_NOT_RECORDED: {
    "zh-CN": "规则包 {pack}（SHA-256 {now}）不在审计表的记录中。",
    en: "Rule pack {pack} (SHA-256 {now}) is not among the packs the audit sheet records.",
  },

  // Why a value could not be read (the detail of BAD_VALUE)
  ERROR_CELL: { "zh-CN": "单元格是错误值", en: "the cell holds an error value" },
  FORMULA_WITHOUT_RESULT: {
    "zh-CN": "公式没有计算结果（请在 Excel 中重新计算并保存）",
    en: "the formula has no computed result (recalculate and save in Excel)",
  },
  NOT_A_NUMBER: { "zh-CN": "不是数字", en: "not a number" },
  APPROXIMATE_AMOUNT: { "zh-CN": "是约数，不是确定的金额", en: "an approximate figure, not an amount" },
  NEGATIVE_AMOUNT: { "zh-CN": "金额为负数", en: "a negative amount" },
  UNKNOWN_PROJECT_TYPE: {
    "zh-CN": "不是可识别的项目类型（技术攻关类 或 成果转化类）",
    en: "not a known project type (technology tackling or achievement transformation)",
  },
  NOT_YES_NO: { "zh-CN": "不是 是/否", en: "not yes or no" },
  UNKNOWN_MATCH_STATE: {
    "zh-CN": "不是可识别的合作状态（如 已签约、达成合作意向、洽谈中、未揭榜）",
    en: "not a known agreement state (such as signed, agreed, negotiating, not taken)",
  },
  UNKNOWN_ACCEPTANCE: {
    "zh-CN": "不是可识别的验收结论（应为 通过、未通过 或 终止）",
    en: "not a known acceptance verdict (passed, failed or terminated)",
  },
  NOT_A_DATE: { "zh-CN": "不是日期", en: "not a date" },
  NO_UNIT: { "zh-CN": "没有单位", en: "no unit" },
} as const satisfies Record<string, Localized>;

export type MessageCode = keyof typeof MESSAGES;
