export { readXlsx, readXlsxHeads, type XlsxHeads, type SheetRow, XLSX_LIMITS, EXCEL_MAX_ROWS, EXCEL_MAX_COLUMNS, isDateFormat, type XlsxWorkbook, type Writer, type ReadXlsxOptions, type XlsxLimits, bytesSource, type ByteSource } from "./xlsx";
export { writeWorkbook } from "./write-workbook";
export { assertXlsxBytes } from "./sniff";
export { readExport, openExport, shownRow, type ExportReading, type ExportStream, type ShownSheet } from "./read-export";
export { openExportStream } from "./write-workbook-stream";
export { readExportCharts, type ExportChart, type SheetCharts } from "./chart-read";
export { addChartsToPackage } from "./chart-part";
