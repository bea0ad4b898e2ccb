/**
 * One cell's format as Excel's format objects report it, read from the
 * exceljs style: fill, font, alignment, protection. Shared by the format
 * objects (range-format.ts) and getCellProperties (cell-properties.ts).
 *
 * Fill:
 * - `color` is "#FFFFFF" for a cell with no fill, exactly as for a white fill:
 *   "For cells with No Fill, … return #FFFFFF (indistinguishable from an
 *   explicitly white-filled cell)" (OfficeDev/office-js#6218, for both
 *   `format.fill.color` and getCellProperties; also #4900).
 * - `tintAndShade` is null for no fill and a number for a fill: Microsoft's
 *   answer in OfficeDev/office-js#4900 ("If you are setting No Fill, you will
 *   get null. And if you fill as white or other color, you will get a number").
 * - `pattern` is an Excel.FillPattern ("None", "Solid", …;
 *   excel-web-16.00.debug.js L60223-60243, Excel.RangeFill.pattern, ExcelApi 1.9).
 *   The reporter of #4900 saw null for both; see README, "Known differences".
 */

import type ExcelJS from "exceljs";
import { colorOf, parseColor } from "./colors";
import { invalidArgument } from "./errors";

type Fill = { type?: string; pattern?: string; fgColor?: { argb?: string; theme?: number; tint?: number }; bgColor?: { argb?: string; theme?: number } };

/** exceljs pattern names → Excel.FillPattern. */
const PATTERN_OF: Readonly<Record<string, string>> = {
  none: "None",
  solid: "Solid",
  mediumGray: "Gray50",
  darkGray: "Gray75",
  lightGray: "Gray25",
  darkHorizontal: "Horizontal",
  darkVertical: "Vertical",
  darkDown: "Down",
  darkUp: "Up",
  darkGrid: "Checker",
  darkTrellis: "SemiGray75",
  lightHorizontal: "LightHorizontal",
  lightVertical: "LightVertical",
  lightDown: "LightDown",
  lightUp: "LightUp",
  lightGrid: "Grid",
  lightTrellis: "CrissCross",
  gray125: "Gray16",
  gray0625: "Gray8",
};
const EXCELJS_PATTERN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PATTERN_OF).map(([k, v]) => [v, k]));

function fillOf(cell: ExcelJS.Cell | undefined): Fill | undefined {
  const fill = cell?.fill as Fill | undefined;
  if (!fill) return undefined;
  if (fill.type === "gradient") return fill;
  if (fill.type !== "pattern" || !fill.pattern || fill.pattern === "none") return undefined;
  return fill;
}

export function hasFill(cell: ExcelJS.Cell | undefined): boolean {
  return fillOf(cell) !== undefined;
}

export function fillColor(cell: ExcelJS.Cell | undefined): string {
  const fill = fillOf(cell);
  if (!fill || fill.type === "gradient") return "#FFFFFF";
  return colorOf(fill.fgColor) ?? "#FFFFFF";
}

export function fillPattern(cell: ExcelJS.Cell | undefined): string {
  const fill = fillOf(cell);
  if (!fill) return "None";
  if (fill.type === "gradient") return "LinearGradient";
  return PATTERN_OF[fill.pattern ?? "solid"] ?? "Solid";
}

export function fillPatternColor(cell: ExcelJS.Cell | undefined): string {
  const fill = fillOf(cell);
  return (fill && fill.type !== "gradient" ? colorOf(fill.bgColor) : undefined) ?? "#000000";
}

export function fillTintAndShade(cell: ExcelJS.Cell | undefined): number | null {
  const fill = fillOf(cell);
  if (!fill) return null;
  return typeof fill.fgColor?.tint === "number" ? fill.fgColor.tint : 0;
}

export function fontValue(cell: ExcelJS.Cell | undefined, name: string): unknown {
  const font = cell?.font as Partial<ExcelJS.Font> | undefined;
  switch (name) {
    case "bold":
      return font?.bold === true;
    case "italic":
      return font?.italic === true;
    case "strikethrough":
      return font?.strike === true;
    case "color":
      return colorOf(font?.color as { argb?: string; theme?: number } | undefined) ?? "#000000";
    case "name":
      return font?.name ?? "Calibri";
    case "size":
      return font?.size ?? 11;
    case "underline":
      return font?.underline === true || font?.underline === "single" ? "Single" : font?.underline === "double" ? "Double" : "None";
  }
  return undefined;
}

export const FONT_SCALARS = ["bold", "color", "italic", "name", "size", "strikethrough", "underline"] as const;
export const FILL_SCALARS = ["color", "pattern", "patternColor", "patternTintAndShade", "tintAndShade"] as const;

export function fillValue(cell: ExcelJS.Cell | undefined, name: string): unknown {
  switch (name) {
    case "color":
      return fillColor(cell);
    case "pattern":
      return fillPattern(cell);
    case "patternColor":
      return fillPatternColor(cell);
    case "tintAndShade":
      return fillTintAndShade(cell);
    case "patternTintAndShade":
      return hasFill(cell) ? 0 : null;
  }
  return undefined;
}

const H_ALIGN: Readonly<Record<string, string>> = { left: "Left", center: "Center", right: "Right", fill: "Fill", justify: "Justify", centerContinuous: "CenterAcrossSelection", distributed: "Distributed" };
const V_ALIGN: Readonly<Record<string, string>> = { top: "Top", middle: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" };

export function horizontalAlignment(cell: ExcelJS.Cell | undefined): string {
  return H_ALIGN[cell?.alignment?.horizontal ?? ""] ?? "General";
}

export function verticalAlignment(cell: ExcelJS.Cell | undefined): string {
  return V_ALIGN[cell?.alignment?.vertical ?? ""] ?? "Bottom";
}

export function wrapText(cell: ExcelJS.Cell | undefined): boolean {
  return cell?.alignment?.wrapText === true;
}

/** Cells are locked unless unlocked (FormatProtection.locked). */
export function locked(cell: ExcelJS.Cell | undefined): boolean {
  return cell?.protection?.locked !== false;
}

export function formulaHidden(cell: ExcelJS.Cell | undefined): boolean {
  return cell?.protection?.hidden === true;
}

// --- writing -------------------------------------------------------------------

/** "#RRGGBB" / "#RGB" / a named colour → "RRGGBB"; InvalidArgument otherwise (null too: "null is not a valid input for single property", blank-null-values doc). */
export function colorInput(value: unknown, what: string): string {
  const rgb = parseColor(value);
  if (!rgb) throw invalidArgument(`${what} ${JSON.stringify(value)} is not a colour.`);
  return rgb;
}

export function setFillColor(style: Partial<ExcelJS.Style>, rgb: string): Partial<ExcelJS.Style> {
  const old = style.fill as Fill | undefined;
  const pattern = old?.type === "pattern" && old.pattern && old.pattern !== "none" ? old.pattern : "solid";
  return { ...style, fill: { type: "pattern", pattern, fgColor: { argb: `FF${rgb}` } } as ExcelJS.Fill };
}

export function setFillPattern(style: Partial<ExcelJS.Style>, pattern: unknown): Partial<ExcelJS.Style> {
  if (pattern === "None") {
    const { fill: _fill, ...rest } = style;
    return rest;
  }
  const name = typeof pattern === "string" ? EXCELJS_PATTERN[pattern] : undefined;
  if (!name) throw invalidArgument(`Fill pattern ${JSON.stringify(pattern)}.`);
  const old = style.fill as Fill | undefined;
  const fgColor = old?.type === "pattern" && old.fgColor ? old.fgColor : { argb: "FF000000" };
  return { ...style, fill: { type: "pattern", pattern: name, fgColor } as ExcelJS.Fill };
}

export function clearFill(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const { fill: _fill, ...rest } = style;
  return rest;
}

export function setFont(style: Partial<ExcelJS.Style>, name: string, value: unknown): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { ...(style.font ?? {}) };
  switch (name) {
    case "Bold":
    case "Italic":
    case "Strikethrough":
      if (typeof value !== "boolean") throw invalidArgument(`Font ${name} ${JSON.stringify(value)}.`);
      if (name === "Bold") font.bold = value;
      else if (name === "Italic") font.italic = value;
      else font.strike = value;
      break;
    case "Color":
      font.color = { argb: `FF${colorInput(value, "Font color")}` };
      break;
    case "Name":
      if (typeof value !== "string" || value === "") throw invalidArgument(`Font name ${JSON.stringify(value)}.`);
      font.name = value;
      break;
    case "Size":
      if (typeof value !== "number" || value < 1 || value > 409) throw invalidArgument(`Font size ${JSON.stringify(value)}.`);
      font.size = value;
      break;
    case "Underline":
      font.underline = value === "None" ? false : value === "Double" ? "double" : "single";
      break;
    default:
      return style;
  }
  return { ...style, font: font as ExcelJS.Font };
}
