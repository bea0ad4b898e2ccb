/**
 * Excel serial dates. Values come out of exceljs as JS Dates built with
 * exceljs's own epoch (25569 = 1970-01-01), so converting back with the same
 * epoch returns the serial stored in the file. Display uses Excel's calendar,
 * including its fictitious 1900-02-29 (serial 60).
 */

const DAY_MS = 86_400_000;

export function serialFromDate(date: Date, date1904: boolean): number {
  return (date1904 ? 24107 : 25569) + date.getTime() / DAY_MS;
}

export interface DateParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday */
  readonly weekday: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Calendar parts of a serial, or undefined when Excel would show "#####" (negative or too large). */
export function dateParts(serial: number, date1904: boolean): DateParts | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined;
  let days = Math.floor(serial);
  let secondsOfDay = Math.round((serial - days) * 86_400);
  if (secondsOfDay >= 86_400) {
    days += 1;
    secondsOfDay -= 86_400;
  }
  const hours = Math.floor(secondsOfDay / 3600);
  const minutes = Math.floor((secondsOfDay % 3600) / 60);
  const seconds = secondsOfDay % 60;
  if (!date1904 && days === 60) return { year: 1900, month: 2, day: 29, weekday: 3, hours, minutes, seconds };
  let epochDays: number;
  if (date1904) epochDays = days - 24107;
  else epochDays = days < 60 ? days - 25568 : days - 25569;
  const date = new Date(epochDays * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    hours,
    minutes,
    seconds,
  };
}
