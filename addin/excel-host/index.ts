export {
  ExcelHost,
  type ExcelHostOptions,
  type HostCellView,
  type HostChartView,
  type HostCommentView,
  type HostNoteView,
  type HostRequestRecord,
  type HostSheetView,
} from "./excel-host";
export { EXCEL_WEB_LIMITS, MB, type HostLimits } from "./limits";
export type { ActionView, FaultMatcher } from "./process-query";
export { excelDate } from "./functions";
