export { readWorkbook, gridOf, type WorkbookGrids } from "./read-workbook";
export { writeWorkbook, MONEY_FORMAT } from "./write-workbook";
export { assertXlsxBytes } from "./sniff";
