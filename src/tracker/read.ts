import { JiebangError } from "../i18n";
import type { Decimal, Unit } from "../money";
import { FIELDS, REQUIRED_FIELDS, fieldSpec, type FieldName, type FieldSpec } from "./fields";
import { cellAddress, cellAt, displayText, gridWidth, parseCellRef, type Grid, type GridCell } from "./grid";
import { findHeader, headerCellsAt, mapHeader, type ColumnConflict, type ColumnMapping, type HeaderCell } from "./header";
import type { Parsed } from "./parsed";
import { MISSING } from "./parsed";
import { parseAmount, type Amount } from "./parse-amount";

import { parseAcceptance, parseIssuerKind, parseMatched, parseProjectType, parseYesNo, type Acceptance, type IssuerKind, type ProjectType } from "./parse-choice";
import { parseDate, type IsoDate } from "./parse-date";
import { parseNames, parsePlace, parsePlaces } from "./parse-names";
import { parseText } from "./parse-text";
import type { Place } from "./places";
import { normalizeLabel } from "./text";
import { TextIndex } from "./text-index";
import { issuerIdentity, ProjectIndex, type ProjectRef } from "./project-index";

/** The value type of each canonical field once read. */
export interface FieldValues {
  id: string;
  name: string;
  type: ProjectType;
  issuer: string;
  issuerUscc: string;
  issuerKind: IssuerKind;
  issuerLocation: Place;
  issuerPaysTaxInRegion: boolean;
  issuerRegisteredOn: IsoDate;
  issuerSeriousCreditLoss: boolean;
  issuerStoppedOrInsolvent: boolean;
  solver: readonly string[];
  solverLocation: readonly Place[];
  matched: boolean;
  investment: Amount;
  major: boolean;
  caseAmount: Amount;
  caseRef: string;
  signedOn: IsoDate;
  acceptance: Acceptance;
  acceptedOn: IsoDate;
  batch: string;
  field: string;
  creditLine: Amount;
  creditBank: string;
}

export type RowValues = { readonly [F in FieldName]: Parsed<FieldValues[F]> };

/** Something about a row worth a warning, found while reading it (not a problem of its rules). */
export type RowNoteCode = "MERGED_CELL" | "UNIT_MISMATCH" | "ZERO_AMOUNT" | "AMOUNT_LOOKS_LIKE_YUAN" | "HIDDEN_ROW" | "DUPLICATE_ID" | "SUB_FEN_ROUNDED" | "CREDIT_LINE_DIFFERS";

export interface RowNote {
  readonly code: RowNoteCode;
  readonly field?: FieldName;
  readonly cell: string | null;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One project row of a tracker. */
export interface TrackerRow {
  /** Worksheet row number as Excel shows it. */
  readonly row: number;
  readonly values: RowValues;
  /** Address of each mapped field's cell ("O7"); absent when the tracker has no such column. */
  readonly cells: Partial<Record<FieldName, string>>;
  /** The text each mapped cell shows, for messages. */
  readonly shown: Partial<Record<FieldName, string>>;
  /** Warnings found while reading the row. */
  readonly notes?: readonly RowNote[];
  /** The first row of the same project, when this row reports it again (invalid, DUPLICATE_PROJECT; a warning when the run allows repeats). */
  readonly duplicateOf?: ProjectRef & { readonly allowed: boolean };
  /** The issuer a credit line on this row is counted for, once per issuer (see CreditLines). */
  readonly creditIssuer?: string;
}

export type SkipReason = "blank" | "total" | "note" | "signoff";

export interface Tracker {
  readonly sheet: string;
  readonly headerRow: number;
  readonly headers: readonly HeaderCell[];
  readonly columns: readonly ColumnMapping[];
  readonly conflicts: readonly ColumnConflict[];
  readonly rows: readonly TrackerRow[];
  /** Rows that are not projects: totals, notes and sign-off lines, with the text they show. */
  readonly skipped: ReadonlyArray<{ row: number; reason: SkipReason; text?: string }>;
}

export interface ReadOptions {
  /** `--map field=Header`: headers the matcher cannot place. */
  readonly map?: Partial<Record<FieldName, string>>;
  /** `--unit`: the unit of amounts whose cell and header name none. */
  readonly unit?: Unit | null;
  /**
   * The projects seen so far in the run (shared by its sources), to catch a
   * project reported twice; the reader begins its sheet as a source in it.
   * Without one, the sheet's own rows are compared with each other.
   */
  readonly projects?: ProjectIndex;
  /** The file the sheet is in, as messages name it (with `projects`). */
  readonly file?: string;
  /** `--allow-duplicates`: a repeated project is a warning on its row, not an invalid row. */
  readonly allowDuplicates?: boolean;
}

/** A row repeating an earlier project: marked, so that it is invalid (or, when the run allows repeats, warned about). */
function markRepeat(projects: ProjectIndex, row: TrackerRow, allowed: boolean): TrackerRow {
  const first = projects.repeatOf(row.values, row.row);
  return first ? { ...row, duplicateOf: { ...first, allowed } } : row;
}

/** The run's project index with this sheet begun in it, or one of the sheet's own. */
function projectsFor(sheet: string, options: ReadOptions): ProjectIndex {
  const projects = options.projects ?? new ProjectIndex();
  projects.beginSource(options.file ?? "", sheet);
  return projects;
}

type Parser = (cell: GridCell, unit: Unit | null) => Parsed<unknown>;

/** How each kind of field is read from its cell. */
export const PARSERS: Readonly<Record<FieldSpec["kind"], Parser>> = {
  text: parseText,
  uscc: parseText,
  projectType: parseProjectType,
  issuerKind: parseIssuerKind,
  yesNo: parseYesNo,
  matched: parseMatched,
  acceptance: parseAcceptance,
  amount: parseAmount,
  names: parseNames,
  place: parsePlace,
  places: parsePlaces,
  date: parseDate,
};

const TOTAL_WORDS = new Set(["合计", "总计", "小计", "累计", "total", "totals", "sum", "grandtotal", "subtotal"]);
const NOTE_START = /^(注|备注|说明|填表说明|note|notes|remark)[:：.、\s]/i;
/** The labels of a sign-off line under a tracker: who filled it in, checked it, to contact, and when (填表人：张某　审核人：李某). */
const SIGNOFF = /^(填表人|填报人|制表人|审核人|审核|复核人|审批人|经办人|负责人|单位负责人|分管领导|联系人|联系电话|电话|填报日期|填表日期|报送日期|日期|填报单位|盖章|prepared by|checked by|approved by|contact|date)\s*[:：]/i;

interface RowClass {
  readonly skip: SkipReason | null;
  readonly text: string;
}

/**
 * Whether a row is a project, or a blank, total, note or sign-off line. A
 * note (注：…) counts anywhere; below the total row, any row whose cells hold
 * a sign-off label or a note is one; above it, a row all of whose cells are
 * sign-off labels.
 */
function classifyRow(grid: Grid, row: number, firstColumn: number, lastColumn: number, afterTotal: boolean): RowClass {
  const texts: string[] = [];
  for (let column = firstColumn; column <= lastColumn; column++) {
    const cell = cellAt(grid, row, column);
    if (cell.mergedInto && cell.value.kind === "empty") continue;
    const text = displayText(cell).trim();
    if (text !== "") texts.push(text);
  }
  const text = texts.join(" ");
  if (texts.length === 0) return { skip: "blank", text };
  // A cell that is a total label, alone or with a colon or a bracketed note (合计：, 合计(15项)); not a name that begins with one (小计量泵).
  if (texts.some((t) => TOTAL_WORDS.has(normalizeLabel(t)) || /^(合计|总计|小计|累计)([:：(（]|$)/.test(normalizeLabel(t)))) return { skip: "total", text };
  const forms = texts.map((t) => t.normalize("NFKC"));
  if (forms.length === 1 && NOTE_START.test(forms[0]!)) return { skip: "note", text };
  if (afterTotal && forms.some((t) => NOTE_START.test(t))) return { skip: "note", text };
  if (afterTotal ? forms.some((t) => SIGNOFF.test(t)) : forms.every((t) => SIGNOFF.test(t))) return { skip: "signoff", text };
  return { skip: null, text };
}

/**
 * The table's columns: from the first to the last mapped column, widened
 * over the header cells next to them without a gap (序号 on the left, 备注 on
 * the right). A row is read across these: a value far off to the right of an
 * otherwise empty row (a stray cell in XFD) does not make it a project.
 */
function tableColumns(headers: readonly HeaderCell[], mapping: readonly ColumnMapping[]): { firstColumn: number; lastColumn: number } {
  const labelled = new Set(headers.map((h) => h.column));
  let firstColumn = Math.min(...mapping.map((m) => m.column));
  let lastColumn = Math.max(...mapping.map((m) => m.column));
  while (labelled.has(firstColumn - 1)) firstColumn--;
  while (labelled.has(lastColumn + 1)) lastColumn++;
  return { firstColumn, lastColumn };
}

/** What the header of a sheet says, before any row is read: for a UI that lets the user fix the mapping. */
export interface HeaderInspection {
  /** The (last) header row; data starts below it. */
  readonly headerRow: number | null;
  /** How many rows the header spans (2 when split over merged rows). */
  readonly headerRows: number;
  readonly headers: readonly HeaderCell[];
  readonly columns: readonly ColumnMapping[];
  readonly conflicts: readonly ColumnConflict[];
  /** Required fields no column supplies. */
  readonly missing: readonly FieldName[];
  /** User mappings whose header is not in the header row. */
  readonly unknownUserHeaders: ReadonlyArray<{ field: FieldName; header: string }>;
}

export function inspectHeader(grid: Grid, map: Partial<Record<FieldName, string>> = {}): HeaderInspection {
  const position = findHeader(grid, map);
  if (position === null) return { headerRow: null, headerRows: 0, headers: [], columns: [], conflicts: [], missing: [...REQUIRED_FIELDS], unknownUserHeaders: [] };
  const headerRow = position.row;
  const headers = headerCellsAt(grid, position);
  const { mapping, conflicts, unknownUserHeaders } = mapHeader(headers, map);
  const mapped = new Set(mapping.map((m) => m.field));
  return { headerRow, headerRows: position.span, headers, columns: mapping, conflicts, missing: REQUIRED_FIELDS.filter((f) => !mapped.has(f)), unknownUserHeaders };
}

/**
 * Read a tracker sheet as it is: find the header below any title rows, map
 * its columns to fields, and read every project row. Throws JiebangError
 * (NO_HEADER, REQUIRED_COLUMNS_MISSING, MAP_HEADER_NOT_FOUND, UNIT_NEEDED)
 * when the sheet cannot be decided at all; anything wrong in a single cell
 * is returned as that row's value problem.
 */
/** The sheet's header, or the one sentence that says why the sheet cannot be decided at all. */
function headerOf(grid: Grid, options: ReadOptions): { headerRow: number; headers: readonly HeaderCell[]; mapping: readonly ColumnMapping[]; conflicts: readonly ColumnConflict[] } {
  const { headerRow, headers, columns: mapping, conflicts, unknownUserHeaders, missing } = inspectHeader(grid, options.map ?? {});
  if (headerRow === null) throw new JiebangError("NO_HEADER", { sheet: grid.sheet });
  if (unknownUserHeaders.length > 0) {
    const { field, header } = unknownUserHeaders[0]!;
    throw new JiebangError("MAP_HEADER_NOT_FOUND", { field: fieldSpec(field).label, header, headers: headers.map((h) => h.text), sheet: grid.sheet, row: headerRow });
  }
  if (missing.length > 0) {
    throw new JiebangError("REQUIRED_COLUMNS_MISSING", { fields: missing.map((f) => fieldSpec(f).label), headers: headers.map((h) => h.text), sheet: grid.sheet, row: headerRow });
  }
  return { headerRow, headers, mapping, conflicts };
}

export function readTracker(grid: Grid, options: ReadOptions = {}): Tracker {
  const { headerRow, headers, mapping, conflicts } = headerOf(grid, options);
  const mapped = new Map(mapping.map((m) => [m.field, m]));

  const { firstColumn, lastColumn } = tableColumns(headers, mapping);
  const lastRow = grid.firstRow + grid.rows.length - 1;
  const rows: TrackerRow[] = [];
  const skipped: Array<{ row: number; reason: SkipReason; text?: string }> = [];
  let afterTotal = false;
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const { skip, text } = classifyRow(grid, row, firstColumn, lastColumn, afterTotal);
    if (skip) {
      if (skip === "total") afterTotal = true;
      if (skip !== "blank") skipped.push({ row, reason: skip, text });
      continue;
    }
    rows.push(readRow(grid, row, mapped, options.unit ?? null));
  }
  checkUnits(grid, rows, mapped, options.unit ?? null);
  noteDuplicateIds(rows);
  const credit = new CreditLines();
  const projects = projectsFor(grid.sheet, options);
  rows.forEach((row, i) => (rows[i] = markRepeat(projects, credit.note(row), options.allowDuplicates ?? false)));
  return { sheet: grid.sheet, headerRow, headers, columns: mapping, conflicts, rows, skipped };
}

/** Days from 1900-01-00 to 1904-01-01 in Excel's 1900 date system: the serial of a day in the 1904 system plus this is its 1900 serial. */
const DAYS_1904 = 1462;

/** 万元 amounts above this many 万元 (1,000,000,000 yuan) look like yuan typed into a 万元 column. */
const PLAUSIBLE_WAN = 100_000;

function readRow(grid: Grid, row: number, mapped: Map<FieldName, ColumnMapping>, unit: Unit | null): TrackerRow {
  const values: Partial<Record<FieldName, Parsed<unknown>>> = {};
  const cells: Partial<Record<FieldName, string>> = {};
  const shown: Partial<Record<FieldName, string>> = {};
  const notes: RowNote[] = [];
  if (grid.hiddenRows?.has(row)) notes.push({ code: "HIDDEN_ROW", cell: null, params: { row } });
  for (const spec of FIELDS) {
    const column = mapped.get(spec.name);
    if (!column) {
      values[spec.name] = MISSING;
      continue;
    }
    const address = cellAddress(row, column.column);
    let cell = cellAt(grid, row, column.column);
    // A cell merged with the one above (one issuer for two projects) reads as the merged value, as a person reads it.
    if (cell.mergedInto && cell.value.kind === "empty") {
      const master = parseCellRef(cell.mergedInto);
      cell = cellAt(grid, master.row, master.column);
      notes.push({ code: "MERGED_CELL", field: spec.name, cell: address, params: { master: cellAddress(master.row, master.column) } });
    }
    // A 1904-system serial is 1,462 days behind the 1900-system serial of the same day.
    if (grid.date1904 && spec.kind === "date" && cell.value.kind === "number") cell = { ...cell, value: { kind: "number", value: cell.value.value + DAYS_1904 } };
    cells[spec.name] = address;
    shown[spec.name] = displayText(cell);
    const columnUnit = column.unit ?? unit;
    const parsed = PARSERS[spec.kind](cell, columnUnit);
    values[spec.name] = parsed;
    if (spec.kind === "amount" && parsed.ok) notes.push(...amountNotes(spec.name, address, parsed.value as Amount, columnUnit));
  }
  return { row, values: values as RowValues, cells, shown, notes };
}

function amountNotes(field: FieldName, cell: string, amount: Amount, columnUnit: Unit | null): RowNote[] {
  const notes: RowNote[] = [];
  if (amount.roundedFrom) notes.push({ code: "SUB_FEN_ROUNDED", field, cell, params: { exact: amount.roundedFrom.toFixed(), yuan: amount.yuan.toFixed(2) } });
  if (amount.cellUnit && columnUnit && amount.cellUnit !== columnUnit) notes.push({ code: "UNIT_MISMATCH", field, cell, params: { cellUnit: amount.cellUnit, columnUnit } });
  if (field === "investment" && amount.yuan.isZero()) notes.push({ code: "ZERO_AMOUNT", field, cell, params: {} });
  if (!amount.cellUnit && columnUnit === "万元" && amount.yuan.gt(PLAUSIBLE_WAN * 10_000)) {
    notes.push({ code: "AMOUNT_LOOKS_LIKE_YUAN", field, cell, params: { wan: amount.yuan.div(10_000).toFixed(), yuan: amount.yuan.toFixed() } });
  }
  return notes;
}

/** The amounts that need a unit (from the header, the cell or --unit). */
const UNIT_FIELDS = ["investment", "caseAmount"] as const;

/**
 * Each issuer's first stated credit line, so that a later row of the same
 * issuer stating another one is noted (the summary counts the largest), and
 * each row with a credit line told which issuer it is counted for
 * (`creditIssuer`). Holds one entry per issuer with a credit line.
 */
export class CreditLines {
  /** By `uscc:` and `name:` keys; an issuer first seen without a valid USCC is found by its name alone. */
  private readonly first = new Map<string, { readonly issuer: string; readonly row: number; readonly yuan: Decimal; readonly withUscc: boolean }>();

  note(row: TrackerRow): TrackerRow {
    const credit = row.values.creditLine;
    const issuer = credit.ok ? issuerIdentity(row.values) : null;
    if (!credit.ok || !issuer) return row;
    const usccKey = issuer.uscc === null ? null : `uscc:${issuer.uscc}`;
    const nameKey = `name:${issuer.name}`;
    // The same issuer: by USCC when both rows have a valid one, else by name (as a project reported twice is found).
    const byName = this.first.get(nameKey);
    const seen = (usccKey === null ? undefined : this.first.get(usccKey)) ?? (byName && (usccKey === null || !byName.withUscc) ? byName : undefined);
    if (!seen) {
      const entry = { issuer: usccKey ?? nameKey, row: row.row, yuan: credit.value.yuan, withUscc: usccKey !== null };
      if (usccKey !== null) this.first.set(usccKey, entry);
      if (!byName) this.first.set(nameKey, entry);
      return { ...row, creditIssuer: entry.issuer };
    }
    if (seen.yuan.eq(credit.value.yuan)) return { ...row, creditIssuer: seen.issuer };
    const note: RowNote = { code: "CREDIT_LINE_DIFFERS", field: "creditLine", cell: row.cells.creditLine ?? null, params: { yuan: credit.value.yuan.toFixed(2), first: seen.row, firstYuan: seen.yuan.toFixed(2) } };
    return { ...row, creditIssuer: seen.issuer, notes: [...(row.notes ?? []), note] };
  }
}

/** The same project id on several rows: a warning on each repeat (a 赛马制 list may do this on purpose). */
function noteDuplicateIds(rows: TrackerRow[]): void {
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = row.values.id;
    if (!id.ok) return;
    const seen = first.get(id.value);
    if (seen === undefined) {
      first.set(id.value, row.row);
      return;
    }
    rows[i] = { ...row, notes: [...(row.notes ?? []), { code: "DUPLICATE_ID", field: "id", cell: row.cells.id ?? null, params: { id: id.value, first: seen } }] };
  });
}

/** An amount that needs a unit nobody gave stops the run with one clear error, naming the first such cell. */
function checkUnits(grid: Grid, rows: readonly TrackerRow[], mapped: Map<FieldName, ColumnMapping>, unit: Unit | null): void {
  if (unit) return;
  for (const field of UNIT_FIELDS) {
    const column = mapped.get(field);
    if (!column || column.unit) continue;
    for (const row of rows) {
      const value = row.values[field];
      if (!value.ok && value.code === "BAD_VALUE" && value.detail === "NO_UNIT") {
        throw new JiebangError("UNIT_NEEDED", { field: fieldSpec(field).label, header: column.header, sheet: grid.sheet, cell: row.cells[field] ?? "" });
      }
    }
  }
}

/** A row of a sheet as a stream hands it on. */
export interface StreamedRow {
  readonly row: number;
  readonly cells: GridCell[];
  readonly hidden: boolean;
}

/**
 * readTracker for a sheet read as a stream. The header is found in `head`
 * (the sheet's first rows and all its merges); then `rows` takes each batch
 * of rows as the stream gives them and returns their project rows, each read
 * as readTracker reads it. Nothing is kept of a row once read but what later
 * rows need: the cells of a merged range's first row while the range runs
 * on, and each project id's first row (for the repeat warning). `finish`
 * gives what readTracker gives but the rows, and refuses an amount without a
 * unit as readTracker does.
 */
export class TrackerStream {
  /** The tracker as far as its header says: what a report needs before the rows come. */
  readonly heading: Omit<Tracker, "rows" | "skipped">;
  private readonly mapped: Map<FieldName, ColumnMapping>;
  private readonly firstColumn: number;
  private readonly lastColumn: number;
  private readonly window: { sheet: string; firstRow: number; firstColumn: number; rows: GridCell[][]; hiddenRows: Set<number>; merges: readonly string[]; date1904?: boolean };
  /** Rows holding the first cell of a range merged over later rows, with the last row it covers. */
  private readonly masters = new Map<number, number>();
  private readonly skipped: Array<{ row: number; reason: SkipReason; text?: string }> = [];
  private readonly firstOfId = new TextIndex();
  private readonly credit = new CreditLines();
  /** The run's projects; the sheet begins as a source in it with its first batch (a run may open its sources before it reads them). */
  private projects: ProjectIndex | null = null;
  private readonly noUnit = new Map<FieldName, string>();
  private afterTotal = false;

  constructor(head: Grid, lastRow: number, private readonly options: ReadOptions = {}) {
    const { headerRow, headers, mapping: columns, conflicts } = headerOf(head, options);
    this.heading = { sheet: head.sheet, headerRow, headers, columns, conflicts };
    this.mapped = new Map(columns.map((m) => [m.field, m]));
    ({ firstColumn: this.firstColumn, lastColumn: this.lastColumn } = tableColumns(headers, columns));
    const rows: GridCell[][] = [];
    rows.length = lastRow;
    this.window = { sheet: head.sheet, firstRow: 1, firstColumn: 1, rows, hiddenRows: new Set(), merges: head.merges ?? [], ...(head.date1904 ? { date1904: true } : {}) };
    for (const range of head.merges ?? []) {
      const [from, to] = range.split(":");
      if (!from || !to) continue;
      const top = parseCellRef(from).row;
      const bottom = parseCellRef(to).row;
      if (bottom > top) this.masters.set(top, Math.max(this.masters.get(top) ?? 0, bottom));
    }
  }

  /** The project rows of one batch of the sheet's rows (in order, each row once). */
  rows(batch: readonly StreamedRow[]): TrackerRow[] {
    const out: TrackerRow[] = [];
    const { window } = this;
    const projects = (this.projects ??= projectsFor(this.heading.sheet, this.options));
    for (const { row, cells, hidden } of batch) {
      window.rows[row - 1] = cells;
      if (hidden) window.hiddenRows.add(row);
      if (row > this.heading.headerRow) {
        const { skip, text } = classifyRow(window, row, this.firstColumn, this.lastColumn, this.afterTotal);
        if (skip) {
          if (skip === "total") this.afterTotal = true;
          if (skip !== "blank") this.skipped.push({ row, reason: skip, text });
        } else out.push(markRepeat(projects, this.credit.note(this.withRepeat(readRow(window, row, this.mapped, this.options.unit ?? null))), this.options.allowDuplicates ?? false));
      }
      window.hiddenRows.delete(row);
      if (!this.masters.has(row)) delete window.rows[row - 1];
    }
    // A merged range's first row is let go once the stream is past the range.
    const last = batch.at(-1)?.row ?? 0;
    for (const [top, bottom] of this.masters) if (bottom < last) delete window.rows[top - 1];
    return out;
  }

  private withRepeat(row: TrackerRow): TrackerRow {
    for (const field of UNIT_FIELDS) {
      const value = row.values[field];
      const column = this.mapped.get(field);
      if (!this.options.unit && column && !column.unit && !value.ok && value.code === "BAD_VALUE" && value.detail === "NO_UNIT" && !this.noUnit.has(field)) this.noUnit.set(field, row.cells[field] ?? "");
    }
    const id = row.values.id;
    if (!id.ok) return row;
    const seen = this.firstOfId.get(id.value);
    if (seen === undefined) {
      this.firstOfId.add(id.value, row.row);
      return row;
    }
    return { ...row, notes: [...(row.notes ?? []), { code: "DUPLICATE_ID", field: "id", cell: row.cells.id ?? null, params: { id: id.value, first: seen } }] };
  }

  /** The tracker but its rows; refuses an amount that needs a unit nobody gave, naming its first cell (as readTracker does). */
  finish(): Omit<Tracker, "rows"> {
    for (const field of UNIT_FIELDS) {
      const cell = this.noUnit.get(field);
      const column = this.mapped.get(field);
      if (cell !== undefined && column) throw new JiebangError("UNIT_NEEDED", { field: fieldSpec(field).label, header: column.header, sheet: this.heading.sheet, cell });
    }
    return { ...this.heading, skipped: this.skipped };
  }
}
