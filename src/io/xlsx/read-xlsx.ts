import { JiebangError } from "../../i18n";
import { TextStore, type Grid, type GridCell } from "../../tracker";
import { assertXlsxBytes, SNIFF_BYTES } from "../sniff";
import { asByteSource, type ByteSource } from "./byte-source";
import { damaged, tooLarge, XLSX_LIMITS, type XlsxLimits } from "./limits";
import { cellRef } from "./cell-ref";
import { relationshipOf, relsPartOf, type Relationship } from "./relationships";
import type { InflateBudget } from "./read-part";
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

export interface XlsxWorkbook {
  /** One grid per worksheet, in the workbook's tab order. */
  readonly grids: Grid[];
  /** Names of hidden and very hidden sheets. */
  readonly hiddenSheets: ReadonlySet<string>;
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

function readPackage(input: Uint8Array | ByteSource, file: string, options: ReadXlsxOptions): XlsxWorkbook | XlsxHeads {
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

  const grids: Grid[] = [];
  const lastRows: number[] = [];
  const parts = new Map<string, string>();
  const hiddenSheets = new Set<string>();
  let rowsRead = 0;
  const onRow = options.onRows ? () => options.onRows!((rowsRead += 5000)) : undefined;
  for (const sheet of sheets) {
    const rel = sheet.relId === undefined ? undefined : rels.get(sheet.relId);
    if (rel && rel.kind !== "worksheet") continue; // a chart sheet or dialog sheet holds no cells
    if (!rel?.part || !entryOf(rel.part)) throw damaged(file, { "zh-CN": `找不到工作表「${sheet.name}」的内容`, en: `the content of worksheet “${sheet.name}” is missing` });
    const content: SheetContent = { rows: [], hiddenRows: new Set(), merges: [], ...(options.headRows !== undefined ? { keepRows: options.headRows } : {}) };
    parse(rel.part, sheetHandlers({ file, sheet: sheet.name, sharedStrings, formats, date1904, ...(onRow ? { onRow } : {}) }, content));
    assertMergesBounded(content, file, sheet.name, limits);
    grids.push({ sheet: sheet.name, firstRow: 1, firstColumn: 1, rows: content.rows, hiddenRows: content.hiddenRows, merges: content.merges });
    lastRows.push(content.lastRow ?? 0);
    parts.set(sheet.name, rel.part);
    if (sheet.state !== "visible") hiddenSheets.add(sheet.name);
  }
  if (grids.every((g) => g.rows.length === 0)) throw new JiebangError("EMPTY_WORKBOOK", { file }, { file });
  // Another pass over one sheet's part, handing its rows on a chunk at a time (the checks of the first pass hold).
  function* streamRows(sheet: string): Generator<SheetRow[]> {
    const part = parts.get(sheet);
    if (part === undefined) return;
    const batch: SheetRow[] = [];
    const content: SheetContent = { rows: [], hiddenRows: new Set(), merges: [], sink: (row, cells, hidden) => void batch.push({ row, cells, hidden }) };
    for (const _ of parseXmlPartSteps(bytes, entryOf(part)!, file, limits, { total: 0 }, sheetHandlers({ file, sheet, sharedStrings, formats, date1904 }, content))) {
      if (batch.length > 0) yield batch.splice(0);
    }
    if (batch.length > 0) yield batch.splice(0);
  }
  options.onRows?.(grids.reduce((n, g) => n + g.rows.reduce((k) => k + 1, 0), 0));

  const appPart = root.find((r) => r.kind === "extended-properties")?.part;
  const writer = appPart ? readWriter(appPart, parse) : undefined;
  const workbook = { grids, hiddenSheets, date1904, ...(writer ? { writer } : {}) };
  return options.headRows === undefined ? workbook : { ...workbook, lastRows, streamRows };
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
