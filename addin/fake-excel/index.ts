/// <reference types="office-js" />
/**
 * A strict fake of the Excel JavaScript API (Office.js) over an exceljs
 * workbook, for tests and the in-browser preview of the add-in.
 *
 *   const workbook = await FakeWorkbook.fromXlsx(bytes);
 *   const { uninstall } = installFakeOffice(globalThis, workbook);
 *   await runTheAddIn();              // calls Excel.run(...)
 *   workbook.cell("Sheet1", "B2");    // what the add-in wrote
 */

export { FakeWorkbook } from "./fake-workbook";
export type { FakeCellView, FakeChartView, FakeCommentView, FakeSheetView, FakeWorkbookOptions } from "./fake-workbook";
export { createFakeExcel, installFakeOffice } from "./office";
export type { FakeExcelNamespace, FakeOffice, FakeOfficeExtensionNamespace, FakeOfficeNamespace, FakeOfficeOptions, FakePlatform, FakeReadyInfo } from "./office";
export { FakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
export { EXCEL_LIMITS } from "./limits";
export type { Limits } from "./limits";
export type { CellScalar, CellValueType } from "./cell-io";
export type { FakeRequestContext } from "./request-context";
export type { FakeRange } from "./range";
export type { FakeWorksheet } from "./worksheet";
