import type { FromWorker, RangeRows, ToWorker } from "./decide-protocol";

/** Rows of the range per message to the worker: each copy stays a short task. */
export const ROWS_PER_PART = 1_000;
import { DecideSession, deserializeError, type DecideRequest, type DecideResponse } from "./decide-session";

/** How the pane has a run decided: in a Web Worker in the browser, in-process where there is none (tests). */
export interface DecideService {
  decide(request: DecideRequest, onProgress: (done: number, total: number) => void): Promise<DecideResponse>;
  exportWorkbook(): Promise<Uint8Array>;
  /** Where the work runs, for the record. */
  readonly where: "worker" | "main";
}

export function inProcessService(): DecideService {
  const session = new DecideSession();
  return {
    where: "main",
    decide: (request, onProgress) => session.decide(request, onProgress),
    exportWorkbook: () => session.exportWorkbook(),
  };
}

export function workerService(worker: Worker): DecideService {
  let next = 1;
  const pending = new Map<number, { resolve: (m: FromWorker) => void; reject: (e: Error) => void; progress?: (d: number, t: number) => void }>();
  const planRows = new Map<number, Array<DecideResponse["plan"]["rows"]>>();
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === "progress") waiting.progress?.(message.done, message.total);
    else if (message.type === "plan-part") {
      const parts = planRows.get(message.id) ?? [];
      parts.push(message.rows);
      planRows.set(message.id, parts);
    } else if (message.type === "decided") {
      pending.delete(message.id);
      const parts = planRows.get(message.id) ?? [];
      planRows.delete(message.id);
      const response = message.response;
      waiting.resolve(parts.length === 0 ? message : { ...message, response: { ...response, plan: { ...response.plan, rows: parts.flat() } } });
    }
    else {
      pending.delete(message.id);
      if (message.type === "failed") waiting.reject(deserializeError(message.error));
      else waiting.resolve(message);
    }
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message));
    pending.clear();
  };
  type Question = { readonly type: "decide"; readonly request: DecideRequest } | { readonly type: "export" };
  const ask = (message: Question, progress?: (d: number, t: number) => void, id = next++) =>
    new Promise<FromWorker>((resolve, reject) => {
      pending.set(id, { resolve, reject, ...(progress ? { progress } : {}) });
      worker.postMessage({ ...message, id } as ToWorker);
    });
  return {
    where: "worker",
    async decide(request, onProgress) {
      // postMessage copies its message on the pane's main thread: a 20,000-row range at once is one
      // long task. The rows go ahead in parts, with the event loop free between them.
      const id = next++;
      const { values, valueTypes, numberFormat, formulas } = request.range;
      for (let from = 0; from < values.length; from += ROWS_PER_PART) {
        const to = from + ROWS_PER_PART;
        const part: RangeRows = { values: values.slice(from, to), valueTypes: valueTypes.slice(from, to), numberFormat: numberFormat.slice(from, to), formulas: formulas.slice(from, to) };
        worker.postMessage({ type: "range-part", id, part } satisfies ToWorker);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const rest = { ...request, range: { ...request.range, values: [], valueTypes: [], numberFormat: [], formulas: [] } };
      const reply = await ask({ type: "decide", request: rest }, onProgress, id);
      if (reply.type !== "decided") throw new Error(`unexpected reply ${reply.type}`);
      return reply.response;
    },
    async exportWorkbook() {
      const reply = await ask({ type: "export" });
      if (reply.type !== "exported") throw new Error(`unexpected reply ${reply.type}`);
      return reply.bytes;
    },
  };
}

/** A worker when the platform has them, else in-process. */
export function createDecideService(): DecideService {
  if (typeof Worker === "undefined") return inProcessService();
  return workerService(new Worker(new URL("./decide-worker.ts", import.meta.url), { name: "jiebang-decide" }));
}
