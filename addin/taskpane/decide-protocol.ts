import type { DecideRequest, DecideResponse, SerializedError } from "./decide-session";

/** Messages from the pane to the decide worker. */
export type ToWorker =
  | { readonly id: number; readonly type: "decide"; readonly request: DecideRequest }
  /** Rows of the range a "decide" of the same id will use, sent ahead in parts (see workerService). */
  | { readonly id: number; readonly type: "range-part"; readonly part: RangeRows }
  | { readonly id: number; readonly type: "export" };

/** A slice of a range's rows, each array as RangeData has it. */
export interface RangeRows {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}

/** Messages from the decide worker to the pane. */
export type FromWorker =
  | { readonly id: number; readonly type: "progress"; readonly done: number; readonly total: number }
  /** Rows of the write plan a "decided" of the same id will carry, sent ahead in parts (see decide-worker.ts). */
  | { readonly id: number; readonly type: "plan-part"; readonly rows: DecideResponse["plan"]["rows"] }
  | { readonly id: number; readonly type: "decided"; readonly response: DecideResponse }
  | { readonly id: number; readonly type: "exported"; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: "failed"; readonly error: SerializedError };
