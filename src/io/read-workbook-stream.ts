import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Readable } from "node:stream";
import { JiebangError } from "../i18n";
import { parseCellRef, type Grid, type GridCell } from "../tracker";
import { formulaOf, plainValue, WHY_DAMAGED, type WorkbookGrids } from "./read-workbook";
import { assertXlsxBytes } from "./sniff";
import { assertZipWithinLimits, ZIP_LIMITS, type ZipLimits } from "./zip-limits";

type ExcelValue = ExcelJS.CellValue | undefined;

interface ZipStream {
  on(event: "data", listener: (chunk: string) => void): ZipStream;
  on(event: "error", listener: (error: Error) => void): ZipStream;
  on(event: "end", listener: () => void): ZipStream;
  resume(): ZipStream;
}

export interface StreamProgress {
  (rowsRead: number): void;
}

/** Merged ranges and hidden rows of a sheet: exceljs's streaming reader skips them, so they are scanned from the XML. */
async function sheetExtras(zip: JSZip, path: string): Promise<{ merges: string[]; hiddenRows: Set<number> }> {
  const file = zip.file(path);
  const merges: string[] = [];
  const hiddenRows = new Set<number>();
  if (!file) return { merges, hiddenRows };
  const MERGE = /<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g;
  const ROW = /<row\b[^>]*>/g;
  let tail = "";
  // JSZip's streaming inflate (typed in its docs, not in its .d.ts).
  const stream = (file as unknown as { internalStream(type: "string"): ZipStream }).internalStream("string");
  await new Promise<void>((resolve, reject) => {
    stream
      .on("data", (chunk: string) => {
        const text = tail + chunk;
        // Keep an unfinished tag for the next chunk.
        const cut = text.lastIndexOf("<");
        const done = cut > text.length - 200 ? text.slice(0, cut) : text;
        tail = text.slice(done.length);
        for (const m of done.matchAll(ROW)) {
          if (/\shidden="(1|true)"/.test(m[0])) {
            const r = /\sr="(\d+)"/.exec(m[0]);
            if (r) hiddenRows.add(Number(r[1]));
          }
        }
        for (const m of done.matchAll(MERGE)) merges.push(m[1]!);
      })
      .on("error", reject)
      .on("end", () => {
        for (const m of tail.matchAll(MERGE)) merges.push(m[1]!);
        resolve();
      })
      .resume();
  });
  return { merges, hiddenRows };
}

function applyMerges(rows: GridCell[][], merges: readonly string[]): void {
  for (const range of merges) {
    const [from, to] = range.split(":") as [string, string];
    const a = parseCellRef(from);
    const b = parseCellRef(to);
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.column; c <= b.column; c++) {
        if (r === a.row && c === a.column) continue;
        const row = (rows[r - 1] ??= []);
        for (let i = row.length; i < c - 1; i++) row[i] = { value: { kind: "empty" } };
        const cell = row[c - 1];
        if (!cell || cell.value.kind === "empty") row[c - 1] = { value: { kind: "empty" }, mergedInto: from };
      }
    }
  }
}

/**
 * Read an .xlsx with exceljs's streaming reader: rows are turned into grid
 * cells as they are parsed, so the workbook's object model is never built
 * (a 100,000-row tracker reads in a fraction of the memory). The stream
 * (a file's, opened through `open` once the bytes pass the checks) and the
 * bytes (for the size checks and the merges/hidden-rows scan) are of the same file.
 */
export async function readWorkbookStream(bytes: Uint8Array, open: () => Readable, file: string, options: { limits?: ZipLimits; onRows?: StreamProgress } = {}): Promise<WorkbookGrids> {
  assertXlsxBytes(bytes, file);
  assertZipWithinLimits(bytes, file, options.limits ?? ZIP_LIMITS);
  // Opened only once the bytes pass, and always closed: a refused file leaves no stream open.
  const stream = open();
  try {
    return await readStream(bytes, stream, file, options);
  } finally {
    stream.destroy();
  }
}

async function readStream(bytes: Uint8Array, stream: Readable, file: string, options: { onRows?: StreamProgress }): Promise<WorkbookGrids> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "ignore" });
  const sheets: Array<{ name: string; state: string; rows: GridCell[][] }> = [];
  let read = 0;
  try {
    for await (const worksheet of reader) {
      const rows: GridCell[][] = [];
      const sheet = worksheet as unknown as { name: string; state?: string } & AsyncIterable<ExcelJS.Row>;
      for await (const row of sheet) {
        const cells: GridCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          const raw = cell.value as ExcelValue;
          const formula = formulaOf(raw);
          const format = cell.numFmt;
          cells[column - 1] = { value: plainValue(raw), ...(format ? { format } : {}), ...(formula !== undefined ? { formula } : {}) };
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= { value: { kind: "empty" } };
        rows[row.number - 1] = cells;
        if (++read % 5000 === 0) options.onRows?.(read);
      }
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      sheets.push({ name: sheet.name, state: sheet.state ?? "visible", rows });
    }
  } catch (error) {
    if (error instanceof JiebangError) throw error;
    throw new JiebangError("NOT_XLSX", { file, why: WHY_DAMAGED }, { file });
  }
  options.onRows?.(read);
  if (sheets.every((s) => s.rows.length === 0)) throw new JiebangError("EMPTY_WORKBOOK", { file }, { file });

  // Which part holds which sheet: workbook.xml's sheets and their relationships, as the reader parsed them.
  const internals = reader as unknown as { model?: { sheets?: Array<{ name: string; rId: string }> }; workbookRels?: Array<{ Id: string; Target: string }> };
  const zip = await JSZip.loadAsync(bytes);
  const grids: Grid[] = [];
  const hiddenSheets = new Set<string>();
  for (const sheet of sheets) {
    const rId = internals.model?.sheets?.find((s) => s.name === sheet.name)?.rId;
    const target = internals.workbookRels?.find((r) => r.Id === rId)?.Target;
    const { merges, hiddenRows } = target ? await sheetExtras(zip, `xl/${target.replace(/^\/?xl\//, "")}`) : { merges: [], hiddenRows: new Set<number>() };
    applyMerges(sheet.rows, merges);
    grids.push({ sheet: sheet.name, firstRow: 1, firstColumn: 1, rows: sheet.rows, hiddenRows });
    if (sheet.state !== "visible") hiddenSheets.add(sheet.name);
  }
  return { grids, hiddenSheets };
}
