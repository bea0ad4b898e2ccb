/**
 * Worksheet.protection and Worksheet.freezePanes.
 */

import type ExcelJS from "exceljs";
import { FakeClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { Execution } from "./execution";
import type { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import { parseAddress } from "./a1";

interface SheetSource {
  resolve(exec: Execution): ExcelJS.Worksheet | null;
}

export class FakeWorksheetProtection extends FakeClientObject<ExcelJS.Worksheet> {
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarNames = ["protected"] as const;
  readonly #sheet: SheetSource;

  constructor(context: FakeRequestContext, sheet: SheetSource) {
    super(context);
    this.#sheet = sheet;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): ExcelJS.Worksheet | null {
    return this.#sheet.resolve(exec);
  }

  get protected(): boolean {
    return this.loaded("protected");
  }

  /** Protect the sheet: values and formats of locked cells can no longer change. */
  protect(_options?: Record<string, unknown>, password?: string): void {
    this.queueCall("protect", (exec, sheet) => exec.store.protect(sheet, password));
  }

  unprotect(password?: string): void {
    this.queueCall("unprotect", (exec, sheet) => exec.store.unprotect(sheet, password));
  }

  protected readScalars(exec: Execution, sheet: ExcelJS.Worksheet): ReadonlyMap<string, unknown> {
    return new Map([["protected", exec.store.isProtected(sheet)]]);
  }
}

function count(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw invalidArgument(`${what} must be a non-negative integer`);
  return value;
}

export class FakeWorksheetFreezePanes extends FakeClientObject<ExcelJS.Worksheet> {
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly scalarNames: readonly string[] = [];
  readonly #sheet: SheetSource;

  constructor(context: FakeRequestContext, sheet: SheetSource) {
    super(context);
    this.#sheet = sheet;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): ExcelJS.Worksheet | null {
    return this.#sheet.resolve(exec);
  }

  protected readScalars(): ReadonlyMap<string, unknown> {
    return new Map();
  }

  /** Freeze the top `count` rows (0 unfreezes). */
  freezeRows(rows = 1): void {
    this.queueCall("freezeRows", (exec, sheet) => exec.store.freeze(sheet, count(rows, "freezeRows count"), 0));
  }

  /** Freeze the left `count` columns (0 unfreezes). */
  freezeColumns(columns = 1): void {
    this.queueCall("freezeColumns", (exec, sheet) => exec.store.freeze(sheet, 0, count(columns, "freezeColumns count")));
  }

  /** Freeze everything above and left of the range's bottom-right corner. */
  freezeAt(frozenRange: FakeRange | string): void {
    const range = typeof frozenRange === "string" ? undefined : this.sameContext(frozenRange);
    this.queueCall("freezeAt", (exec, sheet) => {
      let area;
      if (range) {
        const target = range.require(exec);
        if (target.sheet !== sheet) throw invalidArgument("the frozen range must be on the same worksheet");
        area = target.area;
      } else {
        const parsed = parseAddress(String(frozenRange));
        if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
          throw invalidArgument(`frozen range ${JSON.stringify(frozenRange)}`);
        }
        area = parsed.area;
      }
      exec.store.freeze(sheet, area.top + area.rows, area.left + area.columns);
    });
  }

  unfreeze(): void {
    this.queueCall("unfreeze", (exec, sheet) => exec.store.freeze(sheet, 0, 0));
  }
}
