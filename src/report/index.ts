export { summarize, Summarizer, funnelLines, FUNNEL_HEADERS, type Summary, type GroupTotals, type Funnel, type FunnelStage, type BankCredit, type SourceTotals } from "./summary";
export { jsonReport, jsonReportText, jsonReportFrame, decisionText, decisionJson, isLayered, type JsonReport } from "./json-report";
export { auditedWorkbook, exportRecord, summarySheet, fundingRow, sourceLabel, sourceLabels, issueLinesOf, isIssueReason, ExportWriter, itemsInMemory, sortedInMemory, type ItemStore, type ExportSink, type ChartSource, SUMMARY_CHART_AT, type RunSettings, type IssueLine } from "./audit-workbook";
export {
  canonicalCells,
  canonicalLooks,
  canonicalRows,
  sheetCells,
  RECORD_FORMAT,
  canonicalJson,
  canonicalMoney,
  canonicalRatio,
  canonicalValue,
  compareAddresses,
  digestSection,
  exportRecordText,
  parseAddress,
  parseExportRecord,
  recordChunks,
  recordDigests,
  sortAddresses,
  RECORD_CHUNK,
  RECORD_SHEET,
  RECORD_FORMAT_2,
  RECORD_LOOKS,
  LOOK_CODES,
  hasLooks,
  type AuditRecord,
  type CanonicalSheet,
  type CellLook,
  type ShownLook,
  type SheetView,
  type RecordLooks,
  type RecordSheet,
  type RecordedChart,
  type CanonicalValue,
  type DigestCell,
  type ExportRecord,
  type RecordDigests,
  type RecordedRun,
  type RecordReading,
  type RowDigest,
  type VolatileCell,
} from "./audit-record";
export { chartChanges, compareRecords, exportedSheets, verifyExport, withChartChanges, withRerunCharts, FINDINGS_LISTED, type DrawnCharts, type CellChange, type DigestMismatch, type ExportCheck, type InputMismatch, type RunComparison, type SheetChange } from "./verify-export";
export { ruleWords, traceWords, type RuleWords } from "./trace-words";
export { byPayee, paymentItemsOf, pendingItemOf, type PaymentItem, type PendingItem } from "./payments";
export type { Run, RunInput, RunSource, SkippedSource } from "./run";
export type { AuditedWorkbook, ChartRange, ChartSpec, OutCell, OutRow, OutSheet, PrintSetup, RowStyle, SheetPoint } from "./workbook-model";
export { chartXml, drawingXml, expectedCharts, chartsExtent, columnRange, tableChart, xmlText, type ChartTable } from "./chart-xml";
export { printFooter, printHeader, printSetup, sheetPrintSetup, PRINTED_DIGEST } from "./print-layout";
export * from "./labels";
export { spreadsheetCell, shownText, looksLikeFormula, CELL_TEXT_MAX, MONEY_FORMAT, TEXT_FORMAT, type SpreadsheetCell } from "./spreadsheet-cell";
export { ExportComparison, RecordRows, RerunComparison, SheetComparison, StoredRecordReader, type ShownRow, type StoredHead, type StoredScan } from "./verify-stream";
export { RecordScanner, type RecordScanEvents } from "./record-scan";
