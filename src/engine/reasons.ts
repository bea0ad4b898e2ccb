import { fillTemplate, MESSAGES, type Lang } from "../i18n";
import type { CompiledPack, ReasonPlaceholder } from "../rules";
import { fieldLabel, type FieldName, type TrackerRow } from "../tracker";
import { STATUS_LABELS, type LayerDecision, type Reason } from "./decision";

const NO_COLUMN = { "zh-CN": "表中无此列", en: "no such column" } as const;

interface ReasonContext {
  readonly field?: FieldName;
  readonly cell?: string | null;
  readonly value?: string;
  readonly detail?: string;
  readonly rule?: string;
}

/** Messages quote at most this much of a cell. */
const MAX_QUOTED = 120;

function shorten(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

/** A reason with the pack's own wording of its code, in the run's language. */
export function packReason(pack: CompiledPack, lang: Lang, code: string, context: ReasonContext = {}): Reason {
  const template = pack.messages.get(code)?.[lang] ?? code;
  const cell = context.cell ?? null;
  // Every placeholder a pack may use (rules check warns of one a reason leaves empty: ENGINE_REASON_USES).
  const fills: Record<ReasonPlaceholder, string> = {
    field: context.field ? fieldLabel(context.field, lang) : "",
    cell: cell ?? (context.field ? NO_COLUMN[lang] : ""),
    value: shorten(context.value ?? ""),
    detail: context.detail ?? "",
    rule: context.rule ?? "",
  };
  const text = fillTemplate(template, fills, lang);
  return {
    code,
    // A placeholder with nothing to fill leaves no empty brackets behind ("（：）", "()").
    message: text.replace(/\s*[（(]\s*[:：,，]?\s*[)）]/g, ""),
    cell,
    ...(context.field ? { field: context.field } : {}),
    ...(context.value !== undefined ? { value: context.value } : {}),
  };
}

/** MISSING_VALUE or BAD_VALUE for a field of a row whose value could not be read; null when it was read. */
export function valueReason(row: TrackerRow, field: FieldName, pack: CompiledPack, lang: Lang): Reason | null {
  const parsed = row.values[field];
  if (parsed.ok) return null;
  const cell = row.cells[field] ?? null;
  if (parsed.code === "MISSING_VALUE") return packReason(pack, lang, "MISSING_VALUE", { field, cell, value: row.shown[field] ?? "" });
  return packReason(pack, lang, "BAD_VALUE", {
    field,
    cell,
    value: row.shown[field] ?? "",
    detail: MESSAGES[parsed.detail][lang],
  });
}

/** Why a layer pays nothing: the pack it requires (or matches) did not fund the row, or is not in the run. */
export function requirementReason(pack: string, required: LayerDecision | null, lang: Lang): Reason {
  const status = required ? STATUS_LABELS[required.status][lang] : lang === "zh-CN" ? "未参与本次判定（须在本包之前给出）" : "not in this run (it must be given before this pack)";
  return { code: "REQUIRES_LAYER", message: fillTemplate(MESSAGES.REQUIRES_LAYER[lang], { pack, status }, lang), cell: null };
}
