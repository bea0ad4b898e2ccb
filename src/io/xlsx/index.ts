export { readXlsx, readXlsxHeads, openXlsxStream, type XlsxWorkbook, type XlsxHeads, type XlsxStream, type SheetVisit, type SheetRow, type SheetExtras, type Writer, type ReadXlsxOptions } from "./read-xlsx";
export { XLSX_LIMITS, EXCEL_MAX_ROWS, EXCEL_MAX_COLUMNS, type XlsxLimits } from "./limits";
export { isDateFormat, BUILT_IN_FORMATS } from "./number-formats";
export { bytesSource, type ByteSource } from "./byte-source";
