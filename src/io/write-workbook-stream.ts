import ExcelJS from "exceljs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { ExportSink } from "../report";
import { writeOutCell } from "./out-cell";
import { addRecordSheet, protectExportSheet } from "./write-workbook";

/** Bytes a sheet's compressor may have waiting before the writer waits for it. */
const BACKLOG_BYTES = 4 * 1024 * 1024;

/** What exceljs's WorksheetWriter streams its XML through: a StreamBuf, piped by archiver into the entry's compressor. */
interface SheetStreamBuf {
  readonly pipes?: ReadonlyArray<NodeJS.EventEmitter & { readonly writableLength?: number; readonly _writableState?: { readonly length: number } }>;
}

/**
 * exceljs's StreamBuf hands each filled 64 KB buffer to the zip entry's
 * stream without waiting for it (stream-buf.js `_pipe` ignores `write`'s
 * return value), and deflate is slower than the rows are made: left alone the
 * whole funding sheet waits in memory for the compressor (≈ 470 bytes a row,
 * measured on a heap snapshot of a 200,000-row run). So every few rows the
 * writer waits for the compressor's queue to drain below a few megabytes.
 * The queue is readable-stream's Writable (archiver 5 / zip-stream), whose
 * `'drain'` follows once a write found the queue at its high-water mark —
 * always the case here, since StreamBuf never waits.
 */
async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  const buf = (ws as unknown as { stream?: SheetStreamBuf }).stream;
  for (const pipe of buf?.pipes ?? []) {
    const queued = pipe.writableLength ?? pipe._writableState?.length ?? 0;
    if (queued > BACKLOG_BYTES) await once(pipe, "drain");
  }
}

/**
 * An export written with exceljs's streaming writer as the run goes: the
 * sheets' rows as ExportWriter hands them (each committed at once, every
 * sheet protected), then the hidden record sheet from the record's text in
 * pieces, then the package. Nothing of a sheet is held once its row is committed.
 */
export function openExportStream(stream: Writable, title: string, createdAt: string, onRows?: (rows: number) => void) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "jiebang";
  workbook.title = title;
  workbook.created = new Date(createdAt);
  workbook.modified = new Date(createdAt);
  let ws: ExcelJS.Worksheet | null = null;
  let table = false;
  let r = 0;
  let written = 0;
  const sink: ExportSink = {
    sheet(name, widths, isTable) {
      ws = workbook.addWorksheet(name, isTable ? { views: [{ state: "frozen", ySplit: 1 }] } : {});
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
    async end() {
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
