import type { FromWorker, ToWorker } from "./decide-protocol";
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
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === "progress") waiting.progress?.(message.done, message.total);
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
  const ask = (message: Question, progress?: (d: number, t: number) => void) =>
    new Promise<FromWorker>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject, ...(progress ? { progress } : {}) });
      worker.postMessage({ ...message, id } as ToWorker);
    });
  return {
    where: "worker",
    async decide(request, onProgress) {
      const reply = await ask({ type: "decide", request }, onProgress);
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
