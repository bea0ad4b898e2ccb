/**
 * The interpreter of one ProcessQuery request body, as excel-web-16.00.debug.js
 * sends it (`{AutoKeepReference, Actions, ObjectPaths}`, L14729-14766) and
 * reads the answer (`{Results:[{ActionId, Value}], TraceIds?, Error?}`,
 * `processRequestExecutorResponseMessage` L16549-16609).
 *
 * ObjectPaths (L17584-17683): 1 global object, 3 method returning an
 * object, 4 property, 5 indexer, 6 reference id, 7 null object. Each path is
 * computed at most once per request: a path may be instantiated several times
 * (L14625-14653), and `Add` paths act through their Instantiate.
 * Arguments that are objects come as path ids in `Arguments`, marked in
 * `ReferencedObjectPathIds` (nested for arrays), or as `{_ObjectPathId}`
 * inside plain objects (L15349-15390).
 *
 * Actions (L17877-17907): 1 Instantiate → `null` for a null object, else the
 * object's identity (`Id`, `_Id`) and `_ReferenceId` after `_KeepReference`
 * (L14352-14371, L17754-17782); 2 Query → PascalCase properties, navigation
 * properties nested, `{_Items:[…]}` for collections (L15096, L18323-18329);
 * 3 Method → the return value, none for void methods (L14898-14911); 4
 * SetProperty; 5 Trace → its id in `TraceIds` (L16550-16552).
 *
 * A failing action stops the request: the results of the actions before it
 * are returned with `Error.ActionIndex`, its 0-based position in `Actions`
 * (L17828-17874), and what they did stays done (README, "Errors").
 */

import type { WorkbookDocument } from "./document";
import { HostError, notModelled } from "./errors";
import { HostObject, type HostEnv, pascal } from "./host-object";
import { RangeObject } from "./range";
import { WorkbookObject } from "./workbook";

export interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[]; readonly ReferencedObjectPathIds?: unknown[] };
  readonly D?: boolean;
}

export interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[]; readonly ReferencedObjectPathIds?: unknown[] };
  readonly QueryInfo?: QueryInfo;
  readonly L?: number[];
}

export interface QueryInfo {
  readonly Select?: string[];
  readonly Expand?: string[];
  readonly Top?: number;
  readonly Skip?: number;
}

export interface RequestMessage {
  readonly AutoKeepReference?: boolean;
  readonly Actions?: ActionInfo[];
  readonly ObjectPaths?: Record<string, ObjectPathInfo>;
}

export interface ErrorInfo {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  ActionIndex?: number;
  Location: string;
}

export interface ResponseMessage {
  Results: Array<{ ActionId: number; Value: unknown }>;
  TraceIds?: number[];
  Error?: ErrorInfo;
}

/** What failNext's predicate sees of an action. */
export interface ActionView {
  readonly name: string;
  readonly type: number;
  readonly index: number;
  /** The action's object path as an expression: `workbook.Worksheets["Sheet1"].GetRange("A1").Format.Fill`. */
  readonly objectPath: string;
}

export type FaultMatcher = (action: ActionView) => boolean;

export interface Fault {
  readonly match: FaultMatcher;
  readonly code: string;
}

let nextReference = 1;

export class RequestRun {
  readonly #paths: Record<string, ObjectPathInfo>;
  readonly #cache = new Map<number, HostObject | null>();
  readonly #kept = new Map<HostObject, string>();
  readonly #workbook: WorkbookObject;

  constructor(
    readonly env: HostEnv,
    readonly message: RequestMessage,
    workbook: WorkbookObject,
  ) {
    this.#paths = message.ObjectPaths ?? {};
    this.#workbook = workbook;
  }

  get doc(): WorkbookDocument {
    return this.env.doc;
  }

  #info(id: number): ObjectPathInfo {
    const info = this.#paths[String(id)];
    if (!info) throw new HostError("InvalidArgument", `The request names ObjectPath ${id} but does not define it.`);
    return info;
  }

  /** The path as a readable expression (for failNext and messages). */
  describe(id: number, depth = 0): string {
    const info = this.#paths[String(id)];
    if (!info || depth > 64) return `?${id}`;
    const args = () => (info.ArgumentInfo?.Arguments ?? []).map((a) => JSON.stringify(a) ?? "undefined").join(", ");
    const parent = () => (info.ParentObjectPathId === undefined ? "?" : this.describe(info.ParentObjectPathId, depth + 1));
    switch (info.ObjectPathType) {
      case 1:
        return "workbook";
      case 3:
        return `${parent()}.${info.Name}(${args()})`;
      case 4:
        return `${parent()}.${info.Name}`;
      case 5:
        return `${parent()}[${args()}]`;
      case 6:
        return `reference(${info.Name})`;
      case 7:
        return "null";
    }
    return `?${id}`;
  }

  #argument(value: unknown, ref: unknown): unknown {
    if (Array.isArray(ref)) return Array.isArray(value) ? value.map((v, i) => this.#argument(v, ref[i])) : value;
    if (typeof ref === "number" && ref !== 0) return this.resolve(ref);
    return this.#plain(value);
  }

  /** Nested client objects inside plain-object arguments come as `{_ObjectPathId: id}`. */
  #plain(value: unknown): unknown {
    if (Array.isArray(value)) return value.some((v) => typeof v === "object" && v !== null) ? value.map((v) => this.#plain(v)) : value;
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    if (typeof record._ObjectPathId === "number") return this.resolve(record._ObjectPathId);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, this.#plain(v)]));
  }

  arguments(info: { readonly ArgumentInfo?: ObjectPathInfo["ArgumentInfo"] }): unknown[] {
    const args = info.ArgumentInfo?.Arguments ?? [];
    const refs = info.ArgumentInfo?.ReferencedObjectPathIds;
    return args.map((value, i) => this.#argument(value, refs?.[i]));
  }

  /** The object a path stands for (null for a null object), computed once per request. */
  resolve(id: number): HostObject | null {
    if (this.#cache.has(id)) return this.#cache.get(id)!;
    const info = this.#info(id);
    const parent = (): HostObject | null => {
      if (info.ParentObjectPathId === undefined) throw new HostError("InvalidArgument", `ObjectPath ${id} has no parent.`);
      const p = this.resolve(info.ParentObjectPathId);
      p?.check();
      return p;
    };
    let obj: HostObject | null;
    switch (info.ObjectPathType) {
      case 1:
        obj = this.#workbook;
        break;
      case 3: {
        const p = parent();
        obj = p === null ? null : p.objectMethod(info.Name, this.arguments(info));
        break;
      }
      case 4: {
        const p = parent();
        obj = p === null ? null : p.navigate(info.Name);
        break;
      }
      case 5: {
        const p = parent();
        obj = p === null ? null : p.index(this.arguments(info)[0]);
        break;
      }
      case 6: {
        const kept = this.doc.references.get(info.Name);
        if (!(kept instanceof HostObject)) throw new HostError("InvalidReference", `The reference ${JSON.stringify(info.Name)} is unknown or was removed.`);
        obj = kept;
        break;
      }
      case 7:
        obj = null;
        break;
      default:
        throw notModelled(`ObjectPathType ${info.ObjectPathType}`);
    }
    this.#cache.set(id, obj);
    return obj;
  }

  // --- actions -------------------------------------------------------------------

  instantiate(action: ActionInfo): unknown {
    const obj = this.resolve(action.ObjectPathId);
    if (obj === null) return null;
    obj.check();
    const ref = this.#kept.get(obj);
    return { ...obj.identity(), ...(ref ? { _ReferenceId: ref } : {}) };
  }

  query(action: ActionInfo): unknown {
    return queryValue(this.resolve(action.ObjectPathId), action.QueryInfo ?? {});
  }

  /** undefined: no result entry (void method, or a method on a null object). */
  method(action: ActionInfo): unknown {
    const obj = this.resolve(action.ObjectPathId);
    if (obj === null) return undefined; // methods on a null object do nothing (README)
    if (action.Name === "_KeepReference") {
      obj.check();
      const ref = `{host-ref-${nextReference++}}`;
      this.doc.references.set(ref, obj);
      this.#kept.set(obj, ref);
      return undefined;
    }
    return obj.call(action.Name, this.arguments(action));
  }

  setProperty(action: ActionInfo): void {
    const obj = this.resolve(action.ObjectPathId);
    if (obj === null) return;
    obj.set(action.Name, this.arguments(action)[0]);
  }
}

// --- Query results --------------------------------------------------------------

function merge(into: Record<string, unknown>, key: string, sub: unknown): void {
  const old = into[key];
  if (sub === null || typeof sub !== "object" || old === undefined || old === null || typeof old !== "object") {
    into[key] = sub;
    return;
  }
  const a = old as Record<string, unknown>;
  const b = sub as Record<string, unknown>;
  if (Array.isArray(a._Items) && Array.isArray(b._Items)) {
    into[key] = { ...a, ...b, _Items: b._Items.map((item, i) => ({ ...(a._Items as object[])[i], ...(item as object) })) };
  } else {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) merge(out, k, v);
    into[key] = out;
  }
}

/** The PascalCase projection of an object for a Select/Expand list. */
function project(obj: HostObject, select: readonly string[] | undefined, expand: readonly string[] | undefined): Record<string, unknown> {
  obj.check();
  if (obj instanceof RangeObject) obj.resetCellCache();
  const out: Record<string, unknown> = { ...obj.identity() };
  const scalars = obj.scalarNames;
  const wanted = select && select.length > 0 ? select : ["*"];
  const one = (path: string, navigationOnly: boolean) => {
    const [head = "", ...rest] = path.split("/").filter((p) => p !== "");
    if (head === "*" || head === "") {
      for (const name of scalars) out[pascal(name)] = obj.scalar(name);
      return;
    }
    if (rest.length === 0 && !navigationOnly && scalars.includes(head)) {
      out[pascal(head)] = obj.scalar(head);
      return;
    }
    const child = obj.navigate(pascal(head));
    merge(out, pascal(head), queryValue(child, rest.length > 0 ? { Select: [rest.join("/")] } : {}));
  };
  for (const path of wanted) one(path, false);
  for (const path of expand ?? []) one(path, true);
  if (obj instanceof RangeObject) obj.resetCellCache();
  return out;
}

export function queryValue(obj: HostObject | null, info: QueryInfo): unknown {
  if (obj === null) return null;
  obj.check();
  const items = obj.items();
  if (items) {
    let list = items;
    if (info.Skip) list = list.slice(info.Skip);
    if (info.Top !== undefined && info.Top !== null) list = list.slice(0, info.Top);
    return { _Items: list.map((item) => project(item, info.Select, info.Expand)) };
  }
  return project(obj, info.Select, info.Expand);
}

// --- one request ------------------------------------------------------------------

export interface Processed {
  readonly response: ResponseMessage;
  readonly error?: string;
}

function errorInfo(error: HostError, actionIndex: number | undefined, location: string): ErrorInfo {
  return {
    Code: error.code,
    Message: error.message,
    HttpStatusCode: error.httpStatus,
    ...(actionIndex === undefined ? {} : { ActionIndex: actionIndex }),
    Location: location,
  };
}

export function runRequest(env: HostEnv, workbook: WorkbookObject, message: RequestMessage, takeFault: (view: ActionView) => Fault | undefined): Processed {
  const run = new RequestRun(env, message, workbook);
  const results: ResponseMessage["Results"] = [];
  const traceIds: number[] = [];
  const actions = message.Actions ?? [];
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index]!;
    try {
      const fault = takeFault({ name: action.Name ?? "", type: action.ActionType, index, objectPath: run.describe(action.ObjectPathId) });
      if (fault) throw new HostError(fault.code, "(Injected by ExcelHost.failNext.)");
      switch (action.ActionType) {
        case 1:
          results.push({ ActionId: action.Id, Value: run.instantiate(action) });
          break;
        case 2:
          results.push({ ActionId: action.Id, Value: run.query(action) });
          break;
        case 3: {
          const value = run.method(action);
          if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
          break;
        }
        case 4:
          run.setProperty(action);
          break;
        case 5:
          traceIds.push(action.Id);
          break;
        default:
          throw notModelled(`ActionType ${action.ActionType}`);
      }
    } catch (caught) {
      const error = caught instanceof HostError ? caught : new HostError("GeneralException", `The simulated host failed: ${String((caught as Error)?.stack ?? caught)}`);
      const location = action.ObjectPathId ? run.describe(action.ObjectPathId) + (action.Name ? `.${action.Name}` : "") : action.Name;
      return {
        response: { Results: results, ...(traceIds.length ? { TraceIds: traceIds } : {}), Error: errorInfo(error, index, location) },
        error: error.code,
      };
    }
  }
  return { response: { Results: results, ...(traceIds.length ? { TraceIds: traceIds } : {}) } };
}

/** A whole request refused before anything runs (payload limits): no Results, no ActionIndex. */
export function refusal(error: HostError): ResponseMessage {
  return { Results: [], Error: errorInfo(error, undefined, "") };
}

