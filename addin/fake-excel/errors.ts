/**
 * The error every failure of the fake throws: shaped like OfficeExtension.Error
 * (an Error with `code`, `debugInfo`, `traceMessages`), so add-in code that
 * branches on `error.code` behaves as it would in Excel.
 */

/** Codes the fake raises (Excel.ErrorCodes plus the OfficeExtension and RichApi ones). */
export type FakeErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  override readonly name = "OfficeExtension.Error";
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  traceMessages: string[] = [];

  constructor(code: FakeErrorCode, message: string, errorLocation?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** The OfficeExtension.ErrorCodes static members, as the real runtime exposes them. */
export const OfficeExtensionErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

export function notLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

export function invalidArgument(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${message}.`);
}

export function invalidOperation(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", `The operation is invalid: ${message}.`);
}

export function notImplemented(what: string): FakeOfficeError {
  return new FakeOfficeError("NotImplemented", `${what} is not implemented by the fake Excel.`);
}
