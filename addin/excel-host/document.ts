/**
 * The workbook the host simulates: an exceljs workbook for the cells, plus
 * what Excel keeps beside them (settings, threaded comments, charts, the
 * active sheet and the selection, references kept by the client, workbooks
 * created through `application.createWorkbook`). There is no rollback:
 * Excel does not undo the actions of a request that fails part-way (see
 * README, "Errors").
 */

import ExcelJS from "exceljs";
import { type Area, cellAddress } from "./a1";
import { HostError, invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { cellsOf, rowsOf, setSheetProtection, sheetProtectionOf } from "./exceljs-internals";
import { utf8Length } from "./limits";
import { serialFromDate } from "./serial-date";
import { unshareFormulas } from "./unshare-formulas";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

const STATE_OF: Readonly<Record<Visibility, ExcelJS.WorksheetState>> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export interface StoredReply {
  readonly id: string;
  content: string;
  readonly authorName: string;
  readonly authorEmail: string;
  readonly created: Date;
}

export interface StoredComment {
  readonly id: string;
  readonly sheet: ExcelJS.Worksheet;
  readonly row: number;
  readonly column: number;
  content: string;
  readonly authorName: string;
  readonly authorEmail: string;
  readonly created: Date;
  resolved: boolean;
  readonly replies: StoredReply[];
}

export interface StoredChart {
  readonly id: string;
  readonly sheet: ExcelJS.Worksheet;
  name: string;
  readonly type: string;
  readonly source: { readonly sheet: ExcelJS.Worksheet; readonly area: Area };
  readonly seriesBy: string;
  title: string;
  titleVisible: boolean;
  position: { readonly start: string; readonly end: string | undefined } | undefined;
}

export interface Author {
  readonly name: string;
  readonly email: string;
}

export interface DocumentOptions {
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Force the 1904 (true) or 1900 (false) date system; the file's own flag otherwise. */
  readonly date1904?: boolean;
  /** Serialized settings above this many bytes are refused. */
  readonly settingsBytes: number;
  readonly author: Author;
}

export function visibilityOf(sheet: ExcelJS.Worksheet): Visibility {
  return sheet.state === "hidden" ? "Hidden" : sheet.state === "veryHidden" ? "VeryHidden" : "Visible";
}

/**
 * Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ],
 * not beginning or ending with an apostrophe, not "History".
 * Source: "Rename a worksheet" (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9),
 * quoted in jmcnamara/libxlsxwriter#223; a bad name is InvalidArgument, as
 * microsoftgraph/microsoft-graph-docs-contrib#3361 reports for worksheets.add.
 */
export function validateSheetName(name: unknown): string {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31) throw invalidArgument(`Worksheet name ${JSON.stringify(name)}.`);
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw invalidArgument(`Worksheet name ${JSON.stringify(name)} holds a character Excel does not allow.`);
  }
  return name;
}

/** Worksheet.id: a GUID-like string, stable for the sheet. */
export function sheetId(sheet: ExcelJS.Worksheet): string {
  return `{00000000-0001-0000-0000-${String(sheet.id).padStart(12, "0")}}`;
}

export class WorkbookDocument {
  readonly book: ExcelJS.Workbook;
  readonly date1904: boolean;
  readonly author: Author;
  settingsLimit: number;
  readonly #settings = new Map<string, unknown>();
  readonly comments: StoredComment[] = [];
  readonly charts: StoredChart[] = [];
  /** References the client kept (`_KeepReference`), by id: what they were at the time. */
  readonly references = new Map<string, unknown>();
  /** Workbooks made by `application.createWorkbook`, not yet opened. */
  readonly pendingWorkbooks = new Map<string, Uint8Array>();
  /** Workbooks opened with `WorkbookCreated.open()`, in order. */
  readonly openedWorkbooks: Uint8Array[] = [];
  readonly #passwords = new Map<ExcelJS.Worksheet, string>();
  #active: ExcelJS.Worksheet;
  #selection: { sheet: ExcelJS.Worksheet; area: Area };
  #nextId = 1;

  constructor(book: ExcelJS.Workbook, options: DocumentOptions) {
    this.book = book;
    this.author = options.author;
    this.settingsLimit = options.settingsBytes;
    const fileDate1904 = (book.properties as { date1904?: boolean } | undefined)?.date1904 === true;
    this.date1904 = options.date1904 ?? fileDate1904;
    if (this.date1904 !== fileDate1904) fixDates(book, fileDate1904, this.date1904);
    if (book.worksheets.length === 0) book.addWorksheet("Sheet1");
    unshareFormulas(book);
    for (const [key, value] of Object.entries(options.settings ?? {})) this.#settings.set(key, JSON.parse(jsonOf(value)));
    const sheets = book.worksheets;
    const tab = book.views?.[0]?.activeTab;
    const byTab = typeof tab === "number" ? sheets[tab] : undefined;
    const active = byTab && byTab.state === "visible" ? byTab : (sheets.find((s) => s.state === "visible") ?? sheets[0]);
    if (!active) throw new Error("unreachable: the workbook has a sheet");
    this.#active = active;
    this.#selection = { sheet: active, area: { top: 0, left: 0, rows: 1, columns: 1 } };
  }

  newId(): string {
    const n = this.#nextId++;
    return `{${String(n).padStart(8, "0")}-E1CE-4E00-8000-000000000000}`;
  }

  // --- sheets -------------------------------------------------------------------

  sheets(): ExcelJS.Worksheet[] {
    return this.book.worksheets;
  }

  /** By name, without regard to case, or by id. */
  findSheet(key: string): ExcelJS.Worksheet | undefined {
    const wanted = String(key).toLowerCase();
    return this.sheets().find((s) => s.name.toLowerCase() === wanted) ?? this.sheets().find((s) => sheetId(s) === key);
  }

  hasSheet(sheet: ExcelJS.Worksheet): boolean {
    return this.book.getWorksheet(sheet.id) === sheet;
  }

  /** The sheet, or ItemNotFound when it was deleted. */
  live(sheet: ExcelJS.Worksheet): ExcelJS.Worksheet {
    if (!this.hasSheet(sheet)) throw itemNotFound("The worksheet was deleted.");
    return sheet;
  }

  addSheet(name: string | undefined | null): ExcelJS.Worksheet {
    let finalName = name ?? undefined;
    if (finalName === undefined) {
      let n = this.sheets().length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    validateSheetName(finalName);
    // Source: WorksheetCollection.add — "Adds a new worksheet to the workbook"; a duplicate name is
    // ItemAlreadyExists ("The resource being created already exists", error-code table).
    if (this.findSheet(finalName)) throw new HostError("ItemAlreadyExists", `A worksheet named '${finalName}' already exists.`);
    return this.book.addWorksheet(finalName);
  }

  renameSheet(sheet: ExcelJS.Worksheet, name: unknown): void {
    const valid = validateSheetName(name);
    const clash = this.findSheet(valid);
    if (clash && clash !== sheet) throw new HostError("ItemAlreadyExists", `A worksheet named '${valid}' already exists.`);
    sheet.name = valid;
  }

  #visibleSheets(): ExcelJS.Worksheet[] {
    return this.sheets().filter((s) => s.state === "visible");
  }

  setVisibility(sheet: ExcelJS.Worksheet, visibility: unknown): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") throw invalidArgument(`Visibility ${JSON.stringify(visibility)}.`);
    if (visibility !== "Visible" && visibilityOf(sheet) === "Visible" && this.#visibleSheets().length === 1) {
      throw invalidOperation("A workbook must keep at least one visible worksheet.");
    }
    sheet.state = STATE_OF[visibility];
    if (visibility !== "Visible" && this.#active === sheet) this.activate(this.#visibleSheets()[0] ?? sheet);
  }

  deleteSheet(sheet: ExcelJS.Worksheet): void {
    // Source: Worksheet.delete — "if the worksheet's visibility is set to "VeryHidden", the delete
    // operation will fail with an InvalidOperation exception"
    // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
    if (visibilityOf(sheet) === "VeryHidden") throw invalidOperation("A very hidden worksheet cannot be deleted.");
    // Our inference (Excel's UI rule): the last visible sheet cannot go.
    if (visibilityOf(sheet) === "Visible" && this.#visibleSheets().length === 1) throw invalidOperation("The only visible worksheet cannot be deleted.");
    const wasActive = this.#active === sheet;
    this.comments.splice(0, this.comments.length, ...this.comments.filter((c) => c.sheet !== sheet));
    this.charts.splice(0, this.charts.length, ...this.charts.filter((c) => c.sheet !== sheet));
    this.book.removeWorksheet(sheet.id);
    if (wasActive) this.activate(this.#visibleSheets()[0] ?? this.sheets()[0] ?? sheet);
    else if (this.#selection.sheet === sheet) this.select(this.#active, { top: 0, left: 0, rows: 1, columns: 1 });
  }

  get activeSheet(): ExcelJS.Worksheet {
    return this.#active;
  }

  activate(sheet: ExcelJS.Worksheet): void {
    if (visibilityOf(sheet) !== "Visible") throw invalidOperation(`The hidden worksheet '${sheet.name}' cannot be activated.`);
    if (this.#active === sheet) return;
    this.#active = sheet;
    this.#selection = { sheet, area: { top: 0, left: 0, rows: 1, columns: 1 } };
  }

  get selection(): { sheet: ExcelJS.Worksheet; area: Area } {
    return this.#selection;
  }

  /** Select a range; its sheet becomes the active one (Range.select: "Selects the specified range in the Excel UI"). */
  select(sheet: ExcelJS.Worksheet, area: Area): void {
    if (this.#active !== sheet) {
      if (visibilityOf(sheet) !== "Visible") throw invalidOperation(`A range of the hidden worksheet '${sheet.name}' cannot be selected.`);
      this.#active = sheet;
    }
    this.#selection = { sheet, area };
  }

  // --- protection ---------------------------------------------------------------

  isProtected(sheet: ExcelJS.Worksheet): boolean {
    return sheetProtectionOf(sheet)?.sheet === true;
  }

  protect(sheet: ExcelJS.Worksheet, password: string | undefined): void {
    // Source: WorksheetProtection.protect — "Protects a worksheet. Fails if the worksheet has already been protected."
    if (this.isProtected(sheet)) throw invalidOperation(`The worksheet '${sheet.name}' is already protected.`);
    setSheetProtection(sheet, { ...(sheetProtectionOf(sheet) ?? {}), sheet: true });
    if (password) this.#passwords.set(sheet, password);
    else this.#passwords.delete(sheet);
  }

  unprotect(sheet: ExcelJS.Worksheet, password: string | undefined): void {
    const expected = this.#passwords.get(sheet);
    if (expected !== undefined && expected !== password) throw invalidArgument("The password does not match.");
    setSheetProtection(sheet, null);
    this.#passwords.delete(sheet);
  }

  /** Test setup: protect or unprotect without a password. */
  setProtected(sheet: ExcelJS.Worksheet, on: boolean): void {
    setSheetProtection(sheet, on ? { ...(sheetProtectionOf(sheet) ?? {}), sheet: true } : null);
    this.#passwords.delete(sheet);
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
      rows === 0 && columns === 0 ? { ...base, state: "normal" } : { ...base, state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns) };
    sheet.views = [view as Partial<ExcelJS.WorksheetView>, ...(old ?? []).slice(1)];
  }

  // --- settings -----------------------------------------------------------------

  settingKeys(): string[] {
    return [...this.#settings.keys()];
  }

  hasSetting(key: string): boolean {
    return this.#settings.has(key);
  }

  /** A fresh copy of the stored value (settings are kept as JSON). */
  settingValue(key: string): unknown {
    return this.#settings.has(key) ? JSON.parse(jsonOf(this.#settings.get(key))) : undefined;
  }

  /** UTF-8 bytes of the settings serialized as one JSON object, as the document keeps them. */
  settingsBytes(settings: ReadonlyMap<string, unknown> = this.#settings): number {
    return utf8Length(JSON.stringify(Object.fromEntries(settings)));
  }

  setSetting(key: unknown, value: unknown): void {
    if (typeof key !== "string" || key === "") throw invalidArgument("A setting key must be a non-empty string.");
    const next = new Map(this.#settings);
    next.set(key, JSON.parse(jsonOf(value)));
    const bytes = this.settingsBytes(next);
    // Source: "We only support 2MB maximum for settings" (Microsoft, OfficeDev/office-js#621, citing
    // Office.Settings.set); going over fails with "The argument is invalid or missing or has an
    // incorrect format" (OfficeDev/office-js#3957), i.e. InvalidArgument.
    if (bytes > this.settingsLimit) {
      throw invalidArgument(`The settings would take ${bytes} bytes; a document keeps at most ${this.settingsLimit} bytes of settings.`);
    }
    this.#settings.set(key, next.get(key));
  }

  deleteSetting(key: string): void {
    this.#settings.delete(key);
  }

  // --- comments and notes ---------------------------------------------------------

  commentAt(sheet: ExcelJS.Worksheet, row: number, column: number): StoredComment | undefined {
    return this.comments.find((c) => c.sheet === sheet && c.row === row && c.column === column);
  }

  /** The legacy note of a cell (exceljs reads notes as `cell.note`). */
  noteAt(sheet: ExcelJS.Worksheet, row: number, column: number): string | undefined {
    const note = sheet.findCell(row + 1, column + 1)?.note;
    if (note === undefined || note === null) return undefined;
    if (typeof note === "string") return note;
    const texts = (note as { texts?: { text?: string }[] }).texts;
    return Array.isArray(texts) ? texts.map((t) => t.text ?? "").join("") : String(note);
  }

  notes(): Array<{ sheet: ExcelJS.Worksheet; row: number; column: number; text: string }> {
    const out: Array<{ sheet: ExcelJS.Worksheet; row: number; column: number; text: string }> = [];
    for (const sheet of this.sheets()) {
      rowsOf(sheet).forEach((row, r) => {
        if (!row) return;
        cellsOf(row).forEach((cell, c) => {
          if (!cell) return;
          const text = this.noteAt(sheet, r, c);
          if (text !== undefined) out.push({ sheet, row: r, column: c, text });
        });
      });
    }
    return out;
  }

  addComment(sheet: ExcelJS.Worksheet, row: number, column: number, content: string): StoredComment {
    const comment: StoredComment = {
      id: this.newId(),
      sheet,
      row,
      column,
      content,
      authorName: this.author.name,
      authorEmail: this.author.email,
      created: new Date(),
      resolved: false,
      replies: [],
    };
    this.comments.push(comment);
    return comment;
  }

  deleteComment(id: string): void {
    const at = this.comments.findIndex((c) => c.id === id);
    if (at >= 0) this.comments.splice(at, 1);
  }
}

/** JSON text of a setting value; a value JSON cannot carry is InvalidArgument. */
function jsonOf(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw invalidArgument("A setting value must be JSON-serialisable.");
  return json;
}

/**
 * exceljs turned date-formatted numbers into Dates with the file's epoch. When
 * a test forces the other date system, the stored serials stay what they are
 * (Excel stores numbers; the system only says which day a number means), so
 * the Dates go back to numbers with the epoch they were read with.
 */
function fixDates(book: ExcelJS.Workbook, from1904: boolean, to1904: boolean): void {
  for (const sheet of book.worksheets) {
    for (const row of rowsOf(sheet)) {
      if (!row) continue;
      for (const cell of cellsOf(row)) {
        if (cell && cell.value instanceof Date) cell.value = serialFromDate(cell.value, from1904);
      }
    }
  }
  (book.properties as { date1904?: boolean }).date1904 = to1904;
}
