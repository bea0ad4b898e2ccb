import { createReadStream } from "node:fs";
import { readWorkbookStream, type WorkbookGrids } from "../io";
import { readInputFile } from "./files";

/**
 * A tracker file as every command reads it: its bytes (for the SHA-256 and
 * the checks) and its sheets, streamed in with exceljs's streaming reader.
 */
export async function readTrackerFile(path: string, onRows?: (rows: number) => void): Promise<{ bytes: Uint8Array; workbook: WorkbookGrids }> {
  const bytes = readInputFile(path);
  const workbook = await readWorkbookStream(bytes, () => createReadStream(path), path, onRows ? { onRows } : {});
  return { bytes, workbook };
}
