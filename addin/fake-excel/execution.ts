/**
 * One sync being carried out: the queued operations run in order against the
 * store, under a journal (undo) and a meter (limits). Loaded values are only
 * handed to the proxies once every operation has succeeded.
 */

import type { Meter } from "./limits";
import type { WorkbookStore } from "./store";

/** A queued instruction: runs at sync, in queue order. */
export interface Operation {
  /** "Range.values", "Worksheet.load"…: where an error happened. */
  readonly label: string;
  run(exec: Execution): void;
}

export class Execution {
  readonly #commits: (() => void)[] = [];
  /** Proxy resolutions made during this sync, before they are cached for good. */
  readonly resolved = new Map<object, { readonly target: unknown }>();

  constructor(
    readonly store: WorkbookStore,
    readonly meter: Meter,
  ) {}

  /** Do `fn` when the sync succeeds (publish loaded values, cache resolutions). */
  onCommit(fn: () => void): void {
    this.#commits.push(fn);
  }

  commit(): void {
    for (const fn of this.#commits) fn();
  }
}
