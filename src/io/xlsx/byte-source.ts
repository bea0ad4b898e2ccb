/**
 * Where a package's bytes come from: the whole file in memory (the add-in,
 * tests), or a file read a piece at a time (the command line), so that a
 * 100 MB tracker is not held whole while its rows stream. Reads are
 * synchronous and return a fresh view the reader may keep.
 */
export interface ByteSource {
  readonly length: number;
  /** `length` bytes from `offset` (fewer only at the end of the source). */
  read(offset: number, length: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

export function asByteSource(input: Uint8Array | ByteSource): ByteSource {
  return input instanceof Uint8Array ? bytesSource(input) : input;
}
