import type { Lang, Localized } from "./lang";

/** A message parameter: plain text, a number, a text in each language, or a list of these. */
export type Param = string | number | Localized | ReadonlyArray<string | number | Localized>;
export type Params = Readonly<Record<string, Param>>;

function isLocalized(value: unknown): value is Localized {
  return typeof value === "object" && value !== null && "zh-CN" in value && "en" in value;
}

export function paramText(value: Param, lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => paramText(v, lang)).join(lang === "zh-CN" ? "、" : ", ");
  if (isLocalized(value)) return value[lang];
  return String(value);
}

/**
 * Fill "{name}" placeholders. Plain substitution only: nothing in a template
 * or a parameter is ever evaluated. Unknown placeholders stay as written.
 */
export function fillTemplate(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? paramText(params[name]!, lang) : whole,
  );
}
