export { summarize, type Summary, type GroupTotals } from "./summary";
export { jsonReport, decisionJson, type JsonReport } from "./json-report";
export { auditedWorkbook } from "./audit-workbook";
export { traceWords } from "./trace-words";
export type { Run } from "./run";
export type { AuditedWorkbook, OutCell, OutRow, OutSheet, RowStyle } from "./workbook-model";
export * from "./labels";
