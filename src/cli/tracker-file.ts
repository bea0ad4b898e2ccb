import { basename } from "node:path";
import { readXlsx, readXlsxHeads, type XlsxHeads, type XlsxWorkbook } from "../io";
import { findTrackerSheet, HEADER_SEARCH_ROWS, trackerSheets, TrackerStream, type FieldName, type Grid, type ProjectIndex } from "../tracker";
import type { Unit } from "../money";
import type { TrackerRowSource } from "../run";
import type { RunInput } from "../report";
import { openInputFile, readInputFile, type InputFile } from "./files";

/**
 * A tracker file as every command reads it: its bytes (for the SHA-256 and
 * the checks) and its sheets, each part inflated and parsed as a stream.
 */
export async function readTrackerFile(path: string, onRows?: (rows: number) => void): Promise<{ bytes: Uint8Array; workbook: XlsxWorkbook }> {
  const bytes = readInputFile(path);
  const workbook = await readXlsx(bytes, path, onRows ? { onRows } : {});
  return { bytes, workbook };
}

/** A tracker sheet opened for streaming: found by its first rows, its project rows read as they are asked for. Close `input` when done. */
export interface TrackerSheetStream {
  readonly input: InputFile;
  readonly workbook: XlsxHeads;
  readonly reader: TrackerStream;
  readonly stream: TrackerRowSource;
}

/** The tracker file as a run's reports name it: its file name (never its path), its SHA-256 and what wrote it. */
export function runInputOf(path: string, { input, workbook }: Pick<TrackerSheetStream, "input" | "workbook">): RunInput {
  return { file: basename(path), sha256: input.sha256, ...(workbook.writer ? { writer: workbook.writer } : {}) };
}

type StreamOptions = { readonly sheet?: string; readonly map: Partial<Record<FieldName, string>>; readonly unit: Unit | null; readonly allowDuplicates?: boolean; readonly projects?: ProjectIndex };

/** One sheet of heads read, as a stream of its project rows. */
function sheetStream(input: InputFile, workbook: XlsxHeads, head: Grid, path: string, options: StreamOptions): TrackerSheetStream {
  const lastRow = workbook.lastRows[workbook.grids.indexOf(head)] ?? 0;
  const reader = new TrackerStream(head, lastRow, {
    map: options.map,
    unit: options.unit,
    file: basename(path),
    allowDuplicates: options.allowDuplicates ?? false,
    ...(options.projects ? { projects: options.projects } : {}),
  });
  const stream: TrackerRowSource = {
    total: Math.max(0, lastRow - reader.heading.headerRow),
    *rows() {
      for (const batch of workbook.streamRows(head.sheet)) yield* reader.rows(batch);
    },
    finish: () => reader.finish(),
  };
  return { input, workbook, reader, stream };
}

/**
 * A tracker file opened for streaming: read a piece at a time, never held
 * whole. Each sheet's first rows (one more than the header is searched in)
 * and its merges find the tracker sheet, as every command finds it; its rows
 * are then read again as a stream.
 */
export async function openTrackerStream(path: string, options: StreamOptions, onRows?: (rows: number) => void): Promise<TrackerSheetStream> {
  const input = openInputFile(path);
  try {
    const workbook = await readXlsxHeads(input.source, path, { headRows: HEADER_SEARCH_ROWS + 1, ...(onRows ? { onRows } : {}) });
    const head = findTrackerSheet(workbook.grids, { ...(options.sheet !== undefined ? { sheet: options.sheet } : {}), map: options.map, hidden: workbook.hiddenSheets });
    const opened = sheetStream(input, workbook, head, path, options);
    // The other sheets' first rows were only for finding the tracker.
    workbook.grids.length = 0;
    return opened;
  } catch (error) {
    input.close();
    throw error;
  }
}

/**
 * `--all-sheets`: every visible sheet of the file with a tracker header, each
 * as openTrackerStream opens one, or why it cannot be read (a header without
 * a required column); they share the file (close `input` once).
 */
export async function openTrackerSheets(
  path: string,
  options: Omit<StreamOptions, "sheet">,
): Promise<{ readonly input: InputFile; readonly sheets: ReadonlyArray<{ readonly sheet: string; readonly opened: TrackerSheetStream | null; readonly error?: unknown }> }> {
  const input = openInputFile(path);
  try {
    const workbook = await readXlsxHeads(input.source, path, { headRows: HEADER_SEARCH_ROWS + 1 });
    const sheets = trackerSheets(workbook.grids, { map: options.map, hidden: workbook.hiddenSheets }).map((head) => {
      try {
        return { sheet: head.sheet, opened: sheetStream(input, workbook, head, path, options) };
      } catch (error) {
        return { sheet: head.sheet, opened: null, error };
      }
    });
    workbook.grids.length = 0;
    return { input, sheets };
  } catch (error) {
    input.close();
    throw error;
  }
}
