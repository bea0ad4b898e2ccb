import { readXlsx, type XlsxWorkbook } from "../io";
import { readInputFile } from "./files";

/**
 * A tracker file as every command reads it: its bytes (for the SHA-256 and
 * the checks) and its sheets, each part inflated and parsed as a stream.
 */
export async function readTrackerFile(path: string, onRows?: (rows: number) => void): Promise<{ bytes: Uint8Array; workbook: XlsxWorkbook }> {
  const bytes = readInputFile(path);
  const workbook = await readXlsx(bytes, path, onRows ? { onRows } : {});
  return { bytes, workbook };
}
