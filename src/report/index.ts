export { summarize, type Summary, type GroupTotals } from "./summary";
export { jsonReport, decisionJson, type JsonReport } from "./json-report";
export { auditedWorkbook, summarySheet, type ChartSource } from "./audit-workbook";
export { traceWords } from "./trace-words";
export type { Run } from "./run";
export type { AuditedWorkbook, OutCell, OutRow, OutSheet, RowStyle } from "./workbook-model";
export * from "./labels";
export { spreadsheetCell, looksLikeFormula, MONEY_FORMAT, TEXT_FORMAT, type SpreadsheetCell } from "./spreadsheet-cell";
