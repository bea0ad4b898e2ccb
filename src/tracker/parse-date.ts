import type { GridCell } from "./grid";
import { bad, ok, type Parsed } from "./parsed";
import { cellContent } from "./parse-text";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An ISO calendar date, "2022-01-10". */
export type IsoDate = string;

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 the
 * non-existent 1900-02-29, so serials from 61 on count from 1899-12-30.
 */
export function dateFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  const days = whole < 60 ? whole + 1 : whole;
  return new Date(EXCEL_EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10);
}

export function serialFromDate(date: IsoDate): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const days = Math.round((ms - EXCEL_EPOCH_MS) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

const TEXT_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

export function isoDate(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A date cell: an Excel serial (a date-formatted number) or text such as 2022-01-10, 2022/1/10, 2022年1月10日. */
export function parseDate(cell: GridCell): Parsed<IsoDate> {
  const content = cellContent(cell);
  if (!content.ok) return content;
  const value = content.value;
  if (typeof value === "number") {
    const date = dateFromSerial(value);
    return date ? ok(date) : bad("NOT_A_DATE");
  }
  if (typeof value === "boolean") return bad("NOT_A_DATE");
  const match = TEXT_DATE.exec(value.normalize("NFKC"));
  const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  return date ? ok(date) : bad("NOT_A_DATE");
}
