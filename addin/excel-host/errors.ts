/**
 * The errors the host answers with. Each is one `Body.Error` of a
 * ProcessQuery response: `{Code, Message, HttpStatusCode, ActionIndex, Location}`.
 *
 * Codes and messages: the error-code table of "Error handling with the
 * application-specific JavaScript APIs"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling),
 * also `Excel.ErrorCodes` in excel-web-16.00.debug.js (L61895-61926).
 * HTTP status per code: Microsoft Graph's "Error codes for workbooks and charts
 * APIs" (https://learn.microsoft.com/en-us/graph/workbook-error-codes): 400
 * badRequest, 403 forbidden, 404 notFound, 409 conflict, 413 payloadTooLarge,
 * 500 internalServerError, 501 notImplemented.
 */

export type HostErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | (string & {});

/** The doc's message for each code (the host adds what went wrong after it). */
const MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

const STATUS: Readonly<Record<string, number>> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidOperation: 400,
  InvalidReference: 400,
  ItemAlreadyExists: 409,
  ItemNotFound: 404,
  NotImplemented: 501,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
};

export class HostError extends Error {
  override readonly name = "HostError";
  readonly code: HostErrorCode;
  readonly httpStatus: number;

  constructor(code: HostErrorCode, detail?: string) {
    const base = MESSAGES[code] ?? "The request failed.";
    super(detail ? `${base} ${detail}` : base);
    this.code = code;
    this.httpStatus = STATUS[code] ?? 500;
  }
}

export const itemNotFound = (what: string) => new HostError("ItemNotFound", what);
export const invalidArgument = (what: string) => new HostError("InvalidArgument", what);
export const invalidOperation = (what: string) => new HostError("InvalidOperation", what);
export const accessDenied = (what: string) => new HostError("AccessDenied", what);
/** A member of the Excel API the host does not model (a limit of the simulation, not Excel's answer). */
export const notModelled = (what: string) => new HostError("NotImplemented", `The simulated Excel host does not model ${what}.`);
