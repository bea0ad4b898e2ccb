/**
 * The document behind the fake Excel: an exceljs workbook plus what Excel
 * keeps beside the cells (settings, comments, charts, the active sheet and
 * the selection). Tests and the preview read it directly through the
 * accessors here, which bypass the Office.js rules.
 */

import ExcelJS from "exceljs";
import { cellAddress, formatAddress, formatArea, parseAddress } from "./a1";
import { type CellScalar, type CellValueType, cellText, readCell } from "./cell-io";
import { colorOf } from "./colors";
import { type Visibility, WorkbookStore, visibilityOf } from "./store";

export interface FakeWorkbookOptions {
  /** Settings the document starts with (Office keeps them in the file; exceljs cannot). */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface FakeCellView {
  /** As `Range.values` reports it. */
  readonly value: CellScalar;
  readonly valueType: CellValueType;
  readonly text: string;
  readonly numberFormat: string;
  /** With the leading "=". */
  readonly formula?: string;
  /** "#RRGGBB" when the cell has a fill. */
  readonly fill?: string;
  readonly bold?: true;
}

export interface FakeCommentView {
  readonly sheet: string;
  /** "B2" */
  readonly address: string;
  readonly content: string;
  readonly resolved: boolean;
}

export interface FakeChartView {
  readonly name: string;
  readonly type: string;
  /** "Sheet1!A1:B5" */
  readonly sourceAddress: string;
  readonly seriesBy: string;
  readonly title: string;
  /** "B2" / "B2:H15" when setPosition was called. */
  readonly position?: string;
}

export interface FakeSheetView {
  readonly visibility: Visibility;
  readonly protected: boolean;
  readonly frozenRows: number;
  readonly frozenColumns: number;
}

const stores = new WeakMap<FakeWorkbook, WorkbookStore>();

/** @internal The state behind a FakeWorkbook, for the fake API. */
export function storeOf(workbook: FakeWorkbook): WorkbookStore {
  const store = stores.get(workbook);
  if (!store) throw new Error("not a FakeWorkbook");
  return store;
}

export class FakeWorkbook {
  readonly #store: WorkbookStore;

  private constructor(book: ExcelJS.Workbook, options: FakeWorkbookOptions) {
    this.#store = new WorkbookStore(book, options.settings);
    stores.set(this, this.#store);
  }

  static async fromXlsx(bytes: Uint8Array, options: FakeWorkbookOptions = {}): Promise<FakeWorkbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return new FakeWorkbook(book, options);
  }

  /** Wrap an exceljs workbook as it is (not copied: the fake changes it). */
  static fromExcelJs(book: ExcelJS.Workbook, options: FakeWorkbookOptions = {}): FakeWorkbook {
    return new FakeWorkbook(book, options);
  }

  /** The exceljs workbook itself. */
  get exceljs(): ExcelJS.Workbook {
    return this.#store.book;
  }

  /** The workbook as .xlsx bytes; comments become cell notes. Settings and charts are not written. */
  async toXlsx(): Promise<Uint8Array> {
    const store = this.#store;
    const book = store.book;
    const activeTab = Math.max(0, store.sheets().indexOf(store.activeSheet));
    const view = book.views?.[0];
    book.views = [{ x: 0, y: 0, width: 10_000, height: 20_000, firstSheet: 0, visibility: "visible", ...(view ?? {}), activeTab }];
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    if (store.comments.length === 0) return bytes;
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const comment of store.comments) {
      const sheet = copy.getWorksheet(comment.sheet.name);
      if (sheet) sheet.getCell(comment.row + 1, comment.column + 1).note = comment.content;
    }
    return new Uint8Array((await copy.xlsx.writeBuffer()) as ArrayBuffer);
  }

  sheetNames(): string[] {
    return this.#store.sheets().map((s) => s.name);
  }

  #sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.#store.findSheet(name);
    if (!sheet) throw new Error(`FakeWorkbook: no worksheet named '${name}' (it has ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  /** One cell ("B2"), read directly. */
  cell(sheet: string, address: string): FakeCellView {
    const ws = this.#sheet(sheet);
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`FakeWorkbook: bad cell address '${address}'`);
    const cell = ws.findCell(parsed.area.top + 1, parsed.area.left + 1);
    const snapshot = readCell(cell, this.#store.date1904);
    const fill = cell?.fill as { type?: string; pattern?: string; fgColor?: { argb?: string; theme?: number } } | undefined;
    const fillColor = fill && fill.type === "pattern" && fill.pattern && fill.pattern !== "none" ? colorOf(fill.fgColor) : undefined;
    return {
      value: snapshot.value,
      valueType: snapshot.type,
      text: cellText(snapshot, this.#store.date1904),
      numberFormat: snapshot.numberFormat,
      ...(snapshot.formula !== undefined ? { formula: snapshot.formula } : {}),
      ...(fillColor !== undefined ? { fill: fillColor } : {}),
      ...(cell?.font?.bold === true ? { bold: true as const } : {}),
    };
  }

  comments(): FakeCommentView[] {
    return this.#store.comments.map((c) => ({ sheet: c.sheet.name, address: cellAddress(c.row, c.column), content: c.content, resolved: c.resolved }));
  }

  charts(sheet: string): FakeChartView[] {
    const ws = this.#sheet(sheet);
    return this.#store.charts
      .filter((c) => c.sheet === ws)
      .map((c) => ({
        name: c.name,
        type: c.type,
        sourceAddress: formatAddress(c.source.sheet.name, c.source.area),
        seriesBy: c.seriesBy,
        title: c.title,
        ...(c.position ? { position: c.position.end ? `${c.position.start}:${c.position.end}` : c.position.start } : {}),
      }));
  }

  settings(): Record<string, unknown> {
    const store = this.#store;
    return Object.fromEntries(store.settingKeys().map((key) => [key, store.settingValue(key)]));
  }

  sheet(name: string): FakeSheetView {
    const ws = this.#sheet(name);
    const frozen = this.#store.frozen(ws);
    return { visibility: visibilityOf(ws), protected: this.#store.isProtected(ws), frozenRows: frozen.rows, frozenColumns: frozen.columns };
  }

  get activeSheet(): string {
    return this.#store.activeSheet.name;
  }

  get selection(): { sheet: string; address: string } {
    const { sheet, area } = this.#store.selection;
    return { sheet: sheet.name, address: formatArea(area) };
  }

  /** Play the user: select a range ("B2:D5") of a sheet, making it active. */
  select(sheet: string, address: string): void {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`FakeWorkbook: bad address '${address}'`);
    this.#store.select(this.#sheet(sheet), parsed.area);
  }

  /** Sync calls made against this workbook (each is one round trip to Excel). */
  get syncCount(): number {
    return this.#store.syncCount;
  }

  /** Payload bytes and cells of each sync that went through since the last reset. */
  get syncLog(): ReadonlyArray<{ readonly bytes: number; readonly cells: number; readonly start: number; readonly end: number }> {
    return this.#store.syncLog;
  }

  resetSyncCount(): void {
    this.#store.syncLog = [];
    this.#store.syncCount = 0;
  }
}
