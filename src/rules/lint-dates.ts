/** Calendar days as ISO strings (YYYY-MM-DD), for the lint's date values and version ranges. */

const DAY_MS = 86_400_000;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function time(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** True for a date that exists on the calendar ("2024-02-29" yes, "2023-02-29" no). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_SHAPE.test(text)) return false;
  const t = time(text);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** The calendar date `days` after (or before) `date`; null outside years 0000–9999. */
export function addDays(date: string, days: number): string | null {
  const t = time(date) + days * DAY_MS;
  if (Number.isNaN(t)) return null;
  const text = new Date(t).toISOString().slice(0, 10);
  return ISO_SHAPE.test(text) ? text : null;
}

/** Days from `from` to `to` (1 for consecutive days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((time(to) - time(from)) / DAY_MS);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * For a string shaped like a date that is not one ("2023-02-30",
 * "2023-13-01"), the calendar dates just below and just above it in the
 * string order the date operators compare by.
 */
export function calendarNeighbours(text: string): { below: string | null; above: string | null } {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = (year: number, month: number, day: number) => (year >= 0 && year <= 9999 ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null);
  if (m < 1) return { below: date(y - 1, 12, 31), above: date(y, 1, 1) };
  if (m > 12) return { below: date(y, 12, 31), above: date(y + 1, 1, 1) };
  const first = date(y, m, 1)!;
  if (d < 1) return { below: addDays(first, -1), above: first };
  const next = m === 12 ? date(y + 1, 1, 1) : date(y, m + 1, 1);
  const last = next === null ? date(y, 12, 31) : addDays(next, -1);
  return { below: last, above: next };
}
