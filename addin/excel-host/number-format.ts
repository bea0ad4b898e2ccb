/**
 * `Range.text`: a cell's value rendered through its number format. Covers
 * what trackers use — General, "@", 0 / 0.00 / #,##0.00, percentages,
 * scientific, literal text and currency symbols, up to four sections, and
 * date/time codes. Colours, conditions and fill characters are dropped.
 *
 * Source: Microsoft's "Review guidelines for customizing a number format"
 * (support.microsoft.com): up to four sections "<POSITIVE>;<NEGATIVE>;<ZERO>;<TEXT>",
 * text in double quotes or after a backslash, 0 / # / ? digit placeholders,
 * "," thousands, "%" multiplies by 100. Copied from fake-excel.
 */

import { dateParts } from "./serial-date";

type Token =
  | { kind: "literal"; text: string }
  | { kind: "code"; text: string };

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === "\\") {
      current += format.slice(i, i + 2);
      i += 1;
    } else if (ch === ";") {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

function bracketText(inner: string): string {
  // [$¥-804] → "¥"; [Red], [>=100], [$-409] → nothing
  if (inner.startsWith("$")) return inner.slice(1).split("-")[0] ?? "";
  return "";
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === "literal") last.text += text;
    else tokens.push({ kind: "literal", text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? "";
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(i + 1, stop));
      i = stop;
    } else if (ch === "\\") {
      literal(section[i + 1] ?? "");
      i += 1;
    } else if (ch === "_") {
      literal(" ");
      i += 1;
    } else if (ch === "*") {
      i += 1;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      if (/^(h+|m+|s+)$/i.test(inner)) tokens.push({ kind: "code", text: inner });
      else literal(bracketText(inner));
      i = stop;
    } else if ("0#?.,%Ee+-/:@yYmMdDhHsSaApP".includes(ch)) {
      tokens.push({ kind: "code", text: ch });
    } else {
      literal(ch);
    }
  }
  return tokens;
}

function isDateSection(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === "code" && /^[yYmMdDhHsS]/.test(t.text));
}

/** Excel's "General" rendering in a standard-width column. */
export function formatGeneral(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e11) return String(n);
  const plain = String(abs);
  if (abs >= 1e11 || (abs < 1e-4 && (plain.includes("e") || plain.length > 11))) {
    const [mantissa = "0", exponent = "0"] = n.toExponential(5).split("e");
    const trimmed = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  const { int, frac } = roundDecimal(abs, decimals);
  const fracTrimmed = frac.replace(/0+$/, "");
  return `${n < 0 ? "-" : ""}${int}${fracTrimmed ? `.${fracTrimmed}` : ""}`;
}

/** Round |n| half-up at `decimals` places on its 15 significant decimal digits, as Excel does. */
function roundDecimal(abs: number, decimals: number): { int: string; frac: string } {
  if (abs === 0) return { int: "0", frac: "0".repeat(decimals) };
  const [mantissa = "0", exponent = "0"] = abs.toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  const shift = Number(exponent) + 1 + decimals;
  let scaled: bigint;
  if (shift < 0) scaled = 0n;
  else if (shift === 0) scaled = (digits[0] ?? "0") >= "5" ? 1n : 0n;
  else {
    const kept = digits.padEnd(shift, "0").slice(0, shift);
    const next = digits[shift] ?? "0";
    scaled = BigInt(kept) + (next >= "5" ? 1n : 0n);
  }
  const text = scaled.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? { int: text, frac: "" } : { int: text.slice(0, -decimals), frac: text.slice(-decimals) };
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberSection(n: number, tokens: readonly Token[], withSign: boolean): string {
  const codes = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === "code" && "0#?.,%Ee+-".includes(t.text));
  const placeholderIdx = tokens.flatMap((t, i) => (t.kind === "code" && "0#?".includes(t.text) ? [i] : []));
  if (placeholderIdx.length === 0) {
    // Only literals (e.g. "-" or "zero"): Excel shows the literal text.
    return tokens.map((t) => t.text).join("");
  }
  const first = placeholderIdx[0] ?? 0;
  const last = placeholderIdx[placeholderIdx.length - 1] ?? 0;
  const exponentIdx = tokens.findIndex((t, i) => i > first && t.kind === "code" && (t.text === "E" || t.text === "e"));
  let numberEnd = exponentIdx >= 0 ? tokens.length - 1 : last;
  // Commas right after the last digit scale by 1000 each ("#,##0," shows thousands).
  let scaling = 0;
  while (exponentIdx < 0 && tokens[numberEnd + 1]?.kind === "code" && tokens[numberEnd + 1]?.text === ",") {
    scaling += 1;
    numberEnd += 1;
  }
  const core = tokens.slice(first, numberEnd + 1).filter((t) => t.kind === "code").map((t) => t.text).join("");
  const percents = tokens.filter((t) => t.kind === "code" && t.text === "%").length;
  let value = Math.abs(n) * 100 ** percents;
  const mantissaCore = exponentIdx >= 0 ? core.split(/[Ee]/)[0] ?? "" : core;
  const [intPattern = "", fracPattern = ""] = mantissaCore.replace(/,+$/, "").split(".");
  const thousands = /[0#?],[0#?]/.test(intPattern);
  value /= 1000 ** scaling;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const maxFrac = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minFrac = (/^0*/.exec(fracPattern.replace(/[^0#?]/g, ""))?.[0].length) ?? 0;

  let exponentText = "";
  if (exponentIdx >= 0) {
    let exp = value === 0 ? 0 : Math.floor(Math.log10(value));
    const intWidth = Math.max(1, (intPattern.match(/[0#?]/g) ?? []).length);
    exp -= ((exp % intWidth) + intWidth) % intWidth;
    value = value / 10 ** exp;
    const expDigits = (core.split(/[Ee][+-]?/)[1] ?? "00").replace(/[^0]/g, "").length || 1;
    const sign = exp < 0 ? "-" : core.includes("E+") || core.includes("e+") ? "+" : "";
    exponentText = `E${sign}${String(Math.abs(exp)).padStart(expDigits, "0")}`;
  }

  const { int, frac } = roundDecimal(value, maxFrac);
  let fracText = frac;
  while (fracText.length > minFrac && fracText.endsWith("0")) fracText = fracText.slice(0, -1);
  let intText = int.replace(/^0+/, "");
  if (intText.length < minInt) intText = intText.padStart(minInt, "0");
  if (thousands) intText = groupThousands(intText);
  const numberText = `${intText}${fracPattern !== "" || mantissaCore.includes(".") ? "." : ""}${fracText}${exponentText}`;

  const before = tokens.slice(0, first).map((t) => t.text).join("");
  const after = tokens
    .slice(numberEnd + 1)
    .map((t) => t.text)
    .join("");
  const percentInside = codes.some(({ t, i }) => t.text === "%" && i > first && i < numberEnd) ? "%".repeat(percents) : "";
  const sign = withSign && n < 0 && numberText.replace(/[^1-9]/g, "") !== "" ? "-" : "";
  return `${sign}${before}${numberText}${percentInside}${after}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function formatDateSection(serial: number, tokens: readonly Token[], date1904: boolean): string {
  const parts = dateParts(serial, date1904);
  if (!parts) return "#".repeat(11);
  // Group consecutive identical code letters ("yyyy", "mm") into runs.
  const runs: Token[] = [];
  for (const t of tokens) {
    const prev = runs[runs.length - 1];
    if (t.kind === "code" && prev && prev.kind === "code" && prev.text[0]?.toLowerCase() === t.text.toLowerCase() && /^[ymdhs]$/i.test(t.text)) {
      prev.text += t.text;
    } else runs.push({ ...t });
  }
  const joined = runs.map((t) => t.text).join("");
  const twelveHour = /AM\/PM|A\/P/i.test(joined);
  const out: string[] = [];
  for (let i = 0; i < runs.length; i++) {
    const t = runs[i];
    if (!t) continue;
    if (t.kind === "literal") {
      out.push(t.text);
      continue;
    }
    const code = t.text.toLowerCase();
    const prevCode = runs.slice(0, i).reverse().find((r) => r.kind === "code" && /^[ymdhs]/i.test(r.text))?.text.toLowerCase() ?? "";
    const nextCode = runs.slice(i + 1).find((r) => r.kind === "code" && /^[ymdhs]/i.test(r.text))?.text.toLowerCase() ?? "";
    if (code.startsWith("y")) out.push(code.length <= 2 ? String(parts.year % 100).padStart(2, "0") : String(parts.year));
    else if (code.startsWith("m")) {
      const minute = code.length <= 2 && (prevCode.startsWith("h") || nextCode.startsWith("s"));
      if (minute) out.push(code.length === 2 ? String(parts.minutes).padStart(2, "0") : String(parts.minutes));
      else if (code.length === 1) out.push(String(parts.month));
      else if (code.length === 2) out.push(String(parts.month).padStart(2, "0"));
      else if (code.length === 3) out.push((MONTHS[parts.month - 1] ?? "").slice(0, 3));
      else if (code.length === 5) out.push((MONTHS[parts.month - 1] ?? "").slice(0, 1));
      else out.push(MONTHS[parts.month - 1] ?? "");
    } else if (code.startsWith("d")) {
      if (code.length === 1) out.push(String(parts.day));
      else if (code.length === 2) out.push(String(parts.day).padStart(2, "0"));
      else if (code.length === 3) out.push((DAYS[parts.weekday] ?? "").slice(0, 3));
      else out.push(DAYS[parts.weekday] ?? "");
    } else if (code.startsWith("h")) {
      const h = twelveHour ? ((parts.hours + 11) % 12) + 1 : parts.hours;
      out.push(code.length >= 2 ? String(h).padStart(2, "0") : String(h));
    } else if (code.startsWith("s")) out.push(code.length >= 2 ? String(parts.seconds).padStart(2, "0") : String(parts.seconds));
    else if (code === "a" || code === "p") {
      const rest = joined.slice(joined.indexOf(t.text));
      const ampm = /^(AM\/PM|A\/P)/i.exec(rest)?.[0];
      if (ampm) {
        const pm = parts.hours >= 12;
        out.push(ampm.length === 5 ? (pm ? "PM" : "AM") : pm ? "P" : "A");
        // skip the rest of the AM/PM token
        let skip = ampm.length - 1;
        while (skip > 0 && i + 1 < runs.length) {
          const nextRun = runs[i + 1];
          skip -= nextRun?.text.length ?? 1;
          i += 1;
        }
      } else out.push(t.text);
    } else out.push(t.text);
  }
  return out.join("");
}

/** The text Excel shows for a value under a number format. */
export function formatCellText(value: string | number | boolean, format: string, date1904 = false): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = splitSections(format || "General");
  if (typeof value === "string") {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    if (textSection === undefined) return value;
    return tokenize(textSection)
      .map((t) => (t.kind === "code" && t.text === "@" ? value : t.text))
      .join("");
  }
  if (!Number.isFinite(value)) return "#NUM!";
  let section = sections[0] ?? "General";
  let withSign = true;
  if (value < 0 && sections.length >= 2) {
    section = sections[1] ?? section;
    withSign = false;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2] ?? section;
  }
  if (/^\s*general\s*$/i.test(section)) return withSign ? formatGeneral(value) : formatGeneral(Math.abs(value));
  if (section.trim() === "@") return formatGeneral(value);
  const tokens = tokenize(section);
  if (isDateSection(tokens)) return formatDateSection(value, tokens, date1904);
  return formatNumberSection(value, tokens, withSign);
}
