import { CELL_TEXT_MAX, shownText } from "./spreadsheet-cell";
import {
  sortAddresses,
  digestSection,
  recordDigests,
  canonicalCells,
  sheetCells,
  type RecordSheet,
  type AuditRecord,
  type CanonicalSheet,
  type CanonicalValue,
  type DigestCell,
  type ExportRecord,
} from "./audit-record";

/**
 * Checking an exported audited workbook against the record it carries, and
 * a fresh run against that record. Problems found are data, not errors.
 */

/** A cell whose value differs: `old` is what the export held (or the record says), `new` what is there now (or a re-run gives). */
export interface CellChange {
  readonly sheet: string;
  readonly cell: string;
  readonly old: CanonicalValue;
  readonly new: CanonicalValue;
}

/** A whole sheet missing (deleted or renamed) or added. */
export interface SheetChange {
  readonly sheet: string;
  readonly change: "missing" | "added";
}

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

/** A cell's value, null when the sheet has none (never something inherited). */
function valueAt(sheet: CanonicalSheet, cell: string): CanonicalValue {
  return hasOwn(sheet.cells, cell) ? (sheet.cells[cell] ?? null) : null;
}

/** Every cell that differs between two sets of sheets (matched by name), in sheet order then reading order. */
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
    // Find what differs first, then sort only that: a sheet may hold hundreds of thousands of cells.
    const differing: string[] = [];
    for (const cell of Object.keys(old.cells)) if (!sameValue(valueAt(old, cell), valueAt(now, cell))) differing.push(cell);
    for (const cell of Object.keys(now.cells)) if (!hasOwn(old.cells, cell) && !sameValue(null, valueAt(now, cell))) differing.push(cell);
    for (const cell of sortAddresses(differing)) {
      if (skip(old.name, cell)) continue;
      changes.push({ sheet: old.name, cell, old: valueAt(old, cell), new: valueAt(now, cell) });
    }
  }
  for (const s of after) if (!beforeNames.has(s.name)) sheets.push({ sheet: s.name, change: "added" });
  return { changes, sheets };
}

/** The sheets as the export showed them, rebuilt from its record: the recorded cells, the volatile ones and the digest section. */
export function exportedSheets(stored: ExportRecord): { sheets: CanonicalSheet[]; digestCells: DigestCell[] } {
  const { record } = stored;
  const section = digestSection(record);
  const sheets = record.sheets.map((s) => {
    const cells: Record<string, CanonicalValue> = sheetCells(s);
    for (const v of stored.volatile) if (v.sheet === s.name && v.value !== null) cells[v.cell] = v.value;
    if (s.name === record.auditSheet) {
      const rows = canonicalCells(section.rows, record.digestsAt);
      for (const [cell, value] of Object.entries(rows)) cells[cell] = value;
    }
    return { name: s.name, cells };
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

function asCells(sheet: RecordSheet): CanonicalSheet {
  return { name: sheet.name, cells: sheetCells(sheet) };
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
  const { changes, sheets } = compareSheets(exported.sheets.map(asCells), fresh.sheets.map(asCells));
  return { same: inputs.length === 0 && changes.length === 0 && sheets.length === 0, inputs, changes, sheets };
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
