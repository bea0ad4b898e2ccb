/**
 * Excel's request and response size limits, and what to do on them.
 *
 * Excel on the web refuses a request or a response over 5 MB with
 * `RequestPayloadSizeLimitExceeded` or `ResponsePayloadSizeLimitExceeded`
 * (Microsoft Learn, "Resource limits and performance optimization for Office
 * Add-ins" → "Excel add-ins"; both codes are in office.js's CoreErrorCodes,
 * excel-web-16.00.debug.js L13405-13406). A request's size counts every API
 * call and object in it, not only cell values ("Performance optimization
 * using the Excel JavaScript API" → "Payload size limit").
 */

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

export function isPayloadError(error: unknown): boolean {
  return typeof error === "object" && error !== null && PAYLOAD_CODES.has((error as { code?: string }).code ?? "");
}

/**
 * Run `items` through `send` in consecutive groups of at most `size`; a
 * group Excel refuses as too large is halved and sent again, down to one
 * item (which then fails as it is). `send` must be safe to repeat for a
 * refused group: a refused request applies nothing.
 */
export async function inHalvingGroups<T>(items: readonly T[], size: number, send: (group: readonly T[], start: number) => Promise<void>): Promise<void> {
  let start = 0;
  let step = Math.max(1, size);
  while (start < items.length) {
    const group = items.slice(start, start + step);
    try {
      await send(group, start);
      start += group.length;
    } catch (error) {
      if (!isPayloadError(error) || group.length === 1) throw error;
      step = Math.max(1, Math.floor(group.length / 2));
    }
  }
}
