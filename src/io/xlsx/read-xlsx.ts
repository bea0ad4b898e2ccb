import { JiebangError } from "../../i18n";
import { TextStore, type Grid, type GridCell } from "../../tracker";
import { assertXlsxBytes, SNIFF_BYTES } from "../sniff";
import { asByteSource, type ByteSource } from "./byte-source";
import { damaged, tooLarge, XLSX_LIMITS, type XlsxLimits } from "./limits";
import { cellRef } from "./cell-ref";
import { relationshipOf, relsPartOf, type Relationship } from "./relationships";
import { assertWithinTotal, type InflateBudget } from "./read-part";
import { StringItem } from "./rich-text";
import { sheetHandlers, type SheetContent } from "./sheet-reader";
import { stylesHandlers } from "./styles";
import { parseXmlPart, parseXmlPartSteps, attributeByLocalName, type XmlHandlers } from "./xml-part";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

/** What the file says wrote it: docProps/app.xml's Application and AppVersion, as written. */
export interface Writer {
  readonly application: string;
  readonly appVersion?: string;
}

/**
 * What a worksheet shows beyond its cells (read with `views`): its state,
 * the columns it hides, its hyperlinks and its notes.
 */
export interface SheetExtras {
  /** `state` of the workbook's `<sheet>` (ECMA-376 Part 1, §18.2.19 sheet; §18.18.68 ST_SheetState): visible, hidden, veryHidden. */
  readonly state: string;
  /** Columns hidden (1-based), ascending. */
  readonly hiddenColumns: readonly number[];
  /** Each hyperlink by its cell (or range): its external target, or its location in the workbook. */
  readonly hyperlinks: Readonly<Record<string, string>>;
  /** Each note (comment) by its cell: its text. */
  readonly notes: Readonly<Record<string, string>>;
}

export interface XlsxWorkbook {
  /** One grid per worksheet, in the workbook's tab order. */
  readonly grids: Grid[];
  /** Names of hidden and very hidden sheets. */
  readonly hiddenSheets: ReadonlySet<string>;
  /** With `views`: each worksheet's extras by its name (and hidden rows without cells are among a grid's hidden rows). */
  readonly views?: ReadonlyMap<string, SheetExtras>;
  /** The workbook counts dates from 1904 (`workbookPr date1904`); its date cells are read as 1900-system serials. */
  readonly date1904: boolean;
  readonly writer?: Writer;
}

export interface ReadXlsxOptions {
  readonly limits?: XlsxLimits;
  /** Rows read so far, every few thousand rows. */
  readonly onRows?: (rowsRead: number) => void;
  /**
   * Keep only each sheet's first rows (enough to find a header); the rest
   * are read (merges, the last row) and let go, and `streamRows` reads a
   * sheet's rows again, a chunk at a time.
   */
  readonly headRows?: number;
  /** Read what each sheet shows beyond its cells too (SheetExtras): the columns it hides, its hyperlinks, its notes. */
  readonly views?: boolean;
}

/** One row of a sheet as `streamRows` hands it on. */
export interface SheetRow {
  readonly row: number;
  readonly cells: GridCell[];
  readonly hidden: boolean;
}

/** A workbook read for its sheets' first rows (`headRows`): each sheet's last row, and its rows again on demand. */
export interface XlsxHeads extends XlsxWorkbook {
  /** The last row with content of each grid's sheet. */
  readonly lastRows: readonly number[];
  /** The sheet's rows in order, in batches (one per inflated chunk of its part): nothing of the sheet is held but a batch. */
  streamRows(sheet: string): Generator<SheetRow[]>;
}

interface SheetEntry {
  readonly name: string;
  readonly state: string;
  readonly relId: string | undefined;
}

const TRUE = new Set(["1", "true"]);

/**
 * Read an .xlsx package as Excel opens it, from its bytes. The package is
 * walked from its root relationships to the workbook, and from the workbook
 * and its relationships to each sheet in tab order: no part is found by its
 * name's pattern or its place in the zip. Every part is inflated as a stream
 * through fflate with its size counted and its CRC-32 checked, and parsed as
 * a stream by saxes, so neither a whole part nor a whole sheet's XML is held
 * in memory. Anything Excel would refuse or repair is refused with exit 2
 * and a sentence (NOT_XLSX, WORKBOOK_TOO_LARGE).
 */
export async function readXlsx(bytes: Uint8Array | ByteSource, file: string, options: ReadXlsxOptions = {}): Promise<XlsxWorkbook> {
  return readPackage(bytes, file, options);
}

/** The workbook's sheets' first `headRows` rows, and a way to stream a sheet's rows (see ReadXlsxOptions.headRows). */
export async function readXlsxHeads(bytes: Uint8Array | ByteSource, file: string, options: ReadXlsxOptions & { readonly headRows: number }): Promise<XlsxHeads> {
  return readPackage(bytes, file, options) as XlsxHeads;
}

/** A package opened up to its sheets: its parts found, its styles and shared strings read. */
interface OpenedPackage {
  readonly bytes: ByteSource;
  readonly file: string;
  readonly limits: XlsxLimits;
  /** Inflated bytes of the parts read in the package's order (the walk's), against the total limit. */
  readonly budget: InflateBudget;
  readonly entryOf: (part: string) => ZipEntry | undefined;
  readonly parse: (part: string, handlers: XmlHandlers) => boolean;
  readonly root: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  readonly rels: ReadonlyMap<string, Relationship>;
  readonly sharedStrings: TextStore;
  readonly formats: ReadonlyArray<string | undefined>;
  readonly date1904: boolean;
}

function openPackage(input: Uint8Array | ByteSource, file: string, options: ReadXlsxOptions): OpenedPackage {
  const bytes = asByteSource(input);
  assertXlsxBytes(bytes.read(0, SNIFF_BYTES), file, bytes.length);
  const limits = options.limits ?? XLSX_LIMITS;
  const entries = readZipDirectory(bytes, file, limits);
  const budget: InflateBudget = { total: 0 };
  const entryOf = (part: string): ZipEntry | undefined => entries.get(part.toLowerCase());
  const parse = (part: string, handlers: XmlHandlers): boolean => {
    const entry = entryOf(part);
    if (!entry) return false;
    parseXmlPart(bytes, entry, file, limits, budget, handlers);
    return true;
  };
  const relationships = (source: string): Relationship[] => {
    const found: Relationship[] = [];
    parse(relsPartOf(source), {
      open(name, attributes) {
        if (name !== "Relationship") return;
        const rel = relationshipOf(source, attributes);
        if (rel) found.push(rel);
      },
    });
    return found;
  };
  const missing = (what: string) => damaged(file, { "zh-CN": `缺少${what}`, en: `its ${what === "工作簿部件" ? "workbook part" : what} is missing` });

  const root = relationships("");
  const workbookPart = root.find((r) => r.kind === "officeDocument")?.part;
  if (!workbookPart || !entryOf(workbookPart)) throw missing("工作簿部件");

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parse(workbookPart, {
    open(name, attributes) {
      if (name === "workbookPr") date1904 = TRUE.has((attributes["date1904"] ?? "").trim().toLowerCase());
      else if (name === "sheet") {
        const sheetName = attributes["name"] ?? "";
        // Excel refuses two sheets of one name (compared without case): which one a --sheet means would be a guess.
        if (sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) throw damaged(file, { "zh-CN": `有两个名为「${sheetName}」的工作表`, en: `two worksheets are named “${sheetName}”` });
        sheets.push({ name: attributes["name"] ?? "", state: attributes["state"] ?? "visible", relId: attributeByLocalName(attributes, "id") });
      }
    },
  });
  const rels = new Map(relationships(workbookPart).map((r) => [r.id, r]));

  const formats: Array<string | undefined> = [];
  const stylesPart = [...rels.values()].find((r) => r.kind === "styles")?.part;
  if (stylesPart) parse(stylesPart, stylesHandlers(formats));

  const sharedStrings = new TextStore();
  let sharedChars = 0;
  const sharedPart = [...rels.values()].find((r) => r.kind === "sharedStrings")?.part;
  if (sharedPart) {
    const item = new StringItem();
    let inItem = false;
    parse(sharedPart, {
      open(name) {
        if (name === "si") inItem = true;
        else if (inItem) item.open(name);
      },
      close(name) {
        if (name === "si") {
          const text = item.take();
          if ((sharedChars += text.length) > limits.sharedStringChars) {
            throw tooLarge(file, { "zh-CN": `共享字符串共超过 ${limits.sharedStringChars} 个字符`, en: `its shared strings hold over ${limits.sharedStringChars} characters` });
          }
          sharedStrings.push(text);
          inItem = false;
        } else if (inItem) item.close(name);
      },
      text(text) {
        if (inItem) item.text(text);
      },
    });
  }
  sharedStrings.finish();
  return { bytes, file, limits, budget, entryOf, parse, root, sheets, rels, sharedStrings, formats, date1904 };
}

/** A worksheet's part, or null for a sheet that holds no cells (a chart sheet or dialog sheet); a worksheet without content refuses the file. */
function worksheetPart(pkg: OpenedPackage, sheet: SheetEntry): { part: string; entry: ZipEntry } | null {
  const rel = sheet.relId === undefined ? undefined : pkg.rels.get(sheet.relId);
  if (rel && rel.kind !== "worksheet") return null;
  const entry = rel?.part ? pkg.entryOf(rel.part) : undefined;
  if (!rel?.part || !entry) throw damaged(pkg.file, { "zh-CN": `找不到工作表「${sheet.name}」的内容`, en: `the content of worksheet “${sheet.name}” is missing` });
  return { part: rel.part, entry };
}

function sheetContext(pkg: OpenedPackage, sheet: string, onRow?: () => void) {
  return { file: pkg.file, sheet, sharedStrings: pkg.sharedStrings, formats: pkg.formats, date1904: pkg.date1904, ...(onRow ? { onRow } : {}) };
}

/** A worksheet walked: its name, its part, what was kept of it. */
interface WalkedSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly part: string;
  readonly content: SheetContent;
  readonly extras?: SheetExtras;
}

/** What a sheet's content collects for its extras. */
function withExtras(content: SheetContent): SheetContent {
  return { ...content, emptyHiddenRows: true, hiddenColumns: [], hyperlinks: new Map() };
}

/**
 * A sheet's extras, once its part is read: its state, its hidden columns, its
 * hyperlinks' targets (by the sheet's relationships, ECMA-376 Part 1,
 * §18.3.1.47), and its notes from the comments part it relates to
 * (§12.3.3 Comments part; §18.7.3 comment: `ref` and its rich `<text>`).
 * Other parts a sheet relates to (drawings, charts, printer settings) are
 * not read.
 */
function sheetExtras(pkg: OpenedPackage, sheet: SheetEntry, part: string, content: SheetContent): SheetExtras {
  const rels = new Map<string, Relationship>();
  pkg.parse(relsPartOf(part), {
    open(name, attributes) {
      if (name !== "Relationship") return;
      const rel = relationshipOf(part, attributes);
      if (rel) rels.set(rel.id, rel);
    },
  });
  const hyperlinks: Record<string, string> = {};
  for (const [cell, link] of content.hyperlinks ?? []) {
    const target = link.id !== undefined ? rels.get(link.id)?.target : undefined;
    hyperlinks[cell] = [target, link.location].filter((t) => t !== undefined).join("#");
  }
  const notes: Record<string, string> = {};
  for (const rel of rels.values()) {
    if (rel.kind !== "comments" || rel.part === undefined) continue;
    let ref: string | null = null;
    let item: StringItem | null = null;
    pkg.parse(rel.part, {
      open(name, attributes) {
        if (name === "comment") ref = (attributes["ref"] ?? "").toUpperCase();
        else if (name === "text" && ref !== null) item = new StringItem();
        else item?.open(name);
      },
      close(name) {
        if (name === "text" && item && ref !== null) {
          notes[ref] = item.take();
          item = null;
        } else if (name === "comment") ref = null;
        else item?.close(name);
      },
      text(text) {
        item?.text(text);
      },
    });
  }
  const hiddenColumns = [...new Set(content.hiddenColumns ?? [])].sort((a, b) => a - b);
  return { state: sheet.state, hiddenColumns, hyperlinks, notes };
}

/**
 * Every worksheet in tab order, each part parsed with its checks (a chunk
 * at a time), as readXlsx reads them: `contentOf` says what to keep of a
 * sheet. A sheet in `done` was read to its end before, with the same checks:
 * it is not read again, only its bytes counted against the package's total.
 */
function* walkSheets(
  pkg: OpenedPackage,
  contentOf: (sheet: SheetEntry) => SheetContent,
  options: {
    readonly onRow?: () => void;
    readonly done?: ReadonlyMap<string, SheetContent>;
    /** After each chunk of a sheet's part, and once the part is read and checked. */
    readonly step?: (sheet: string) => void;
    readonly end?: (sheet: string, extras?: SheetExtras) => void;
    /** Read each sheet's extras (its content collects them: withExtras). */
    readonly extras?: boolean;
  } = {},
): Generator<void, WalkedSheet[]> {
  const walked: WalkedSheet[] = [];
  for (const sheet of pkg.sheets) {
    const found = worksheetPart(pkg, sheet);
    if (!found) continue;
    const hidden = sheet.state !== "visible";
    const before = options.done?.get(sheet.name);
    if (before) {
      pkg.budget.total += found.entry.declaredSize;
      assertWithinTotal(pkg.budget, pkg.file, pkg.limits);
      walked.push({ name: sheet.name, hidden, part: found.part, content: before });
      continue;
    }
    const content = contentOf(sheet);
    for (const _ of parseXmlPartSteps(pkg.bytes, found.entry, pkg.file, pkg.limits, pkg.budget, sheetHandlers(sheetContext(pkg, sheet.name, options.onRow), content))) {
      options.step?.(sheet.name);
      yield;
    }
    assertMergesBounded(content, pkg.file, sheet.name, pkg.limits);
    const extras = options.extras ? sheetExtras(pkg, sheet, found.part, content) : undefined;
    options.end?.(sheet.name, extras);
    walked.push({ name: sheet.name, hidden, part: found.part, content, ...(extras ? { extras } : {}) });
  }
  return walked;
}

/** Another pass over one sheet's part, handing its rows on a batch at a time (one batch per inflated chunk). */
function* sheetRows(pkg: OpenedPackage, sheet: string, part: string, content: SheetContent, batch: SheetRow[]): Generator<SheetRow[]> {
  for (const _ of parseXmlPartSteps(pkg.bytes, pkg.entryOf(part)!, pkg.file, pkg.limits, { total: 0 }, sheetHandlers(sheetContext(pkg, sheet), content))) {
    if (batch.length > 0) yield batch.splice(0);
  }
  if (batch.length > 0) yield batch.splice(0);
}

function batchContent(batch: SheetRow[]): SheetContent {
  return { rows: [], hiddenRows: new Set(), merges: [], sink: (row, cells, hidden) => void batch.push({ row, cells, hidden }) };
}

function readPackage(bytes: Uint8Array | ByteSource, file: string, options: ReadXlsxOptions): XlsxWorkbook | XlsxHeads {
  const pkg = openPackage(bytes, file, options);
  let rowsRead = 0;
  const onRow = options.onRows ? () => options.onRows!((rowsRead += 5000)) : undefined;
  const contentOf = (): SheetContent => ({ rows: [], hiddenRows: new Set(), merges: [], ...(options.headRows !== undefined ? { keepRows: options.headRows } : {}) });
  const walk = walkSheets(pkg, options.views ? () => withExtras(contentOf()) : contentOf, { ...(onRow ? { onRow } : {}), ...(options.views ? { extras: true } : {}) });
  let next = walk.next();
  while (!next.done) next = walk.next();
  const walked = next.value;
  const grids: Grid[] = walked.map((w) => ({ sheet: w.name, firstRow: 1, firstColumn: 1, rows: w.content.rows, hiddenRows: w.content.hiddenRows, merges: w.content.merges }));
  const lastRows = walked.map((w) => w.content.lastRow ?? 0);
  const parts = new Map(walked.map((w) => [w.name, w.part]));
  const hiddenSheets = new Set(walked.filter((w) => w.hidden).map((w) => w.name));
  if (grids.every((g) => g.rows.length === 0)) throw new JiebangError("EMPTY_WORKBOOK", { file }, { file });
  // Another pass over one sheet's part, handing its rows on a chunk at a time (the checks of the first pass hold).
  function* streamRows(sheet: string): Generator<SheetRow[]> {
    const part = parts.get(sheet);
    if (part === undefined) return;
    const batch: SheetRow[] = [];
    yield* sheetRows(pkg, sheet, part, batchContent(batch), batch);
  }
  options.onRows?.(grids.reduce((n, g) => n + g.rows.reduce((k) => k + 1, 0), 0));

  const writer = readWriterOf(pkg);
  const views = options.views ? new Map(walked.map((w) => [w.name, w.extras!])) : undefined;
  const workbook = { grids, hiddenSheets, date1904: pkg.date1904, ...(writer ? { writer } : {}), ...(views ? { views } : {}) };
  return options.headRows === undefined ? workbook : { ...workbook, lastRows, streamRows };
}

function readWriterOf(pkg: OpenedPackage): Writer | undefined {
  const appPart = pkg.root.find((r) => r.kind === "extended-properties")?.part;
  return appPart ? readWriter(appPart, pkg.parse) : undefined;
}

/** What one worksheet's rows go to as a walk reads them. */
export interface SheetVisit {
  /** The next rows, in order (a batch per inflated chunk of the part). */
  rows(batch: SheetRow[]): void;
  /** The sheet's part is read to its end: what it shows beyond its cells. */
  end(extras: SheetExtras): void;
}

/**
 * A workbook opened to be read a sheet at a time, nothing of it kept:
 * `streamRows` reads one sheet's rows, `walk` reads every sheet as readXlsx
 * does (in tab order, every check, in the same order, so the same file is
 * refused with the same sentence), handing each sheet's rows on or letting
 * them go.
 */
export interface XlsxStream {
  /** The worksheets' names, in tab order (chart sheets left out). */
  readonly sheets: readonly string[];
  /**
   * A sheet's rows in order, in batches. Read to its end, the sheet's part
   * has had every check a walk makes, and the walk does not read it again.
   */
  streamRows(sheet: string): Generator<SheetRow[]>;
  /**
   * Every worksheet in tab order, with readXlsx's checks, a chunk at a time
   * (the caller may do other work between steps); a sheet's rows go to what
   * `visit` returns for it, or are let go (a sheet `streamRows` read to its
   * end is neither read again nor visited). Then the checks after the
   * sheets: a workbook with no cell at all, docProps/app.xml.
   */
  walk(visit?: (sheet: string) => SheetVisit | undefined): Generator<void>;
}

/** Open an .xlsx to read it as a stream (see XlsxStream): the package's parts up to its sheets are read and checked now. */
export function openXlsxStream(bytes: Uint8Array | ByteSource, file: string, options: Pick<ReadXlsxOptions, "limits"> = {}): XlsxStream {
  const pkg = openPackage(bytes, file, options);
  const done = new Map<string, SheetContent>();
  const sheets = pkg.sheets.filter((s) => {
    const rel = s.relId === undefined ? undefined : pkg.rels.get(s.relId);
    return !rel || rel.kind === "worksheet";
  });
  return {
    sheets: sheets.map((s) => s.name),
    *streamRows(sheet) {
      const entry = sheets.find((s) => s.name === sheet);
      if (!entry) return;
      const found = worksheetPart(pkg, entry)!;
      const batch: SheetRow[] = [];
      const content = batchContent(batch);
      yield* sheetRows(pkg, sheet, found.part, content, batch);
      assertMergesBounded(content, file, sheet, pkg.limits);
      done.set(sheet, content);
    },
    *walk(visit) {
      const visits = new Map<string, { visit: SheetVisit; batch: SheetRow[] }>();
      const walked = yield* walkSheets(
        pkg,
        (sheet) => {
          const v = visit?.(sheet.name);
          if (!v) return { rows: [], hiddenRows: new Set(), merges: [], sink: () => undefined };
          const batch: SheetRow[] = [];
          visits.set(sheet.name, { visit: v, batch });
          return withExtras(batchContent(batch));
        },
        {
          done,
          extras: true,
          step: (sheet) => {
            const v = visits.get(sheet);
            if (v && v.batch.length > 0) v.visit.rows(v.batch.splice(0));
          },
          end: (sheet, extras) => {
            const v = visits.get(sheet);
            if (!v) return;
            if (v.batch.length > 0) v.visit.rows(v.batch.splice(0));
            visits.delete(sheet);
            v.visit.end(extras!);
          },
        },
      );
      if (walked.every((w) => (w.content.lastRow ?? 0) === 0)) throw new JiebangError("EMPTY_WORKBOOK", { file }, { file });
      readWriterOf(pkg);
    },
  };
}

/** Merges are kept as ranges; the rows they cover inside the sheet's rows are what a lookup costs, and are bounded. */
function assertMergesBounded(content: SheetContent, file: string, sheet: string, limits: XlsxLimits): void {
  let spans = 0;
  const last = content.lastRow ?? content.rows.length;
  for (const range of content.merges) {
    const [from, to] = range.split(":") as [string, string];
    const top = cellRef(from)!.row;
    const bottom = cellRef(to)!.row;
    spans += Math.max(0, Math.min(bottom, last) - top + 1);
  }
  if (spans > limits.mergedCells) throw tooLarge(file, { "zh-CN": `工作表「${sheet}」的合并单元格过多`, en: `worksheet “${sheet}” has too many merged cells` });
}

function readWriter(part: string, parse: (part: string, handlers: XmlHandlers) => boolean): Writer | undefined {
  const texts: Record<string, string[]> = {};
  let current: string[] | null = null;
  parse(part, {
    open(name) {
      current = name === "Application" || name === "AppVersion" ? (texts[name] = []) : null;
    },
    close() {
      current = null;
    },
    text(text) {
      current?.push(text);
    },
  });
  const application = texts["Application"]?.join("").trim();
  if (!application) return undefined;
  const appVersion = texts["AppVersion"]?.join("").trim();
  return { application, ...(appVersion ? { appVersion } : {}) };
}
