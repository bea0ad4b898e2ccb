/**
 * A zip writer for crafted packages, byte by byte, so that a package can lie:
 * sizes in the local header or the central directory that are not the data's,
 * a CRC-32 that is not the data's, a local entry the central directory does not
 * list, two entries of one name, data descriptors, an archive comment.
 *
 * Nothing here is clever about zip; it writes what it is told to.
 */
import CRC32 from "crc-32";
import { deflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  /** The part's bytes (what inflating must give); absent when `deflated` is given with `crc` and `size`. */
  readonly data?: Uint8Array;
  /** 0 stored, 8 deflated (default). */
  readonly method?: 0 | 8;
  /** A ready raw deflate stream (method 8), e.g. one far larger inflated than `data` could be held. */
  readonly deflated?: Uint8Array;
  /** The CRC-32 to record; default the CRC-32 of `data`. */
  readonly crc?: number;
  /** The uncompressed size to record in both headers; default `data.length`. */
  readonly size?: number;
  /** The uncompressed size the local header records, when it differs from the central directory's. */
  readonly localSize?: number;
  /** The uncompressed size the central directory records, when it differs from the local header's. */
  readonly centralSize?: number;
  /** false: a local entry the central directory does not list. */
  readonly inCentral?: boolean;
  /** Write sizes and CRC in a data descriptor after the data (flag bit 3), zeros in the local header. */
  readonly descriptor?: boolean;
}

export interface ZipOptions {
  /** The archive comment after the end-of-central-directory record. */
  readonly comment?: Uint8Array;
}

/** CRC-32 of `data`, as an unsigned number. */
export function crc32(data: Uint8Array, seed = 0): number {
  return CRC32.buf(data, seed) >>> 0;
}

const utf8 = new TextEncoder();

// 2022-01-10 09:00 in MS-DOS form (the date and time fields of every header).
const DOS_TIME = (9 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2022 - 1980) << 9) | (1 << 5) | 10;

class Bytes {
  private readonly parts: Uint8Array[] = [];
  length = 0;
  push(part: Uint8Array): void {
    this.parts.push(part);
    this.length += part.length;
  }
  u16(value: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, value, true);
    this.push(b);
  }
  u32(value: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    this.push(b);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** The zip file of `entries`, in the order given (the local entries and the central directory alike). */
export function writeZip(entries: readonly ZipEntry[], options: ZipOptions = {}): Uint8Array {
  const out = new Bytes();
  const central: Array<{ entry: ZipEntry; name: Uint8Array; method: number; crc: number; compressed: number; size: number; offset: number; flags: number }> = [];
  for (const entry of entries) {
    const name = utf8.encode(entry.name);
    const method = entry.deflated ? 8 : (entry.method ?? 8);
    const body = entry.deflated ?? (method === 8 ? new Uint8Array(deflateRawSync(entry.data!)) : entry.data!);
    const crc = (entry.crc ?? crc32(entry.data!)) >>> 0;
    const size = entry.size ?? entry.data?.length ?? 0;
    const localSize = entry.localSize ?? size;
    const centralSize = entry.centralSize ?? size;
    // Bit 11: the name is UTF-8. Bit 3: sizes and CRC follow the data.
    const flags = 0x0800 | (entry.descriptor ? 0x0008 : 0);
    const offset = out.length;
    out.u32(0x04034b50);
    out.u16(20);
    out.u16(flags);
    out.u16(method);
    out.u16(DOS_TIME);
    out.u16(DOS_DATE);
    out.u32(entry.descriptor ? 0 : crc);
    out.u32(entry.descriptor ? 0 : body.length);
    out.u32(entry.descriptor ? 0 : localSize);
    out.u16(name.length);
    out.u16(0);
    out.push(name);
    out.push(body);
    if (entry.descriptor) {
      out.u32(0x08074b50);
      out.u32(crc);
      out.u32(body.length);
      out.u32(localSize);
    }
    if (entry.inCentral !== false) central.push({ entry, name, method, crc, compressed: body.length, size: centralSize, offset, flags });
  }
  const directoryAt = out.length;
  for (const c of central) {
    out.u32(0x02014b50);
    out.u16(20);
    out.u16(20);
    out.u16(c.flags);
    out.u16(c.method);
    out.u16(DOS_TIME);
    out.u16(DOS_DATE);
    out.u32(c.crc);
    out.u32(c.compressed);
    out.u32(c.size);
    out.u16(c.name.length);
    out.u16(0);
    out.u16(0);
    out.u16(0);
    out.u16(0);
    out.u32(0);
    out.u32(c.offset);
    out.push(c.name);
  }
  const directorySize = out.length - directoryAt;
  const comment = options.comment ?? new Uint8Array(0);
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(central.length);
  out.u16(central.length);
  out.u32(directorySize);
  out.u32(directoryAt);
  out.u16(comment.length);
  out.push(comment);
  return out.concat();
}

export interface CentralRecord {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  /** Offset of the local header. */
  readonly offset: number;
  /** Offset of the entry's (compressed) data, after the local header. */
  readonly dataAt: number;
}

/** The central directory of a well-formed zip (no ZIP64), to find an entry's bytes in an existing file. */
export function readCentralDirectory(bytes: Uint8Array): CentralRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const records: CentralRecord[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`no central record at ${at}`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const localName = view.getUint16(offset + 26, true);
    const localExtra = view.getUint16(offset + 28, true);
    records.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset,
      dataAt: offset + 30 + localName + localExtra,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return records;
}
