import { distance as levenshtein } from "fastest-levenshtein";
import type { Localized } from "../i18n";

export const NO_HINT: Localized = { "zh-CN": "", en: "" };

/** "（是否想写「issuerLeagueCity」？）" after a name close to one that exists (edit distance, fastest-levenshtein); else nothing. */
export function didYouMean(name: string, known: readonly string[]): Localized {
  const best = closest(name, known);
  return best ? { "zh-CN": `（是否想写「${best}」？）`, en: `: did you mean “${best}”?` } : NO_HINT;
}

/** The known name closest to `name`, ignoring case, when it is close enough to be a slip; else "". */
export function closest(name: string, known: readonly string[]): string {
  let best: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    if (d < distance) {
      distance = d;
      best = candidate;
    }
  }
  return best !== null && distance <= Math.max(2, Math.floor(name.length / 3)) ? best : "";
}
