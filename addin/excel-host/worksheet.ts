/**
 * Excel.WorksheetCollection and Excel.Worksheet
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet).
 *
 * - getItem(key) "Gets a worksheet object using its name or ID"; names match
 *   without regard to case (Excel sheet names are case-insensitive: a second
 *   "sheet1" is refused by add, as "Rename a worksheet" says names must be unique).
 *   A missing one is ItemNotFound; getItemOrNullObject gives a null object.
 * - Worksheet items and objects carry `Id`, so the client addresses them later
 *   as `Worksheets[Id]` (excel-web-16.00.debug.js L14372-14412, `_collectionPropertyPath`
 *   "workbook.worksheets" L29164).
 * - getUsedRange(valuesOnly): "If the entire worksheet is blank, this function
 *   will return the top left cell (i.e. it will not throw an error)";
 *   valuesOnly "Considers only cells with values as used cells (ignoring formatting)";
 *   getUsedRangeOrNullObject gives a null object for a blank sheet.
 * - getRangeByIndexes(startRow, startColumn, rowCount, columnCount): 0-based.
 */

import type ExcelJS from "exceljs";
import { checkedArea, usedArea } from "./range-target";
import { ChartCollectionObject } from "./charts";
import { CommentCollectionObject } from "./comments";
import { type Visibility, sheetId, visibilityOf } from "./document";
import { invalidArgument, itemNotFound } from "./errors";
import { HostCollection, HostObject, type HostEnv } from "./host-object";
import { RangeObject } from "./range";
import { parseRangeAddress } from "./sheet-address";
import { TableCollectionObject } from "./tables";

export class WorksheetObject extends HostObject {
  readonly typeName = "Worksheet";

  constructor(
    env: HostEnv,
    readonly sheet: ExcelJS.Worksheet,
  ) {
    super(env);
  }

  override check(): void {
    this.doc.live(this.sheet);
  }

  override identity(): Record<string, unknown> {
    return { Id: sheetId(this.sheet) };
  }

  override get scalarNames(): readonly string[] {
    return ["id", "name", "position", "standardWidth", "tabColor", "visibility"];
  }

  override scalar(name: string): unknown {
    this.check();
    switch (name) {
      case "id":
        return sheetId(this.sheet);
      case "name":
        return this.sheet.name;
      case "position":
        return this.doc.sheets().indexOf(this.sheet);
      case "visibility":
        return visibilityOf(this.sheet);
      case "tabColor": {
        const argb = (this.sheet.properties?.tabColor as { argb?: string } | undefined)?.argb;
        return argb ? `#${argb.slice(-6).toUpperCase()}` : "";
      }
      case "standardWidth":
        return this.sheet.properties?.defaultColWidth ?? 8.43;
    }
    return super.scalar(name);
  }

  override navigate(name: string): HostObject {
    this.check();
    switch (name) {
      case "Protection":
        return new WorksheetProtectionObject(this.env, this.sheet);
      case "FreezePanes":
        return new FreezePanesObject(this.env, this.sheet);
      case "Charts":
        return new ChartCollectionObject(this.env, this.sheet);
      case "Tables":
        return new TableCollectionObject(this.env, this.sheet);
      case "Comments":
        return new CommentCollectionObject(this.env, this.sheet);
    }
    return super.navigate(name);
  }

  #range(area: RangeObject["area"]): RangeObject {
    return new RangeObject(this.env, this.sheet, area);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    this.check();
    const n = (i: number) => Number(args[i]);
    switch (name) {
      case "GetRange":
        return this.#range(parseRangeAddress(this.doc, this.sheet, args[0] === "" ? undefined : args[0]));
      case "GetRangeByIndexes":
        return this.#range(checkedArea(n(0), n(1), n(2), n(3)));
      case "GetCell":
        return this.#range(checkedArea(n(0), n(1), 1, 1));
      case "GetUsedRange":
        return this.#range(usedArea(this.sheet, args[0] === true) ?? { top: 0, left: 0, rows: 1, columns: 1 });
      case "GetUsedRangeOrNullObject": {
        const area = usedArea(this.sheet, args[0] === true);
        return area ? this.#range(area) : null;
      }
    }
    return super.objectMethod(name, args);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    switch (name) {
      case "Activate":
        this.doc.activate(this.sheet);
        return undefined;
      case "Delete":
        this.doc.deleteSheet(this.sheet);
        return undefined;
      case "Calculate":
        return undefined;
    }
    return super.call(name, args);
  }

  override set(name: string, value: unknown): void {
    this.check();
    switch (name) {
      case "Name":
        return this.doc.renameSheet(this.sheet, value);
      case "Visibility":
        return this.doc.setVisibility(this.sheet, value as Visibility);
      case "TabColor": {
        if (value === "" || value === null) {
          delete (this.sheet.properties as { tabColor?: unknown }).tabColor;
          return;
        }
        const rgb = typeof value === "string" ? /^#?([0-9a-fA-F]{6})$/.exec(value)?.[1] : undefined;
        if (!rgb) throw invalidArgument(`Tab color ${JSON.stringify(value)}.`);
        this.sheet.properties.tabColor = { argb: `FF${rgb.toUpperCase()}` };
        return;
      }
    }
    super.set(name, value);
  }
}

export class WorksheetCollectionObject extends HostCollection {
  readonly typeName = "WorksheetCollection";

  override items(): readonly HostObject[] {
    return this.doc.sheets().map((s) => new WorksheetObject(this.env, s));
  }

  override index(key: unknown): HostObject {
    const sheet = this.doc.findSheet(String(key));
    if (!sheet) throw itemNotFound(`There is no worksheet named '${String(key)}'.`);
    return new WorksheetObject(this.env, sheet);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    switch (name) {
      case "GetItem":
        return this.index(args[0]);
      case "GetItemOrNullObject": {
        const sheet = this.doc.findSheet(String(args[0]));
        return sheet ? new WorksheetObject(this.env, sheet) : null;
      }
      case "Add":
        // Takes effect through the path's Instantiate (NOTES 3.3): the interpreter computes each path once.
        return new WorksheetObject(this.env, this.doc.addSheet(args[0] as string | undefined));
      case "GetActiveWorksheet":
        return new WorksheetObject(this.env, this.doc.activeSheet);
      case "GetFirst":
      case "GetLast": {
        const sheets = this.doc.sheets().filter((s) => args[0] !== true || s.state === "visible");
        const sheet = name === "GetFirst" ? sheets[0] : sheets.at(-1);
        if (!sheet) throw itemNotFound("There is no such worksheet.");
        return new WorksheetObject(this.env, sheet);
      }
    }
    return super.objectMethod(name, args);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    // getCount(visibleOnly): "If true, considers only visible worksheets, skipping over any hidden worksheets."
    if (name === "GetCount") return this.doc.sheets().filter((s) => args[0] !== true || s.state === "visible").length;
    return super.call(name, args);
  }
}

/** Excel.WorksheetProtection: `protected`, protect(options, password), unprotect(password); protection.ts. */
export class WorksheetProtectionObject extends HostObject {
  readonly typeName = "WorksheetProtection";

  constructor(
    env: HostEnv,
    readonly sheet: ExcelJS.Worksheet,
  ) {
    super(env);
  }

  override check(): void {
    this.doc.live(this.sheet);
  }

  override get scalarNames(): readonly string[] {
    return ["protected"];
  }

  override scalar(name: string): unknown {
    this.check();
    if (name === "protected") return this.doc.isProtected(this.sheet);
    return super.scalar(name);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    if (name === "Protect") {
      this.doc.protect(this.sheet, typeof args[1] === "string" ? args[1] : undefined);
      return undefined;
    }
    if (name === "Unprotect") {
      this.doc.unprotect(this.sheet, typeof args[0] === "string" ? args[0] : undefined);
      return undefined;
    }
    return super.call(name, args);
  }
}

/** Excel.WorksheetFreezePanes: freezeRows, freezeColumns, freezeAt, unfreeze. */
export class FreezePanesObject extends HostObject {
  readonly typeName = "WorksheetFreezePanes";

  constructor(
    env: HostEnv,
    readonly sheet: ExcelJS.Worksheet,
  ) {
    super(env);
  }

  override check(): void {
    this.doc.live(this.sheet);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    const count = (v: unknown) => {
      const n = v === undefined || v === null ? 1 : v;
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw invalidArgument("The count must be a non-negative integer.");
      return n;
    };
    switch (name) {
      case "FreezeRows":
        this.doc.freeze(this.sheet, count(args[0]), 0);
        return undefined;
      case "FreezeColumns":
        this.doc.freeze(this.sheet, 0, count(args[0]));
        return undefined;
      case "FreezeAt": {
        const at = args[0];
        const area = at instanceof RangeObject ? at.area : parseRangeAddress(this.doc, this.sheet, at);
        this.doc.freeze(this.sheet, area.top + area.rows, area.left + area.columns);
        return undefined;
      }
      case "Unfreeze":
        this.doc.freeze(this.sheet, 0, 0);
        return undefined;
    }
    return super.call(name, args);
  }
}
