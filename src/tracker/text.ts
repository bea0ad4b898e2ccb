import { Converter } from "opencc-js/t2cn";

const toSimplified = Converter({ from: "t", to: "cn" });
const simplifiedCache = new Map<string, string>();

/** Text of ASCII only: NFKC and OpenCC leave it as it is (ids, codes, amounts: most of a tracker's distinct values). */
const ASCII = /^[\x00-\x7f]*$/;

/** Traditional to Simplified Chinese (OpenCC), cached: trackers repeat the same few values. */
export function simplified(text: string): string {
  if (ASCII.test(text)) return text;
  let result = simplifiedCache.get(text);
  if (result === undefined) {
    result = toSimplified(text);
    if (simplifiedCache.size > 50_000) simplifiedCache.clear();
    simplifiedCache.set(text, result);
  }
  return result;
}

/**
 * The comparable form of a short label or enumerated value: full-width to
 * half-width (NFKC), Simplified script, lower case, no white space of any kind.
 */
const labelCache = new Map<string, string>();

export function normalizeLabel(text: string): string {
  if (ASCII.test(text)) return text.replace(/\s+/g, "").toLowerCase();
  let label = labelCache.get(text);
  if (label === undefined) {
    label = simplified(text.normalize("NFKC")).replace(/[\s\u200b\u3000]+/g, "").toLowerCase();
    if (labelCache.size > 50_000) labelCache.clear();
    labelCache.set(text, label);
  }
  return label;
}

/** Control characters other than tab and line breaks: never meaningful in a tracker cell. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\uFEFF]/g;

/** Trim, drop control characters, and fold runs of white space; keeps the script and width as written. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, "").replace(/[\s\u3000]+/g, " ").trim();
}
