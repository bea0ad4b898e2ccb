import type { CellValue, GridCell, TextStore } from "../../tracker";
import { cellRef } from "./cell-ref";
import { damaged, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./limits";
import { isDateFormat } from "./number-formats";
import { StringItem } from "./rich-text";
import { decodeXstring } from "./xstring";
import type { Attributes, XmlHandlers } from "./xml-part";

/** What a worksheet part holds, sparse: only cells that show something, only merges as ranges. */
export interface SheetContent {
  /** rows[r - 1][c - 1]; rows and cells without content are holes. */
  readonly rows: GridCell[][];
  readonly hiddenRows: Set<number>;
  /** Merged ranges in A1 form ("A1:H1"), each of two or more cells. */
  readonly merges: string[];
  /**
   * The last row with a cell that shows something (0: none); with
   * `keepRows`, the last row the sheet has an element for (at least that).
   */
  lastRow?: number;
  /**
   * Keep only the rows up to this one. The rest of the sheet is skimmed, not
   * parsed: for its merges and its last row only (the rows themselves are
   * parsed, and checked, when they are streamed).
   */
  readonly keepRows?: number;
  /** Hand each row on instead of keeping it: its number, its cells, whether it is hidden. */
  readonly sink?: (row: number, cells: GridCell[], hidden: boolean) => void;
  /** Hidden rows without a cell are handed on too (with no cells) or kept in `hiddenRows`: verify sees every hidden row. */
  readonly emptyHiddenRows?: boolean;
  /** When given, the columns `<cols>` hides (1-based), in the order written. */
  readonly hiddenColumns?: number[];
  /** When given, each `<hyperlink>` by its cell: its relationship's id (an external target) and its location in the workbook. */
  readonly hyperlinks?: Map<string, { readonly id?: string; readonly location?: string }>;
}

export interface SheetContext {
  readonly file: string;
  readonly sheet: string;
  readonly sharedStrings: Pick<TextStore, "at">;
  /** Number format of each cell style index. */
  readonly formats: ReadonlyArray<string | undefined>;
  readonly date1904: boolean;
  /** Called every few thousand rows, with the rows read so far. */
  readonly onRow?: () => void;
}

/** Days between the 1904 and the 1900 date systems: a 1904 serial plus this is the 1900 serial of the same day. */
export const DAYS_1904 = 1462;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** xsd:double as OOXML writes a cell's number: no spaces inside, no hex, no thousands separators. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:\d{2})?)?$|^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

const EMPTY: CellValue = Object.freeze({ kind: "empty" as const });

/** A `t="d"` cell's ISO 8601 text as the 1900-system serial Excel shows it as. */
function serialOfIso(text: string): number | null {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return null;
  if (m[1] !== undefined) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
    const check = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (check.getUTCMonth() !== Number(m[2]) - 1 || check.getUTCDate() !== Number(m[3])) return null;
    const serial = (ms - EXCEL_EPOCH_MS) / 86_400_000;
    // Excel's 1900 system counts the non-existent 1900-02-29: serials before 1900-03-01 are one lower.
    return serial < 61 ? serial - 1 : serial;
  }
  return (Number(m[7]) * 3600 + Number(m[8]) * 60 + Number(m[9] ?? 0)) / 86_400;
}

/**
 * The parser's handlers for one worksheet part. Cells are read as Excel
 * shows them: shared and inline strings with every run and no phonetic
 * guide, numbers by xsd:double (anything else is a damaged file, as Excel
 * would say), booleans, errors, formulas by their cached result, `t="d"`
 * and 1904-system dates as 1900-system serials. Rows and columns must lie in
 * Excel's grid; nothing is allocated for the cells between two that exist.
 */
export function sheetHandlers(context: SheetContext, content: SheetContent): XmlHandlers {
  const { file, sheet } = context;
  const here = (cell: string) => ({ "zh-CN": `工作表「${sheet}」的 ${cell}`, en: `${cell} of worksheet “${sheet}”` });
  let rowNumber = 0;
  let rowHidden = false;
  /** `<sheetFormatPr zeroHeight="1">` (§18.3.1.81): rows are hidden unless they give a height of their own. */
  let zeroHeight = false;
  let cells: GridCell[] | null = null;
  let column = 0;
  let cellType = "n";
  let style = 0;
  let cellName = "";
  let valueText: string[] | null = null;
  let formulaText: string[] | null = null;
  let formula: { shared?: string } = {};
  /** The `<is>` item being read, then its text until the cell closes. */
  let inline: StringItem | null = null;
  let inlineText: string | null = null;
  let capture: string[] | null = null;
  const sharedFormulas = new Map<string, string>();
  let rowsSeen = 0;

  const outOfGrid = (what: string) =>
    damaged(file, { "zh-CN": `工作表「${sheet}」的${what}超出了 Excel 的范围（${EXCEL_MAX_ROWS} 行、${EXCEL_MAX_COLUMNS} 列）`, en: `${what === "行号" ? "a row number" : "a cell reference"} in worksheet “${sheet}” lies outside Excel's grid (${EXCEL_MAX_ROWS} rows, ${EXCEL_MAX_COLUMNS} columns)` });

  /** The number of the row an element opens, from its `r` (the next one without), checked. */
  function nextRow(r: string | undefined): number {
    const next = r === undefined ? rowNumber + 1 : /^\d{1,7}$/.test(r.trim()) ? Number(r) : NaN;
    if (!(next >= 1 && next <= EXCEL_MAX_ROWS)) throw outOfGrid("行号");
    // Rows come in ascending order, each once (ECMA-376 Part 1, §18.3.1.73): two rows 5 would leave Excel to guess which is meant.
    if (next <= rowNumber) throw damaged(file, { "zh-CN": `工作表「${sheet}」的第 ${next} 行出现在第 ${rowNumber} 行之后`, en: `row ${next} of worksheet “${sheet}” comes after row ${rowNumber}` });
    return next;
  }

  function addMerge(ref: string): void {
    const [from, to] = ref.split(":");
    const a = from ? cellRef(from) : null;
    const b = to ? cellRef(to) : a;
    if (!a || !b) throw outOfGrid("单元格地址");
    if (a.row !== b.row || a.column !== b.column) content.merges.push(ref.replace(/\$/g, "").toUpperCase());
  }

  /**
   * The rest of a sheet past its kept rows, as text: each `<row>` tag for the
   * last row's number, each `<mergeCell>` for its range; nothing else is
   * looked at. A tag split between two pieces is joined first. (Markup can
   * only begin at a `<`: text and attribute values hold `&lt;`, never `<`.)
   */
  const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|mergeCell)(?=[\s/>])([^>]*)>/g;
  const ATTRIBUTE = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])(.*?)\\1`);
  const R = ATTRIBUTE("r");
  const REF = ATTRIBUTE("ref");
  let rest = "";
  function skimText(text: string): void {
    let piece = rest + text;
    const open = piece.lastIndexOf("<");
    if (open >= 0 && piece.indexOf(">", open) < 0) {
      rest = piece.slice(open);
      piece = piece.slice(0, open);
      if (rest.length > 1 << 20) throw damaged(file, { "zh-CN": `工作表「${sheet}」有一个超过 1 MB 的标记`, en: `worksheet “${sheet}” has a tag longer than 1 MB` });
    } else rest = "";
    for (const m of piece.matchAll(TAG)) {
      if (m[1] === "mergeCell") addMerge(REF.exec(m[2]!)?.[2] ?? "");
      else {
        rowNumber = nextRow(R.exec(m[2]!)?.[2]);
        content.lastRow = rowNumber;
        if (++rowsSeen % 5000 === 0) context.onRow?.();
      }
    }
  }

  function finishRow(): void {
    if (cells && cells.length > 0) {
      content.lastRow = rowNumber;
      if (content.sink) content.sink(rowNumber, cells, rowHidden);
      else if (content.keepRows === undefined || rowNumber <= content.keepRows) {
        content.rows[rowNumber - 1] = cells;
        if (rowHidden) content.hiddenRows.add(rowNumber);
      }
    } else if (cells && rowHidden && content.emptyHiddenRows) {
      if (content.sink) content.sink(rowNumber, [], true);
      else content.hiddenRows.add(rowNumber);
    }
    cells = null;
  }

  /** A true xsd:boolean (ECMA-376 Part 1, §22.9.2.1 ST_OnOff's values as SpreadsheetML writes them). */
  const isTrue = (value: string | undefined) => value === "1" || value === "true";

  function valueOf(): CellValue {
    // An empty <v/> is no value: openpyxl writes one for a formula it has not computed.
    const joined = valueText === null ? undefined : valueText.join("");
    const v = joined === undefined || (cellType !== "str" && joined.trim() === "") ? undefined : joined;
    const format = context.formats[style];
    switch (cellType) {
      case "s": {
        if (v === undefined) return EMPTY;
        const index = v.trim();
        const text = /^\d+$/.test(index) ? context.sharedStrings.at(Number(index)) : undefined;
        if (text === undefined) throw damaged(file, { "zh-CN": `${here(cellName)["zh-CN"]}引用了不存在的共享字符串 ${index}`, en: `${here(cellName).en} refers to shared string ${index}, which does not exist` });
        return text === "" ? EMPTY : { kind: "text", value: text };
      }
      case "inlineStr": {
        const text = inlineText ?? "";
        return text === "" ? EMPTY : { kind: "text", value: text };
      }
      case "str": {
        const text = v === undefined ? "" : decodeXstring(v);
        return text === "" ? EMPTY : { kind: "text", value: text };
      }
      case "b": {
        if (v === undefined) return EMPTY;
        const b = v.trim();
        if (b === "1" || b === "true") return { kind: "boolean", value: true };
        if (b === "0" || b === "false") return { kind: "boolean", value: false };
        throw damaged(file, { "zh-CN": `${here(cellName)["zh-CN"]}的逻辑值「${v}」无法识别`, en: `${here(cellName).en} holds “${v}”, which is not a boolean` });
      }
      case "e":
        return v === undefined || v.trim() === "" ? EMPTY : { kind: "error", value: v.trim() };
      case "d": {
        if (v === undefined) return EMPTY;
        const serial = serialOfIso(v);
        if (serial === null) throw damaged(file, { "zh-CN": `${here(cellName)["zh-CN"]}的日期「${v}」无法识别`, en: `${here(cellName).en} holds “${v}”, which is not an ISO 8601 date` });
        return { kind: "number", value: serial };
      }
      case "n": {
        if (v === undefined) return EMPTY;
        const text = v.trim();
        if (!NUMBER.test(text)) throw damaged(file, { "zh-CN": `${here(cellName)["zh-CN"]}的数值「${v}」无法识别`, en: `${here(cellName).en} holds “${v}”, which is not a number` });
        const value = Number(text);
        if (!Number.isFinite(value)) return { kind: "error", value: "#NUM!" };
        return { kind: "number", value: context.date1904 && isDateFormat(format) ? value + DAYS_1904 : value };
      }
      default:
        throw damaged(file, { "zh-CN": `${here(cellName)["zh-CN"]}的类型「${cellType}」无法识别`, en: `${here(cellName).en} has unknown type “${cellType}”` });
    }
  }

  function finishCell(): void {
    const value = valueOf();
    let formulaSource: string | undefined;
    if (formulaText !== null) {
      const text = formulaText.join("");
      if (formula.shared !== undefined) {
        if (text !== "") sharedFormulas.set(formula.shared, text);
        formulaSource = text !== "" ? text : (sharedFormulas.get(formula.shared) ?? "");
      } else {
        formulaSource = text;
      }
    }
    const format = context.formats[style];
    if (value.kind !== "empty" || formulaSource !== undefined) {
      cells![column - 1] = { value, ...(format !== undefined ? { format } : {}), ...(formulaSource !== undefined ? { formula: formulaSource } : {}) };
    }
    valueText = null;
    formulaText = null;
    formula = {};
    inline = null;
    inlineText = null;
  }

  return {
    ...(content.keepRows !== undefined && !content.sink
      ? {
          skim: {
            // Past the kept rows: the row being read is not kept, and the rest is skimmed from its next tag on.
            done: () => {
              if (rowNumber <= content.keepRows!) return false;
              content.lastRow = Math.max(content.lastRow ?? 0, rowNumber);
              return true;
            },
            text: skimText,
          },
        }
      : {}),
    open(name: string, attributes: Attributes) {
      if (inline) {
        inline.open(name);
        return;
      }
      switch (name) {
        case "row": {
          finishRow();
          rowNumber = nextRow(attributes["r"]);
          // `hidden` on a row (ECMA-376 Part 1, §18.3.1.73 row): the row is hidden. So is a row of height 0 (`ht="0"`),
          // as Excel shows it, and under `zeroHeight` any row without a height of its own.
          const height = attributes["ht"] === undefined ? null : Number(attributes["ht"]);
          rowHidden = isTrue(attributes["hidden"]) || height === 0 || (zeroHeight && !(height !== null && height > 0));
          cells = [];
          column = 0;
          if (++rowsSeen % 5000 === 0) context.onRow?.();
          break;
        }
        case "c": {
          if (!cells) throw damaged(file, { "zh-CN": `工作表「${sheet}」有不在行内的单元格`, en: `worksheet “${sheet}” has a cell outside any row` });
          const r = attributes["r"];
          if (r !== undefined) {
            const ref = cellRef(r.trim());
            if (!ref) throw outOfGrid("单元格地址");
            if (ref.row !== rowNumber) throw damaged(file, { "zh-CN": `工作表「${sheet}」第 ${rowNumber} 行中有地址为 ${r} 的单元格`, en: `row ${rowNumber} of worksheet “${sheet}” holds a cell addressed ${r}` });
            if (ref.column <= column) throw damaged(file, { "zh-CN": `工作表「${sheet}」的单元格 ${r} 重复或不按顺序`, en: `cell ${r} of worksheet “${sheet}” is repeated or out of order` });
            column = ref.column;
          } else {
            column += 1;
            if (column > EXCEL_MAX_COLUMNS) throw outOfGrid("单元格地址");
          }
          cellName = r ?? `R${rowNumber}C${column}`;
          cellType = attributes["t"] ?? "n";
          const s = attributes["s"];
          style = s === undefined ? 0 : Number(s);
          break;
        }
        case "v":
          valueText = [];
          capture = valueText;
          break;
        case "f":
          formulaText = [];
          capture = formulaText;
          formula = attributes["t"] === "shared" && attributes["si"] !== undefined ? { shared: attributes["si"] } : {};
          break;
        case "is":
          inline = new StringItem();
          break;
        case "mergeCell":
          addMerge(attributes["ref"] ?? "");
          break;
        case "sheetFormatPr":
          zeroHeight = isTrue(attributes["zeroHeight"]);
          break;
        case "col": {
          // `<col min max hidden>` inside `<cols>` (ECMA-376 Part 1, §18.3.1.13 col, §18.3.1.17 cols): columns min to max,
          // hidden; a column of width 0 (`width="0"`) is hidden as Excel shows it too.
          if (!content.hiddenColumns || !(isTrue(attributes["hidden"]) || (attributes["width"] !== undefined && Number(attributes["width"]) === 0))) break;
          const min = Number(attributes["min"]);
          const max = Number(attributes["max"] ?? attributes["min"]);
          if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min && max <= EXCEL_MAX_COLUMNS)) throw outOfGrid("单元格地址");
          for (let c = min; c <= max; c++) content.hiddenColumns.push(c);
          break;
        }
        case "hyperlink": {
          // `<hyperlink ref r:id location>` inside `<hyperlinks>` (ECMA-376 Part 1, §18.3.1.47 hyperlink, §18.3.1.48 hyperlinks):
          // a link on cell `ref` (or a range), to the relationship's external target or to `location` in the workbook.
          if (!content.hyperlinks) break;
          const ref = (attributes["ref"] ?? "").replace(/\$/g, "").toUpperCase();
          const id = Object.entries(attributes).find(([key]) => key.endsWith(":id"))?.[1];
          const location = attributes["location"];
          content.hyperlinks.set(ref, { ...(id !== undefined ? { id } : {}), ...(location !== undefined ? { location } : {}) });
          break;
        }
      }
    },
    close(name: string) {
      if (inline) {
        if (name === "is") {
          inlineText = inline.take();
          inline = null;
        } else {
          inline.close(name);
        }
        return;
      }
      switch (name) {
        case "v":
        case "f":
          capture = null;
          break;
        case "c":
          finishCell();
          break;
        case "row":
          finishRow();
          break;
        case "sheetData":
          finishRow();
          break;
      }
    },
    text(text: string) {
      if (inline) inline.text(text);
      else if (capture) capture.push(text);
    },
  };
}
