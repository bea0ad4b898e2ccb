/**
 * The workbook's state and every change that can be made to it. Cells live in
 * the exceljs workbook; settings, comments, charts, the active sheet and the
 * selection live here. During a sync each change records its undo in the
 * journal, so a failed sync can be rolled back.
 */

import type ExcelJS from "exceljs";
import { type Area, cellAddress } from "./a1";
import { FakeOfficeError, invalidArgument, invalidOperation } from "./errors";
import { putValueSlot, restoreWorksheet, setSheetProtection, sheetProtectionOf, takeValueSlot } from "./exceljs-internals";
import type { Journal } from "./journal";
import { unshareFormulas } from "./unshare-formulas";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

const STATE_OF: Readonly<Record<Visibility, ExcelJS.WorksheetState>> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export interface StoredComment {
  readonly id: string;
  readonly sheet: ExcelJS.Worksheet;
  readonly row: number;
  readonly column: number;
  readonly content: string;
  readonly authorName: string;
  readonly authorEmail: string;
  readonly created: Date;
  readonly resolved: boolean;
}

export interface StoredChart {
  readonly id: string;
  readonly sheet: ExcelJS.Worksheet;
  readonly name: string;
  readonly type: string;
  readonly source: { readonly sheet: ExcelJS.Worksheet; readonly area: Area };
  readonly seriesBy: string;
  readonly title: string;
  readonly titleVisible: boolean;
  readonly position: { readonly start: string; readonly end: string | undefined } | undefined;
}

export interface Selection {
  readonly sheet: ExcelJS.Worksheet;
  readonly area: Area;
}

export interface Author {
  readonly name: string;
  readonly email: string;
}

const A1: Area = { top: 0, left: 0, rows: 1, columns: 1 };

export function visibilityOf(sheet: ExcelJS.Worksheet): Visibility {
  return sheet.state === "hidden" ? "Hidden" : sheet.state === "veryHidden" ? "VeryHidden" : "Visible";
}

export function validateSheetName(name: unknown): string {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31) throw invalidArgument(`worksheet name ${JSON.stringify(name)}`);
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw invalidArgument(`worksheet name ${JSON.stringify(name)} has a character Excel does not allow`);
  }
  return name;
}

export class WorkbookStore {
  readonly book: ExcelJS.Workbook;
  readonly date1904: boolean;
  syncCount = 0;
  /** Payload bytes, cells and host time (performance.now) of each sync that went through, in order. */
  syncLog: Array<{ bytes: number; cells: number; start: number; end: number }> = [];
  #journal: Journal | undefined;
  #settings: ReadonlyMap<string, string>;
  #comments: readonly StoredComment[] = [];
  #charts: readonly StoredChart[] = [];
  #active: ExcelJS.Worksheet;
  #selection: Selection;
  #passwords: ReadonlyMap<ExcelJS.Worksheet, string> = new Map();
  #nextId = 1;

  constructor(book: ExcelJS.Workbook, settings: Readonly<Record<string, unknown>> = {}) {
    this.book = book;
    this.date1904 = (book.properties as { date1904?: boolean } | undefined)?.date1904 === true;
    if (book.worksheets.length === 0) book.addWorksheet("Sheet1");
    unshareFormulas(book);
    this.#settings = new Map(Object.entries(settings).map(([key, value]) => [key, jsonOf(value)]));
    const sheets = book.worksheets;
    const tab = book.views?.[0]?.activeTab;
    const byTab = typeof tab === "number" ? sheets[tab] : undefined;
    const active = byTab && byTab.state === "visible" ? byTab : (sheets.find((s) => s.state === "visible") ?? sheets[0]);
    if (!active) throw new Error("unreachable: the workbook has a sheet");
    this.#active = active;
    this.#selection = { sheet: active, area: A1 };
  }

  // --- transactions ---------------------------------------------------------

  /** Run `fn` with every change recorded in `journal`. */
  within<T>(journal: Journal, fn: () => T): T {
    this.#journal = journal;
    try {
      return fn();
    } finally {
      this.#journal = undefined;
    }
  }

  #record(undo: () => void): void {
    this.#journal?.record(undo);
  }

  newId(): string {
    const n = this.#nextId++;
    this.#record(() => {
      this.#nextId = n;
    });
    return `{${String(n).padStart(8, "0")}-FA4E-4E00-8000-000000000000}`;
  }

  // --- sheets ---------------------------------------------------------------

  sheets(): ExcelJS.Worksheet[] {
    return this.book.worksheets;
  }

  findSheet(name: string): ExcelJS.Worksheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets().find((s) => s.name.toLowerCase() === wanted);
  }

  hasSheet(sheet: ExcelJS.Worksheet): boolean {
    return this.book.getWorksheet(sheet.id) === sheet;
  }

  addSheet(name: string | undefined): ExcelJS.Worksheet {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets().length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    validateSheetName(finalName);
    if (this.findSheet(finalName)) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${finalName}' already exists.`);
    const sheet = this.book.addWorksheet(finalName);
    this.#record(() => this.book.removeWorksheet(sheet.id));
    return sheet;
  }

  renameSheet(sheet: ExcelJS.Worksheet, name: unknown): void {
    const valid = validateSheetName(name);
    const clash = this.findSheet(valid);
    if (clash && clash !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${valid}' already exists.`);
    const old = sheet.name;
    sheet.name = valid;
    this.#record(() => {
      sheet.name = old;
    });
  }

  setVisibility(sheet: ExcelJS.Worksheet, visibility: unknown): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") throw invalidArgument(`visibility ${JSON.stringify(visibility)}`);
    if (visibility !== "Visible" && visibilityOf(sheet) === "Visible" && this.#visibleSheets().length === 1) {
      throw invalidOperation("a workbook must keep at least one visible worksheet");
    }
    const old = sheet.state;
    sheet.state = STATE_OF[visibility];
    this.#record(() => {
      sheet.state = old;
    });
    if (visibility !== "Visible" && this.#active === sheet) this.activate(this.#visibleSheets()[0] ?? sheet);
  }

  #visibleSheets(): ExcelJS.Worksheet[] {
    return this.sheets().filter((s) => s.state === "visible");
  }

  deleteSheet(sheet: ExcelJS.Worksheet): void {
    if (visibilityOf(sheet) === "Visible" && this.#visibleSheets().length === 1) throw invalidOperation("the only visible worksheet cannot be deleted");
    const wasActive = this.#active === sheet;
    this.#setComments(this.#comments.filter((c) => c.sheet !== sheet));
    this.#setCharts(this.#charts.filter((c) => c.sheet !== sheet));
    this.book.removeWorksheet(sheet.id);
    this.#record(() => restoreWorksheet(this.book, sheet));
    if (wasActive) this.activate(this.#visibleSheets()[0] ?? this.sheets()[0] ?? sheet);
    else if (this.#selection.sheet === sheet) this.select(this.#active, A1);
  }

  get activeSheet(): ExcelJS.Worksheet {
    return this.#active;
  }

  activate(sheet: ExcelJS.Worksheet): void {
    if (visibilityOf(sheet) !== "Visible") throw invalidOperation(`the hidden worksheet '${sheet.name}' cannot be activated`);
    if (this.#active === sheet) return;
    const old = this.#active;
    this.#active = sheet;
    this.#record(() => {
      this.#active = old;
    });
    this.select(sheet, A1);
  }

  get selection(): Selection {
    return this.#selection;
  }

  /** Select a range; its sheet becomes the active one. */
  select(sheet: ExcelJS.Worksheet, area: Area): void {
    if (this.#active !== sheet) {
      if (visibilityOf(sheet) !== "Visible") throw invalidOperation(`a range of the hidden worksheet '${sheet.name}' cannot be selected`);
      const oldActive = this.#active;
      this.#active = sheet;
      this.#record(() => {
        this.#active = oldActive;
      });
    }
    const old = this.#selection;
    this.#selection = { sheet, area };
    this.#record(() => {
      this.#selection = old;
    });
  }

  // --- cells ----------------------------------------------------------------

  /** Store an exceljs value in a cell (created if needed). */
  writeValue(sheet: ExcelJS.Worksheet, row: number, column: number, value: ExcelJS.CellValue): void {
    const cell = sheet.getCell(row + 1, column + 1);
    const slot = takeValueSlot(cell);
    cell.value = value;
    this.#record(() => putValueSlot(cell, slot));
  }

  /** Replace a cell's style with a new object (exceljs shares style objects between cells). */
  writeStyle(sheet: ExcelJS.Worksheet, row: number, column: number, change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
    const cell = sheet.getCell(row + 1, column + 1);
    const old = cell.style;
    cell.style = change({ ...old });
    this.#record(() => {
      cell.style = old;
    });
  }

  /** Column width in exceljs characters; undefined restores the default. */
  writeColumnWidth(sheet: ExcelJS.Worksheet, column: number, width: number | undefined): void {
    const col = sheet.getColumn(column + 1);
    const old = col.width;
    col.width = width as number;
    this.#record(() => {
      col.width = old as number;
    });
  }

  // --- protection and panes ---------------------------------------------------

  isProtected(sheet: ExcelJS.Worksheet): boolean {
    return sheetProtectionOf(sheet)?.sheet === true;
  }

  /** Refuse a change to cells of a protected sheet (unlocked cells may take values). */
  assertEditable(sheet: ExcelJS.Worksheet, area: Area | undefined, what: string): void {
    if (!this.isProtected(sheet)) return;
    if (area) {
      let allUnlocked = true;
      for (let r = area.top; r < area.top + area.rows && allUnlocked; r++) {
        for (let c = area.left; c < area.left + area.columns; c++) {
          if (sheet.findCell(r + 1, c + 1)?.protection?.locked !== false) {
            allUnlocked = false;
            break;
          }
        }
      }
      if (allUnlocked) return;
    }
    throw new FakeOfficeError("AccessDenied", `The worksheet '${sheet.name}' is protected: ${what} is not allowed.`);
  }

  protect(sheet: ExcelJS.Worksheet, password: string | undefined): void {
    const oldProtection = sheetProtectionOf(sheet);
    const oldPasswords = this.#passwords;
    setSheetProtection(sheet, { ...(oldProtection ?? {}), sheet: true });
    const passwords = new Map(this.#passwords);
    if (password) passwords.set(sheet, password);
    else passwords.delete(sheet);
    this.#passwords = passwords;
    this.#record(() => {
      setSheetProtection(sheet, oldProtection);
      this.#passwords = oldPasswords;
    });
  }

  unprotect(sheet: ExcelJS.Worksheet, password: string | undefined): void {
    const expected = this.#passwords.get(sheet);
    if (expected !== undefined && expected !== password) throw invalidArgument("the password does not match");
    const oldProtection = sheetProtectionOf(sheet);
    const oldPasswords = this.#passwords;
    setSheetProtection(sheet, null);
    const passwords = new Map(this.#passwords);
    passwords.delete(sheet);
    this.#passwords = passwords;
    this.#record(() => {
      setSheetProtection(sheet, oldProtection);
      this.#passwords = oldPasswords;
    });
  }

  frozen(sheet: ExcelJS.Worksheet): { rows: number; columns: number } {
    const view = sheet.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state !== "frozen") return { rows: 0, columns: 0 };
    return { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  }

  freeze(sheet: ExcelJS.Worksheet, rows: number, columns: number): void {
    const old = sheet.views;
    const base = { ...(old?.[0] ?? {}) } as Record<string, unknown>;
    delete base.xSplit;
    delete base.ySplit;
    delete base.topLeftCell;
    const view =
      rows === 0 && columns === 0
        ? { ...base, state: "normal" }
        : { ...base, state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns) };
    sheet.views = [view as Partial<ExcelJS.WorksheetView>, ...(old ?? []).slice(1)];
    this.#record(() => {
      sheet.views = old;
    });
  }

  // --- settings ----------------------------------------------------------------

  settingKeys(): string[] {
    return [...this.#settings.keys()];
  }

  hasSetting(key: string): boolean {
    return this.#settings.has(key);
  }

  /** A fresh copy of the stored value (JSON round trip, as Office stores settings). */
  settingValue(key: string): unknown {
    const json = this.#settings.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  setSetting(key: string, value: unknown): void {
    if (typeof key !== "string" || key === "") throw invalidArgument("a setting key must be a non-empty string");
    const json = jsonOf(value);
    const next = new Map(this.#settings);
    next.set(key, json);
    this.#replaceSettings(next);
  }

  deleteSetting(key: string): void {
    const next = new Map(this.#settings);
    next.delete(key);
    this.#replaceSettings(next);
  }

  #replaceSettings(next: ReadonlyMap<string, string>): void {
    const old = this.#settings;
    this.#settings = next;
    this.#record(() => {
      this.#settings = old;
    });
  }

  // --- comments ------------------------------------------------------------------

  get comments(): readonly StoredComment[] {
    return this.#comments;
  }

  addComment(sheet: ExcelJS.Worksheet, row: number, column: number, content: string, author: Author): StoredComment {
    if (this.#comments.some((c) => c.sheet === sheet && c.row === row && c.column === column)) {
      throw invalidOperation(`the cell ${sheet.name}!${cellAddress(row, column)} already has a comment`);
    }
    const comment: StoredComment = {
      id: this.newId(),
      sheet,
      row,
      column,
      content,
      authorName: author.name,
      authorEmail: author.email,
      created: new Date(),
      resolved: false,
    };
    this.#setComments([...this.#comments, comment]);
    return comment;
  }

  updateComment(id: string, change: Partial<Pick<StoredComment, "content" | "resolved">>): void {
    this.#setComments(this.#comments.map((c) => (c.id === id ? { ...c, ...change } : c)));
  }

  deleteComment(id: string): void {
    this.#setComments(this.#comments.filter((c) => c.id !== id));
  }

  #setComments(next: readonly StoredComment[]): void {
    const old = this.#comments;
    this.#comments = next;
    this.#record(() => {
      this.#comments = old;
    });
  }

  // --- charts --------------------------------------------------------------------

  get charts(): readonly StoredChart[] {
    return this.#charts;
  }

  addChart(chart: Omit<StoredChart, "id" | "name">): StoredChart {
    const taken = new Set(this.#charts.filter((c) => c.sheet === chart.sheet).map((c) => c.name));
    let n = 1;
    while (taken.has(`Chart ${n}`)) n++;
    const stored: StoredChart = { ...chart, id: this.newId(), name: `Chart ${n}` };
    this.#setCharts([...this.#charts, stored]);
    return stored;
  }

  updateChart(id: string, change: Partial<Omit<StoredChart, "id" | "sheet">>): void {
    this.#setCharts(this.#charts.map((c) => (c.id === id ? { ...c, ...change } : c)));
  }

  deleteChart(id: string): void {
    this.#setCharts(this.#charts.filter((c) => c.id !== id));
  }

  #setCharts(next: readonly StoredChart[]): void {
    const old = this.#charts;
    this.#charts = next;
    this.#record(() => {
      this.#charts = old;
    });
  }
}

/** JSON text of a setting value; Office refuses what JSON cannot carry. */
function jsonOf(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw invalidArgument("a setting value must be JSON-serialisable");
  return json;
}
