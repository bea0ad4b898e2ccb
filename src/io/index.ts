export { readWorkbook, gridOf, type WorkbookGrids } from "./read-workbook";
export { writeWorkbook } from "./write-workbook";
export { assertXlsxBytes } from "./sniff";
