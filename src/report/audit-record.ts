import { createSha256, sha256Hex, type Sha256 } from "../digest";
import type { Lang, Localized } from "../i18n";
import { Decimal } from "../money";
import { cellAddress } from "../tracker";
import { spreadsheetCell } from "./spreadsheet-cell";
import type { OutCell, OutRow, OutSheet } from "./workbook-model";

/**
 * The canonical record of what an audited workbook shows, and its digests.
 *
 * Every sheet is kept as its rows, each row the array of its cells'
 * canonical values from column A (trailing empty cells left off): text as it
 * is, an amount ({money}) and a rate ({ratio}) as decimal strings, a count as
 * a number, a yes/no as a boolean, an empty cell null. The record travels
 * inside the export (a very hidden sheet), so that `jiebang verify` can say
 * what a changed cell held (old → new); its digests stand in the audit sheet.
 *
 * Digests are SHA-256 (lower-case hex) of canonical JSON (object keys sorted,
 * no spaces): of each decision row (the funding sheet's row as an array of
 * its cells' values, from column A to the last header column), of each sheet
 * ({"name":…,"rows":[…]}) and of the whole record. Rows come in order, so
 * every digest is fed row by row to one incremental hash, never built as one
 * text. None of them covers where and when the run happened (the run's time,
 * the input file's name, the packs' paths): the same tracker and packs give
 * the same digests.
 *
 * From format 3 on, the record keeps how each cell shows as well as what it
 * holds: each row begins with its look, a string of one code per cell (the
 * record's `looks.codes` say what each stands for: the value's type and the
 * number format written), and `looks` says which rows, columns and sheets
 * were hidden and which cells had a hyperlink or a note (an export has none).
 * The digests cover them as every other part of a row or of the record.
 * Format 2 records (values only) are still read and verified as before.
 */

/** A cell as the record keeps it. */
export type CanonicalValue = string | number | boolean | null;

/** How a cell shows beside its value: the value's type and its number format (null: General). */
export interface CellLook {
  readonly type: "number" | "text" | "boolean" | "error";
  readonly format: string | null;
}

/** A cell's look as a workbook read back shows it: for a number, the number itself (read again by the recorded format). */
export interface ShownLook extends CellLook {
  readonly number?: number;
}

/** What a sheet of a workbook read back shows beyond its values: hidden rows and columns, its state, hyperlinks and notes. */
export interface SheetView {
  /** The sheet's state (ECMA-376 Part 1, §18.18.68 ST_SheetState): "visible", "hidden" or "veryHidden". */
  readonly state: string;
  /** Rows hidden (1-based), ascending. */
  readonly hiddenRows: readonly number[];
  /** Columns hidden (1-based), ascending. */
  readonly hiddenColumns: readonly number[];
  /** Cells with a hyperlink, by A1 address, and where it leads. */
  readonly hyperlinks: Readonly<Record<string, string>>;
  /** Cells with a note (a comment), by A1 address, and its text. */
  readonly notes: Readonly<Record<string, string>>;
}

/** A sheet's non-empty cells, by A1 address: how verify compares what a workbook shows. */
export interface CanonicalSheet {
  readonly name: string;
  readonly cells: Readonly<Record<string, CanonicalValue>>;
  /** Each non-empty cell's look, by A1 address (a format 2 record has none to compare). */
  readonly looks?: Readonly<Record<string, ShownLook>>;
  /** What the sheet shows beyond its cells (a format 2 record has none to compare). */
  readonly view?: SheetView;
}

/**
 * A sheet as the record keeps it: row 1 first, each row its values from
 * column A, trailing empty cells left off; from format 3, each row's first
 * element is its look string (see RecordLooks), its values follow.
 */
export interface RecordSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<readonly CanonicalValue[]>;
}

/**
 * How the export showed its cells and sheets (format 3): what each code of
 * a row's look string stands for, and what was hidden or attached. The
 * lists name rows as "sheet!5", columns as "sheet!C", cells as "sheet!A1",
 * sheets by name; an export hides nothing and attaches nothing.
 */
export interface RecordLooks {
  readonly codes: Readonly<Record<string, CellLook>>;
  readonly hiddenRows: readonly string[];
  readonly hiddenColumns: readonly string[];
  readonly hiddenSheets: readonly string[];
  readonly hyperlinks: readonly string[];
  readonly notes: readonly string[];
}

/** What a re-run needs and what it must find again. */
export interface RecordedRun {
  readonly input: { readonly sha256: string };
  readonly sheet: string;
  readonly headerRow: number;
  /** Columns placed by hand (`--map field=Header`, or the add-in's choice). */
  readonly map: Readonly<Record<string, string>>;
  /** `--unit`; absent when the caller did not say (older runs, or a door that does not pass it). */
  readonly unit?: string | null;
  /** `--as-of`; absent when the caller did not say. */
  readonly asOf?: string | null;
  /** `--allow-duplicates`: present (true) only when it was given. */
  readonly allowDuplicates?: true;
  /** `--signoff`: the sign-off block's labels as given (an empty list: no block); absent: the language's. */
  readonly signoff?: readonly string[];
  /**
   * A consolidated run's sources, in order (`input`, `sheet`, `headerRow` and
   * `map` above are the first one's), the sources it skipped, and how its
   * sheets were asked for (`--sheet`, `--all-sheets`); absent with one tracker.
   */
  readonly sources?: ReadonlyArray<{ readonly file: string; readonly input: { readonly sha256: string }; readonly sheet: string; readonly headerRow: number; readonly map: Readonly<Record<string, string>> }>;
  readonly skippedSources?: ReadonlyArray<{ readonly file: string; readonly sheet: string | null; readonly code: string }>;
  readonly sheetGiven?: string;
  readonly allSheets?: true;
  readonly packs: ReadonlyArray<{ readonly id: string; readonly version: string; readonly sha256: string }>;
}

export interface AuditRecord {
  readonly format: typeof RECORD_FORMAT | typeof RECORD_FORMAT_2;
  readonly tool: { readonly name: string; readonly version: string };
  readonly lang: Lang;
  readonly run: RecordedRun;
  /** The funding sheet's name (its rows below the header are the decision rows, but its last `fundingTail`). */
  readonly fundingSheet: string;
  /** Rows of the funding sheet after its decision rows (the total and the sign-off block); absent: none. */
  readonly fundingTail?: number;
  /** The audit sheet's name; its entry in `sheets` holds the cells above the digests, without the volatile ones. */
  readonly auditSheet: string;
  /** The row (1-based) where the audit sheet's digest section begins. */
  readonly digestsAt: number;
  /** How the cells and sheets showed (format 3; absent from format 2). */
  readonly looks?: RecordLooks;
  readonly sheets: readonly RecordSheet[];
  /**
   * The charts the export draws (format 3): each sheet's, in its drawing's
   * order, by the SHA-256 of its chart part. After the sheets in the record's
   * text (the key sorts there), since a streamed export knows them only once
   * the Summary sheet is written; the record's digest covers them.
   */
  readonly shownCharts?: readonly RecordedChart[];
}

/** A chart as the record keeps it: the sheet it is drawn on, and the SHA-256 of its chart part's XML. */
export interface RecordedChart {
  readonly sheet: string;
  readonly sha256: string;
}

export const RECORD_FORMAT = "jiebang-record/3";
/** The format before looks were recorded: values only, still verified as it was. */
export const RECORD_FORMAT_2 = "jiebang-record/2";

// ---------------------------------------------------------------------------
// Looks

/** The code of an empty cell in a look string (nothing written there). */
export const EMPTY_LOOK = ".";

/**
 * The looks the writer gives cells (spreadsheetCell: text, text in the text
 * format, yes/no, a count, an amount in yuan, a rate with 0–4 decimals), each
 * with its one-character code. A record carries the table it used.
 */
export const LOOK_CODES: Readonly<Record<string, CellLook>> = {
  t: { type: "text", format: null },
  "@": { type: "text", format: "@" },
  b: { type: "boolean", format: null },
  n: { type: "number", format: null },
  y: { type: "number", format: '"¥"#,##0.00' },
  "0": { type: "number", format: "0%" },
  "1": { type: "number", format: "0.0%" },
  "2": { type: "number", format: "0.00%" },
  "3": { type: "number", format: "0.000%" },
  "4": { type: "number", format: "0.0000%" },
};

/** The looks member of a record this version writes: its codes, nothing hidden, nothing attached. */
export const RECORD_LOOKS: RecordLooks = { codes: LOOK_CODES, hiddenRows: [], hiddenColumns: [], hiddenSheets: [], hyperlinks: [], notes: [] };

const CODE_OF = new Map(Object.entries(LOOK_CODES).map(([code, look]) => [`${look.type}\u0000${look.format ?? ""}`, code]));

/** The look code of an output cell as the writer writes it (spreadsheetCell). */
export function lookCode(cell: OutCell): string {
  const out = spreadsheetCell(cell);
  if (out.value === null || out.value === "") return EMPTY_LOOK;
  const type = typeof out.value === "string" ? "text" : typeof out.value === "boolean" ? "boolean" : "number";
  const code = CODE_OF.get(`${type}\u0000${out.format ?? ""}`);
  if (code === undefined) throw new TypeError(`lookCode: no code for a ${type} cell with format ${out.format}`);
  return code;
}

/** A row's look string: one code per cell from column A, trailing empty cells left off. */
export function rowLook(cells: readonly OutCell[]): string {
  let look = "";
  for (const cell of cells) look += lookCode(cell);
  let end = look.length;
  while (end > 0 && look[end - 1] === EMPTY_LOOK) end--;
  return look.slice(0, end);
}

/** Whether a record keeps looks (format 3), its rows then beginning with their look string. */
export function hasLooks(record: Pick<AuditRecord, "format">): boolean {
  return record.format === RECORD_FORMAT;
}

/** A record row's look string (null in a format 2 record) and its values. */
export function splitRow(looked: boolean, row: readonly CanonicalValue[]): { look: string | null; values: readonly CanonicalValue[] } {
  if (!looked) return { look: null, values: row };
  const look = row[0];
  return { look: typeof look === "string" ? look : "", values: row.slice(1) };
}

/** A cell the export shows and verify checks, but no digest covers: where and when the run happened. */
export interface VolatileCell {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CanonicalValue;
}

/** What the export's hidden sheet holds. */
export interface ExportRecord {
  readonly format: "jiebang-export/1";
  /** ISO time of the run (the re-run of `verify` decides as of it). */
  readonly at: string;
  readonly volatile: readonly VolatileCell[];
  readonly record: AuditRecord;
}

/** The very hidden sheet that carries the record, and the most characters per cell (Excel allows 32,767). */
export const RECORD_SHEET = "_jiebang";
export const RECORD_CHUNK = 30_000;

// ---------------------------------------------------------------------------
// Canonical values and JSON

/**
 * JSON with object keys sorted (by UTF-16 code units) and no spaces;
 * undefined members left out. `known` holds the canonical JSON of objects
 * already written, reused as is (a large record is written once).
 */
export function canonicalJson(value: unknown, known?: WeakMap<object, string>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case "object": {
      const done = known?.get(value);
      if (done !== undefined) return done;
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v, known))).join(",")}]`;
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object)
        .filter((k) => object[k] !== undefined)
        .sort();
      if (keys.every((k) => isFlatMember(k, object[k]))) {
        // A flat object (a sheet's cells): the engine's JSON.stringify writes it the same way, much faster.
        const sorted: Record<string, unknown> = {};
        for (const k of keys) sorted[k] = object[k];
        return JSON.stringify(sorted);
      }
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k], known)}`).join(",")}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
}

/** A member JSON.stringify writes as canonicalJson does, in insertion order: a primitive value under a key that is no array index. */
function isFlatMember(key: string, value: unknown): boolean {
  if (/^(0|[1-9]\d*)$/.test(key) || key === "__proto__") return false;
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/** An amount as a decimal string: two decimals, or every decimal it has when it has more. */
export function canonicalMoney(text: string): string {
  const amount = new Decimal(text);
  return amount.decimalPlaces() <= 2 ? amount.toFixed(2) : amount.toFixed();
}

/** A rate as a decimal string without trailing zeros ("0.8000" → "0.8"). */
export function canonicalRatio(text: string): string {
  return new Decimal(text).toFixed();
}

export function canonicalValue(cell: OutCell): CanonicalValue {
  if (cell === null) return null;
  if (typeof cell === "string") return cell === "" ? null : cell;
  if (typeof cell === "boolean") return cell;
  if ("int" in cell) return cell.int;
  if ("money" in cell) return canonicalMoney(cell.money);
  return canonicalRatio(cell.ratio);
}

/** Output rows as the record (this version's) keeps them: each row's look string, then its canonical values from column A, trailing empty cells left off. */
export function canonicalRows(rows: readonly OutRow[]): CanonicalValue[][] {
  return rows.map((row) => {
    const values = row.cells.map(canonicalValue);
    let end = values.length;
    while (end > 0 && values[end - 1] === null) end--;
    values.length = end;
    return [rowLook(row.cells), ...values];
  });
}

/** A record sheet's cells by A1 address (the first row at `firstRow`), as verify compares them; a format 3 record's rows begin with their look (`looked`). */
export function sheetCells(sheet: RecordSheet, firstRow = 1, looked = false): Record<string, CanonicalValue> {
  const cells: Record<string, CanonicalValue> = {};
  sheet.rows.forEach((row, r) => {
    splitRow(looked, row).values.forEach((value, c) => {
      if (value !== null) cells[cellAddress(firstRow + r, c + 1)] = value;
    });
  });
  return cells;
}

/** A format 3 record sheet's looks by A1 address, by its codes (an unknown code, or one past a row's values, stands for no look). */
export function sheetLooks(sheet: RecordSheet, codes: RecordLooks["codes"], firstRow = 1): Record<string, CellLook> {
  const looks: Record<string, CellLook> = {};
  sheet.rows.forEach((row, r) => {
    const look = splitRow(true, row).look ?? "";
    for (let c = 0; c < look.length; c++) {
      const found = Object.prototype.hasOwnProperty.call(codes, look[c]!) ? codes[look[c]!] : undefined;
      if (found) looks[cellAddress(firstRow + r, c + 1)] = found;
    }
  });
  return looks;
}

/** The looks of output rows by A1 address, the first row at `firstRow` (the digest section, rebuilt at verify). */
export function canonicalLooks(rows: readonly OutRow[], firstRow = 1): Record<string, CellLook> {
  const looks: Record<string, CellLook> = {};
  rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      const code = lookCode(cell);
      if (code !== EMPTY_LOOK) looks[cellAddress(firstRow + r, c + 1)] = LOOK_CODES[code]!;
    });
  });
  return looks;
}

/** The cells of output rows by A1 address, the first row at `firstRow`. */
export function canonicalCells(rows: readonly OutRow[], firstRow = 1): Record<string, CanonicalValue> {
  const cells: Record<string, CanonicalValue> = {};
  rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      const value = canonicalValue(cell);
      if (value !== null) cells[cellAddress(firstRow + r, c + 1)] = value;
    });
  });
  return cells;
}

/** "Q12" → { row: 12, column: 17 }; null for anything else. */
export function parseAddress(address: string): { row: number; column: number } | null {
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(address);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Addresses in reading order: by row, then column. */
export function compareAddresses(a: string, b: string): number {
  const pa = parseAddress(a);
  const pb = parseAddress(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.row - pb.row || pa.column - pb.column;
}

/** Addresses sorted in reading order (each parsed once); anything that is no address last, by text. */
export function sortAddresses(addresses: Iterable<string>): string[] {
  const keyed = [...addresses].map((address) => {
    const at = parseAddress(address);
    return { address, key: at ? at.row * 20_000 + at.column : Number.MAX_SAFE_INTEGER };
  });
  keyed.sort((a, b) => a.key - b.key || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return keyed.map((k) => k.address);
}

// ---------------------------------------------------------------------------
// Digests

export interface RowDigest {
  /** The funding sheet's row. */
  readonly row: number;
  readonly sourceRow: CanonicalValue;
  readonly id: CanonicalValue;
  readonly sha256: string;
}

export interface RecordDigests {
  readonly record: string;
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly sha256: string }>;
  /** Each decision row's digest, in the funding sheet's order (an array, or verify's compact list). */
  readonly rows: Iterable<RowDigest>;
}

const digestsOf = new WeakMap<AuditRecord, RecordDigests>();

/** A whole record fed through a SealStream: the one place its text and digests are made, whole or as a run goes. */
function sealWhole(at: string, volatile: readonly VolatileCell[], record: AuditRecord, out: (text: string) => void): RecordDigests {
  const rows: RowDigest[] = [];
  const { sheets, ...members } = record;
  const seal = new SealStream({ at, volatile, record: members }, out, (digest) => void rows.push(digest));
  for (const sheet of sheets) {
    seal.beginSheet(sheet.name);
    for (const row of sheet.rows) seal.row(row);
    seal.endSheet();
  }
  return { ...seal.finish(), rows };
}

/** The digests of a record (computed once per record object: a record is never changed in place). */
export function recordDigests(record: AuditRecord): RecordDigests {
  let digests = digestsOf.get(record);
  if (!digests) digestsOf.set(record, (digests = sealWhole("", [], record, () => undefined)));
  return digests;
}

// ---------------------------------------------------------------------------
// The audit sheet's digest section

const DIGEST_LABELS = {
  section: { "zh-CN": "防篡改摘要（SHA-256）", en: "Tamper evidence (SHA-256)" },
  note: {
    "zh-CN": "各摘要为规范化记录的 SHA-256，不含生成时间、输入文件名和规则包路径；用 jiebang verify 核对本工作簿。",
    en: "Each digest is the SHA-256 of canonical JSON, without the time, the input file name or the packs' paths; check this workbook with jiebang verify.",
  },
  /** The note as exports of record format 2 wrote it: their digest section is rebuilt with it. */
  note2: {
    "zh-CN": "各摘要为规范 JSON 的 SHA-256，不含生成时间、输入文件名和规则包路径；用 jiebang verify 核对本工作簿。",
    en: "Each digest is the SHA-256 of canonical JSON, without the time, the input file name or the packs' paths; check this workbook with jiebang verify.",
  },
  scope: { "zh-CN": "范围", en: "Scope" },
  sha256: { "zh-CN": "SHA-256", en: "SHA-256" },
  record: { "zh-CN": "整份记录", en: "Whole record" },
  sheet: { "zh-CN": "工作表 {name}", en: "Sheet {name}" },
  rows: { "zh-CN": "判定行摘要（资助测算表每行）", en: "Decision row digests (each row of the funding sheet)" },
  sourceRow: { "zh-CN": "来源行", en: "Source row" },
  id: { "zh-CN": "项目编号", en: "Project ID" },
} as const satisfies Record<string, Localized>;

/** Where a digest stands in the audit sheet, and what it covers. */
export interface DigestCell {
  readonly cell: string;
  readonly scope: "record" | "sheet" | "row";
  /** The sheet's name, or the funding sheet's row for a decision row ("资助测算!2"). */
  readonly name: string;
  /** A decision row's project id, as the record holds it. */
  readonly project?: CanonicalValue;
  readonly sha256: string;
}

function outCellOf(value: CanonicalValue): OutCell {
  return typeof value === "number" ? { int: value } : value;
}

/** The digest section of the audit sheet, rebuilt from the record alone (at export and at verify alike). */
export function digestSection(record: AuditRecord): { rows: OutRow[]; digestCells: DigestCell[] } {
  return digestRows(record, recordDigests(record));
}

/** The digest section's rows from the digests (however they were computed). */
export function digestRows(record: Pick<AuditRecord, "lang" | "digestsAt" | "fundingSheet"> & { readonly format?: string }, digests: RecordDigests): { rows: OutRow[]; digestCells: DigestCell[] } {
  const rows: OutRow[] = [];
  const digestCells: DigestCell[] = [];
  for (const { row, digest } of digestSectionRows(record, digests)) {
    rows.push(row);
    if (digest) digestCells.push(digest);
  }
  return { rows, digestCells };
}

/** The digest section's rows one at a time (from row `digestsAt`), each with the digest it shows, if it shows one: nothing of the section is held. */
export function* digestSectionRows(record: Pick<AuditRecord, "lang" | "digestsAt" | "fundingSheet"> & { readonly format?: string }, digests: RecordDigests): Generator<{ row: OutRow; digest?: DigestCell }> {
  const lang = record.lang;
  const l = DIGEST_LABELS;
  let count = 0;
  const at = (column: number) => cellAddress(record.digestsAt + count, column);
  const row = (cells: readonly OutCell[], style?: OutRow["style"], digest?: DigestCell) => {
    count++;
    return { row: style ? { cells, style } : { cells }, ...(digest ? { digest } : {}) };
  };
  yield row([l.section[lang]], "section");
  yield row([(record.format === RECORD_FORMAT_2 ? l.note2 : l.note)[lang]]);
  yield row([l.scope[lang], l.sha256[lang]], "header");
  yield row([l.record[lang], digests.record], undefined, { cell: at(2), scope: "record", name: "", sha256: digests.record });
  for (const s of digests.sheets) yield row([l.sheet[lang].replace("{name}", s.name), s.sha256], undefined, { cell: at(2), scope: "sheet", name: s.name, sha256: s.sha256 });
  yield row([]);
  yield row([l.rows[lang]], "section");
  yield row([l.sourceRow[lang], l.id[lang], l.sha256[lang]], "header");
  for (const r of digests.rows) {
    yield row(rowDigestRow(r).cells, undefined, { cell: at(3), scope: "row", name: `${record.fundingSheet}!${r.row}`, project: r.id, sha256: r.sha256 });
  }
}

/** The digest section down to the header of the rows' digests: the record's and each sheet's digest (the rows' follow, one rowDigestRow each). */
export function digestHeadRows(record: Pick<AuditRecord, "lang" | "digestsAt"> & { readonly format?: string }, digests: Omit<RecordDigests, "rows">): { rows: OutRow[]; digestCells: DigestCell[] } {
  return digestRows({ ...record, fundingSheet: "" }, { ...digests, rows: [] });
}

/** One decision row's line in the digest section. */
export function rowDigestRow(r: RowDigest): OutRow {
  return { cells: [outCellOf(r.sourceRow), outCellOf(r.id), r.sha256] };
}

// ---------------------------------------------------------------------------
// Sealing an export

export interface SealInput {
  readonly tool: { readonly name: string; readonly version: string };
  readonly lang: Lang;
  readonly run: RecordedRun;
  /** ISO time of the run. */
  readonly at: string;
  /** The sheets before the audit sheet, funding first. */
  readonly sheets: readonly OutSheet[];
  /** Rows of the funding sheet after its decision rows. */
  readonly fundingTail?: number;
  /** The charts the sheets draw (see AuditRecord.shownCharts). */
  readonly charts?: readonly RecordedChart[];
  /** The audit sheet's rows as they stand above the digests, and which of its cells (0-based) are volatile. */
  readonly audit: {
    readonly name: string;
    readonly rows: readonly OutRow[];
    readonly volatile: ReadonlyArray<{ readonly row: number; readonly column: number }>;
  };
}

export interface SealedExport {
  readonly stored: ExportRecord;
  /** The rows to append to the audit sheet: a blank row, then the digest section. */
  readonly auditRows: readonly OutRow[];
}

/** The audit sheet's head as the record keeps it: its cells without the volatile ones, and those apart. */
export function auditRecordRows(audit: SealInput["audit"]): { rows: CanonicalValue[][]; volatile: VolatileCell[] } {
  const rows = canonicalRows(audit.rows);
  const volatile: VolatileCell[] = [];
  // Each row's look comes first; the volatile cells keep theirs (verify checks how they show too).
  for (const { row, column } of audit.volatile) {
    const cells = rows[row];
    const value = cells?.[column + 1] ?? null;
    if (cells && column + 1 < cells.length) {
      cells[column + 1] = null;
      while (cells.length > 1 && cells[cells.length - 1] === null) cells.pop();
    }
    volatile.push({ sheet: audit.name, cell: cellAddress(row + 1, column + 1), value });
  }
  return { rows, volatile };
}

/** The record of an export, and the audit sheet's digest rows. */
export function sealExport(input: SealInput): SealedExport {
  const { rows: auditRows, volatile } = auditRecordRows(input.audit);
  const record: AuditRecord = {
    format: RECORD_FORMAT,
    tool: { name: input.tool.name, version: input.tool.version },
    lang: input.lang,
    run: input.run,
    fundingSheet: input.sheets[0]?.name ?? "",
    ...(input.fundingTail ? { fundingTail: input.fundingTail } : {}),
    auditSheet: input.audit.name,
    digestsAt: input.audit.rows.length + 2,
    looks: RECORD_LOOKS,
    sheets: [...input.sheets.map((s) => ({ name: s.name, rows: canonicalRows(s.rows) })), { name: input.audit.name, rows: auditRows }],
    shownCharts: input.charts ?? [],
  };
  return {
    stored: { format: "jiebang-export/1", at: input.at, volatile, record },
    auditRows: [{ cells: [] }, ...digestSection(record).rows],
  };
}

/** The record as the hidden sheet's text: canonicalJson(stored), each sheet's rows written once, row by row. */
export function exportRecordText(stored: ExportRecord): string {
  const parts: string[] = [];
  sealWhole(stored.at, stored.volatile, stored.record, (text) => void parts.push(text));
  return parts.join("");
}

/** The record's text cut into cells of at most RECORD_CHUNK characters, never inside a surrogate pair. */
export function recordChunks(text: string): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + RECORD_CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(at, end));
    at = end;
  }
  return chunks;
}

/** A hidden record read back, or why it cannot be. */
export type RecordReading = { readonly ok: true; readonly stored: ExportRecord } | { readonly ok: false; readonly why: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
export const isCanonical = (v: unknown): v is CanonicalValue =>
  v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

/** A record row as its format has it: canonical values, from format 3 after a look string. */
export function isRecordRow(row: unknown, looked: boolean): row is CanonicalValue[] {
  if (!Array.isArray(row)) return false;
  if (looked && typeof row[0] !== "string") return false;
  return row.every(isCanonical);
}

function isSheet(v: unknown, looked: boolean): v is RecordSheet {
  return isObject(v) && typeof v.name === "string" && Array.isArray(v.rows) && v.rows.every((row) => isRecordRow(row, looked));
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

/** A format 3 record's looks: codes of one character, each a type and a format; lists of names. */
function isLooks(v: unknown): v is RecordLooks {
  if (!isObject(v) || !isObject(v.codes)) return false;
  const types = new Set(["number", "text", "boolean", "error"]);
  for (const [code, look] of Object.entries(v.codes)) {
    if (code.length !== 1 || code === EMPTY_LOOK || !isObject(look) || !types.has(look.type as string) || !(look.format === null || typeof look.format === "string")) return false;
  }
  return isStrings(v.hiddenRows) && isStrings(v.hiddenColumns) && isStrings(v.hiddenSheets) && isStrings(v.hyperlinks) && isStrings(v.notes);
}

/** Parse the hidden sheet's text, checking its shape (not its truth: that is what verify does). */
export function parseExportRecord(text: string): RecordReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, why: (error as Error).message };
  }
  return checkExportRecord(parsed);
}

/** The shape of a hidden record once parsed, checked as parseExportRecord checks it. */
const isCharts = (charts: unknown): boolean => Array.isArray(charts) && charts.every((c) => isObject(c) && typeof c.sheet === "string" && typeof c.sha256 === "string" && /^[0-9a-f]{64}$/.test(c.sha256) && Object.keys(c).length === 2);

export function checkExportRecord(parsed: unknown): RecordReading {
  if (!isObject(parsed) || parsed.format !== "jiebang-export/1") return { ok: false, why: "format" };
  const { at, volatile, record } = parsed;
  if (typeof at !== "string") return { ok: false, why: "at" };
  if (!Array.isArray(volatile) || !volatile.every((v) => isObject(v) && typeof v.sheet === "string" && typeof v.cell === "string" && isCanonical(v.value))) {
    return { ok: false, why: "volatile" };
  }
  if (isObject(record) && record.format === "jiebang-record/1") return { ok: false, why: "record.format: jiebang-record/1, written by an earlier jiebang (0.1 before streaming digests); re-export it with this version" };
  if (!isObject(record) || (record.format !== RECORD_FORMAT && record.format !== RECORD_FORMAT_2)) return { ok: false, why: "record.format" };
  const looked = record.format === RECORD_FORMAT;
  if (looked ? !isLooks(record.looks) : record.looks !== undefined) return { ok: false, why: "record.looks" };
  if (!isObject(record.tool) || (record.lang !== "zh-CN" && record.lang !== "en")) return { ok: false, why: "record.lang" };
  const run = record.run;
  if (!isObject(run) || !isObject(run.input) || typeof run.input.sha256 !== "string" || typeof run.sheet !== "string" || !isObject(run.map) || !Array.isArray(run.packs)) {
    return { ok: false, why: "record.run" };
  }
  if (typeof record.fundingSheet !== "string" || typeof record.auditSheet !== "string" || typeof record.digestsAt !== "number") return { ok: false, why: "record" };
  if (!Array.isArray(record.sheets) || !record.sheets.every((sheet) => isSheet(sheet, looked))) return { ok: false, why: "record.sheets" };
  const charts = record.shownCharts;
  if (looked ? !isCharts(charts) : charts !== undefined) return { ok: false, why: "record.shownCharts" };
  return { ok: true, stored: parsed as unknown as ExportRecord };
}

// ---------------------------------------------------------------------------
// Sealing as the rows are written

/** What a seal knows before any sheet: the record's members but its sheets, and the volatile cells. */
export interface SealHead {
  readonly at: string;
  readonly volatile: readonly VolatileCell[];
  readonly record: Omit<AuditRecord, "sheets">;
}

/**
 * The record and its digests, fed a row at a time in the order the sheets
 * are written: `out` receives the stored record's text in order (the text
 * exportRecordText makes of the whole), and the digests are those
 * recordDigests computes. The funding sheet's row digests are handed to
 * `onRow` as they are made. Nothing of a row is kept.
 */
export class SealStream {
  private readonly whole = createSha256();
  private sheetHash: Sha256 | null = null;
  private sheetName = "";
  private rowsInSheet = 0;
  private width = 0;
  private sheetCount = 0;
  private readonly sheets: Array<{ name: string; sha256: string }> = [];

  constructor(
    private readonly head: SealHead,
    private readonly out: (text: string) => void,
    private readonly onRow: (digest: RowDigest) => void,
  ) {
    this.keyColumn = (head.record.run as RecordedRun | null | undefined)?.sources ? 1 : 0;
    this.fundingTail = typeof head.record.fundingTail === "number" && head.record.fundingTail > 0 ? head.record.fundingTail : 0;
    this.looked = hasLooks(head.record);
    const { tool: _tool, shownCharts: _charts, ...members } = head.record;
    const outer = canonicalJson({ at: head.at, format: "jiebang-export/1", record: null, volatile: head.volatile });
    this.tail = outer.slice(outer.indexOf('"record":null') + '"record":null'.length);
    const start = `${canonicalJson(members).slice(0, -1)},"sheets":[`;
    this.whole.update(start);
    out(`${outer.slice(0, outer.indexOf('"record":null'))}"record":${start}`);
  }
  private readonly tail: string;
  /** Where a funding row's source row and id stand: a consolidated run's rows begin with their source (a damaged record read back may have no run). */
  private readonly keyColumn: number;
  /** The record keeps looks (format 3): each row begins with its look string, which its digest covers. */
  private readonly looked: boolean;
  /** Rows after the funding sheet's decisions, and the row digests held until it is known they are not among them. */
  private readonly fundingTail: number;
  private heldBack: RowDigest[] = [];

  beginSheet(name: string): void {
    const open = `${this.sheetCount++ > 0 ? "," : ""}{"name":${JSON.stringify(name)},"rows":[`;
    this.whole.update(open);
    this.out(open);
    this.sheetHash = createSha256().update(`{"name":${JSON.stringify(name)},"rows":[`);
    this.sheetName = name;
    this.rowsInSheet = 0;
  }

  row(values: readonly CanonicalValue[]): void {
    const json = JSON.stringify(values);
    const text = this.rowsInSheet === 0 ? json : `,${json}`;
    this.whole.update(text);
    this.sheetHash!.update(text);
    this.out(text);
    if (this.sheetName === this.head.record.fundingSheet) {
      const { look, values: shown } = splitRow(this.looked, values);
      if (this.rowsInSheet === 0) this.width = shown.length;
      else {
        const cells = shown.slice(0, this.width);
        while (cells.length < this.width) cells.push(null);
        const key = this.keyColumn;
        // A format 3 row's digest covers how its cells show: its look string first, then its values.
        const digested = look === null ? cells : [look, ...cells];
        // The sheet's last rows are its total and sign-off block, not decisions: each row's digest is handed on once
        // as many rows have followed it, and those still held when the sheet ends are the tail's.
        this.heldBack.push({ row: this.rowsInSheet + 1, sourceRow: cells[key] ?? null, id: cells[key + 1] ?? null, sha256: sha256Hex(JSON.stringify(digested)) });
        if (this.heldBack.length > this.fundingTail) this.onRow(this.heldBack.shift()!);
      }
    }
    this.rowsInSheet++;
  }

  endSheet(): void {
    this.heldBack = [];
    this.sheetHash!.update("]}");
    this.sheets.push({ name: this.sheetName, sha256: this.sheetHash!.hex() });
    this.whole.update("]}");
    this.out("]}");
    this.sheetHash = null;
  }

  /** Each sheet's digest so far, in the order they ended. */
  sheetDigests(): ReadonlyArray<{ readonly name: string; readonly sha256: string }> {
    return this.sheets;
  }

  /** The record's digest and each sheet's; the text's end goes to `out`. `tool`: the head's, or one known only after the sheets (a record read back). */
  finish(tool: AuditRecord["tool"] = this.head.record.tool, charts: AuditRecord["shownCharts"] = this.head.record.shownCharts): { record: string; sheets: ReadonlyArray<{ name: string; sha256: string }> } {
    // The members after the sheets, in canonicalJson's order: "sheets" < "shownCharts" < "tool".
    const end = `]${charts === undefined ? "" : `,"shownCharts":${canonicalJson(charts)}`},"tool":${canonicalJson(tool)}}`;
    this.whole.update(end);
    this.out(`${end}${this.tail}`);
    return { record: this.whole.hex(), sheets: this.sheets };
  }
}
