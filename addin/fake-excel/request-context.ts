/**
 * Excel.RequestContext: proxies queue operations here; `sync()` sends the
 * queue as one request. The request runs after an asynchronous hop, in queue
 * order, within Excel's payload and cell limits; if any operation fails the
 * whole request is rolled back and nothing it loaded becomes readable.
 */

import type { FakeClientObject, LoadOption } from "./client-object";
import { FakeOfficeError } from "./errors";
import { Execution, type Operation } from "./execution";
import { Journal } from "./journal";
import { type Limits, Meter } from "./limits";
import type { Author, WorkbookStore } from "./store";
import { FakeWorkbookProxy } from "./workbook-proxy";

export interface ContextSettings {
  readonly limits: Limits;
  readonly author: Author;
}

function asOfficeError(error: unknown, location: string | undefined): FakeOfficeError {
  if (error instanceof FakeOfficeError) {
    if (location !== undefined && error.debugInfo.errorLocation === undefined) error.debugInfo.errorLocation = location;
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FakeOfficeError("GeneralException", `An internal error occurred while processing the request: ${message}`, location, { cause: error });
}

export class FakeRequestContext {
  readonly #store: WorkbookStore;
  readonly #settings: ContextSettings;
  readonly #workbook: FakeWorkbookProxy;
  #queue: Operation[] = [];
  #traces: string[] = [];
  #open = true;
  readonly trackedObjects = {
    add(_objects: unknown): void {},
    remove(_objects: unknown): void {},
  };
  readonly requestHeaders: Record<string, string> = {};

  constructor(store: WorkbookStore, settings: ContextSettings) {
    this.#store = store;
    this.#settings = settings;
    this.#workbook = new FakeWorkbookProxy(this, settings.author);
    Object.preventExtensions(this);
  }

  get workbook(): FakeWorkbookProxy {
    return this.#workbook;
  }

  /** Statements waiting for the next sync. */
  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.#queue.map((op) => op.label) };
  }

  /** @internal */
  get hasPending(): boolean {
    return this.#queue.length > 0;
  }

  /** @internal Excel.run opens the context for its batch and closes it after. */
  setOpen(open: boolean): void {
    this.#open = open;
  }

  /** @internal */
  enqueue(op: Operation): void {
    if (!this.#open) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object was used after its Excel.run batch ended; pass it to Excel.run(object, batch) to keep using it.",
        op.label,
      );
    }
    this.#queue.push(op);
  }

  load(object: FakeClientObject<unknown>, option?: LoadOption): void {
    object.load(option);
  }

  /** A message attached to the error (as `traceMessages`) if the next sync fails. */
  trace(message: string): void {
    this.enqueue({ label: "trace", run: () => undefined });
    this.#traces.push(message);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.#queue;
    const traces = this.#traces;
    this.#queue = [];
    this.#traces = [];
    this.#store.syncCount += 1;
    // The round trip: nothing is read or written before the caller awaits.
    await Promise.resolve();
    const journal = new Journal();
    const started = performance.now();
    const meter = new Meter(this.#settings.limits);
    const exec = new Execution(this.#store, meter);
    let current: Operation | undefined;
    try {
      this.#store.within(journal, () => {
        for (const op of ops) {
          current = op;
          op.run(exec);
        }
      });
    } catch (error) {
      journal.rollback();
      const officeError = asOfficeError(error, current?.label);
      officeError.traceMessages = traces;
      throw officeError;
    }
    exec.commit();
    this.#store.syncLog.push({ bytes: meter.bytes, cells: meter.cells, start: started, end: performance.now() });
    return passThroughValue as T;
  }
}
