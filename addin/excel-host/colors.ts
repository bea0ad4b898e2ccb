/**
 * Colours between Office.js ("#RRGGBB" or an HTML name) and exceljs ({ argb }).
 */

const NAMED: Readonly<Record<string, string>> = {
  black: "000000",
  white: "FFFFFF",
  red: "FF0000",
  lime: "00FF00",
  green: "008000",
  blue: "0000FF",
  yellow: "FFFF00",
  orange: "FFA500",
  purple: "800080",
  gray: "808080",
  grey: "808080",
  silver: "C0C0C0",
  navy: "000080",
  teal: "008080",
  maroon: "800000",
  olive: "808000",
  aqua: "00FFFF",
  cyan: "00FFFF",
  fuchsia: "FF00FF",
  magenta: "FF00FF",
  pink: "FFC0CB",
  lightgreen: "90EE90",
  lightblue: "ADD8E6",
  lightgray: "D3D3D3",
  lightgrey: "D3D3D3",
  lightyellow: "FFFFE0",
  gold: "FFD700",
};

/** "#RRGGBB", "#RGB" or an HTML colour name → "RRGGBB"; undefined when Excel would refuse it. */
export function parseColor(input: unknown): string | undefined {
  if (typeof input !== "string") return undefined;
  const text = input.trim();
  const named = NAMED[text.toLowerCase()];
  if (named) return named;
  const long = /^#([0-9a-fA-F]{6})$/.exec(text);
  if (long) return (long[1] ?? "").toUpperCase();
  const short = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(text);
  if (short) return `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  return undefined;
}

// Office 2013+ default theme: lt1, dk1, lt2, dk2, accent1..6, hyperlink, followed hyperlink.
const THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];
const INDEXED = ["000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF"];

/** An exceljs colour ({ argb } / { theme } / { indexed }) as "#RRGGBB"; undefined when absent. */
export function colorOf(color: { argb?: string; theme?: number; indexed?: number } | undefined): string | undefined {
  if (!color) return undefined;
  if (typeof color.argb === "string" && /^[0-9a-fA-F]{6,8}$/.test(color.argb)) return `#${color.argb.slice(-6).toUpperCase()}`;
  if (typeof color.theme === "number") return `#${THEME[color.theme] ?? "000000"}`;
  if (typeof color.indexed === "number") return `#${INDEXED[color.indexed % 8] ?? "000000"}`;
  return undefined;
}
