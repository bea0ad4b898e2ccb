import { message } from "../i18n";
import { Decimal, yuanDisplay } from "../money";
import type { CompiledPack, TrancheStage } from "../rules";
import type { TrackerRow } from "../tracker";
import type { LayerDecision, Reason, TrancheDecision } from "./decision";
import type { LayeredOptions } from "./decide-layered";
import { valueReason } from "./reasons";

const ZERO = new Decimal(0);

/**
 * The amounts of a line paid by stage (`tranches`). Each tranche but the
 * last is its share of the layer's subsidy cut to the fen; the last takes
 * the rest, so the tranches add up to the subsidy exactly.
 */
export function trancheAmounts(subsidy: Decimal, shares: readonly Decimal[]): Decimal[] {
  const amounts = shares.slice(0, -1).map((share) => share.times(subsidy).toDecimalPlaces(2, Decimal.ROUND_DOWN));
  const rest = amounts.reduce((sum, a) => sum.minus(a), subsidy);
  return [...amounts, rest];
}

/**
 * When each tranche is due. The signing stage is reached by every funded
 * row (funding needs an agreement); the acceptance stage when the tracker's
 * 验收结论 is 通过 on or before the run's date (its 验收日期, when given). A
 * failed or terminated project's acceptance tranches are cancelled; what was
 * due is kept with the pack's `failureTolerance`, else it is to be returned.
 * A layer whose line has no tranches is due whole.
 */
export function withTranches(layer: LayerDecision, pack: CompiledPack, row: TrackerRow, options: Pick<LayeredOptions, "lang" | "asOf" | "today">): LayerDecision {
  const rule = layer.status === "funded" ? pack.funding.find((r) => r.name === layer.rule) : undefined;
  if (!rule?.tranches) return layer.status === "funded" ? { ...layer, dueYuan: layer.subsidyYuan } : layer;
  const acceptance = row.values.acceptance;
  const acceptedOn = row.values.acceptedOn;
  const runDate = options.asOf ?? options.today;
  const verdict = acceptance.ok ? acceptance.value : null;
  const accepted = verdict === "passed" && (!acceptedOn.ok || acceptedOn.value <= runDate);
  const failed = verdict === "failed" || verdict === "terminated";
  const amounts = trancheAmounts(layer.subsidyYuan, rule.tranches.map((t) => pack.parameters.get(t.share)!));
  const reached = (when: TrancheStage) => when === "signing" || accepted;
  const tranches: TrancheDecision[] = rule.tranches.map((t, i) => ({
    when: t.when,
    share: pack.parameters.get(t.share)!,
    amountYuan: amounts[i]!,
    state: reached(t.when) ? "due" : failed ? "cancelled" : "notDue",
  }));
  const sum = (state: TrancheDecision["state"]) => tranches.filter((t) => t.state === state).reduce((s, t) => s.plus(t.amountYuan), ZERO);
  const due = sum("due");
  const reclaim = failed && !pack.pack.document.failureTolerance ? due : ZERO;
  const reasons: Reason[] = [];
  const warnings: Reason[] = [];
  if (!acceptance.ok && acceptance.code === "BAD_VALUE") warnings.push(valueReason(row, "acceptance", pack, options.lang)!);
  if (failed) {
    const lang = options.lang;
    const reclaimText = reclaim.isZero()
      ? pack.pack.document.failureTolerance
        ? message("TRANCHE_KEPT", { due: yuanDisplay(due) }, lang)
        : ""
      : message("TRANCHE_RECLAIM", { reclaim: yuanDisplay(reclaim) }, lang);
    reasons.push({
      code: "TRANCHE_CANCELLED",
      message: message("TRANCHE_CANCELLED", { acceptance: row.shown.acceptance ?? verdict, cancelled: yuanDisplay(sum("cancelled")), reclaim: reclaimText }, lang),
      cell: row.cells.acceptance ?? null,
      field: "acceptance",
      value: row.shown.acceptance ?? "",
    });
  }
  return {
    ...layer,
    tranches,
    dueYuan: due,
    notDueYuan: sum("notDue"),
    reclaimYuan: reclaim,
    reasons: [...layer.reasons, ...reasons],
    warnings: [...layer.warnings, ...warnings],
  };
}
