import type ExcelJS from "exceljs";

/** Bytes a sheet's compressor may have waiting before the writer waits for it. */
const BACKLOG_BYTES = 4 * 1024 * 1024;

/** What exceljs's WorksheetWriter streams its XML through: a StreamBuf, piped by archiver into the entry's compressor. */
interface SheetStreamBuf {
  readonly pipes?: ReadonlyArray<{ once(event: "drain", listener: () => void): unknown; readonly writableLength?: number; readonly _writableState?: { readonly length: number } }>;
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
 * always the case here, since StreamBuf never waits. (No Node import: the
 * add-in bundles this file, where a workbook in memory has no pipes.)
 */
export async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  const buf = (ws as unknown as { stream?: SheetStreamBuf }).stream;
  for (const pipe of buf?.pipes ?? []) {
    const queued = pipe.writableLength ?? pipe._writableState?.length ?? 0;
    if (queued > BACKLOG_BYTES) await new Promise<void>((resolve) => pipe.once("drain", resolve));
  }
}
