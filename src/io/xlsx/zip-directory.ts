import { JiebangError, type Localized } from "../../i18n";
import type { ByteSource } from "./byte-source";
import { damaged, type XlsxLimits } from "./limits";

/** One part of the package, as the zip's central directory lists it. */
export interface ZipEntry {
  /** Part name without a leading slash, e.g. "xl/worksheets/sheet1.xml". */
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when the part is read. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** The size the directory declares: checked against the bytes actually inflated, never trusted for a limit. */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
  /** General-purpose flags; bit 0 is encryption. */
  readonly flags: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;

const zip64 = (file: string) => new JiebangError("WORKBOOK_TOO_LARGE", { file, why: { "zh-CN": "使用 ZIP64 格式（超过 4 GB）", en: "it is a ZIP64 package (over 4 GB)" } }, { file });

const WHY_NO_DIRECTORY: Localized = { "zh-CN": "文件不完整或已损坏", en: "the file is incomplete or damaged" };

/**
 * The package's parts as its central directory lists them. The directory is
 * the zip's table of contents: a local entry it does not list is not part of
 * the package (APPNOTE 4.3.6), so nothing else is ever read.
 */
export function readZipDirectory(source: ByteSource, file: string, limits: XlsxLimits): Map<string, ZipEntry> {
  // The end record and the comment after it: the last 22 + 65,535 bytes at most.
  const tailStart = Math.max(0, source.length - 22 - MAX_COMMENT);
  const tail = source.read(tailStart, source.length - tailStart);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  // The end record is the one whose comment runs exactly to the end of the file: a comment may itself hold the signature.
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tailView.getUint32(i, true) === EOCD && i + 22 + tailView.getUint16(i + 20, true) === tail.length) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new JiebangError("NOT_XLSX", { file, why: WHY_NO_DIRECTORY }, { file });
  const eocd = tailStart + end;
  const count = tailView.getUint16(end + 10, true);
  const directorySize = tailView.getUint32(end + 12, true);
  const directoryOffset = tailView.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw zip64(file);
  }
  if (count > limits.entries) throw new JiebangError("WORKBOOK_TOO_LARGE", { file, why: { "zh-CN": `包含 ${count} 个部件`, en: `it holds ${count} parts` } }, { file });
  if (directoryOffset + directorySize > eocd) throw new JiebangError("NOT_XLSX", { file, why: WHY_NO_DIRECTORY }, { file });
  // The directory, read whole (46 bytes and a name a part), with offsets from its start.
  const bytes = source.read(directoryOffset, eocd - directoryOffset);
  const dir = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const limit = bytes.length;
  let offset = 0;
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder("utf-8");
  for (let n = 0; n < count; n++) {
    if (offset + 46 > limit || dir.getUint32(offset, true) !== CENTRAL) throw new JiebangError("NOT_XLSX", { file, why: WHY_NO_DIRECTORY }, { file });
    const flags = dir.getUint16(offset + 8, true);
    const method = dir.getUint16(offset + 10, true);
    const crc32 = dir.getUint32(offset + 16, true);
    const compressedSize = dir.getUint32(offset + 20, true);
    const declaredSize = dir.getUint32(offset + 24, true);
    const nameLength = dir.getUint16(offset + 28, true);
    const extraLength = dir.getUint16(offset + 30, true);
    const commentLength = dir.getUint16(offset + 32, true);
    const localHeaderOffset = dir.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw zip64(file);
    }
    // Part names are case-insensitive in OPC (ECMA-376 Part 2, §6.2.2.3); a leading slash is the package root.
    const name = names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)).replace(/^\/+/, "");
    const key = name.toLowerCase();
    if (entries.has(key)) throw damaged(file, { "zh-CN": `压缩包中「${name}」出现了两次`, en: `the package holds “${name}” twice` });
    entries.set(key, { name, method, crc32, compressedSize, declaredSize, localHeaderOffset, flags });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
