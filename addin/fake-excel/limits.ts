/**
 * Excel's per-request limits: the payload (cell data sent and returned, as
 * JSON) and the number of cells whose data a request reads or writes.
 */

import { FakeOfficeError } from "./errors";

export interface Limits {
  /** Bytes of JSON cell data per sync; Excel's is 5 MB. */
  readonly payloadBytes: number;
  /** Cells read or written per sync; Excel's is 5,000,000. */
  readonly cells: number;
}

export const EXCEL_LIMITS: Limits = { payloadBytes: 5 * 1024 * 1024, cells: 5_000_000 };

/** UTF-8 length of a string without allocating its encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** Counts one sync's payload and cells, and refuses the sync once either passes its limit. */
export class Meter {
  #bytes = 0;
  #cells = 0;

  constructor(readonly limits: Limits) {}

  get bytes(): number {
    return this.#bytes;
  }

  get cells(): number {
    return this.#cells;
  }

  addCells(count: number): void {
    this.#cells += count;
    if (this.#cells > this.limits.cells) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request reads or writes ${this.#cells} cells; the limit is ${this.limits.cells} cells per sync.`,
      );
    }
  }

  addPayload(value: unknown): void {
    this.#bytes += jsonBytes(value);
    if (this.#bytes > this.limits.payloadBytes) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload is ${this.#bytes} bytes; the limit is ${this.limits.payloadBytes} bytes per sync.`,
      );
    }
  }
}
