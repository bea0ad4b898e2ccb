/**
 * Excel.Worksheet: found at sync time (by name, as the active sheet, or as
 * the one just added) and then followed even through a rename.
 */

import type ExcelJS from "exceljs";
import { type Area, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./a1";
import { FakeChartCollection } from "./charts";
import { FakeClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { Execution } from "./execution";
import { FakeRange } from "./range";
import { type RangeTarget, checkedArea, usedArea } from "./range-target";
import type { FakeRequestContext } from "./request-context";
import { type Visibility, visibilityOf } from "./store";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetFreezePanes, FakeWorksheetProtection } from "./worksheet-parts";

const A1: Area = { top: 0, left: 0, rows: 1, columns: 1 };

export function sheetId(sheet: ExcelJS.Worksheet): string {
  return `{00000000-0001-0000-0000-${String(sheet.id).padStart(12, "0")}}`;
}

export class FakeWorksheet extends FakeClientObject<ExcelJS.Worksheet> {
  protected readonly typeName = "Worksheet";
  protected readonly scalarNames = ["id", "name", "position", "visibility"] as const;
  readonly #locate: (exec: Execution) => ExcelJS.Worksheet | null;
  #protection: FakeWorksheetProtection | undefined;
  #freezePanes: FakeWorksheetFreezePanes | undefined;
  #charts: FakeChartCollection | undefined;
  #tables: FakeTableCollection | undefined;

  constructor(context: FakeRequestContext, locate: (exec: Execution) => ExcelJS.Worksheet | null) {
    super(context);
    this.#locate = locate;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): ExcelJS.Worksheet | null {
    return this.#locate(exec);
  }

  protected override isAlive(exec: Execution, sheet: ExcelJS.Worksheet): boolean {
    return exec.store.hasSheet(sheet);
  }

  get id(): string {
    return this.loaded("id");
  }

  get position(): number {
    return this.loaded("position");
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queueSet("name", (exec, sheet) => exec.store.renameSheet(sheet, value));
  }

  get visibility(): Visibility {
    return this.loaded("visibility");
  }
  set visibility(value: Visibility) {
    this.queueSet("visibility", (exec, sheet) => exec.store.setVisibility(sheet, value));
  }

  protected readScalars(exec: Execution, sheet: ExcelJS.Worksheet, names: readonly string[]): ReadonlyMap<string, unknown> {
    const out = new Map<string, unknown>();
    for (const name of names) {
      if (name === "id") out.set(name, sheetId(sheet));
      else if (name === "name") out.set(name, sheet.name);
      else if (name === "position") out.set(name, exec.store.sheets().indexOf(sheet));
      else if (name === "visibility") out.set(name, visibilityOf(sheet));
    }
    return out;
  }

  // --- navigation -------------------------------------------------------------------

  get protection(): FakeWorksheetProtection {
    this.#protection ??= new FakeWorksheetProtection(this.context, this);
    return this.#protection;
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    this.#freezePanes ??= new FakeWorksheetFreezePanes(this.context, this);
    return this.#freezePanes;
  }

  get charts(): FakeChartCollection {
    this.#charts ??= new FakeChartCollection(this.context, this);
    return this.#charts;
  }

  get tables(): FakeTableCollection {
    this.#tables ??= new FakeTableCollection(this.context, this);
    return this.#tables;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "protection") return this.protection as FakeClientObject<unknown>;
    if (name === "charts") return this.charts as FakeClientObject<unknown>;
    if (name === "tables") return this.tables as FakeClientObject<unknown>;
    return undefined;
  }

  // --- methods ----------------------------------------------------------------------

  activate(): void {
    this.queueCall("activate", (exec, sheet) => exec.store.activate(sheet));
  }

  delete(): void {
    this.queueCall("delete", (exec, sheet) => exec.store.deleteSheet(sheet));
  }

  #range(locate: (exec: Execution, sheet: ExcelJS.Worksheet) => RangeTarget | null): FakeRange {
    return new FakeRange(this.context, (exec) => {
      const sheet = this.resolve(exec);
      return sheet === null ? null : locate(exec, sheet);
    });
  }

  /** "B2:D5", "C7", "A:C", "2:5", with or without this sheet's name; no address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return this.#range((_exec, sheet) => {
      if (address === undefined) return { sheet, area: { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } };
      const parsed = typeof address === "string" ? parseAddress(address) : undefined;
      if (!parsed) throw invalidArgument(`range address ${JSON.stringify(address)}`);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument(`the address ${JSON.stringify(address)} names another worksheet than '${sheet.name}'`);
      }
      return { sheet, area: parsed.area };
    });
  }

  /** 0-based start, sizes of at least 1. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.#range((_exec, sheet) => ({ sheet, area: checkedArea(startRow, startColumn, rowCount, columnCount) }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.#range((_exec, sheet) => ({ sheet, area: checkedArea(row, column, 1, 1) }));
  }

  /** The used range; A1 when the sheet is blank. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.#range((_exec, sheet) => ({ sheet, area: usedArea(sheet, valuesOnly) ?? A1 }));
  }

  /** The used range; a null object when the sheet is blank. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = this.#range((_exec, sheet) => {
      const area = usedArea(sheet, valuesOnly);
      return area ? { sheet, area } : null;
    });
    return range.probe();
  }
}
