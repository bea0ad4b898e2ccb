import ExcelJS from "exceljs";
import { Transform, type Readable, type Writable } from "node:stream";
import type { ChartSpec, ExportSink } from "../report";
import { sheetCharts, withDrawing, withOverrides } from "./chart-part";
import { writeOutCell } from "./out-cell";
import { drained } from "./backpressure";
import { applyPrint, PAGE_SETUP } from "./print";
import { addRecordSheet, protectExportSheet } from "./write-workbook";

/** What exceljs's WorkbookWriter writes its package through: an archiver zip, one `append` a part (a sheet's XML as a stream, the rest as text). */
interface PackageZip {
  append(source: unknown, data: { name: string }): unknown;
}

/**
 * The streamed package's charts. exceljs writes no charts, so its zip's
 * `append` is wrapped: the chart, drawing and rels parts are appended as
 * more parts of the same zip, the sheet that has charts gets its
 * `<drawing r:id>` as its XML goes by (that one part, the Summary sheet's,
 * is held until its end: it does not grow with the tracker), and
 * `[Content_Types].xml` gets their Overrides. Every other part streams
 * through untouched, unbuffered, compressed once.
 */
function chartsInto(workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
  const zip = (workbook as unknown as { zip?: PackageZip }).zip;
  if (!zip || typeof zip.append !== "function") throw new Error("openExportStream: exceljs's WorkbookWriter has no zip to add charts to");
  const append = zip.append.bind(zip);
  const edits = new Map<string, (xml: string) => string>();
  const overrides = new Map<string, string>();
  const ours = new Set<string>();
  let charts = 0;
  let drawings = 0;
  /** Set while a sheet with charts is being added: it takes the next worksheet part exceljs opens. */
  let pending: ((sheetPart: string) => void) | null = null;
  const add = (sheetPart: string, specs: readonly ChartSpec[]): void => {
    const added = sheetCharts(sheetPart, specs, { chart: charts + 1, drawing: drawings + 1 });
    charts += specs.length;
    drawings += 1;
    edits.set(sheetPart, (xml) => withDrawing(xml, added.drawingRelId));
    for (const [part, type] of added.overrides) overrides.set(part, type);
    for (const [part, text] of added.parts) {
      ours.add(part);
      append(text, { name: part });
    }
  };
  zip.append = (source, data) => {
    const name = data.name.replace(/^\/+/, "");
    // A part of the charts' that exceljs writes too (a sheet's rels, for links or comments) would be in the package twice.
    if (ours.has(name)) throw new Error(`openExportStream: exceljs writes ${name} too; the charts' rels would be lost`);
    if (name === "[Content_Types].xml" && overrides.size > 0) return append(withOverrides(String(source), overrides), data);
    // exceljs's WorksheetWriter opens its part as it is made (writing the sheet's head): a sheet with charts is the next one.
    if (pending && /^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      pending(name);
      pending = null;
    }
    const edit = edits.get(name);
    if (!edit) return append(source, data);
    // The one part edited (the Summary sheet's, tens of KB whatever the tracker): held to its end, then handed on with its drawing element.
    const held: Buffer[] = [];
    const edited = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        held.push(chunk);
        done();
      },
      flush(done) {
        done(null, Buffer.from(edit(Buffer.concat(held).toString("utf8")), "utf8"));
      },
    });
    (source as Readable).pipe(edited);
    return append(edited, data);
  };
  return {
    /** Add a worksheet with charts: its part's edit bound as exceljs opens the part, the charts' parts appended then. */
    addWorksheet(make: () => ExcelJS.Worksheet, specs: readonly ChartSpec[]): ExcelJS.Worksheet {
      let opened: string | null = null;
      pending = (sheetPart) => {
        opened = sheetPart;
        add(sheetPart, specs);
      };
      const ws = make();
      pending = null;
      if (opened !== `xl/worksheets/sheet${ws.id}.xml`) throw new Error(`openExportStream: the sheet “${ws.name}” has its charts' edit on ${String(opened)}, not on its own part`);
      return ws;
    },
  };
}

/**
 * An export written with exceljs's streaming writer as the run goes: the
 * sheets' rows as ExportWriter hands them (each committed at once, every
 * sheet protected), then the hidden record sheet from the record's text in
 * pieces, then the package. Nothing of a sheet is held once its row is
 * committed, but for the Summary sheet's XML while its chart's element is
 * put in (see chartsInto).
 */
export function openExportStream(stream: Writable, title: string, createdAt: string, onRows?: (rows: number) => void) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "jiebang";
  workbook.title = title;
  workbook.created = new Date(createdAt);
  workbook.modified = new Date(createdAt);
  const charts = chartsInto(workbook);
  let ws: ExcelJS.Worksheet | null = null;
  let table = false;
  let r = 0;
  let written = 0;
  const sink: ExportSink = {
    sheet(name, widths, isTable, specs) {
      const make = () => workbook.addWorksheet(name, { pageSetup: { ...PAGE_SETUP }, ...(isTable ? { views: [{ state: "frozen", ySplit: 1 }] } : {}) });
      ws = specs && specs.length > 0 ? charts.addWorksheet(make, specs) : make();
      ws.columns = widths.map((width) => ({ width }));
      table = isTable;
      r = 0;
    },
    async row(out) {
      const row = ws!.getRow(++r);
      if (r === 1 && table) ws!.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, out.cells.length) } };
      out.cells.forEach((value, c) => value !== null && writeOutCell(row.getCell(c + 1), value, out));
      row.commit();
      if (++written % 5000 === 0) onRows?.(written);
      if (written % 64 === 0) await drained(ws!);
    },
    async end(print) {
      if (print) applyPrint(ws!, print);
      await protectExportSheet(ws!);
      ws!.commit();
    },
  };
  return {
    sink,
    /** The record sheet, last, from the record's text in pieces. */
    record: (pieces: AsyncIterable<string> | Iterable<string>) => addRecordSheet(workbook as unknown as ExcelJS.Workbook, pieces),
    async commit(): Promise<void> {
      await workbook.commit();
      onRows?.(written);
    },
  };
}
