/**
 * OOXML escapes a character XML cannot carry as `_xHHHH_` (ST_Xstring,
 * ECMA-376 Part 1, §22.9.2.19); `_x005F_` escapes the underscore itself.
 * Excel shows the character.
 */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
