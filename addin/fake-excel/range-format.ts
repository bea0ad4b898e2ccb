/**
 * Range.format, .format.fill and .format.font. Reads report the common value
 * of the range's cells (null when they differ); writes restyle each cell.
 */

import type ExcelJS from "exceljs";
import { colorOf, parseColor } from "./colors";
import { FakeClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import { columnWidthOf, rowsOf } from "./exceljs-internals";
import type { Execution } from "./execution";
import { type RangeTarget, clipForFormatting, extentOf, findCell, forEachCell, uniformValue } from "./range-target";
import type { FakeRequestContext } from "./request-context";

/** Anything that resolves to a range at sync time (a Range, or a part of its format). */
export interface RangeSource {
  resolve(exec: Execution): RangeTarget | null;
}

const DEFAULT_WIDTH_CHARS = 8.43;
const DEFAULT_HEIGHT_POINTS = 15;

/** Excel column width in points from exceljs characters: (chars·7 + 5) px, 0.75 pt per px. */
export function pointsFromChars(chars: number): number {
  return Math.round((Math.round(chars * 7) + 5) * 0.75 * 100) / 100;
}

function charsFromPoints(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

abstract class RangePart extends FakeClientObject<RangeTarget> {
  readonly #range: RangeSource;

  protected constructor(context: FakeRequestContext, range: RangeSource) {
    super(context);
    this.#range = range;
  }

  protected locate(exec: Execution): RangeTarget | null {
    return this.#range.resolve(exec);
  }

  /** Restyle every cell of the range (whole rows/columns: the existing cells). */
  protected restyle(exec: Execution, target: RangeTarget, what: string, change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
    exec.store.assertEditable(target.sheet, undefined, what);
    const area = clipForFormatting(target);
    if (!area) return;
    forEachCell(area, (r, c) => {
      if (findCell(target.sheet, r, c)?.type === 1) return; // inside a merged area
      exec.store.writeStyle(target.sheet, r, c, change);
    });
  }
}

export class FakeRangeFill extends RangePart {
  protected readonly typeName = "RangeFill";
  protected readonly scalarNames = ["color"] as const;

  constructor(context: FakeRequestContext, range: RangeSource) {
    super(context, range);
    Object.preventExtensions(this);
  }

  /** "#RRGGBB"; "#FFFFFF" when the cells have no fill; null when they differ. */
  get color(): string | null {
    return this.loaded("color");
  }
  set color(value: string) {
    this.queueSet("color", (exec, target) => {
      const rgb = parseColor(value);
      if (!rgb) throw invalidArgument(`fill color ${JSON.stringify(value)}`);
      this.restyle(exec, target, "changing the fill", (style) => ({
        ...style,
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` } },
      }));
    });
  }

  clear(): void {
    this.queueCall("clear", (exec, target) => {
      this.restyle(exec, target, "clearing the fill", (style) => {
        const { fill: _fill, ...rest } = style;
        return rest;
      });
    });
  }

  protected readScalars(_exec: Execution, target: RangeTarget): ReadonlyMap<string, unknown> {
    const color = uniformValue(target, (cell) => {
      const fill = cell?.fill as { type?: string; pattern?: string; fgColor?: { argb?: string; theme?: number } } | undefined;
      if (!fill || fill.type !== "pattern" || !fill.pattern || fill.pattern === "none") return "#FFFFFF";
      return colorOf(fill.fgColor) ?? "#FFFFFF";
    });
    return new Map([["color", color]]);
  }
}

type FontKey = "bold" | "color" | "italic" | "name" | "size";

export class FakeRangeFont extends RangePart {
  protected readonly typeName = "RangeFont";
  protected readonly scalarNames = ["bold", "color", "italic", "name", "size"] as const;

  constructor(context: FakeRequestContext, range: RangeSource) {
    super(context, range);
    Object.preventExtensions(this);
  }

  get bold(): boolean | null {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.#set("bold", value, typeof value === "boolean", (font) => ({ ...font, bold: value }));
  }

  get italic(): boolean | null {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.#set("italic", value, typeof value === "boolean", (font) => ({ ...font, italic: value }));
  }

  /** "#RRGGBB" ("#000000" by default). */
  get color(): string | null {
    return this.loaded("color");
  }
  set color(value: string) {
    const rgb = parseColor(value);
    this.#set("color", value, rgb !== undefined, (font) => ({ ...font, color: { argb: `FF${rgb ?? "000000"}` } }));
  }

  get name(): string | null {
    return this.loaded("name");
  }
  set name(value: string) {
    this.#set("name", value, typeof value === "string" && value !== "", (font) => ({ ...font, name: value }));
  }

  get size(): number | null {
    return this.loaded("size");
  }
  set size(value: number) {
    this.#set("size", value, typeof value === "number" && value >= 1 && value <= 409, (font) => ({ ...font, size: value }));
  }

  #set(key: FontKey, value: unknown, valid: boolean, change: (font: Partial<ExcelJS.Font>) => Partial<ExcelJS.Font>): void {
    this.queueSet(key, (exec, target) => {
      if (!valid) throw invalidArgument(`font ${key} ${JSON.stringify(value)}`);
      this.restyle(exec, target, "changing the font", (style) => ({ ...style, font: change({ ...(style.font ?? {}) }) }));
    });
  }

  protected readScalars(_exec: Execution, target: RangeTarget, names: readonly string[]): ReadonlyMap<string, unknown> {
    const out = new Map<string, unknown>();
    for (const name of names) {
      out.set(
        name,
        uniformValue(target, (cell) => {
          const font = cell?.font as Partial<ExcelJS.Font> | undefined;
          switch (name as FontKey) {
            case "bold":
              return font?.bold === true;
            case "italic":
              return font?.italic === true;
            case "color":
              return colorOf(font?.color as { argb?: string; theme?: number } | undefined) ?? "#000000";
            case "name":
              return font?.name ?? "Calibri";
            case "size":
              return font?.size ?? 11;
          }
        }),
      );
    }
    return out;
  }
}

export class FakeRangeFormat extends RangePart {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarNames = ["columnWidth", "rowHeight", "wrapText"] as const;
  readonly #fill: FakeRangeFill;
  readonly #font: FakeRangeFont;

  constructor(context: FakeRequestContext, range: RangeSource) {
    super(context, range);
    this.#fill = new FakeRangeFill(context, range);
    this.#font = new FakeRangeFont(context, range);
    Object.preventExtensions(this);
  }

  get fill(): FakeRangeFill {
    return this.#fill;
  }

  get font(): FakeRangeFont {
    return this.#font;
  }

  /** Points; null when the columns differ. */
  get columnWidth(): number | null {
    return this.loaded("columnWidth");
  }
  set columnWidth(value: number) {
    this.queueSet("columnWidth", (exec, target) => {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw invalidArgument(`column width ${JSON.stringify(value)}`);
      exec.store.assertEditable(target.sheet, undefined, "changing column widths");
      for (let c = target.area.left; c < target.area.left + target.area.columns; c++) exec.store.writeColumnWidth(target.sheet, c, charsFromPoints(value));
    });
  }

  /** Points; null when the rows differ. */
  get rowHeight(): number | null {
    return this.loaded("rowHeight");
  }

  get wrapText(): boolean | null {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.queueSet("wrapText", (exec, target) => {
      if (typeof value !== "boolean") throw invalidArgument(`wrapText ${JSON.stringify(value)}`);
      this.restyle(exec, target, "changing text wrapping", (style) => ({ ...style, alignment: { ...(style.alignment ?? {}), wrapText: value } }));
    });
  }

  /** Widen each column of the range to its longest text (the fake's estimate of Excel's autofit). */
  autofitColumns(): void {
    this.queueCall("autofitColumns", (exec, target) => {
      exec.store.assertEditable(target.sheet, undefined, "autofitting columns");
      const extent = extentOf(target.sheet);
      const rows = clipForFormatting(target) ?? { top: 0, rows: 0 };
      const lastColumn = Math.min(target.area.left + target.area.columns, extent.columns);
      for (let c = target.area.left; c < lastColumn; c++) {
        let widest = 0;
        for (let r = rows.top; r < rows.top + rows.rows; r++) {
          const cell = findCell(target.sheet, r, c);
          if (cell && cell.value !== null) widest = Math.max(widest, displayWidth(cell.text ?? ""));
        }
        if (widest > 0) exec.store.writeColumnWidth(target.sheet, c, Math.max(DEFAULT_WIDTH_CHARS, widest + 2));
      }
    });
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "fill") return this.#fill as FakeClientObject<unknown>;
    if (name === "font") return this.#font as FakeClientObject<unknown>;
    return undefined;
  }

  protected readScalars(_exec: Execution, target: RangeTarget, names: readonly string[]): ReadonlyMap<string, unknown> {
    const out = new Map<string, unknown>();
    const { sheet, area } = target;
    for (const name of names) {
      if (name === "columnWidth") {
        let width: number | null | undefined;
        for (let c = area.left; c < area.left + area.columns && width !== null; c++) {
          const points = pointsFromChars(columnWidthOf(sheet, c) ?? DEFAULT_WIDTH_CHARS);
          width = width === undefined || width === points ? points : null;
        }
        out.set(name, width ?? null);
      } else if (name === "rowHeight") {
        const rows = rowsOf(sheet);
        let height: number | null | undefined = area.top + area.rows > rows.length ? DEFAULT_HEIGHT_POINTS : undefined;
        for (let r = area.top; r < Math.min(area.top + area.rows, rows.length) && height !== null; r++) {
          const points = rows[r]?.height ?? DEFAULT_HEIGHT_POINTS;
          height = height === undefined || height === points ? points : null;
        }
        out.set(name, height ?? null);
      } else if (name === "wrapText") {
        out.set(name, uniformValue(target, (cell) => cell?.alignment?.wrapText === true));
      }
    }
    return out;
  }
}
