import { JiebangError, type Localized } from "../../i18n";
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

const WHY_NO_DIRECTORY: Localized = { "zh-CN": "文件不完整或已损坏", en: "the file is incomplete or damaged" };

/**
 * The package's parts as its central directory lists them. The directory is
 * the zip's table of contents: a local entry it does not list is not part of
 * the package (APPNOTE 4.3.6), so nothing else is ever read.
 */
export function readZipDirectory(bytes: Uint8Array, file: string, limits: XlsxLimits): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the one whose comment runs exactly to the end of the file: a comment may itself hold the signature.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) === bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new JiebangError("NOT_XLSX", { file, why: WHY_NO_DIRECTORY }, { file });
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new JiebangError("WORKBOOK_TOO_LARGE", { file, why: { "zh-CN": "使用 ZIP64 格式（超过 4 GB）", en: "it is a ZIP64 package (over 4 GB)" } }, { file });
  }
  if (count > limits.entries) throw new JiebangError("WORKBOOK_TOO_LARGE", { file, why: { "zh-CN": `包含 ${count} 个部件`, en: `it holds ${count} parts` } }, { file });
  if (offset + directorySize > eocd) throw new JiebangError("NOT_XLSX", { file, why: WHY_NO_DIRECTORY }, { file });
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder("utf-8");
  for (let n = 0; n < count; n++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL) throw new JiebangError("NOT_XLSX", { file, why: WHY_NO_DIRECTORY }, { file });
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc32 = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const declaredSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new JiebangError("WORKBOOK_TOO_LARGE", { file, why: { "zh-CN": "使用 ZIP64 格式（超过 4 GB）", en: "it is a ZIP64 package (over 4 GB)" } }, { file });
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
