import { JiebangError, type Localized } from "../i18n";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array, total: number): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample.length === total ? sample : sample.subarray(0, sample.length - 4));
    return true;
  } catch {
    return false;
  }
}

export const WHY_EMPTY_FILE: Localized = { "zh-CN": "文件是空的", en: "the file is empty" };
export const WHY_UNKNOWN_FORMAT: Localized = { "zh-CN": "无法识别的文件格式", en: "unrecognised file format" };

/** How much of a file's start assertXlsxBytes looks at. */
export const SNIFF_BYTES = 1 << 20;

/**
 * Refuse, with a sentence that says what to do, anything that is not an
 * .xlsx (Office Open XML, a zip): an old .xls, an encrypted workbook (an OLE
 * container holding EncryptionInfo), a CSV or other text renamed .xlsx.
 * `bytes` is the file or its first SNIFF_BYTES; `total`, the file's length.
 */
export function assertXlsxBytes(bytes: Uint8Array, file: string, total = bytes.length): void {
  if (total === 0) throw new JiebangError("NOT_XLSX", { file, why: WHY_EMPTY_FILE }, { file });
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, OLE)) {
    const encrypted = containsUtf16(bytes.subarray(0, SNIFF_BYTES), "EncryptionInfo");
    throw new JiebangError(encrypted ? "NOT_XLSX_ENCRYPTED" : "NOT_XLSX_XLS", { file }, { file });
  }
  if (looksLikeText(bytes, total)) throw new JiebangError("NOT_XLSX_TEXT", { file }, { file });
  throw new JiebangError("NOT_XLSX", { file, why: WHY_UNKNOWN_FORMAT }, { file });
}
