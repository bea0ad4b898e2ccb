import ExcelJS from "exceljs";
import { afterEach } from "vitest";
import { ExcelHost, type ExcelHostOptions } from "../../addin/excel-host";
import { connect, loadOfficeClient } from "./office-client";

/** .xlsx bytes of an exceljs workbook built by `build`. */
export async function xlsxOf(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Rows of values from A1 of a new sheet. */
export function fill(sheet: ExcelJS.Worksheet, rows: unknown[][], top = 1, left = 1): void {
  rows.forEach((row, r) => row.forEach((value, c) => {
    if (value !== undefined) sheet.getCell(top + r, left + c).value = value as ExcelJS.CellValue;
  }));
}

let disconnect: (() => void) | undefined;
afterEach(() => {
  disconnect?.();
  disconnect = undefined;
});

/** A host over the workbook `build` makes, connected to Microsoft's client for this test. */
export async function hostOf(build: (book: ExcelJS.Workbook) => void, options: ExcelHostOptions = {}): Promise<ExcelHost> {
  const host = await ExcelHost.fromXlsx(await xlsxOf(build), options);
  loadOfficeClient();
  disconnect?.();
  disconnect = connect(host);
  return host;
}

/** The Office error a promise rejects with. */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; name: string; message: string; httpStatusCode?: number; debugInfo?: Record<string, unknown>; traceMessages?: string[] }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error("expected the promise to reject");
}

/** JSON round trip: compare values the client built without caring for their prototypes. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export interface Exchange {
  readonly request: { Actions: Array<Record<string, any>>; ObjectPaths: Record<string, Record<string, any>> };
  readonly response: { Results: Array<{ ActionId: number; Value: any }>; Error?: Record<string, any>; TraceIds?: number[] };
  readonly status: number;
}

/** Record every request and response the host answers from now on. */
export function recordExchanges(host: ExcelHost): Exchange[] {
  const log: Exchange[] = [];
  const answer = host.processQuery.bind(host);
  host.processQuery = (body: string) => {
    const out = answer(body);
    log.push({ request: JSON.parse(body), response: JSON.parse(out.body), status: out.status });
    return out;
  };
  return log;
}
