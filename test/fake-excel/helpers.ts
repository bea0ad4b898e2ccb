import ExcelJS from "exceljs";
import { expect } from "vitest";
import { createFakeExcel, FakeWorkbook, type FakeOffice, type FakeOfficeOptions } from "../../addin/fake-excel";

/** A FakeWorkbook from an exceljs workbook built by `build`, passed through .xlsx bytes as a real file would be. */
export async function workbookOf(build: (book: ExcelJS.Workbook) => void, settings?: Record<string, unknown>): Promise<FakeWorkbook> {
  const book = new ExcelJS.Workbook();
  build(book);
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  return FakeWorkbook.fromXlsx(bytes, settings ? { settings } : {});
}

/** A workbook with one sheet "Sheet1" filled from `rows` at A1. */
export function sheetWith(rows: unknown[][], name = "Sheet1"): Promise<FakeWorkbook> {
  return workbookOf((book) => {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== undefined) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }));
  });
}

export function fakeOf(workbook: FakeWorkbook, options?: FakeOfficeOptions): FakeOffice {
  return createFakeExcel(workbook, options);
}

/** The Office error code a synchronous call throws. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code ?? `not an Office error: ${String(error)}`;
  }
  return undefined;
}

/** Expect `promise` (a sync) to fail with an Office error of `code`. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code, name: "OfficeExtension.Error" });
}
