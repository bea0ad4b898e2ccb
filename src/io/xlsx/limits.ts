import { JiebangError, type Localized } from "../../i18n";

/**
 * What reading a package may cost. Sizes are counted on the bytes actually
 * inflated, never on what the zip declares, so a directory that understates
 * a part cannot get past them.
 *
 * Parts are streamed (inflated and parsed a chunk at a time, their rows let
 * go), so a part's size costs time, not memory, and no part is refused for
 * its size alone: a genuine tracker of a million rows has a 600 MB sheet
 * part. What is bounded is what a zip bomb needs (its ratio), what a read
 * must hold (the shared strings, the merges), the work of one pass over the
 * package, and Excel's own grid (1,048,576 rows by 16,384 columns, checked
 * as the sheet is read).
 */
export interface XlsxLimits {
  /** Inflated bytes of all parts read in one pass over the package: about four times a sheet filling Excel's 1,048,576 rows at a tracker's width. */
  readonly totalBytes: number;
  /** Characters of all shared strings: the one table a read holds whole (at one or two bytes a character). */
  readonly sharedStringChars: number;
  /** Parts in the package. */
  readonly entries: number;
  /** Inflated ÷ compressed bytes above which a part larger than `ratioFloorBytes` is taken for a zip bomb. */
  readonly ratio: number;
  readonly ratioFloorBytes: number;
  /** Cells of merged ranges inside the sheet's rows, together (merges are kept as ranges, not cells). */
  readonly mergedCells: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  totalBytes: 4 * 1024 * 1024 * 1024,
  sharedStringChars: 128 * 1024 * 1024,
  entries: 20_000,
  ratio: 200,
  ratioFloorBytes: 10 * 1024 * 1024,
  mergedCells: 2_000_000,
};

/** Excel's own grid: 1,048,576 rows by 16,384 columns (XFD). A cell beyond it is not in any workbook Excel opens. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** The package is damaged: exit 2 with a sentence that names what is wrong. */
export function damaged(file: string, detail: Localized): JiebangError {
  const why: Localized = { "zh-CN": `文件已损坏：${detail["zh-CN"]}`, en: `the file is damaged: ${detail.en}` };
  return new JiebangError("NOT_XLSX", { file, why }, { file });
}

export function tooLarge(file: string, why: Localized): JiebangError {
  return new JiebangError("WORKBOOK_TOO_LARGE", { file, why }, { file });
}

export function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
