/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015).
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Trim, drop spaces and hyphens, full-width to half-width, upper case. */
export function normalizeUscc(text: string): string {
  return text.normalize("NFKC").replace(/[\s\-‐‑–—]+/g, "").toUpperCase();
}

export type UsccCheck =
  | { valid: true; code: string; areaCode: string }
  | { valid: false; code: string; why: "length" | "character" | "checksum" };

/** Check a code's length, alphabet and check character (character 18). */
export function checkUscc(text: string): UsccCheck {
  const code = normalizeUscc(text);
  if (code.length !== 18) return { valid: false, code, why: "length" };
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const value = ALPHABET.indexOf(code[i]!);
    if (value < 0) return { valid: false, code, why: "character" };
    if (i < 17) sum += value * WEIGHTS[i]!;
  }
  const expected = ALPHABET[(31 - (sum % 31)) % 31];
  if (expected !== code[17]) return { valid: false, code, why: "checksum" };
  return { valid: true, code, areaCode: code.slice(2, 8) };
}

/** The check character for the first 17 characters (used to make valid sample codes). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}
