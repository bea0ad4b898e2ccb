import { message, type Lang } from "../i18n";
import { Decimal, yuanDisplay } from "../money";
import type { CompiledPack, FundingRule } from "../rules";
import type { TrackerRow } from "../tracker";
import { payeeKey, validUscc } from "./payee";
import { decideLayered, type Allowance, type LayeredOptions } from "./decide-layered";
import type { Decision, LayerDecision } from "./decision";
import type { PackFamily } from "./families";

/** One decided row of a run, with the tracker it came from. */
export interface RunRow {
  readonly row: TrackerRow;
  /** The tracker's name: with signedOn and the row number, it orders the rows a recipient's cap is allocated over. */
  readonly source: string;
  decision: Decision;
}

function packOf(families: readonly PackFamily[], layer: LayerDecision): { family: PackFamily; pack: CompiledPack } | null {
  const [id, version] = layer.pack.split("@");
  const family = families.find((f) => f.id === id);
  const pack = family?.versions.find((v) => v.version === version);
  return family && pack ? { family, pack } : null;
}

/** Who a line pays, as its cap counts them (see payeeKey). */
function recipientKey(row: TrackerRow, layer: LayerDecision): string | null {
  const uscc = row.values.issuerUscc;
  return payeeKey(layer.recipient, layer.recipientName, uscc.ok ? validUscc(uscc.value) : null);
}

function signedOn(row: TrackerRow): string | null {
  const v = row.values.signedOn;
  return v.ok ? v.value : null;
}

/** Allocation order: by signing date (rows without one last), then tracker, then row number. */
function allocationOrder(a: RunRow, b: RunRow): number {
  const da = signedOn(a.row);
  const db = signedOn(b.row);
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.row.row - b.row.row;
}

interface Claim {
  readonly item: RunRow;
  readonly layer: LayerDecision;
  readonly rule: FundingRule;
  readonly cap: Decimal;
  readonly period: string;
}

const MAX_NAMED_ROWS = 8;

function rowsText(earlier: readonly RunRow[], sources: number, lang: Lang): string {
  const names = earlier.slice(0, MAX_NAMED_ROWS).map((e) => (sources > 1 ? `${e.source} ` : "") + (lang === "zh-CN" ? `第 ${e.row.row} 行` : `row ${e.row.row}`));
  const more = earlier.length - names.length;
  const list = names.join(lang === "zh-CN" ? "、" : ", ");
  if (more <= 0) return list;
  return lang === "zh-CN" ? `${list} 等 ${earlier.length} 行` : `${list} and ${more} more rows`;
}

/**
 * A line's `recipientCap` over the whole run: one recipient's total from the
 * line, for the year of signing or the whole run, never exceeds the cap.
 * Rows are allocated in a fixed order (signedOn, then tracker, then row
 * number; rows without a signing date last, counted in the run's year), so
 * the result depends only on those keys, never on the order rows arrive in.
 * A row the cap cuts is decided again with its allowance: it keeps its
 * formula amount, says RECIPIENT_CAP_REACHED with the earlier rows, and the
 * layers above it see what it now pays. Families are allocated in order, so
 * a layer's cap counts what the layers under it finally pay.
 */
export async function allocateRecipientCaps(items: RunRow[], families: readonly PackFamily[], options: LayeredOptions): Promise<void> {
  if (!families.some((f) => f.versions.some((v) => v.funding.some((r) => r.recipientCap)))) return;
  const runYear = (options.asOf ?? options.today).slice(0, 4);
  const sources = new Set(items.map((i) => i.source)).size;
  const allowances = new Map<RunRow, Map<string, Allowance>>();
  for (const family of families) {
    const groups = new Map<string, Claim[]>();
    for (const item of items) {
      const layer = item.decision.layers.find((l) => l.status === "funded" && l.pack.split("@")[0] === family.id);
      const pack = layer ? packOf(families, layer)?.pack : undefined;
      if (!layer || !pack) continue;
      const rule = pack.funding.find((r) => r.name === layer.rule);
      const key = rule?.recipientCap ? recipientKey(item.row, layer) : null;
      if (!rule?.recipientCap || key === null) continue;
      const period = rule.recipientCap.per === "year" ? (signedOn(item.row)?.slice(0, 4) ?? runYear) : "run";
      const group = JSON.stringify([rule.name, key, period]);
      const claims = groups.get(group) ?? [];
      claims.push({ item, layer, rule, cap: pack.parameters.get(rule.recipientCap.cap)!, period });
      groups.set(group, claims);
    }
    for (const claims of groups.values()) {
      claims.sort((a, b) => allocationOrder(a.item, b.item));
      let used = new Decimal(0);
      const earlier: RunRow[] = [];
      for (const claim of claims) {
        const room = Decimal.max(claim.cap.minus(used), 0);
        const paid = Decimal.min(claim.layer.subsidyYuan, room);
        if (paid.lt(claim.layer.subsidyYuan)) {
          const lang = options.lang;
          const period = claim.period === "run" ? (lang === "zh-CN" ? "本次" : "in this run") : lang === "zh-CN" ? `${claim.period} 年` : `in ${claim.period}`;
          const reason = {
            code: "RECIPIENT_CAP_REACHED",
            message: message("RECIPIENT_CAP_REACHED", {
              recipient: claim.layer.recipientName ?? "",
              period,
              rule: claim.rule.name,
              cap: yuanDisplay(claim.cap),
              rows: rowsText(earlier, sources, lang),
              used: yuanDisplay(used),
              formula: yuanDisplay(claim.layer.subsidyYuan),
              paid: yuanDisplay(paid),
            }, lang),
            cell: null,
          };
          const own = allowances.get(claim.item) ?? new Map<string, Allowance>();
          own.set(family.id, { yuan: paid, reason });
          allowances.set(claim.item, own);
          claim.item.decision = await decideLayered(claim.item.row, families, options, own);
        }
        used = used.plus(paid);
        earlier.push(claim.item);
      }
    }
  }
}
