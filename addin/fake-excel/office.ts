/// <reference types="office-js" />
/**
 * The globals an add-in sees — `Excel`, `Office`, `OfficeExtension` — built
 * over a FakeWorkbook. Typed as the parts of @types/office-js they provide;
 * the fake classes are cast to Excel's types only here, at the boundary.
 */

import { ChartSeriesBy, ChartType, ClearApplyTo, ContentType, ErrorCodes, RangeValueType, SheetVisibility } from "./enums";
import { FakeClientObject } from "./client-object";
import { FakeOfficeError, OfficeExtensionErrorCodes } from "./errors";
import { type FakeWorkbook, storeOf } from "./fake-workbook";
import { EXCEL_LIMITS, type Limits } from "./limits";
import { FakeRequestContext } from "./request-context";

const HOST_TYPES = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" } as const;
const PLATFORM_TYPES = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" } as const;

export interface FakeOfficeOptions {
  /** `Office.context.displayLanguage`; "zh-CN" unless given. */
  readonly displayLanguage?: string;
  /** `Office.context.contentLanguage`; the display language unless given. */
  readonly contentLanguage?: string;
  /** What `Office.onReady` reports; "PC" unless given. */
  readonly platform?: FakePlatform;
  /** Lower the request limits (e.g. for fast tests); Excel's are 5 MB and 5,000,000 cells. */
  readonly limits?: Partial<Limits>;
  /** `Office.context.document.url`; "" (never saved) unless given. */
  readonly documentUrl?: string;
  /** Author of comments the add-in adds. */
  readonly author?: { readonly name: string; readonly email: string };
  /** Highest ExcelApi requirement set `isSetSupported` admits; "1.17" unless given. */
  readonly excelApiVersion?: string;
  /**
   * Excel.run quietly syncs what a batch left queued, and so does the fake
   * ("sync"); "reject" turns a batch that forgot its last sync into an error.
   */
  readonly pendingAtRunEnd?: "sync" | "reject";
}

export interface FakeExcelNamespace {
  readonly run: typeof Excel.run;
  readonly ErrorCodes: typeof Excel.ErrorCodes;
  readonly SheetVisibility: typeof Excel.SheetVisibility;
  readonly ChartType: typeof Excel.ChartType;
  readonly ChartSeriesBy: typeof Excel.ChartSeriesBy;
  readonly ClearApplyTo: typeof Excel.ClearApplyTo;
  readonly RangeValueType: typeof Excel.RangeValueType;
  readonly ContentType: typeof Excel.ContentType;
}

export type FakePlatform = "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal";

/** What `Office.onReady` resolves with. At run time Office's HostType and PlatformType members are these strings. */
export interface FakeReadyInfo {
  readonly host: "Excel";
  readonly platform: FakePlatform;
}

export interface FakeOfficeNamespace {
  onReady(callback?: (info: FakeReadyInfo) => unknown): Promise<FakeReadyInfo>;
  readonly HostType: typeof HOST_TYPES;
  readonly PlatformType: typeof PLATFORM_TYPES;
  readonly context: Pick<Office.Context, "displayLanguage" | "contentLanguage" | "requirements"> & { readonly document: { readonly url: string } };
}

export interface FakeOfficeExtensionNamespace {
  readonly Error: typeof FakeOfficeError;
  readonly ErrorCodes: typeof OfficeExtensionErrorCodes;
}

export interface FakeOffice {
  readonly Excel: FakeExcelNamespace;
  readonly Office: FakeOfficeNamespace;
  readonly OfficeExtension: FakeOfficeExtensionNamespace;
}


function versionAtMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

function contextOf(previous: unknown): FakeRequestContext | undefined {
  if (previous instanceof FakeRequestContext) return previous;
  if (previous instanceof FakeClientObject) return previous.context;
  if (Array.isArray(previous)) return contextOf(previous[0]);
  if (previous && typeof previous === "object" && "previousObjects" in previous) return contextOf((previous as { previousObjects: unknown }).previousObjects);
  return undefined;
}

export function createFakeExcel(workbook: FakeWorkbook, options: FakeOfficeOptions = {}): FakeOffice {
  const store = storeOf(workbook);
  const limits: Limits = { ...EXCEL_LIMITS, ...options.limits };
  const author = options.author ?? { name: "Fake User", email: "fake.user@example.com" };
  const displayLanguage = options.displayLanguage ?? "zh-CN";
  const platform = options.platform ?? "PC";
  const maxApi = options.excelApiVersion ?? "1.17";

  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new FakeOfficeError("InvalidArgument", "Excel.run needs a batch function.");
    const context = (args.length > 1 ? contextOf(args[0]) : undefined) ?? new FakeRequestContext(store, { limits, author });
    context.setOpen(true);
    try {
      const returned: unknown = (batch as (context: Excel.RequestContext) => unknown)(context as unknown as Excel.RequestContext);
      if (!isPromiseLike(returned)) {
        throw new FakeOfficeError("RunMustReturnPromise", "The batch function passed to the \".run\" method didn't return a promise.");
      }
      const result = await returned;
      if (context.hasPending) {
        if (options.pendingAtRunEnd === "reject") {
          throw new FakeOfficeError("InvalidOperation", `The batch ended with queued statements it never synced: ${context.debugInfo.pendingStatements.join(", ")}.`);
        }
        await context.sync();
      }
      return result;
    } finally {
      context.setOpen(false);
    }
  }

  const excel: FakeExcelNamespace = {
    run: run as typeof Excel.run,
    ErrorCodes: ErrorCodes as unknown as typeof Excel.ErrorCodes,
    SheetVisibility: SheetVisibility as unknown as typeof Excel.SheetVisibility,
    ChartType: ChartType as unknown as typeof Excel.ChartType,
    ChartSeriesBy: ChartSeriesBy as unknown as typeof Excel.ChartSeriesBy,
    ClearApplyTo: ClearApplyTo as unknown as typeof Excel.ClearApplyTo,
    RangeValueType: RangeValueType as unknown as typeof Excel.RangeValueType,
    ContentType: ContentType as unknown as typeof Excel.ContentType,
  };

  const info: FakeReadyInfo = { host: "Excel", platform };
  const onReady = (callback?: (ready: FakeReadyInfo) => unknown): Promise<FakeReadyInfo> =>
    Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });

  const office: FakeOfficeNamespace = {
    onReady,
    HostType: HOST_TYPES,
    PlatformType: PLATFORM_TYPES,
    context: {
      displayLanguage,
      contentLanguage: options.contentLanguage ?? displayLanguage,
      document: { url: options.documentUrl ?? "" },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean =>
          name === "ExcelApi" && versionAtMost(minVersion === undefined ? "1.1" : String(minVersion), maxApi),
      },
    },
  };

  return { Excel: excel, Office: office, OfficeExtension: { Error: FakeOfficeError, ErrorCodes: OfficeExtensionErrorCodes } };
}

/** Put `Excel`, `Office` and `OfficeExtension` on `target` (usually globalThis); `uninstall()` puts back what was there. */
export function installFakeOffice(target: typeof globalThis, workbook: FakeWorkbook, options: FakeOfficeOptions = {}): FakeOffice & { uninstall(): void } {
  const fake = createFakeExcel(workbook, options);
  const slots = target as unknown as Record<string, unknown>;
  const names = ["Excel", "Office", "OfficeExtension"] as const;
  const before = names.map((name) => Object.getOwnPropertyDescriptor(slots, name));
  for (const name of names) {
    Object.defineProperty(slots, name, { value: fake[name], writable: true, configurable: true, enumerable: false });
  }
  return {
    ...fake,
    uninstall(): void {
      names.forEach((name, i) => {
        const descriptor = before[i];
        if (descriptor) Object.defineProperty(slots, name, descriptor);
        else delete slots[name];
      });
    },
  };
}
