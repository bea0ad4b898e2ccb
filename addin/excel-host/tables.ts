/**
 * Workbook.tables / Worksheet.tables (Excel.TableCollection) and Table, over
 * the tables (ListObjects) exceljs read from the file.
 *
 * - getItem(key): "Gets a table by name or ID"; missing is ItemNotFound.
 *   Table names are unique in a workbook and match without regard to case
 *   (Excel's rule for defined names; "Rename an Excel table",
 *   https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114).
 * - Items carry `Id`; the client re-addresses a table as `Tables[Id]`
 *   (`_collectionPropertyPath` "workbook.tables", excel-web-16.00.debug.js L34496).
 *   The host uses the table's name as its id (our choice; Excel's ids are opaque).
 * - getRange() is headers, body and totals; getDataBodyRange() the body;
 *   getHeaderRowRange() / getTotalRowRange() one row each (Excel.Table reference).
 */

import type ExcelJS from "exceljs";
import { type Area, parseAddress } from "./a1";
import { invalidOperation, itemNotFound } from "./errors";
import { tableInfo, tablesOf } from "./exceljs-internals";
import { HostCollection, HostObject, type HostEnv } from "./host-object";
import { RangeObject } from "./range";
import { WorksheetObject } from "./worksheet";

export class TableObject extends HostObject {
  readonly typeName = "Table";

  constructor(
    env: HostEnv,
    readonly sheet: ExcelJS.Worksheet,
    readonly table: ExcelJS.Table,
  ) {
    super(env);
  }

  override check(): void {
    this.doc.live(this.sheet);
    if (!tablesOf(this.sheet).includes(this.table)) throw itemNotFound("The table was deleted.");
  }

  override identity(): Record<string, unknown> {
    return { Id: tableInfo(this.table).name };
  }

  override get scalarNames(): readonly string[] {
    return ["id", "name", "showHeaders", "showTotals"];
  }

  override scalar(name: string): unknown {
    this.check();
    const info = tableInfo(this.table);
    switch (name) {
      case "id":
      case "name":
        return info.name;
      case "showHeaders":
        return info.headerRow;
      case "showTotals":
        return info.totalsRow;
    }
    return super.scalar(name);
  }

  override navigate(name: string): HostObject {
    if (name === "Worksheet") return new WorksheetObject(this.env, this.sheet);
    return super.navigate(name);
  }

  #area(): Area {
    const parsed = parseAddress(tableInfo(this.table).ref);
    if (!parsed) throw invalidOperation(`The table '${tableInfo(this.table).name}' has no valid range.`);
    return parsed.area;
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    this.check();
    const area = this.#area();
    const { headerRow, totalsRow } = tableInfo(this.table);
    const range = (a: Area) => new RangeObject(this.env, this.sheet, a);
    switch (name) {
      case "GetRange":
        return range(area);
      case "GetHeaderRowRange":
        if (!headerRow) throw invalidOperation("The table shows no header row.");
        return range({ ...area, rows: 1 });
      case "GetDataBodyRange": {
        const top = area.top + (headerRow ? 1 : 0);
        return range({ ...area, top, rows: Math.max(1, area.rows - (headerRow ? 1 : 0) - (totalsRow ? 1 : 0)) });
      }
      case "GetTotalRowRange":
        if (!totalsRow) throw invalidOperation("The table shows no total row.");
        return range({ ...area, top: area.top + area.rows - 1, rows: 1 });
    }
    return super.objectMethod(name, args);
  }
}

/** All tables of the workbook, or of one worksheet. */
export class TableCollectionObject extends HostCollection {
  readonly typeName = "TableCollection";

  constructor(
    env: HostEnv,
    readonly sheet?: ExcelJS.Worksheet,
  ) {
    super(env);
  }

  #all(): TableObject[] {
    return this.doc.sheets().flatMap((s) => (this.sheet && this.sheet !== s ? [] : tablesOf(s).map((t) => new TableObject(this.env, s, t))));
  }

  override items(): readonly HostObject[] {
    return this.#all();
  }

  #find(key: unknown): TableObject | undefined {
    const wanted = String(key).toLowerCase();
    return this.#all().find((t) => tableInfo(t.table).name.toLowerCase() === wanted);
  }

  override index(key: unknown): HostObject {
    const found = this.#find(key);
    if (!found) throw itemNotFound(`There is no table named '${String(key)}'.`);
    return found;
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    if (name === "GetItem") return this.index(args[0]);
    if (name === "GetItemOrNullObject") return this.#find(args[0]) ?? null;
    return super.objectMethod(name, args);
  }
}
