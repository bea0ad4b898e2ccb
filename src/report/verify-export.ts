import { CELL_TEXT_MAX, shownText } from "./spreadsheet-cell";
import {
  sortAddresses,
  digestSection,
  recordDigests,
  canonicalCells,
  canonicalLooks,
  canonicalMoney,
  canonicalRatio,
  hasLooks,
  parseAddress,
  sheetCells,
  sheetLooks,
  type RecordLooks,
  type RecordSheet,
  type AuditRecord,
  type CanonicalSheet,
  type CanonicalValue,
  type CellLook,
  type DigestCell,
  type ExportRecord,
  type SheetView,
  type ShownLook,
} from "./audit-record";
import { columnLetter } from "../tracker";

/**
 * Checking an exported audited workbook against the record it carries, and
 * a fresh run against that record. Problems found are data, not errors.
 */

/**
 * A cell whose value differs: `old` is what the export held (or the record
 * says), `new` what is there now (or a re-run gives). Or, with `what`, how
 * it shows: its type ("number", "text"…), its number format (null: General),
 * whether its row (`cell` "5") or column (`cell` "C") is hidden, a hyperlink
 * or a note on it (its target or text; null: none; true: one recorded).
 */
export interface CellChange {
  readonly sheet: string;
  readonly cell: string;
  readonly old: CanonicalValue;
  readonly new: CanonicalValue;
  readonly what?: "type" | "format" | "hiddenRow" | "hiddenColumn" | "hyperlink" | "note";
}

/** A whole sheet missing (deleted or renamed) or added; or its state changed (hidden or shown again): `old` and `new` are its states. */
export type SheetChange =
  | { readonly sheet: string; readonly change: "missing" | "added" }
  /** A chart (1-based, in the sheet's drawing order) changed, removed, or drawn without being recorded. */
  | { readonly sheet: string; readonly change: "chart"; readonly chart: number; readonly what: "changed" | "removed" | "added" }
  | { readonly sheet: string; readonly change: "state"; readonly old: string; readonly new: string };

/** A digest in the audit sheet that is not the digest of the hidden record. */
export interface DigestMismatch {
  readonly sheet: string;
  readonly cell: string;
  readonly scope: DigestCell["scope"];
  readonly name: string;
  /** A decision row's project id. */
  readonly project?: CanonicalValue;
  /** Recomputed from the hidden record. */
  readonly computed: string;
  /** What the audit sheet holds now. */
  readonly stored: CanonicalValue;
}

export interface ExportCheck {
  /** Nothing changed: no cell, no sheet, no digest. */
  readonly intact: boolean;
  readonly changes: readonly CellChange[];
  readonly sheets: readonly SheetChange[];
  readonly digests: readonly DigestMismatch[];
  /** The digest of the hidden record, recomputed. */
  readonly recordDigest: string;
  /** Findings counted but not listed (past FINDINGS_LISTED of a kind); absent when every one is listed. */
  readonly unlisted?: { readonly changes: number; readonly digests: number };
}

/**
 * Of each kind of finding (changed cells, digests), the most listed; the
 * rest are counted. An edit of a whole column of 100,000 rows is then a
 * thousand lines and a count, not 100,000 findings held and printed.
 */
export const FINDINGS_LISTED = 1000;

/** A recorded value and what a cell shows now: the same, or a recorded long text cut as the cell holds it. */
export function sameValue(a: CanonicalValue, b: CanonicalValue): boolean {
  return a === b || (a === null && b === "") || (a === "" && b === null) || (typeof a === "string" && a.length > CELL_TEXT_MAX && shownText(a) === b);
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** A number read again as a cell of the recorded format shows it (money and rates as their decimal strings), as the reader reads one. */
function numberAs(format: string | null, value: number): CanonicalValue {
  const fmt = format ?? "";
  if (fmt.includes("%")) return canonicalRatio(String(value));
  if (fmt.includes("¥") || fmt.includes("#,##0.00")) return canonicalMoney(String(value));
  return value;
}

/**
 * A cell's value as it shows now, against the recorded one: a number whose
 * format changed is read by the recorded format, so that what changed is
 * named once (its format), not also as a value it only seems to have.
 */
export function nowValue(old: CellLook | undefined, now: ShownLook | undefined, value: CanonicalValue): CanonicalValue {
  if (old?.type === "number" && now?.type === "number" && now.number !== undefined && old.format !== now.format) return numberAs(old.format, now.number);
  return value;
}

/** How a cell shows now against how it was exported: its type, then its number format (both cells showing something). */
export function lookChanges(sheet: string, cell: string, old: CellLook | undefined, now: ShownLook | undefined, add: (change: CellChange) => void): void {
  if (!old || !now) return;
  if (old.type !== now.type) add({ sheet, cell, what: "type", old: old.type, new: now.type });
  if (old.format !== now.format) add({ sheet, cell, what: "format", old: old.format, new: now.format });
}

/** Of a name in a record's looks lists ("sheet!5"), its sheet and what follows. */
function splitName(name: string): { sheet: string; at: string } {
  const bang = name.lastIndexOf("!");
  return bang < 0 ? { sheet: name, at: "" } : { sheet: name.slice(0, bang), at: name.slice(bang + 1) };
}

/** What a sheet showed at export, beyond its cells, by the record's looks. */
export function recordedView(looks: RecordLooks, sheet: string): SheetView {
  const of = (list: readonly string[]) => list.map(splitName).filter((n) => n.sheet === sheet).map((n) => n.at);
  const rows = of(looks.hiddenRows).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
  const columns = of(looks.hiddenColumns).map((c) => parseAddress(`${c}1`)?.column ?? 0).filter((n) => n > 0);
  const marks = (list: readonly string[]) => Object.fromEntries(of(list).map((at) => [at, "" as string]));
  return {
    state: looks.hiddenSheets.includes(sheet) ? "hidden" : "visible",
    hiddenRows: [...new Set(rows)].sort((a, b) => a - b),
    hiddenColumns: [...new Set(columns)].sort((a, b) => a - b),
    hyperlinks: marks(looks.hyperlinks),
    notes: marks(looks.notes),
  };
}

/** Rows or columns hidden on one side only, ascending (both lists ascending), each with whether it was hidden and is now. */
export function* hiddenDiffer(old: readonly number[], now: readonly number[]): Generator<{ at: number; old: boolean; new: boolean }> {
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    const a = old[i] ?? Infinity;
    const b = now[j] ?? Infinity;
    if (a === b) {
      i++;
      j++;
    } else if (a < b) {
      yield { at: a, old: true, new: false };
      i++;
    } else {
      yield { at: b, old: false, new: true };
      j++;
    }
  }
}

/** A sheet's hidden columns, hyperlinks and notes now against the recorded ones (its hidden rows go with its rows). */
export function viewChanges(sheet: string, old: SheetView, now: SheetView, add: (change: CellChange) => void): void {
  for (const d of hiddenDiffer(old.hiddenColumns, now.hiddenColumns)) add({ sheet, cell: columnLetter(d.at), what: "hiddenColumn", old: d.old, new: d.new });
  for (const [what, was, is] of [
    ["hyperlink", old.hyperlinks, now.hyperlinks],
    ["note", old.notes, now.notes],
  ] as const) {
    const cells = sortAddresses(new Set([...Object.keys(was), ...Object.keys(is)]));
    for (const cell of cells) {
      const a = hasOwn(was, cell);
      const b = hasOwn(is, cell);
      if (a !== b) add({ sheet, cell, what, old: a ? true : null, new: b ? (is[cell] ?? "") : null });
    }
  }
}

/** A sheet's state now against the recorded one, as a sheet change. */
export function stateChange(sheet: string, old: string, now: string): SheetChange | null {
  return old === now ? null : { sheet, change: "state", old, new: now };
}

/** A cell's value, null when the sheet has none (never something inherited). */
function valueAt(sheet: CanonicalSheet, cell: string): CanonicalValue {
  return hasOwn(sheet.cells, cell) ? (sheet.cells[cell] ?? null) : null;
}

/**
 * Every cell that differs between two sets of sheets (matched by name), in
 * sheet order then reading order; when both sides say how their cells and
 * sheets show, how they differ too: in a row, each cell's value, type and
 * format, then whether the row is hidden; after the rows, hidden columns,
 * hyperlinks and notes; a sheet's state among the sheet changes.
 */
function compareSheets(
  before: readonly CanonicalSheet[],
  after: readonly CanonicalSheet[],
  skip: (sheet: string, cell: string) => boolean = () => false,
): { changes: CellChange[]; sheets: SheetChange[] } {
  const changes: CellChange[] = [];
  const sheets: SheetChange[] = [];
  const afterByName = new Map(after.map((s) => [s.name, s]));
  const beforeNames = new Set(before.map((s) => s.name));
  for (const old of before) {
    const now = afterByName.get(old.name);
    if (!now) {
      sheets.push({ sheet: old.name, change: "missing" });
      continue;
    }
    const looks = old.looks && now.looks ? { old: old.looks, now: now.looks } : null;
    const view = old.view && now.view ? { old: old.view, now: now.view } : null;
    const lookAt = (cell: string) => (looks && hasOwn(looks.old, cell) ? looks.old[cell] : undefined);
    const shownAt = (cell: string) => (looks && hasOwn(looks.now, cell) ? looks.now[cell] : undefined);
    // Find what differs first, then sort only that: a sheet may hold hundreds of thousands of cells.
    const differing = new Set<string>();
    const differs = (cell: string) => {
      const was = valueAt(old, cell);
      const is = valueAt(now, cell);
      if (!sameValue(was, nowValue(lookAt(cell), shownAt(cell), is))) return true;
      if (!looks || was === null || is === null) return false;
      const [a, b] = [lookAt(cell), shownAt(cell)];
      return a !== undefined && b !== undefined && (a.type !== b.type || a.format !== b.format);
    };
    for (const cell of Object.keys(old.cells)) if (differs(cell)) differing.add(cell);
    for (const cell of Object.keys(now.cells)) if (!hasOwn(old.cells, cell) && differs(cell)) differing.add(cell);
    const hiddenRows = view ? [...hiddenDiffer(view.old.hiddenRows, view.now.hiddenRows)] : [];
    const rowKey = 20_000;
    const keyed: Array<{ key: number; cell?: string; row?: (typeof hiddenRows)[number] }> = [];
    for (const cell of differing) {
      const at = parseAddress(cell);
      keyed.push({ key: at ? at.row * rowKey + at.column : Number.MAX_SAFE_INTEGER, cell });
    }
    for (const row of hiddenRows) keyed.push({ key: row.at * rowKey + rowKey - 1, row });
    keyed.sort((a, b) => a.key - b.key || ((a.cell ?? "") < (b.cell ?? "") ? -1 : 1));
    for (const { cell, row } of keyed) {
      if (row) {
        changes.push({ sheet: old.name, cell: String(row.at), what: "hiddenRow", old: row.old, new: row.new });
        continue;
      }
      if (skip(old.name, cell!)) continue;
      const was = valueAt(old, cell!);
      const is = valueAt(now, cell!);
      const value = nowValue(lookAt(cell!), shownAt(cell!), is);
      if (!sameValue(was, value)) changes.push({ sheet: old.name, cell: cell!, old: was, new: value });
      if (was !== null && is !== null) lookChanges(old.name, cell!, lookAt(cell!), shownAt(cell!), (c) => changes.push(c));
    }
    if (view) {
      const state = stateChange(old.name, view.old.state, view.now.state);
      if (state) sheets.push(state);
      viewChanges(old.name, view.old, view.now, (c) => changes.push(c));
    }
  }
  for (const s of after) if (!beforeNames.has(s.name)) sheets.push({ sheet: s.name, change: "added" });
  return { changes, sheets };
}

/** The sheets as the export showed them, rebuilt from its record: the recorded cells, the volatile ones and the digest section. */
export function exportedSheets(stored: ExportRecord): { sheets: CanonicalSheet[]; digestCells: DigestCell[] } {
  const { record } = stored;
  const section = digestSection(record);
  const looked = hasLooks(record) && record.looks !== undefined;
  const sheets = record.sheets.map((s): CanonicalSheet => {
    const cells: Record<string, CanonicalValue> = sheetCells(s, 1, hasLooks(record));
    for (const v of stored.volatile) if (v.sheet === s.name && v.value !== null) cells[v.cell] = v.value;
    const looks = looked ? sheetLooks(s, record.looks!.codes) : null;
    if (s.name === record.auditSheet) {
      const rows = canonicalCells(section.rows, record.digestsAt);
      for (const [cell, value] of Object.entries(rows)) cells[cell] = value;
      if (looks) Object.assign(looks, canonicalLooks(section.rows, record.digestsAt));
    }
    return { name: s.name, cells, ...(looks ? { looks, view: recordedView(record.looks!, s.name) } : {}) };
  });
  return { sheets, digestCells: section.digestCells };
}

/**
 * Compare an export with the record it carries: (a) every cell as read now
 * with the cell the record says was exported, and (b) every digest in the
 * audit sheet with the digest recomputed from the record — so an edit of a
 * visible cell, of the hidden record or of a digest is found.
 */
export function verifyExport(stored: ExportRecord, now: readonly CanonicalSheet[]): ExportCheck {
  const { record } = stored;
  const { sheets: exported, digestCells } = exportedSheets(stored);
  const digestAddresses = new Set(digestCells.map((d) => d.cell));
  const { changes, sheets } = compareSheets(exported, now, (sheet, cell) => sheet === record.auditSheet && digestAddresses.has(cell));
  const audit = now.find((s) => s.name === record.auditSheet);
  const digests: DigestMismatch[] = [];
  if (audit) {
    for (const d of digestCells) {
      const value = valueAt(audit, d.cell);
      if (value !== d.sha256) {
        digests.push({ sheet: record.auditSheet, cell: d.cell, scope: d.scope, name: d.name, ...(d.project !== undefined ? { project: d.project } : {}), computed: d.sha256, stored: value });
      }
    }
  }
  return {
    intact: changes.length === 0 && sheets.length === 0 && digests.length === 0,
    changes,
    sheets,
    digests,
    recordDigest: recordDigests(record).record,
  };
}

function asCells(record: AuditRecord): (sheet: RecordSheet) => CanonicalSheet {
  return (sheet) => ({ name: sheet.name, cells: sheetCells(sheet, 1, hasLooks(record)) });
}

/** An input of the run whose SHA-256 is not what the export recorded; null where one side has no such input. */
export interface InputMismatch {
  readonly what: "input" | "pack";
  /** "input", or the pack's id@version. */
  readonly name: string;
  readonly recorded: string | null;
  readonly now: string | null;
}

export interface RunComparison {
  /** The fresh run decides exactly what the export records. */
  readonly same: boolean;
  readonly inputs: readonly InputMismatch[];
  /** `old` is the exported record's, `new` the fresh run's. */
  readonly changes: readonly CellChange[];
  readonly sheets: readonly SheetChange[];
  /** Changes counted but not listed (past FINDINGS_LISTED); absent when every one is listed. */
  readonly unlisted?: { readonly changes: number };
}

/** Compare the record of a fresh run (the tracker re-decided with the packs) with the exported one, cell by cell. */
export function compareRecords(exported: AuditRecord, fresh: AuditRecord): RunComparison {
  const inputs = compareInputs(exported.run, fresh.run);
  const { changes, sheets } = compareSheets(exported.sheets.map(asCells(exported)), fresh.sheets.map(asCells(fresh)));
  return { same: inputs.length === 0 && changes.length === 0 && sheets.length === 0, inputs, changes, sheets };
}

/**
 * A re-run's comparison with the charts' too: measured against what the
 * fresh run draws, a chart the export's record names differently, or lacks
 * (removed), or names beyond the run's (added). Either record without
 * charts (format 2) says nothing of them.
 */
export function withRerunCharts(comparison: RunComparison, exported: AuditRecord["shownCharts"], fresh: AuditRecord["shownCharts"]): RunComparison {
  if (exported === undefined || fresh === undefined) return comparison;
  const changes = chartChanges(fresh, sheetsDrawing(exported));
  if (changes.length === 0) return comparison;
  return { ...comparison, same: false, sheets: [...comparison.sheets, ...changes] };
}

/** Recorded charts as a reader would find them drawn: each sheet's, in order. */
function sheetsDrawing(charts: NonNullable<AuditRecord["shownCharts"]>): DrawnCharts[] {
  const sheets = [...new Set(charts.map((c) => c.sheet))];
  return sheets.map((sheet) => ({ sheet, sha256s: charts.filter((c) => c.sheet === sheet).map((c) => c.sha256) }));
}

/** The tracker and packs a fresh run used whose SHA-256 is not what the export recorded. */
export function compareInputs(exported: Pick<AuditRecord["run"], "input" | "packs" | "sources">, fresh: Pick<AuditRecord["run"], "input" | "packs" | "sources">): InputMismatch[] {
  const inputs: InputMismatch[] = [];
  if (exported.sources || fresh.sources) {
    // A consolidated run's sources, one by one in order, by file name and SHA-256.
    const [was, now] = [exported.sources ?? [], fresh.sources ?? []];
    for (let i = 0; i < Math.max(was.length, now.length); i++) {
      const [a, b] = [was[i], now[i]];
      if (a && b && a.file === b.file) {
        if (a.input.sha256 !== b.input.sha256) inputs.push({ what: "input", name: a.file, recorded: a.input.sha256, now: b.input.sha256 });
        continue;
      }
      // Another file in this place, or none: the recorded one is not there, the fresh one was not recorded.
      if (a) inputs.push({ what: "input", name: a.file, recorded: a.input.sha256, now: null });
      if (b) inputs.push({ what: "input", name: b.file, recorded: null, now: b.input.sha256 });
    }
  } else if (exported.input.sha256 !== fresh.input.sha256) {
    inputs.push({ what: "input", name: "input", recorded: exported.input.sha256, now: fresh.input.sha256 });
  }
  const key = (p: { id: string; version: string }) => `${p.id}@${p.version}`;
  const freshPacks = new Map(fresh.packs.map((p) => [key(p), p.sha256]));
  const recordedPacks = new Map(exported.packs.map((p) => [key(p), p.sha256]));
  for (const [name, sha256] of recordedPacks) {
    const now = freshPacks.get(name) ?? null;
    if (now !== sha256) inputs.push({ what: "pack", name, recorded: sha256, now });
  }
  for (const [name, sha256] of freshPacks) if (!recordedPacks.has(name)) inputs.push({ what: "pack", name, recorded: null, now: sha256 });
  return inputs;
}

/** The charts an export draws, as read back: each sheet's charts' SHA-256, in its drawing's order. */
export interface DrawnCharts {
  readonly sheet: string;
  readonly sha256s: readonly string[];
}

/**
 * The record's charts against those the export draws: a chart whose part no
 * longer has its recorded SHA-256, one removed, one drawn that the record
 * does not name. A record without charts (format 2) says nothing of them.
 */
export function chartChanges(recorded: AuditRecord["shownCharts"], drawn: readonly DrawnCharts[]): SheetChange[] {
  if (recorded === undefined) return [];
  const changes: SheetChange[] = [];
  const sheets = [...new Set([...recorded.map((c) => c.sheet), ...drawn.map((d) => d.sheet)])];
  for (const sheet of sheets) {
    const want = recorded.filter((c) => c.sheet === sheet).map((c) => c.sha256);
    const have = drawn.filter((d) => d.sheet === sheet).flatMap((d) => d.sha256s);
    for (let i = 0; i < Math.max(want.length, have.length); i++) {
      const what = i >= have.length ? "removed" : i >= want.length ? "added" : want[i] !== have[i] ? "changed" : null;
      if (what) changes.push({ sheet, change: "chart", chart: i + 1, what });
    }
  }
  return changes;
}

/** A check with the charts' changes added to its sheets' (it is then not intact). */
export function withChartChanges(check: ExportCheck, changes: readonly SheetChange[]): ExportCheck {
  if (changes.length === 0) return check;
  return { ...check, intact: false, sheets: [...check.sheets, ...changes] };
}
