export { readWorkbook, gridOf, type WorkbookGrids } from "./read-workbook";
export { writeWorkbook } from "./write-workbook";
export { assertXlsxBytes } from "./sniff";
export { assertZipWithinLimits, ZIP_LIMITS, type ZipLimits } from "./zip-limits";
export { readExport, type ExportReading } from "./read-export";
export { readWorkbookStream } from "./read-workbook-stream";
export { writeWorkbookStream } from "./write-workbook-stream";
