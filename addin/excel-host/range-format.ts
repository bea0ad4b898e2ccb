/**
 * Range.format (Excel.RangeFormat) and its fill, font and protection.
 *
 * - Reads report the common value of the range's cells, and null when the
 *   cells differ: "If a range contains multiple font colors,
 *   range.format.font.color is null" ("Blank and null values in Excel add-ins",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 * - `null` is not a valid value to set (same page: `range.format.fill.color = null`
 *   "is not a valid snippet"): InvalidArgument.
 * - `fill.clear()`: "Resets the range background" (Excel.RangeFill.clear).
 * - Fill colour, pattern and tintAndShade of an unfilled cell: cell-format.ts.
 * - Widths: Excel.RangeFormat.columnWidth is in points; exceljs keeps
 *   characters. The conversion is the .xlsx one (a character is 7 px at
 *   Calibri 11, plus 5 px padding; 0.75 pt per px) — our reading of ECMA-376
 *   §18.3.1.13 `width`, not measured against Excel.
 * - Changing formats on a protected sheet is AccessDenied (protection.ts).
 */

import type ExcelJS from "exceljs";
import { fillValue, FILL_SCALARS, FONT_SCALARS, clearFill, colorInput, fontValue, formulaHidden, horizontalAlignment, locked, setFillColor, setFillPattern, setFont, verticalAlignment, wrapText } from "./cell-format";
import { invalidArgument } from "./errors";
import { columnWidthOf, rowsOf } from "./exceljs-internals";
import { HostObject } from "./host-object";
import { assertEditable } from "./protection";
import { restyle } from "./range-data";
import type { RangeObject } from "./range";
import { clipForFormatting, findCell, forEachCell, uniformValue } from "./range-target";

const DEFAULT_WIDTH_CHARS = 8.43;
const DEFAULT_HEIGHT_POINTS = 15;

export function pointsFromChars(chars: number): number {
  return Math.round((Math.round(chars * 7) + 5) * 0.75 * 100) / 100;
}

function charsFromPoints(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

abstract class RangePart extends HostObject {
  constructor(
    env: HostObject["env"],
    readonly range: RangeObject,
  ) {
    super(env);
  }

  override check(): void {
    this.range.check();
  }

  protected uniform<T>(read: (cell: ExcelJS.Cell | undefined) => T): T | null {
    return uniformValue(this.range.target, read);
  }

  /** Restyle every cell (whole rows/columns: the existing cells). */
  protected restyle(what: string, change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
    const { sheet } = this.range;
    assertEditable(this.doc, sheet, undefined, what);
    const area = clipForFormatting(this.range.target);
    if (!area) return;
    forEachCell(area, (r, c) => {
      if (findCell(sheet, r, c)?.type === 1) return; // inside a merged area
      restyle(sheet, r, c, change);
    });
  }
}

export class RangeFillObject extends RangePart {
  readonly typeName = "RangeFill";

  override get scalarNames(): readonly string[] {
    return FILL_SCALARS;
  }

  override scalar(name: string): unknown {
    this.check();
    if ((FILL_SCALARS as readonly string[]).includes(name)) return this.uniform((cell) => fillValue(cell, name));
    return super.scalar(name);
  }

  override set(name: string, value: unknown): void {
    this.check();
    if (name === "Color") {
      const rgb = colorInput(value, "Fill color");
      return this.restyle("changing the fill", (style) => setFillColor(style, rgb));
    }
    if (name === "Pattern") return this.restyle("changing the fill", (style) => setFillPattern(style, value));
    super.set(name, value);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    if (name === "Clear") {
      this.restyle("clearing the fill", clearFill);
      return undefined;
    }
    return super.call(name, args);
  }
}

export class RangeFontObject extends RangePart {
  readonly typeName = "RangeFont";

  override get scalarNames(): readonly string[] {
    return FONT_SCALARS;
  }

  override scalar(name: string): unknown {
    this.check();
    if ((FONT_SCALARS as readonly string[]).includes(name)) return this.uniform((cell) => fontValue(cell, name));
    return super.scalar(name);
  }

  override set(name: string, value: unknown): void {
    this.check();
    if (!["Bold", "Color", "Italic", "Name", "Size", "Strikethrough", "Underline"].includes(name)) return super.set(name, value);
    if (value === null) throw invalidArgument(`Font ${name} cannot be set to null.`);
    setFont({}, name, value); // validate once, before any cell changes
    this.restyle("changing the font", (style) => setFont(style, name, value));
  }
}

/** Excel.FormatProtection: `locked`, `formulaHidden`. */
export class FormatProtectionObject extends RangePart {
  readonly typeName = "FormatProtection";

  override get scalarNames(): readonly string[] {
    return ["formulaHidden", "locked"];
  }

  override scalar(name: string): unknown {
    this.check();
    if (name === "locked") return this.uniform(locked);
    if (name === "formulaHidden") return this.uniform(formulaHidden);
    return super.scalar(name);
  }

  override set(name: string, value: unknown): void {
    this.check();
    if (name !== "Locked" && name !== "FormulaHidden") return super.set(name, value);
    if (typeof value !== "boolean") throw invalidArgument(`${name} must be true or false.`);
    // Changing cell protection on a protected sheet is refused like any other format change.
    this.restyle("changing cell protection", (style) => ({
      ...style,
      protection: { ...(style.protection ?? {}), [name === "Locked" ? "locked" : "hidden"]: value },
    }));
  }
}

export class RangeFormatObject extends RangePart {
  readonly typeName = "RangeFormat";

  override get scalarNames(): readonly string[] {
    return ["columnWidth", "horizontalAlignment", "rowHeight", "verticalAlignment", "wrapText"];
  }

  override navigate(name: string): HostObject {
    if (name === "Fill") return new RangeFillObject(this.env, this.range);
    if (name === "Font") return new RangeFontObject(this.env, this.range);
    if (name === "Protection") return new FormatProtectionObject(this.env, this.range);
    return super.navigate(name);
  }

  override scalar(name: string): unknown {
    this.check();
    const { sheet, area } = this.range;
    switch (name) {
      case "columnWidth": {
        let width: number | null | undefined;
        for (let c = area.left; c < area.left + area.columns && width !== null; c++) {
          const points = pointsFromChars(columnWidthOf(sheet, c) ?? DEFAULT_WIDTH_CHARS);
          width = width === undefined || width === points ? points : null;
        }
        return width ?? null;
      }
      case "rowHeight": {
        const rows = rowsOf(sheet);
        let height: number | null | undefined = area.top + area.rows > rows.length ? DEFAULT_HEIGHT_POINTS : undefined;
        for (let r = area.top; r < Math.min(area.top + area.rows, rows.length) && height !== null; r++) {
          const points = rows[r]?.height ?? DEFAULT_HEIGHT_POINTS;
          height = height === undefined || height === points ? points : null;
        }
        return height ?? null;
      }
      case "wrapText":
        return this.uniform(wrapText);
      case "horizontalAlignment":
        return this.uniform(horizontalAlignment);
      case "verticalAlignment":
        return this.uniform(verticalAlignment);
    }
    return super.scalar(name);
  }

  override set(name: string, value: unknown): void {
    this.check();
    const { sheet, area } = this.range;
    switch (name) {
      case "ColumnWidth": {
        if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw invalidArgument(`Column width ${JSON.stringify(value)}.`);
        assertEditable(this.doc, sheet, undefined, "changing column widths");
        for (let c = area.left; c < area.left + area.columns; c++) sheet.getColumn(c + 1).width = charsFromPoints(value);
        return;
      }
      case "RowHeight": {
        if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw invalidArgument(`Row height ${JSON.stringify(value)}.`);
        assertEditable(this.doc, sheet, undefined, "changing row heights");
        const rows = clipForFormatting(this.range.target) ?? area;
        for (let r = rows.top; r < rows.top + rows.rows; r++) sheet.getRow(r + 1).height = value;
        return;
      }
      case "WrapText":
        if (typeof value !== "boolean") throw invalidArgument(`wrapText ${JSON.stringify(value)}.`);
        return this.restyle("changing text wrapping", (style) => ({ ...style, alignment: { ...(style.alignment ?? {}), wrapText: value } }));
    }
    super.set(name, value);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    if (name === "AutofitColumns" || name === "AutofitRows") {
      // Excel measures rendered text; the host keeps widths as they are (README, "Known differences").
      assertEditable(this.doc, this.range.sheet, undefined, "autofitting");
      return undefined;
    }
    return super.call(name, args);
  }
}
