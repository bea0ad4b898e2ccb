/**
 * Excel.Range: a rectangle of one worksheet, found at sync time. Cell data
 * (`values`, `formulas`, `numberFormat`, `text`, `valueTypes`) is read and
 * written only at sync, counted against the request limits.
 */

import { type Area, cellCount, formatAddress } from "./a1";
import type { CellScalar, CellValueType } from "./cell-io";
import { FakeClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { Execution } from "./execution";
import { clearRange, isCellData, readCellData, writeInputs, writeNumberFormats } from "./range-data";
import { FakeRangeFormat } from "./range-format";
import { type RangeTarget, checkedArea } from "./range-target";
import type { FakeRequestContext } from "./request-context";
import { FakeWorksheet } from "./worksheet";

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "formulas",
  "numberFormat",
  "rowCount",
  "rowIndex",
  "text",
  "valueTypes",
  "values",
] as const;

export type ClearApplyTo = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly typeName = "Range";
  protected readonly scalarNames = RANGE_SCALARS;
  readonly #locate: (exec: Execution) => RangeTarget | null;
  #format: FakeRangeFormat | undefined;
  #worksheet: FakeWorksheet | undefined;

  constructor(context: FakeRequestContext, locate: (exec: Execution) => RangeTarget | null) {
    super(context);
    this.#locate = locate;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): RangeTarget | null {
    return this.#locate(exec);
  }

  protected override isAlive(exec: Execution, target: RangeTarget): boolean {
    return exec.store.hasSheet(target.sheet);
  }

  // --- loaded properties ----------------------------------------------------------

  /** "Sheet1!B2:D5" */
  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  /** 0-based */
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  /** 0-based */
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get valueTypes(): CellValueType[][] {
    return this.loaded("valueTypes");
  }

  get values(): CellScalar[][] {
    return this.loaded("values");
  }
  set values(input: unknown) {
    this.queueSet("values", (exec, target) => writeInputs(exec, target, input, "values"));
  }

  get formulas(): CellScalar[][] {
    return this.loaded("formulas");
  }
  set formulas(input: unknown) {
    this.queueSet("formulas", (exec, target) => writeInputs(exec, target, input, "formulas"));
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.queueSet("numberFormat", (exec, target) => writeNumberFormats(exec, target, input));
  }

  protected readScalars(exec: Execution, target: RangeTarget, names: readonly string[]): ReadonlyMap<string, unknown> {
    const out = new Map<string, unknown>(readCellData(exec, target, names.filter(isCellData)));
    const { area, sheet } = target;
    for (const name of names) {
      if (name === "address" || name === "addressLocal") out.set(name, formatAddress(sheet.name, area));
      else if (name === "cellCount") out.set(name, cellCount(area));
      else if (name === "rowCount") out.set(name, area.rows);
      else if (name === "columnCount") out.set(name, area.columns);
      else if (name === "rowIndex") out.set(name, area.top);
      else if (name === "columnIndex") out.set(name, area.left);
    }
    return out;
  }

  // --- navigation -------------------------------------------------------------------

  get format(): FakeRangeFormat {
    this.#format ??= new FakeRangeFormat(this.context, this);
    return this.#format;
  }

  get worksheet(): FakeWorksheet {
    this.#worksheet ??= new FakeWorksheet(this.context, (exec) => this.resolve(exec)?.sheet ?? null);
    return this.#worksheet;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "format") return this.format as FakeClientObject<unknown>;
    if (name === "worksheet") return this.worksheet as FakeClientObject<unknown>;
    return undefined;
  }

  // --- methods --------------------------------------------------------------------

  clear(applyTo: ClearApplyTo = "All"): void {
    this.queueCall("clear", (exec, target) => {
      if (applyTo === "All") clearRange(exec, target, true, true);
      else if (applyTo === "Contents") clearRange(exec, target, true, false);
      else if (applyTo === "Formats") clearRange(exec, target, false, true);
      else throw invalidArgument(`clear(${JSON.stringify(applyTo)}) is not supported by the fake`);
    });
  }

  /** Select the range in the Excel UI (its sheet becomes the active one). */
  select(): void {
    this.queueCall("select", (exec, target) => exec.store.select(target.sheet, target.area));
  }

  /** A range derived from this one at sync time. */
  #derive(derive: (area: Area) => Area): FakeRange {
    return new FakeRange(this.context, (exec) => {
      const target = this.resolve(exec);
      return target === null ? null : { sheet: target.sheet, area: derive(target.area) };
    });
  }

  /** A cell relative to the top-left corner; it may lie outside the range, not outside the sheet. */
  getCell(row: number, column: number): FakeRange {
    return this.#derive((a) => checkedArea(a.top + row, a.left + column, 1, 1));
  }

  getRow(row: number): FakeRange {
    return this.#derive((a) => checkedArea(a.top + row, a.left, 1, a.columns));
  }

  getColumn(column: number): FakeRange {
    return this.#derive((a) => checkedArea(a.top, a.left + column, a.rows, 1));
  }

  getLastRow(): FakeRange {
    return this.#derive((a) => checkedArea(a.top + a.rows - 1, a.left, 1, a.columns));
  }

  getLastColumn(): FakeRange {
    return this.#derive((a) => checkedArea(a.top, a.left + a.columns - 1, a.rows, 1));
  }

  getLastCell(): FakeRange {
    return this.#derive((a) => checkedArea(a.top + a.rows - 1, a.left + a.columns - 1, 1, 1));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.#derive((a) => checkedArea(a.top, a.left, a.rows + deltaRows, a.columns + deltaColumns));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.#derive((a) => checkedArea(a.top + rowOffset, a.left + columnOffset, a.rows, a.columns));
  }
}
