/// <reference lib="webworker" />
// The decide worker: reads the tracker, decides every row and builds the export off the pane's main thread.
import type { FromWorker, RangeRows, ToWorker } from "./decide-protocol";
import { DecideSession, serializeError } from "./decide-session";

/** Rows per message to the pane: each copy on its main thread stays a short task. */
const ROWS_PER_PART = 1_000;

const session = new DecideSession();
const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

/** The rows sent ahead of each "decide", by its id. */
const parts = new Map<number, RangeRows[]>();

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "range-part") {
    const list = parts.get(message.id) ?? [];
    list.push(message.part);
    parts.set(message.id, list);
    return;
  }
  try {
    if (message.type === "decide") {
      const sent = parts.get(message.id) ?? [];
      parts.delete(message.id);
      const range = message.request.range;
      const join = <K extends keyof RangeRows>(key: K) => [...range[key], ...sent.flatMap((p) => p[key])] as RangeRows[K];
      const request = sent.length === 0 ? message.request : { ...message.request, range: { ...range, values: join("values"), valueTypes: join("valueTypes"), numberFormat: join("numberFormat"), formulas: join("formulas") } };
      const response = await session.decide(request, (done, total) => post({ id: message.id, type: "progress", done, total }));
      // The pane copies each message in on its main thread: the plan's rows go in parts, the rest after them.
      const rows = response.plan.rows;
      for (let from = 0; from < rows.length; from += ROWS_PER_PART) post({ id: message.id, type: "plan-part", rows: rows.slice(from, from + ROWS_PER_PART) });
      post({ id: message.id, type: "decided", response: { ...response, plan: { ...response.plan, rows: [] } } });
    } else {
      const bytes = await session.exportWorkbook();
      post({ id: message.id, type: "exported", bytes }, [bytes.buffer]);
    }
  } catch (error) {
    post({ id: message.id, type: "failed", error: serializeError(error) });
  }
};
