import { JiebangError, type Localized } from "../i18n";

/** What a tracker workbook may unpack to: far above any real tracker, far below what would exhaust memory. */
export interface ZipLimits {
  /** Sum of the uncompressed sizes of all parts. */
  readonly totalBytes: number;
  /** Uncompressed size of any one part (a worksheet's XML). */
  readonly entryBytes: number;
  /** Parts in the package. */
  readonly entries: number;
  /** Compression ratio above which a large part is taken for a zip bomb. */
  readonly ratio: number;
}

export const ZIP_LIMITS: ZipLimits = { totalBytes: 600 * 1024 * 1024, entryBytes: 400 * 1024 * 1024, entries: 20_000, ratio: 200 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

const WHY_NO_DIRECTORY: Localized = { "zh-CN": "文件不完整或已损坏", en: "the file is incomplete or damaged" };

/**
 * Read the zip's central directory (without unpacking anything) and refuse a
 * package that would unpack beyond the limits: a zip bomb, or a sheet far
 * beyond any sensible tracker. Memory stays bounded because nothing is
 * inflated before this check.
 */
export function assertZipWithinLimits(bytes: Uint8Array, file: string, limits: ZipLimits = ZIP_LIMITS): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new JiebangError("NOT_XLSX", { file, why: WHY_NO_DIRECTORY }, { file });
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count > limits.entries) throw new JiebangError("WORKBOOK_TOO_LARGE", { file, why: { "zh-CN": `包含 ${count} 个部件`, en: `it holds ${count} parts` } }, { file });
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) throw new JiebangError("NOT_XLSX", { file, why: WHY_NO_DIRECTORY }, { file });
    const compressed = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // 0xFFFFFFFF marks a ZIP64 size: over 4 GB, never a tracker.
    const entry = size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    total += entry;
    if (entry > limits.entryBytes || (entry > 10 * 1024 * 1024 && entry / Math.max(compressed, 1) > limits.ratio)) {
      const why: Localized = { "zh-CN": `其中「${name}」解压后约 ${mb(entry)}`, en: `its part “${name}” unpacks to about ${mb(entry)}` };
      throw new JiebangError("WORKBOOK_TOO_LARGE", { file, why }, { file });
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  if (total > limits.totalBytes) {
    throw new JiebangError("WORKBOOK_TOO_LARGE", { file, why: { "zh-CN": `解压后共约 ${mb(total)}`, en: `it unpacks to about ${mb(total)}` } }, { file });
  }
}
