/**
 * Workbook.functions (Excel.Functions, ExcelApi 1.2): worksheet functions run
 * by the host. Each is an ObjectPath method (`Date` [year, month, day],
 * excel-web-16.00.debug.js L60924-60926) giving a FunctionResult whose
 * `Error` / `Value` a Query reads (L60559-60570). Excel.FunctionResult:
 * "error: Error value (such as "#DIV/0") representing the error. If the error
 * string is not set, then the function succeeded, and its result is written
 * to the Value field."
 *
 * Only DATE is modelled. Its rules (Microsoft KB Q214331 "DATE Function
 * Behaves Differently in Microsoft Excel 2000" and Q175753 "DATE Function May
 * Return #NUM! Error When Year Is 0-3"):
 * - a year from 0 to 1899 is an offset from 1900; 10,000 or more is #NUM!;
 * - months and days beyond their range roll into the next (or previous) ones;
 * - the result is a serial of the workbook's date system: in the 1900 system
 *   1900-01-01 is 1 and the fictitious 1900-02-29 is 60; in the 1904 system
 *   1904-01-01 is 0, so the same day is 1,462 in the 1900 system
 *   ("the serial number of a date in the 1900 Date System is always 1,462 days
 *   greater", Q214365/Q175753 background); a 1904 workbook gives #NUM! before 1904.
 */

import { HostObject, type HostEnv } from "./host-object";
import { notModelled } from "./errors";
import { RangeObject } from "./range";

const DAY_MS = 86_400_000;
const MAX_SERIAL_1900 = 2_958_465; // 9999-12-31

type Outcome = { value: number; error?: undefined } | { value?: undefined; error: string };

function numberArg(arg: unknown): number | undefined {
  if (arg instanceof FunctionResultObject) return arg.outcome.value;
  if (arg instanceof RangeObject) {
    arg.resetCellCache();
    const value = arg.scalar("values") as unknown[][];
    return numberArg(value[0]?.[0]);
  }
  if (typeof arg === "number" && Number.isFinite(arg)) return Math.trunc(arg);
  if (typeof arg === "boolean") return arg ? 1 : 0;
  if (typeof arg === "string" && arg.trim() !== "" && Number.isFinite(Number(arg))) return Math.trunc(Number(arg));
  return undefined;
}

/** Excel's DATE(year, month, day) in the given date system. */
export function excelDate(yearArg: unknown, monthArg: unknown, dayArg: unknown, date1904: boolean): Outcome {
  let year = numberArg(yearArg);
  const month = numberArg(monthArg);
  const day = numberArg(dayArg);
  if (year === undefined || month === undefined || day === undefined) return { error: "#VALUE!" };
  if (year < 0 || year >= 10_000) return { error: "#NUM!" };
  if (year < 1900) year += 1900;
  const months = year * 12 + (month - 1);
  const y = Math.floor(months / 12);
  const m = months - y * 12;
  const first = Date.UTC(y, m, 1);
  let serial: number;
  if (date1904) {
    serial = Math.round((first - Date.UTC(1904, 0, 1)) / DAY_MS) + day - 1;
    if (serial < 0) return { error: "#NUM!" };
  } else {
    let firstSerial = Math.round((first - Date.UTC(1899, 11, 31)) / DAY_MS);
    if (first >= Date.UTC(1900, 2, 1)) firstSerial += 1; // Excel's 1900-02-29
    serial = firstSerial + day - 1;
    if (serial < 0) return { error: "#NUM!" };
  }
  if (serial > MAX_SERIAL_1900 - (date1904 ? 1462 : 0)) return { error: "#NUM!" };
  return { value: serial };
}

export class FunctionResultObject extends HostObject {
  readonly typeName = "FunctionResult";

  constructor(
    env: HostEnv,
    readonly outcome: Outcome,
  ) {
    super(env);
  }

  override get scalarNames(): readonly string[] {
    return ["error", "value"];
  }

  override scalar(name: string): unknown {
    if (name === "error") return this.outcome.error ?? null;
    if (name === "value") return this.outcome.value ?? null;
    return super.scalar(name);
  }
}

export class FunctionsObject extends HostObject {
  readonly typeName = "Functions";

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    if (name === "Date") return new FunctionResultObject(this.env, excelDate(args[0], args[1], args[2], this.doc.date1904));
    throw notModelled(`the worksheet function ${name.toUpperCase()} (only DATE is modelled)`);
  }
}
