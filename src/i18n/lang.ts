/** The languages jiebang speaks; zh-CN is the default. */
export type Lang = "zh-CN" | "en";

export const LANGS: readonly Lang[] = ["zh-CN", "en"];

/** A text in every language. */
export type Localized = { readonly "zh-CN": string; readonly en: string };

/** zh-CN for zh, zh-CN, zh-Hans…; en for any other language tag. */
export function langFromTag(tag: string | undefined | null): Lang {
  if (!tag) return "zh-CN";
  return /^zh\b/i.test(tag) ? "zh-CN" : "en";
}

export function parseLang(text: string): Lang | null {
  const lower = text.toLowerCase();
  if (lower === "zh-cn" || lower === "zh" || lower === "zh-hans") return "zh-CN";
  if (lower === "en" || lower === "en-us" || lower === "en-gb") return "en";
  return null;
}
