/**
 * The host's limits, each measured the way Excel measures it.
 *
 * - Request and response bodies: "Excel on the web has a payload size limit
 *   for requests and responses of 5MB. RichAPI.Error will be thrown if that
 *   limit is exceeded." ("Resource limits and performance optimization for
 *   Office Add-ins", section "Excel add-ins",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 *   The codes are RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded
 *   ("This error only occurs in Excel on the web", error-code table of
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 *   The host counts the UTF-8 bytes of the real bodies; "5MB" is taken as 5 × 1024 × 1024.
 * - Cells: "A range is limited to five million cells for get operations" (same page);
 *   the code is RangeExceedsLimit ("The cell count in the range has exceeded the
 *   maximum supported number", error-code table).
 * - Settings: 2 MB of serialized settings per document (OfficeDev/office-js#621,
 *   Microsoft's answer citing Office.Settings; the failure is InvalidArgument, #3957).
 */

export interface HostLimits {
  /** UTF-8 bytes of a request body; more is refused whole (RequestPayloadSizeLimitExceeded). */
  readonly requestBytes: number;
  /** UTF-8 bytes of a response body; more becomes ResponsePayloadSizeLimitExceeded. */
  readonly responseBytes: number;
  /** Cells of one range whose cell data a request reads (RangeExceedsLimit). */
  readonly readCells: number;
  /** UTF-8 bytes of the serialized settings (InvalidArgument). */
  readonly settingsBytes: number;
}

export const MB = 1024 * 1024;

export const EXCEL_WEB_LIMITS: HostLimits = {
  requestBytes: 5 * MB,
  responseBytes: 5 * MB,
  readCells: 5_000_000,
  settingsBytes: 2 * MB,
};

/** UTF-8 length of a string without allocating its encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
