/**
 * Workbook.application (Excel.Application) and the workbooks it creates.
 *
 * - createWorkbook(base64File), ExcelApi 1.8: "Creates a new hidden workbook
 *   by using an optional base64-encoded .xlsx file"; WorkbookCreated.open():
 *   "Opens the workbook" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.application,
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookcreated;
 *   "Create a workbook" in https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-workbooks).
 *   On the wire: ObjectPath `CreateWorkbook` [base64] on `Application`, whose
 *   Instantiate answers `{Id}` so the client re-addresses it as
 *   `_GetWorkbookCreatedById(Id)`; then Method `Open` (excel-web-16.00.debug.js
 *   L28071-28090, L29111-29113). The host keeps the bytes of each workbook
 *   opened (ExcelHost.createdWorkbooks()); it opens no window.
 * - A string that is not base64 of an .xlsx (zip) package is InvalidArgument,
 *   the code Excel gives when createWorkbook cannot take its file ("The
 *   argument is invalid, missing or has an incorrect format", OfficeDev/office-js#2537,
 *   an .xlsm on Mac); checking for a zip signature is our simplification.
 * - Why an add-in uses createWorkbook at all: a download from the task pane
 *   does not work in Office for Mac's WKWebView (OfficeDev/office-js#2700
 *   "by design", #4681).
 * - calculate() and suspend…UntilNextSync() are accepted and do nothing: the
 *   host does not calculate (README, "Known differences").
 */

import { HostObject, type HostEnv } from "./host-object";
import { invalidArgument, itemNotFound } from "./errors";

function bytesOf(base64: unknown): Uint8Array {
  if (base64 === undefined || base64 === null || base64 === "") return new Uint8Array(0);
  if (typeof base64 !== "string" || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(base64)) throw invalidArgument("createWorkbook needs a base64-encoded .xlsx file.");
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ""));
  } catch {
    throw invalidArgument("createWorkbook needs a base64-encoded .xlsx file.");
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw invalidArgument("The base64 string is not an .xlsx (zip) file.");
  return bytes;
}

export class WorkbookCreatedObject extends HostObject {
  readonly typeName = "WorkbookCreated";

  constructor(
    env: HostEnv,
    readonly id: string,
  ) {
    super(env);
  }

  override check(): void {
    if (!this.doc.pendingWorkbooks.has(this.id)) throw itemNotFound("The created workbook no longer exists.");
  }

  override identity(): Record<string, unknown> {
    return { Id: this.id };
  }

  override get scalarNames(): readonly string[] {
    return ["id"];
  }

  override scalar(name: string): unknown {
    if (name === "id") return this.id;
    return super.scalar(name);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    if (name === "Open") {
      this.doc.openedWorkbooks.push(this.doc.pendingWorkbooks.get(this.id)!);
      return undefined;
    }
    return super.call(name, args);
  }
}

export class ApplicationObject extends HostObject {
  readonly typeName = "Application";

  override get scalarNames(): readonly string[] {
    return ["calculationMode"];
  }

  override scalar(name: string): unknown {
    if (name === "calculationMode") return "Automatic";
    return super.scalar(name);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    if (name === "CreateWorkbook") {
      const id = this.doc.newId();
      this.doc.pendingWorkbooks.set(id, bytesOf(args[0]));
      return new WorkbookCreatedObject(this.env, id);
    }
    if (name === "_GetWorkbookCreatedById") {
      const id = String(args[0]);
      if (!this.doc.pendingWorkbooks.has(id)) throw itemNotFound(`There is no created workbook ${JSON.stringify(id)}.`);
      return new WorkbookCreatedObject(this.env, id);
    }
    return super.objectMethod(name, args);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    if (name === "Calculate" || name === "SuspendApiCalculationUntilNextSync" || name === "SuspendScreenUpdatingUntilNextSync") return undefined;
    return super.call(name, args);
  }
}
