import type { GridCell } from "./grid";
import { bad, MISSING, ok, type Parsed } from "./parsed";
import { cleanText } from "./text";

/**
 * The common first step of every parser: empty, error and formula-without-
 * result cells become problems; anything else gives its shown text or number.
 */
export function cellContent(cell: GridCell): Parsed<string | number | boolean> {
  const v = cell.value;
  switch (v.kind) {
    case "empty":
      return cell.formula ? bad("FORMULA_WITHOUT_RESULT") : MISSING;
    case "error":
      return bad("ERROR_CELL");
    case "text": {
      const text = cleanText(v.value);
      return text === "" ? MISSING : ok(text);
    }
    default:
      return ok(v.value);
  }
}

/** A text field: ids, names, references. Numbers read as Excel shows them (1 → "1"). */
export function parseText(cell: GridCell): Parsed<string> {
  const content = cellContent(cell);
  if (!content.ok) return content;
  const value = content.value;
  if (typeof value === "boolean") return ok(value ? "TRUE" : "FALSE");
  return ok(typeof value === "number" ? String(Number(value.toPrecision(15))) : value);
}
