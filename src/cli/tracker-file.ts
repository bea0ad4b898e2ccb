import { readXlsx, readXlsxHeads, type XlsxHeads, type XlsxWorkbook } from "../io";
import { HEADER_SEARCH_ROWS } from "../tracker";
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

/**
 * A tracker file read for streaming: each sheet's first rows (enough to find
 * the header, one more than the rows the header is searched in) and its
 * merges; the tracker sheet's rows are then read again as a stream.
 */
export async function readTrackerHeads(path: string, onRows?: (rows: number) => void): Promise<{ input: InputFile; workbook: XlsxHeads }> {
  // Read a piece at a time, not held whole: the tracker sheet is read again as it streams. The caller closes the file.
  const input = openInputFile(path);
  try {
    const workbook = await readXlsxHeads(input.source, path, { headRows: HEADER_SEARCH_ROWS + 1, ...(onRows ? { onRows } : {}) });
    return { input, workbook };
  } catch (error) {
    input.close();
    throw error;
  }
}
