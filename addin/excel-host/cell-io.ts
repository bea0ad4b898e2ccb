/**
 * One cell between exceljs and Office.js: what `values`, `valueTypes`,
 * `formulas`, `numberFormat` and `text` report for it, and what a value
 * written through `values`/`formulas` becomes (Excel parses the input as if
 * typed: "=…" is a formula, "123" a number, unless the cell is formatted "@").
 *
 * Sources: Excel.Range.values — "If the returned value starts with a plus
 * ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range);
 * valueTypes are Excel.RangeValueType ("Empty", "String", "Double", "Boolean",
 * "Error"); the error texts are Excel's error values. The rest of the typed-input
 * rules (numbers with thousands separators, "12%" taking the format 0%,
 * "'" forcing text, "@" cells keeping text) are Excel's behaviour when typing,
 * carried over from fake-excel without a written source.
 * Copied from fake-excel.
 */

import ExcelJS from "exceljs";
import { formatCellText } from "./number-format";
import { serialFromDate } from "./serial-date";

export type CellScalar = string | number | boolean;
export type CellValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface CellSnapshot {
  readonly value: CellScalar;
  readonly type: CellValueType;
  /** With the leading "="; undefined for constants. */
  readonly formula: string | undefined;
  readonly numberFormat: string;
}

export const ERROR_TEXTS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BUSY!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!"];

/** What a formula the fake cannot evaluate shows as its value. */
export const UNEVALUATED = "#NAME?";

type Scalar = { value: CellScalar; type: CellValueType };
const EMPTY: Scalar = { value: "", type: "Empty" };

function scalarOf(raw: unknown, date1904: boolean): Scalar {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "number") return Number.isFinite(raw) ? { value: raw, type: "Double" } : { value: "#NUM!", type: "Error" };
  if (typeof raw === "string") return raw === "" ? EMPTY : { value: raw, type: "String" };
  if (typeof raw === "boolean") return { value: raw, type: "Boolean" };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { value: "#VALUE!", type: "Error" } : { value: serialFromDate(raw, date1904), type: "Double" };
  if (typeof raw === "object") {
    const record = raw as Record<string, unknown>;
    if ("error" in record) return { value: String(record.error), type: "Error" };
    if (Array.isArray(record.richText)) {
      return scalarOf((record.richText as { text?: unknown }[]).map((run) => String(run.text ?? "")).join(""), date1904);
    }
    if ("hyperlink" in record) return scalarOf(record.text, date1904);
  }
  return { value: String(raw), type: "String" };
}

function formulaText(cell: ExcelJS.Cell): string | undefined {
  try {
    const formula = cell.formula;
    return typeof formula === "string" && formula !== "" ? formula : undefined;
  } catch {
    return undefined;
  }
}

/**
 * exceljs names two built-in formats (ids 14 and 22) by codes Excel does not
 * report; Office.js (en-US) gives them as below.
 */
const BUILT_IN_AS_EXCEL: Readonly<Record<string, string>> = {
  "mm-dd-yy": "m/d/yyyy",
  'm/d/yy "h":mm': "m/d/yyyy h:mm",
};

/** The cell as Office.js reports it; `undefined` is a cell that was never written. */
export function readCell(cell: ExcelJS.Cell | undefined, date1904: boolean): CellSnapshot {
  if (!cell) return { ...EMPTY, formula: undefined, numberFormat: "General" };
  const numberFormat = (cell.numFmt && (BUILT_IN_AS_EXCEL[cell.numFmt] ?? cell.numFmt)) || "General";
  if (cell.type === ExcelJS.ValueType.Merge) return { ...EMPTY, formula: undefined, numberFormat };
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = formulaText(cell);
    const result: unknown = cell.result;
    const scalar = result === undefined ? { value: UNEVALUATED, type: "Error" as const } : scalarOf(result, date1904);
    return { ...scalar, formula: formula === undefined ? undefined : `=${formula}`, numberFormat };
  }
  return { ...scalarOf(cell.value, date1904), formula: undefined, numberFormat };
}

export function cellText(snapshot: CellSnapshot, date1904: boolean): string {
  if (snapshot.type === "Empty") return "";
  if (snapshot.type === "Error") return String(snapshot.value);
  return formatCellText(snapshot.value, snapshot.numberFormat, date1904);
}

/** `formulas` reports the formula for formula cells and the value for the rest. */
export function formulaOrValue(snapshot: CellSnapshot): CellScalar {
  return snapshot.formula ?? snapshot.value;
}

// ---------------------------------------------------------------------------
// Writing

/** An input of `values`/`formulas`: null leaves the cell as it is. */
export type CellInput = string | number | boolean | null;

export function isCellInput(input: unknown): input is CellInput {
  return input === null || typeof input === "string" || typeof input === "boolean" || (typeof input === "number" && Number.isFinite(input));
}

/** What to store: an exceljs value, plus a number format Excel applies as it parses (e.g. "12%" → 0%). */
export interface ParsedInput {
  readonly value: ExcelJS.CellValue;
  readonly impliedFormat?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/\d/.test(trimmed) || !NUMBER.test(trimmed)) return undefined;
  const n = Number(trimmed.replaceAll(",", ""));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * What Excel stores for a typed input. `textFormat` is true when the cell's
 * number format is "@": then every string is kept as text.
 */
export function parseInput(input: string | number | boolean, textFormat: boolean): ParsedInput {
  if (typeof input !== "string") return { value: input };
  if (input === "") return { value: null };
  if (textFormat) return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) === "" ? null : input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { value: { formula: input.slice(1) } as ExcelJS.CellFormulaValue };
  const n = parseNumber(input);
  if (n !== undefined) return { value: n };
  const percent = /^(.*)%$/.exec(input.trim());
  if (percent) {
    const p = parseNumber(percent[1] ?? "");
    if (p !== undefined) return { value: p / 100, impliedFormat: Number.isInteger(p) ? "0%" : "0.00%" };
  }
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) {
    return { value: { formula: input } as ExcelJS.CellFormulaValue };
  }
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  if (ERROR_TEXTS.includes(upper)) return { value: { error: upper } as ExcelJS.CellErrorValue };
  return { value: input };
}
