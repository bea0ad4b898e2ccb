import type { GridCell } from "./grid";
import { MISSING, ok, type Parsed } from "./parsed";
import { parseText } from "./parse-text";
import { placeOf, type Place } from "./places";

/** Separators between several units in one cell: 、 ; ； , ， and line breaks. */
const SEPARATORS = /[、;；,，\n\r]+/;

/** Split a cell that may name several units; order is kept (the first named leads). */
export function splitNames(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((part) => part.replace(/[\s\u3000]+/g, " ").trim())
    .filter((part) => part !== "");
}

/** One or more unit names. */
export function parseNames(cell: GridCell): Parsed<readonly string[]> {
  // Line breaks separate names, so split the raw text before white space is folded.
  const text = cell.value.kind === "text" ? ok(cell.value.value) : parseText(cell);
  if (!text.ok) return text;
  const names = splitNames(text.value);
  return names.length > 0 ? ok(names) : MISSING;
}

/** A single place (the issuer's). */
export function parsePlace(cell: GridCell): Parsed<Place> {
  const text = parseText(cell);
  return text.ok ? ok(placeOf(text.value)) : text;
}

/** A list of places parallel to a list of names (the solvers'). */
export function parsePlaces(cell: GridCell): Parsed<readonly Place[]> {
  const names = parseNames(cell);
  return names.ok ? ok(names.value.map(placeOf)) : names;
}
