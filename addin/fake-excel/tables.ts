/**
 * Workbook.tables / Worksheet.tables and Table: the tables (ListObjects) of
 * the exceljs workbook, looked up by name without regard to case.
 */

import type ExcelJS from "exceljs";
import { type Area, parseAddress } from "./a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import { invalidOperation, itemNotFound } from "./errors";
import type { Execution } from "./execution";
import { tableInfo, tablesOf } from "./exceljs-internals";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import type { WorkbookStore } from "./store";
import { FakeWorksheet } from "./worksheet";

export interface TableTarget {
  readonly sheet: ExcelJS.Worksheet;
  readonly table: ExcelJS.Table;
}

interface SheetSource {
  resolve(exec: Execution): ExcelJS.Worksheet | null;
}

function allTables(store: WorkbookStore, only?: ExcelJS.Worksheet): TableTarget[] {
  return store.sheets().flatMap((sheet) => (only && only !== sheet ? [] : tablesOf(sheet).map((table) => ({ sheet, table }))));
}

function tableArea(target: TableTarget): Area {
  const parsed = parseAddress(tableInfo(target.table).ref);
  if (!parsed) throw invalidOperation(`the table '${tableInfo(target.table).name}' has no valid range`);
  return parsed.area;
}

export class FakeTable extends FakeClientObject<TableTarget> {
  protected readonly typeName = "Table";
  protected readonly scalarNames = ["id", "name", "showHeaders", "showTotals"] as const;
  readonly #locate: (exec: Execution) => TableTarget | null;
  #worksheet: FakeWorksheet | undefined;

  constructor(context: FakeRequestContext, locate: (exec: Execution) => TableTarget | null) {
    super(context);
    this.#locate = locate;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): TableTarget | null {
    return this.#locate(exec);
  }

  protected override isAlive(exec: Execution, target: TableTarget): boolean {
    return exec.store.hasSheet(target.sheet) && tablesOf(target.sheet).includes(target.table);
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }

  protected readScalars(_exec: Execution, target: TableTarget, names: readonly string[]): ReadonlyMap<string, unknown> {
    const info = tableInfo(target.table);
    const out = new Map<string, unknown>();
    for (const name of names) {
      if (name === "id" || name === "name") out.set(name, info.name);
      else if (name === "showHeaders") out.set(name, info.headerRow);
      else if (name === "showTotals") out.set(name, info.totalsRow);
    }
    return out;
  }

  get worksheet(): FakeWorksheet {
    this.#worksheet ??= new FakeWorksheet(this.context, (exec) => this.resolve(exec)?.sheet ?? null);
    return this.#worksheet;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "worksheet" ? (this.worksheet as FakeClientObject<unknown>) : undefined;
  }

  #part(pick: (area: Area, headerRow: boolean, totalsRow: boolean) => Area): FakeRange {
    return new FakeRange(this.context, (exec) => {
      const target = this.resolve(exec);
      if (target === null) return null;
      const info = tableInfo(target.table);
      return { sheet: target.sheet, area: pick(tableArea(target), info.headerRow, info.totalsRow) };
    });
  }

  /** Headers, body and totals. */
  getRange(): FakeRange {
    return this.#part((area) => area);
  }

  getHeaderRowRange(): FakeRange {
    return this.#part((area, headerRow) => {
      if (!headerRow) throw invalidOperation("the table shows no header row");
      return { ...area, rows: 1 };
    });
  }

  getDataBodyRange(): FakeRange {
    return this.#part((area, headerRow, totalsRow) => {
      const top = area.top + (headerRow ? 1 : 0);
      const rows = Math.max(1, area.rows - (headerRow ? 1 : 0) - (totalsRow ? 1 : 0));
      return { ...area, top, rows };
    });
  }

  getTotalRowRange(): FakeRange {
    return this.#part((area, _headerRow, totalsRow) => {
      if (!totalsRow) throw invalidOperation("the table shows no total row");
      return { ...area, top: area.top + area.rows - 1, rows: 1 };
    });
  }
}

/** All tables of the workbook, or of one worksheet when `sheet` is given. */
export class FakeTableCollection extends FakeCollection<WorkbookStore, TableTarget, FakeTable> {
  protected readonly typeName = "TableCollection";
  readonly #sheet: SheetSource | undefined;

  constructor(context: FakeRequestContext, sheet?: SheetSource) {
    super(context);
    this.#sheet = sheet;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): WorkbookStore | null {
    if (this.#sheet && this.#sheet.resolve(exec) === null) return null;
    return exec.store;
  }

  #scope(exec: Execution): ExcelJS.Worksheet | undefined {
    return this.#sheet?.resolve(exec) ?? undefined;
  }

  protected listTargets(exec: Execution, store: WorkbookStore): readonly TableTarget[] {
    return allTables(store, this.#scope(exec));
  }

  protected makeItem(target: TableTarget): FakeTable {
    return new FakeTable(this.context, () => target);
  }

  #find(exec: Execution, key: string): TableTarget | undefined {
    const wanted = String(key).toLowerCase();
    return allTables(this.require(exec), this.#scope(exec)).find((t) => tableInfo(t.table).name.toLowerCase() === wanted);
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, (exec) => {
      const found = this.#find(exec, key);
      if (!found) throw itemNotFound(`Table '${key}'`);
      return found;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, (exec) => this.#find(exec, key) ?? null).probe();
  }
}
