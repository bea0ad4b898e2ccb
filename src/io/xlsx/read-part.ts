import CRC32 from "crc-32";
import { Inflate } from "fflate";
import type { ByteSource } from "./byte-source";
import { damaged, mb, tooLarge, type XlsxLimits } from "./limits";
import type { ZipEntry } from "./zip-directory";

const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: bounds what one push can produce (deflate's ratio is at most 1032:1). */
const CHUNK = 16 * 1024;

/** Inflated bytes so far, over every part of one package. */
export interface InflateBudget {
  total: number;
}

/** The package's inflated bytes so far within its limit. */
export function assertWithinTotal(budget: InflateBudget, file: string, limits: XlsxLimits): void {
  if (budget.total > limits.totalBytes) throw tooLarge(file, { "zh-CN": `解压后共超过 ${mb(limits.totalBytes)}`, en: `it unpacks to over ${mb(limits.totalBytes)}` });
}

/**
 * Inflate one part, handing its bytes on in chunks as they come. Every byte
 * is counted as it is produced, against the part's and the package's
 * limits and against the size the directory declares; at the end the CRC-32
 * must match. A damaged deflate stream, a wrong CRC or a size that differs
 * from the directory's refuses the file: Excel would offer to repair it.
 */
export function readPart(bytes: ByteSource, entry: ZipEntry, file: string, limits: XlsxLimits, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  for (const chunk of partChunks(bytes, entry, file, limits, budget)) onChunk(chunk);
}

/** The same as readPart, as a generator: the part's bytes a chunk at a time, so a reader can stop between chunks to do other work. */
export function* partChunks(bytes: ByteSource, entry: ZipEntry, file: string, limits: XlsxLimits, budget: InflateBudget): Generator<Uint8Array> {
  const at = entry.localHeaderOffset;
  const where = { "zh-CN": `部件「${entry.name}」`, en: `part “${entry.name}”` };
  const local = at + 30 > bytes.length ? null : bytes.read(at, 30);
  const view = local && new DataView(local.buffer, local.byteOffset, local.byteLength);
  if (!view || view.getUint32(0, true) !== LOCAL) throw damaged(file, { "zh-CN": `${where["zh-CN"]}的位置不对`, en: `${where.en} is not where the directory says` });
  if (entry.flags & 1) throw damaged(file, { "zh-CN": `${where["zh-CN"]}已加密`, en: `${where.en} is encrypted` });
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(file, { "zh-CN": `${where["zh-CN"]}不完整`, en: `${where.en} is cut short` });

  let produced = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    produced += chunk.length;
    budget.total += chunk.length;
    if (produced > entry.declaredSize) throw damaged(file, { "zh-CN": `${where["zh-CN"]}解压后比目录所记的 ${entry.declaredSize} 字节更大`, en: `${where.en} inflates beyond the ${entry.declaredSize} bytes its directory records` });
    assertWithinTotal(budget, file, limits);
    if (produced > limits.ratioFloorBytes && produced / Math.max(entry.compressedSize, 1) > limits.ratio) {
      throw tooLarge(file, { "zh-CN": `其中${where["zh-CN"]}的压缩比超过 ${limits.ratio}:1`, en: `its ${where.en} is compressed more than ${limits.ratio}:1` });
    }
    crc = CRC32.buf(chunk, crc);
    out.push(chunk);
  };
  const out: Uint8Array[] = [];

  if (entry.method === 0) {
    for (let i = start; i < end; i += CHUNK) {
      take(bytes.read(i, Math.min(end, i + CHUNK) - i));
      yield* out.splice(0);
    }
  } else if (entry.method === 8) {
    let finished = false;
    const inflate = new Inflate((chunk, final) => {
      take(chunk);
      if (final) finished = true;
    });
    const push = (data: Uint8Array, final: boolean) => {
      try {
        inflate.push(data, final);
      } catch (error) {
        if (error instanceof Error && error.name === "JiebangError") throw error;
        throw damaged(file, { "zh-CN": `${where["zh-CN"]}的压缩数据有误`, en: `${where.en} holds corrupt compressed data` });
      }
    };
    for (let i = start; i < end; i += CHUNK) {
      push(bytes.read(i, Math.min(end, i + CHUNK) - i), i + CHUNK >= end);
      yield* out.splice(0);
    }
    if (start === end) push(new Uint8Array(0), true);
    yield* out.splice(0);
    if (!finished) throw damaged(file, { "zh-CN": `${where["zh-CN"]}的压缩数据不完整`, en: `${where.en} holds truncated compressed data` });
  } else {
    throw damaged(file, { "zh-CN": `${where["zh-CN"]}使用了不支持的压缩方式 ${entry.method}`, en: `${where.en} uses unsupported compression method ${entry.method}` });
  }
  if (produced !== entry.declaredSize) throw damaged(file, { "zh-CN": `${where["zh-CN"]}的大小与目录不符`, en: `${where.en} does not have the size its directory records` });
  if (crc >>> 0 !== entry.crc32 >>> 0) throw damaged(file, { "zh-CN": `${where["zh-CN"]}的校验和（CRC-32）不符`, en: `${where.en} fails its CRC-32 check` });
}
