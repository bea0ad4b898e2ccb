/// <reference lib="webworker" />
// The decide worker: reads the tracker, decides every row and builds the export off the pane's main thread.
import type { FromWorker, ToWorker } from "./decide-protocol";
import { DecideSession, serializeError } from "./decide-session";

const session = new DecideSession();
const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === "decide") {
      const response = await session.decide(message.request, (done, total) => post({ id: message.id, type: "progress", done, total }));
      post({ id: message.id, type: "decided", response });
    } else {
      const bytes = await session.exportWorkbook();
      post({ id: message.id, type: "exported", bytes }, [bytes.buffer]);
    }
  } catch (error) {
    post({ id: message.id, type: "failed", error: serializeError(error) });
  }
};
