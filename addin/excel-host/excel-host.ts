/**
 * ExcelHost: the Excel that Microsoft's own client (excel-web-16.00.debug.js)
 * talks to. It answers the JSON bodies the client POSTs to `…/ProcessQuery`
 * and keeps the workbook they act on. Tests and the preview inspect the
 * workbook through the accessors here, which bypass Excel's rules.
 * No Node built-ins: it bundles for the browser.
 */

import ExcelJS from "exceljs";
import { cellAddress, formatAddress, formatArea, parseAddress } from "./a1";
import { type CellScalar, type CellValueType, cellText, readCell } from "./cell-io";
import { fillColor, hasFill, fillPattern } from "./cell-format";

import { type Author, type Visibility, WorkbookDocument, visibilityOf } from "./document";
import { HostError } from "./errors";
import { type HostLimits, EXCEL_WEB_LIMITS, utf8Length } from "./limits";
import { type ActionView, type Fault, type FaultMatcher, type RequestMessage, type ResponseMessage, refusal, runRequest } from "./process-query";
import { usedArea } from "./range-target";
import { WorkbookObject } from "./workbook";

export interface ExcelHostOptions {
  /** Settings the document starts with (Office keeps them in the file; exceljs cannot read them). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Force the 1904 (true) or 1900 (false) date system; the file's own otherwise. */
  readonly date1904?: boolean;
  /** Lower limits for tests; Excel on the web's otherwise (limits.ts). */
  readonly limits?: Partial<HostLimits>;
  /** Author of the comments the add-in adds. */
  readonly author?: Author;
  /** Workbook.name; "Book1.xlsx" unless given. */
  readonly name?: string;
}

export interface HostCellView {
  /** As `Range.values` reports it. */
  readonly value: CellScalar;
  readonly valueType: CellValueType;
  readonly text: string;
  readonly numberFormat: string;
  /** With the leading "=". */
  readonly formula?: string;
  /** "#RRGGBB" when the cell has a fill (none for "no fill"). */
  readonly fill?: string;
  /** Excel.FillPattern of the fill, when it has one. */
  readonly pattern?: string;
  readonly bold?: true;
}

export interface HostCommentView {
  readonly sheet: string;
  /** "B2" */
  readonly address: string;
  readonly content: string;
  readonly resolved: boolean;
  readonly replies?: string[];
}

export interface HostNoteView {
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
}

export interface HostChartView {
  readonly sheet: string;
  readonly name: string;
  readonly type: string;
  /** "Sheet1!A1:B5" */
  readonly sourceAddress: string;
  readonly seriesBy: string;
  readonly title: string;
  /** "B2" / "B2:H15" when setPosition was called. */
  readonly position?: string;
}

export interface HostSheetView {
  readonly visibility: Visibility;
  readonly protected: boolean;
  readonly frozenRows: number;
  readonly frozenColumns: number;
}

export interface HostRequestRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly error?: string;
}

const DEFAULT_AUTHOR: Author = { name: "Excel Host", email: "host@example.invalid" };

export class ExcelHost {
  readonly #doc: WorkbookDocument;
  readonly #limits: HostLimits;
  readonly #workbook: WorkbookObject;
  readonly #requests: HostRequestRecord[] = [];
  #faults: Fault[] = [];

  private constructor(book: ExcelJS.Workbook, options: ExcelHostOptions) {
    this.#limits = { ...EXCEL_WEB_LIMITS, ...(options.limits ?? {}) };
    this.#doc = new WorkbookDocument(book, {
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.date1904 !== undefined ? { date1904: options.date1904 } : {}),
      settingsBytes: this.#limits.settingsBytes,
      author: options.author ?? DEFAULT_AUTHOR,
    });
    this.#workbook = new WorkbookObject({ doc: this.#doc, limits: this.#limits });
    if (options.name) this.#workbook.name = options.name;
  }

  static async fromXlsx(bytes: Uint8Array, options: ExcelHostOptions = {}): Promise<ExcelHost> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return new ExcelHost(book, options);
  }

  /** Wrap an exceljs workbook as it is (not copied: the host changes it). */
  static fromExcelJs(book: ExcelJS.Workbook, options: ExcelHostOptions = {}): ExcelHost {
    return new ExcelHost(book, options);
  }

  get limits(): HostLimits {
    return this.#limits;
  }

  /**
   * Answer one ProcessQuery request: the raw JSON body the client POSTed, the
   * raw JSON body to send back (HTTP 200; 400 for a body that is not a request).
   */
  processQuery(requestBody: string): { status: number; body: string } {
    const requestBytes = utf8Length(requestBody);
    let message: RequestMessage;
    try {
      message = JSON.parse(requestBody) as RequestMessage;
      if (typeof message !== "object" || message === null || (message.Actions !== undefined && !Array.isArray(message.Actions))) throw new Error("not a request");
    } catch {
      const body = JSON.stringify({ error: { code: "InvalidRequest", message: "The request body is not a ProcessQuery request." } });
      this.#requests.push({ requestBytes, responseBytes: utf8Length(body), actions: 0, error: "InvalidRequest" });
      return { status: 400, body };
    }
    const actions = message.Actions?.length ?? 0;
    let response: ResponseMessage;
    let error: string | undefined;
    if (requestBytes > this.#limits.requestBytes) {
      // The whole request is refused and nothing runs, as the Office bridge refuses it (OSF 5103,
      // excel-web-16.00.debug.js L13477-13484); limits.ts for the limit itself.
      response = refusal(new HostError("RequestPayloadSizeLimitExceeded", `The request is ${requestBytes} bytes; the limit is ${this.#limits.requestBytes} bytes.`));
      error = "RequestPayloadSizeLimitExceeded";
    } else {
      const processed = runRequest({ doc: this.#doc, limits: this.#limits }, this.#workbook, message, (view) => this.#takeFault(view));
      response = processed.response;
      error = processed.error;
    }
    let body = JSON.stringify(response);
    let responseBytes = utf8Length(body);
    if (responseBytes > this.#limits.responseBytes) {
      // The actions ran (their writes stay), but the answer cannot be delivered: no results (README, "Payload limits").
      body = JSON.stringify(refusal(new HostError("ResponsePayloadSizeLimitExceeded", `The response would be ${responseBytes} bytes; the limit is ${this.#limits.responseBytes} bytes.`)));
      responseBytes = utf8Length(body);
      error = "ResponsePayloadSizeLimitExceeded";
    }
    this.#requests.push({ requestBytes, responseBytes, actions, ...(error ? { error } : {}) });
    return { status: 200, body };
  }

  /** Every request answered, in order. */
  get requests(): ReadonlyArray<HostRequestRecord> {
    return this.#requests;
  }

  resetRequests(): void {
    this.#requests.length = 0;
  }

  /**
   * Fault injection: the next request with an action matching `match` fails at
   * that action with `code` (GeneralException by default), after the actions
   * before it have run — as Excel does.
   */
  failNext(match: FaultMatcher, code = "GeneralException"): void {
    this.#faults.push({ match, code });
  }

  #takeFault(view: ActionView): Fault | undefined {
    const at = this.#faults.findIndex((f) => f.match(view));
    if (at < 0) return undefined;
    const [fault] = this.#faults.splice(at, 1);
    return fault;
  }

  /** The workbook as .xlsx bytes. Legacy notes are kept; threaded comments are written as notes ("[comment]" first); settings and charts are not written. */
  async toXlsx(): Promise<Uint8Array> {
    const doc = this.#doc;
    const book = doc.book;
    const activeTab = Math.max(0, doc.sheets().indexOf(doc.activeSheet));
    const view = book.views?.[0];
    book.views = [{ x: 0, y: 0, width: 10_000, height: 20_000, firstSheet: 0, visibility: "visible", ...(view ?? {}), activeTab }];
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    if (doc.comments.length === 0) return bytes;
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const comment of doc.comments) {
      const sheet = copy.getWorksheet(comment.sheet.name);
      if (sheet) sheet.getCell(comment.row + 1, comment.column + 1).note = [comment.content, ...comment.replies.map((r) => r.content)].join("\n");
    }
    return new Uint8Array((await copy.xlsx.writeBuffer()) as ArrayBuffer);
  }

  /** The exceljs workbook itself. */
  get exceljs(): ExcelJS.Workbook {
    return this.#doc.book;
  }

  get date1904(): boolean {
    return this.#doc.date1904;
  }

  // --- inspection and test setup (bypass Excel's rules) ---------------------------

  sheetNames(): string[] {
    return this.#doc.sheets().map((s) => s.name);
  }

  #sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.#doc.findSheet(name);
    if (!sheet) throw new Error(`ExcelHost: no worksheet named '${name}' (it has ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  #cellAt(address: string): { row: number; column: number } {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`ExcelHost: bad cell address '${address}'`);
    return { row: parsed.area.top, column: parsed.area.left };
  }

  /** One cell ("B2"), read directly. */
  cell(sheet: string, address: string): HostCellView {
    const ws = this.#sheet(sheet);
    const { row, column } = this.#cellAt(address);
    const cell = ws.findCell(row + 1, column + 1);
    const snapshot = readCell(cell, this.#doc.date1904);
    const filled = hasFill(cell);
    return {
      value: snapshot.value,
      valueType: snapshot.type,
      text: cellText(snapshot, this.#doc.date1904),
      numberFormat: snapshot.numberFormat,
      ...(snapshot.formula !== undefined ? { formula: snapshot.formula } : {}),
      ...(filled ? { fill: fillColor(cell), pattern: fillPattern(cell) } : {}),
      ...(cell?.font?.bold === true ? { bold: true as const } : {}),
    };
  }

  comments(): HostCommentView[] {
    return this.#doc.comments.map((c) => ({
      sheet: c.sheet.name,
      address: cellAddress(c.row, c.column),
      content: c.content,
      resolved: c.resolved,
      ...(c.replies.length ? { replies: c.replies.map((r) => r.content) } : {}),
    }));
  }

  /** Legacy notes (what exceljs reads as `cell.note`). */
  notes(): HostNoteView[] {
    return this.#doc.notes().map((n) => ({ sheet: n.sheet.name, address: cellAddress(n.row, n.column), text: n.text }));
  }

  charts(sheet?: string): HostChartView[] {
    const only = sheet === undefined ? undefined : this.#sheet(sheet);
    return this.#doc.charts
      .filter((c) => !only || c.sheet === only)
      .map((c) => ({
        sheet: c.sheet.name,
        name: c.name,
        type: c.type,
        sourceAddress: formatAddress(c.source.sheet.name, c.source.area),
        seriesBy: c.seriesBy,
        title: c.title,
        ...(c.position ? { position: c.position.end ? `${c.position.start}:${c.position.end}` : c.position.start } : {}),
      }));
  }

  settings(): Record<string, unknown> {
    const doc = this.#doc;
    return Object.fromEntries(doc.settingKeys().map((key) => [key, doc.settingValue(key)]));
  }

  /** UTF-8 bytes of the serialized settings (what the 2 MB limit counts). */
  settingsBytes(): number {
    return this.#doc.settingsBytes();
  }

  sheet(name: string): HostSheetView {
    const ws = this.#sheet(name);
    const frozen = this.#doc.frozen(ws);
    return { visibility: visibilityOf(ws), protected: this.#doc.isProtected(ws), frozenRows: frozen.rows, frozenColumns: frozen.columns };
  }

  /** The active worksheet's name. */
  activeSheet(): string {
    return this.#doc.activeSheet.name;
  }

  /** Rows and columns from A1 to the last used cell (values or formats); 0 × 0 for a blank sheet. */
  usedSize(sheet: string): { rows: number; columns: number } {
    const area = usedArea(this.#sheet(sheet), false);
    return area ? { rows: area.top + area.rows, columns: area.left + area.columns } : { rows: 0, columns: 0 };
  }

  /** The user's selection. */
  selection(): { sheet: string; address: string } {
    const { sheet, area } = this.#doc.selection;
    return { sheet: sheet.name, address: formatArea(area) };
  }

  /** Play the user: select a range ("B2:D5") of a sheet, making it active. */
  select(sheet: string, address: string): void {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`ExcelHost: bad address '${address}'`);
    this.#doc.select(this.#sheet(sheet), parsed.area);
  }

  /** Workbooks opened through `application.createWorkbook(base64).open()`, in order. */
  createdWorkbooks(): Uint8Array[] {
    return [...this.#doc.openedWorkbooks];
  }

  setProtected(sheet: string, on: boolean): void {
    this.#doc.setProtected(this.#sheet(sheet), on);
  }

  /** A legacy note on a cell, as a file from Excel would carry it. */
  addNote(sheet: string, address: string, text: string): void {
    const { row, column } = this.#cellAt(address);
    this.#sheet(sheet).getCell(row + 1, column + 1).note = text;
  }

  /** A threaded comment, as a user would add it (no Excel rules). */
  addComment(sheet: string, address: string, content: string): void {
    const { row, column } = this.#cellAt(address);
    this.#doc.addComment(this.#sheet(sheet), row, column, content);
  }

  /** Fill a cell with a solid colour ("#RRGGBB"), or remove its fill (null). */
  setFill(sheet: string, address: string, color: string | null): void {
    const { row, column } = this.#cellAt(address);
    const cell = this.#sheet(sheet).getCell(row + 1, column + 1);
    const style = { ...cell.style };
    if (color === null) delete style.fill;
    else style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.replace(/^#/, "").toUpperCase()}` } };
    cell.style = style;
  }

  /** Write a value straight into a cell (test setup). */
  setValue(sheet: string, address: string, value: ExcelJS.CellValue): void {
    const { row, column } = this.#cellAt(address);
    this.#sheet(sheet).getCell(row + 1, column + 1).value = value;
  }
}


