import { FIELDS, type FieldName } from "./fields";
import type { GridCell } from "./grid";
import { PARSERS, type RowValues, type TrackerRow } from "./read";

/**
 * A field's value written the way rule tests write it: the canonical value
 * ("tech", true, "26000000" yuan, ["清华某研究院", "北京某大学"], "2022-01-10"),
 * or `{ "cell": "约1200万元" }` for the text of a cell as a tracker would hold it,
 * or `{ "error": "#N/A" }` for an error cell; null or absent for an empty cell.
 */
export type CanonicalValue = string | number | boolean | readonly string[] | null | { readonly cell: string | number | boolean } | { readonly error: string };

function cellOf(value: CanonicalValue | undefined): GridCell {
  if (value === null || value === undefined) return { value: { kind: "empty" } };
  if (typeof value === "string") return { value: value === "" ? { kind: "empty" } : { kind: "text", value } };
  if (typeof value === "number") return { value: { kind: "number", value } };
  if (typeof value === "boolean") return { value: { kind: "boolean", value } };
  if (Array.isArray(value)) return cellOf((value as readonly string[]).join("、"));
  if ("error" in value) return { value: { kind: "error", value: value.error } };
  return cellOf((value as { cell: string | number | boolean }).cell);
}

function shownText(cell: GridCell): string {
  const v = cell.value;
  return v.kind === "empty" ? "" : String(v.value);
}

/**
 * A tracker row from canonical field values, read by the same cell parsers
 * as a real tracker; amounts are in yuan. Each field's "cell" is its name,
 * so messages say which field a problem is in.
 */
export function canonicalRow(values: Readonly<Partial<Record<FieldName, CanonicalValue>>>, row = 1): TrackerRow {
  const parsed: Partial<Record<FieldName, unknown>> = {};
  const cells: Partial<Record<FieldName, string>> = {};
  const shown: Partial<Record<FieldName, string>> = {};
  for (const spec of FIELDS) {
    const cell = cellOf(values[spec.name]);
    parsed[spec.name] = PARSERS[spec.kind](cell, "元");
    cells[spec.name] = spec.name;
    shown[spec.name] = shownText(cell);
  }
  return { row, values: parsed as RowValues, cells, shown };
}
