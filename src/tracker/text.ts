import { Converter } from "opencc-js/t2cn";

const toSimplified = Converter({ from: "t", to: "cn" });
const simplifiedCache = new Map<string, string>();

/** Traditional to Simplified Chinese (OpenCC), cached: trackers repeat the same few values. */
export function simplified(text: string): string {
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
export function normalizeLabel(text: string): string {
  return simplified(text.normalize("NFKC")).replace(/[\s\u200b\u3000]+/g, "").toLowerCase();
}

/** Trim and fold runs of white space; keeps the script and width as written. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u3000]+/g, " ").trim();
}
