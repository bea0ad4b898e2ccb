import type { DecideRequest, DecideResponse, SerializedError } from "./decide-session";

/** Messages from the pane to the decide worker. */
export type ToWorker = { readonly id: number; readonly type: "decide"; readonly request: DecideRequest } | { readonly id: number; readonly type: "export" };

/** Messages from the decide worker to the pane. */
export type FromWorker =
  | { readonly id: number; readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: "decided"; readonly response: DecideResponse }
  | { readonly id: number; readonly type: "exported"; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: "failed"; readonly error: SerializedError };
