import { cellAddress } from "../tracker";
import {
  canonicalValue,
  checkExportRecord,
  digestSectionRows,
  EMPTY_LOOK,
  hasLooks,
  isRecordRow,
  lookCode,
  parseAddress,
  splitRow,
  type CellLook,
  type RecordLooks,
  type SheetView,
  type ShownLook,
  RECORD_SHEET,
  SealStream,
  type AuditRecord,
  type CanonicalValue,
  type DigestCell,
  type ExportRecord,
  type RecordDigests,
  type RowDigest,
} from "./audit-record";
import { RecordScanner } from "./record-scan";
import { RowDigestList } from "./row-digests";
import {
  compareInputs,
  FINDINGS_LISTED,
  hiddenDiffer,
  lookChanges,
  nowValue,
  recordedView,
  sameValue,
  stateChange,
  viewChanges,
  type CellChange,
  type DigestMismatch,
  type ExportCheck,
  type RunComparison,
  type SheetChange,
} from "./verify-export";
import type { OutRow } from "./workbook-model";

/**
 * verify as a stream: the export's record read as it comes (twice: once for
 * its shape and digests, once, row by row, beside each sheet), each sheet's
 * rows compared with the record's in step, a fresh run's record compared as
 * it is made. What is held is the record's head (everything but its rows),
 * each decision row's digest, a row or a chunk at a time of each side, and
 * the findings (FINDINGS_LISTED of a kind). The findings are those of
 * verifyExport and compareRecords, in the same order.
 */

/** The last column an A1 address names (ZZZ): a row of the record wider than this is read whole. */
const LAST_ADDRESS_COLUMN = 18_278;
/** Excel's last row: a volatile cell or a digest section below it is read whole. */
const LAST_ROW = 1_048_576;

/** The record read through: its head (every sheet's rows left out), its digests recomputed. */
export interface StoredHead {
  /** The record as stored, each sheet with no rows (they are read again, beside the sheets). */
  readonly stored: ExportRecord;
  readonly digests: RecordDigests;
}

/**
 * What reading the record's text through gives: its head and digests; or a
 * record damaged (`why` as parseExportRecord gives it, null when the text is
 * no JSON, whose message only JSON.parse of the whole text gives); or one
 * not laid out as jiebang writes it, to be read whole.
 */
export type StoredScan = ({ readonly kind: "stored" } & StoredHead) | { readonly kind: "damaged"; readonly why: string | null } | { readonly kind: "irregular" };

/** The stored record's text, fed a piece at a time: its shape checked as parseExportRecord checks it, its digests computed as recordDigests does. */
export class StoredRecordReader {
  private readonly scanner: RecordScanner;
  private seal: SealStream | null = null;
  private readonly rowDigests = new RowDigestList();
  private sealing = true;
  private rowsOk = true;
  private narrow = true;
  /** The record keeps looks (format 3): each row begins with its look string. */
  private looked = false;

  constructor() {
    this.scanner = new RecordScanner({
      members: (json) => {
        const record = JSON.parse(json) as Omit<AuditRecord, "sheets">;
        this.looked = hasLooks(record);
        this.seal = new SealStream({ at: "", volatile: [], record }, () => undefined, (d) => void this.rowDigests.push(d));
      },
      sheet: (_index, name) => {
        if (this.seal && typeof name === "string") this.seal.beginSheet(name);
        else this.sealing = false;
      },
      row: (_index, json) => {
        const values: unknown = JSON.parse(json);
        if (!isRecordRow(values, this.looked)) {
          this.rowsOk = false;
          return;
        }
        if (values.length > LAST_ADDRESS_COLUMN) this.narrow = false;
        if (this.sealing) this.seal!.row(values);
      },
      sheetEnd: () => {
        if (this.sealing) this.seal!.endSheet();
      },
    });
  }

  write(text: string): void {
    this.scanner.write(text);
  }

  finish(): StoredScan {
    this.scanner.end();
    if (this.scanner.failure === "syntax") return { kind: "damaged", why: null };
    if (this.scanner.failure === "irregular") return { kind: "irregular" };
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.scanner.skeleton());
    } catch {
      return { kind: "irregular" };
    }
    const reading = checkExportRecord(parsed);
    if (!reading.ok) return { kind: "damaged", why: reading.why };
    if (!this.rowsOk) return { kind: "damaged", why: "record.sheets" };
    const stored = reading.stored;
    if (!this.seal || !this.sealing || !this.narrow || !regular(stored)) return { kind: "irregular" };
    const { record, sheets } = this.seal.finish(stored.record.tool, stored.record.shownCharts);
    return { kind: "stored", stored, digests: { record, sheets, rows: this.rowDigests } };
  }
}

/** A record whose sheets and cells verify can meet in step: sheets of distinct names (the audit sheet among them), cells at addresses in reading order. */
function regular(stored: ExportRecord): boolean {
  const { record } = stored;
  const names = new Set(record.sheets.map((s) => s.name));
  if (names.size !== record.sheets.length || names.has(RECORD_SHEET) || !names.has(record.auditSheet)) return false;
  if (!Number.isSafeInteger(record.digestsAt) || record.digestsAt < 1 || record.digestsAt > LAST_ROW) return false;
  return stored.volatile.every((v) => {
    if (v.value === null) return true;
    const at = parseAddress(v.cell);
    return at !== null && at.row <= LAST_ROW;
  });
}

// ---------------------------------------------------------------------------
// The record's rows, read again

/** The stored record's rows by sheet, read again from its text (`openText` gives it from its start each time it is called). */
export class RecordRows {
  private cursor: RowCursor | null = null;

  constructor(private readonly openText: () => Iterator<string>) {}

  /** Sheet `index`'s rows in order: read on from where the last sheet ended when it comes later, else from the text's start. */
  rows(index: number): Iterator<CanonicalValue[]> {
    if (!this.cursor || !this.cursor.reaches(index)) this.cursor = new RowCursor(this.openText());
    return this.cursor.sheet(index);
  }
}

class RowCursor {
  private readonly scanner: RecordScanner;
  private target = -1;
  private next = 0;
  private queue: Array<{ sheet: number; json: string | null }> = [];
  private head = 0;
  private ended = false;

  constructor(private readonly text: Iterator<string>) {
    this.scanner = new RecordScanner({
      row: (sheet, json) => {
        if (sheet >= this.target) this.queue.push({ sheet, json });
      },
      sheetEnd: (sheet) => {
        if (sheet >= this.target) this.queue.push({ sheet, json: null });
      },
    });
  }

  reaches(index: number): boolean {
    return index >= this.next;
  }

  *sheet(index: number): Generator<CanonicalValue[]> {
    this.target = index;
    this.next = index + 1;
    for (;;) {
      const item = this.take();
      if (!item) return;
      if (item.sheet < index) continue;
      if (item.sheet > index) {
        this.head--;
        return;
      }
      if (item.json === null) return;
      yield JSON.parse(item.json) as CanonicalValue[];
    }
  }

  private take(): { sheet: number; json: string | null } | undefined {
    while (this.head >= this.queue.length) {
      if (this.ended) return undefined;
      this.queue = [];
      this.head = 0;
      const next = this.text.next();
      if (next.done) {
        this.scanner.end();
        this.ended = true;
      } else {
        this.scanner.write(next.value);
      }
    }
    return this.queue[this.head++];
  }
}

// ---------------------------------------------------------------------------
// Findings, listed up to FINDINGS_LISTED

class Listed<T> {
  readonly items: T[] = [];
  total = 0;

  add(item: T): void {
    this.total++;
    if (this.items.length < FINDINGS_LISTED) this.items.push(item);
  }
}

/** Each sheet's changes in the record's sheet order, listed up to FINDINGS_LISTED in all. */
function joined(bySheet: ReadonlyArray<Listed<CellChange> | undefined>): { changes: CellChange[]; total: number } {
  const changes: CellChange[] = [];
  let total = 0;
  for (const listed of bySheet) {
    if (!listed) continue;
    total += listed.total;
    for (const c of listed.items) if (changes.length < FINDINGS_LISTED) changes.push(c);
  }
  return { changes, total };
}

// ---------------------------------------------------------------------------
// An export's sheets against its record

/** A workbook row as it shows now: the columns (0-based, ascending) that hold something, their canonical values and looks; whether it is hidden. */
export interface ShownRow {
  readonly columns: readonly number[];
  readonly values: readonly CanonicalValue[];
  readonly looks?: readonly ShownLook[];
  readonly hidden?: boolean;
}

const NO_CELLS: ShownRow = { columns: [], values: [] };

/**
 * verifyExport as a stream: give each sheet of the workbook in tab order to
 * `sheet` (the record's own sheet aside) and its rows as they are read, then
 * take the `result`. Findings and their order are verifyExport's.
 */
export class ExportComparison {
  private readonly record: Omit<AuditRecord, "sheets"> & { readonly sheets: readonly { readonly name: string }[] };
  private readonly indexOf: Map<string, number>;
  private readonly changes: Array<Listed<CellChange> | undefined> = [];
  private readonly digests = new Listed<DigestMismatch>();
  private readonly compared = new Set<number>();
  private readonly shown: string[] = [];
  /** Sheets whose state changed, by their index in the record. */
  private readonly states = new Map<number, SheetChange>();

  constructor(
    private readonly head: StoredHead,
    private readonly rows: RecordRows,
  ) {
    this.record = head.stored.record;
    this.indexOf = new Map(this.record.sheets.map((s, i) => [s.name, i]));
  }

  /** A sheet of the workbook, in tab order: how to compare its rows with the record's, or null when the record has no sheet of that name. */
  sheet(name: string): SheetComparison | null {
    this.shown.push(name);
    const index = this.indexOf.get(name);
    if (index === undefined) return null;
    this.compared.add(index);
    const changes = (this.changes[index] = new Listed<CellChange>());
    const overlays = this.head.stored.volatile
      .filter((v) => v.sheet === name && v.value !== null)
      .map((v, order) => {
        const at = parseAddress(v.cell)!;
        return { row: at.row, column: at.column - 1, value: v.value, order };
      })
      .sort((a, b) => a.row - b.row || a.column - b.column || a.order - b.order);
    const section = name === this.record.auditSheet ? digestSectionRows(this.record, this.head.digests) : null;
    const looks = hasLooks(this.record) && this.record.looks ? { looks: this.record.looks, state: (change: SheetChange) => void this.states.set(index, change) } : null;
    return new SheetComparison(name, this.rows.rows(index), overlays, section, this.record.digestsAt, changes, this.digests, this.record.auditSheet, looks);
  }

  result(): ExportCheck {
    const sheets: SheetChange[] = [];
    this.record.sheets.forEach((s, i) => {
      if (!this.compared.has(i)) sheets.push({ sheet: s.name, change: "missing" });
      const state = this.states.get(i);
      if (state) sheets.push(state);
    });
    for (const name of this.shown) if (!this.indexOf.has(name)) sheets.push({ sheet: name, change: "added" });
    const { changes, total } = joined(this.changes);
    const unlisted = { changes: total - changes.length, digests: this.digests.total - this.digests.items.length };
    return {
      intact: total === 0 && sheets.length === 0 && this.digests.total === 0,
      changes,
      sheets,
      digests: this.digests.items,
      recordDigest: this.head.digests.record,
      ...(unlisted.changes > 0 || unlisted.digests > 0 ? { unlisted } : {}),
    };
  }
}

/** One sheet's rows against the record's: the recorded row, its volatile cells and (the audit sheet) the digest section over it. */
export class SheetComparison {
  private recorded: CanonicalValue[] | undefined;
  /** The recorded row's look string (a format 3 record's). */
  private recordedLook = "";
  private recordedRow = 0;
  /** How the sheet showed at export (format 3), and the next of its hidden rows to meet. */
  private readonly view: SheetView | null;
  private hiddenAt = 0;
  private overlayAt = 0;
  private sectionRow: { row: OutRow; digest?: DigestCell } | undefined;
  private sectionAt: number;

  constructor(
    private readonly name: string,
    private readonly record: Iterator<CanonicalValue[]>,
    private readonly overlays: ReadonlyArray<{ row: number; column: number; value: CanonicalValue }>,
    private readonly section: Iterator<{ row: OutRow; digest?: DigestCell }> | null,
    digestsAt: number,
    private readonly changes: Listed<CellChange>,
    private readonly digests: Listed<DigestMismatch>,
    private readonly auditSheet: string,
    private readonly looks: { readonly looks: RecordLooks; readonly state: (change: SheetChange) => void } | null = null,
  ) {
    this.view = looks ? recordedView(looks.looks, name) : null;
    this.pullRecorded();
    this.sectionAt = digestsAt;
    this.pullSection();
  }

  /** Row `row` of the sheet as it shows now (rows come in ascending order). */
  row(row: number, shown: ShownRow): void {
    for (let next = this.nextRow(); next < row; next = this.nextRow()) this.compare(next, NO_CELLS);
    this.compare(row, shown);
  }

  /** The sheet is read: the record's rows past its last are compared with empty rows; then what it shows beyond its rows. */
  end(view?: SheetView): void {
    for (let next = this.nextRow(); next < Infinity; next = this.nextRow()) this.compare(next, NO_CELLS);
    if (!this.view || !view) return;
    this.hiddenUpTo(Infinity);
    const state = stateChange(this.name, this.view.state, view.state);
    if (state) this.looks!.state(state);
    viewChanges(this.name, this.view, view, (c) => this.changes.add(c));
  }

  /** The rows hidden at export, before `row`, that a row of the sheet did not meet: shown now. */
  private hiddenUpTo(row: number): void {
    const hidden = this.view?.hiddenRows ?? [];
    for (; this.hiddenAt < hidden.length && hidden[this.hiddenAt]! < row; this.hiddenAt++) {
      this.changes.add({ sheet: this.name, cell: String(hidden[this.hiddenAt]), what: "hiddenRow", old: true, new: false });
    }
  }

  private pullRecorded(): void {
    const next = this.record.next();
    if (next.done) this.recorded = undefined;
    else {
      const { look, values } = splitRow(this.looks !== null, next.value);
      this.recorded = values as CanonicalValue[];
      this.recordedLook = look ?? "";
    }
    this.recordedRow++;
  }

  private pullSection(): void {
    if (!this.section) return;
    const next = this.section.next();
    if (next.done) this.sectionRow = undefined;
    else this.sectionRow = next.value;
  }

  /** The next row the exported sheet has anything in. */
  private nextRow(): number {
    let next = this.recorded ? this.recordedRow : Infinity;
    const overlay = this.overlays[this.overlayAt];
    if (overlay && overlay.row < next) next = overlay.row;
    if (this.sectionRow && this.sectionAt < next) next = this.sectionAt;
    return next;
  }

  /** Row `row` as exported (the record's cells, the volatile ones over them, then the digest section's), and the column of a digest it shows. */
  private exported(row: number): { values: CanonicalValue[]; look: string; digest: { column: number; cell: DigestCell } | null } {
    let values: CanonicalValue[] = [];
    let look = "";
    if (this.recorded && this.recordedRow === row) {
      values = this.recorded;
      look = this.recordedLook;
      this.pullRecorded();
    }
    let copied = false;
    const put = (column: number, value: CanonicalValue) => {
      if (!copied) {
        values = values.slice();
        copied = true;
      }
      while (values.length < column) values.push(null);
      values[column] = value;
    };
    for (let o = this.overlays[this.overlayAt]; o && o.row === row; o = this.overlays[++this.overlayAt]) put(o.column, o.value);
    let digest: { column: number; cell: DigestCell } | null = null;
    if (this.sectionRow && this.sectionAt === row) {
      const { row: cells, digest: d } = this.sectionRow;
      cells.cells.forEach((cell, column) => {
        const value = canonicalValue(cell);
        if (value === null) return;
        put(column, value);
        // The digest section is rebuilt, not recorded: its cells show as the writer writes them.
        look = look.padEnd(column, EMPTY_LOOK).slice(0, column) + lookCode(cell) + look.slice(column + 1);
      });
      if (d) digest = { column: parseAddress(d.cell)!.column - 1, cell: d };
      this.sectionAt++;
      this.pullSection();
    }
    return { values, look, digest };
  }

  /** What a recorded look code stands for (none: an empty cell, or a code the record does not know). */
  private lookOf(look: string, column: number): CellLook | undefined {
    const code = look[column];
    if (code === undefined || code === EMPTY_LOOK || !this.looks) return undefined;
    const codes = this.looks.looks.codes;
    return Object.prototype.hasOwnProperty.call(codes, code) ? codes[code] : undefined;
  }

  private compare(row: number, shown: ShownRow): void {
    const { values, look, digest } = this.nextRow() === row ? this.exported(row) : { values: [] as CanonicalValue[], look: "", digest: null };
    const skip = digest ? digest.column : -1;
    const { columns, values: now } = shown;
    const looks = this.looks ? shown.looks : undefined;
    this.hiddenUpTo(row);
    let j = 0;
    for (let c = 0; c < values.length; c++) {
      let value: CanonicalValue = null;
      let shownLook: ShownLook | undefined;
      if (j < columns.length && columns[j] === c) {
        shownLook = looks?.[j];
        value = now[j++] ?? null;
      }
      this.cell(row, c, values[c] ?? null, value, skip, this.lookOf(look, c), shownLook);
    }
    for (; j < columns.length; j++) this.cell(row, columns[j]!, null, now[j] ?? null, skip, undefined, undefined);
    if (this.view) {
      const hidden = this.view.hiddenRows;
      const was = this.hiddenAt < hidden.length && hidden[this.hiddenAt] === row;
      if (was) this.hiddenAt++;
      if (was !== (shown.hidden ?? false)) this.changes.add({ sheet: this.name, cell: String(row), what: "hiddenRow", old: was, new: !was });
    }
    if (digest) {
      const at = columns.indexOf(digest.column);
      const value = at < 0 ? null : (now[at] ?? null);
      const d = digest.cell;
      if (value !== d.sha256) {
        this.digests.add({ sheet: this.auditSheet, cell: d.cell, scope: d.scope, name: d.name, ...(d.project !== undefined ? { project: d.project } : {}), computed: d.sha256, stored: value });
      }
    }
  }

  private cell(row: number, column: number, old: CanonicalValue, now: CanonicalValue, skip: number, oldLook: CellLook | undefined, nowLook: ShownLook | undefined): void {
    if (column === skip) return;
    const value = nowValue(oldLook, nowLook, now);
    const same = sameValue(old, value);
    const looked = old !== null && now !== null && oldLook !== undefined && nowLook !== undefined;
    if (same && (!looked || (oldLook.type === nowLook.type && oldLook.format === nowLook.format))) return;
    const cell = cellAddress(row, column + 1);
    if (!same) this.changes.add({ sheet: this.name, cell, old, new: value });
    if (looked) lookChanges(this.name, cell, oldLook, nowLook, (c) => this.changes.add(c));
  }
}

// ---------------------------------------------------------------------------
// A fresh run's record against the stored one

/**
 * compareRecords as a stream: feed the fresh run's record text as it is
 * made (`write`), then take the `result`. The stored record's rows are read
 * again beside it. Findings and their order are compareRecords's.
 */
export class RerunComparison {
  private readonly scanner: RecordScanner;
  private readonly indexOf: Map<string, number>;
  private readonly changes: Array<Listed<CellChange> | undefined> = [];
  private readonly matched = new Set<number>();
  private readonly fresh: string[] = [];
  private current: { name: string; index: number; rows: Iterator<CanonicalValue[]>; row: number } | null = null;

  constructor(
    private readonly stored: ExportRecord,
    rows: RecordRows,
  ) {
    this.indexOf = new Map(stored.record.sheets.map((s, i) => [s.name, i]));
    this.scanner = new RecordScanner({
      sheet: (_index, name) => {
        const sheet = String(name);
        this.fresh.push(sheet);
        const index = this.indexOf.get(sheet);
        if (index === undefined) return;
        this.matched.add(index);
        this.changes[index] = new Listed<CellChange>();
        this.current = { name: sheet, index, rows: rows.rows(index), row: 0 };
      },
      row: (_index, json) => {
        const current = this.current;
        if (!current) return;
        const next = current.rows.next();
        this.compare(current, next.done ? [] : next.value, JSON.parse(json) as CanonicalValue[]);
      },
      sheetEnd: () => {
        const current = this.current;
        if (!current) return;
        for (let next = current.rows.next(); !next.done; next = current.rows.next()) this.compare(current, next.value, []);
        this.current = null;
      },
    });
  }

  write(text: string): void {
    this.scanner.write(text);
  }

  result(): RunComparison {
    this.scanner.end();
    if (this.scanner.failure !== null) throw new Error(`the fresh run's record is not JSON as expected (${this.scanner.failure})`);
    const fresh = JSON.parse(this.scanner.skeleton()) as ExportRecord;
    const inputs = compareInputs(this.stored.record.run, fresh.record.run);
    const sheets: SheetChange[] = [];
    this.stored.record.sheets.forEach((s, i) => {
      if (!this.matched.has(i)) sheets.push({ sheet: s.name, change: "missing" });
    });
    for (const name of this.fresh) if (!this.indexOf.has(name)) sheets.push({ sheet: name, change: "added" });
    const { changes, total } = joined(this.changes);
    return {
      same: inputs.length === 0 && total === 0 && sheets.length === 0,
      inputs,
      changes,
      sheets,
      ...(total > changes.length ? { unlisted: { changes: total - changes.length } } : {}),
    };
  }

  private compare(current: { name: string; index: number; row: number }, oldRow: readonly CanonicalValue[], nowRow: readonly CanonicalValue[]): void {
    // The values only, as compareRecords compares them: each record's rows by its own format (a fresh run's are this version's).
    const old = splitRow(hasLooks(this.stored.record), oldRow).values;
    const now = splitRow(true, nowRow).values;
    const row = ++current.row;
    const width = Math.max(old.length, now.length);
    for (let c = 0; c < width; c++) {
      const a = old[c] ?? null;
      const b = now[c] ?? null;
      if (!sameValue(a, b)) this.changes[current.index]!.add({ sheet: current.name, cell: cellAddress(row, c + 1), old: a, new: b });
    }
  }
}
