import { JiebangError } from "../i18n";
import { parseUnit, type Unit } from "../money";
import { FIELD_NAMES, isFieldName, type FieldName } from "../tracker";
import { isoDateText } from "./dates";

/** `--map field=Header`, repeatable. */
export function mapOption(entries: readonly string[] = []): Partial<Record<FieldName, string>> {
  const map: Partial<Record<FieldName, string>> = {};
  for (const entry of entries) {
    const at = entry.indexOf("=");
    const field = at > 0 ? entry.slice(0, at).trim() : "";
    const header = at > 0 ? entry.slice(at + 1).trim() : "";
    if (!isFieldName(field) || header === "") throw new JiebangError("BAD_MAP", { value: entry, fields: [...FIELD_NAMES] });
    map[field] = header;
  }
  return map;
}

/** `--unit 元|万元|亿元`. */
export function unitOption(text: string): Unit {
  const unit = parseUnit(text);
  if (!unit) throw new JiebangError("BAD_UNIT", { value: text });
  return unit;
}

/** `--as-of YYYY-MM-DD`. */
export function dateOption(text: string): string {
  if (!isoDateText(text)) throw new JiebangError("BAD_DATE", { value: text });
  return text;
}
