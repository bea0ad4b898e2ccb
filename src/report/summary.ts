import { STATUSES, type Decision, type Status } from "../engine";
import { Decimal } from "../money";

export interface GroupTotals {
  readonly key: string | null;
  readonly rows: number;
  readonly funded: number;
  readonly investmentYuan: Decimal;
  readonly subsidyYuan: Decimal;
}

export interface PackTotals {
  /** The pack's id (all its versions together). */
  readonly pack: string;
  readonly funded: number;
  readonly subsidyYuan: Decimal;
}

export interface Summary {
  readonly rows: number;
  readonly counts: Readonly<Record<Status, number>>;
  /** Sum over rows decided funded, ineligible or pending. */
  readonly investmentYuan: Decimal;
  /** Sum of every funded layer's subsidy (with one pack: over funded rows). */
  readonly subsidyYuan: Decimal;
  /** What is payable now, not yet due, and to be returned, over every row (see LayerDecision.dueYuan). */
  readonly dueYuan: Decimal;
  readonly notDueYuan: Decimal;
  readonly reclaimYuan: Decimal;
  /** Whether any funded line of the run pays in tranches. */
  readonly tranches: boolean;
  /** Funded rows and subsidy of each pack. */
  readonly byPack: readonly PackTotals[];
  /** Every named solver of rows decided funded, ineligible or pending. */
  readonly solverUnits: number;
  /** Those of them whose place is outside the region. */
  readonly outOfRegionSolverUnits: number;
  /** outOfRegionSolverUnits / solverUnits (0 when there are none). */
  readonly outOfRegionShare: Decimal;
  readonly byType: readonly GroupTotals[];
  readonly byField: readonly GroupTotals[];
  readonly byLeagueCity: readonly GroupTotals[];
}

/** Rows whose project went through eligibility: their investment and solvers count. */
const DECIDED: ReadonlySet<Status> = new Set(["funded", "ineligible", "pending"]);

function groupBy(decisions: readonly Decision[], keyOf: (d: Decision) => string | null): GroupTotals[] {
  const groups = new Map<string | null, { rows: number; funded: number; investmentYuan: Decimal; subsidyYuan: Decimal }>();
  for (const d of decisions) {
    const key = keyOf(d);
    const g = groups.get(key) ?? { rows: 0, funded: 0, investmentYuan: new Decimal(0), subsidyYuan: new Decimal(0) };
    g.rows += 1;
    if (d.status === "funded") g.funded += 1;
    g.subsidyYuan = g.subsidyYuan.plus(d.totalSubsidyYuan);
    if (DECIDED.has(d.status) && d.investmentYuan) g.investmentYuan = g.investmentYuan.plus(d.investmentYuan);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key, "zh-CN")));
}

/** The counts and totals of a run, overall and by type, field and league city. */
export function summarize(decisions: readonly Decision[]): Summary {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let investment = new Decimal(0);
  let subsidy = new Decimal(0);
  let due = new Decimal(0);
  let notDue = new Decimal(0);
  let reclaim = new Decimal(0);
  let tranches = false;
  let solverUnits = 0;
  let outOfRegion = 0;
  const byPack = new Map<string, { funded: number; subsidyYuan: Decimal }>();
  for (const d of decisions) {
    counts[d.status] += 1;
    subsidy = subsidy.plus(d.totalSubsidyYuan);
    due = due.plus(d.dueYuan);
    notDue = notDue.plus(d.notDueYuan);
    reclaim = reclaim.plus(d.reclaimYuan);
    for (const layer of d.layers) {
      if (layer.tranches) tranches = true;
      const id = layer.pack.split("@")[0]!;
      const totals = byPack.get(id) ?? { funded: 0, subsidyYuan: new Decimal(0) };
      if (layer.status === "funded") {
        totals.funded += 1;
        totals.subsidyYuan = totals.subsidyYuan.plus(layer.subsidyYuan);
      }
      byPack.set(id, totals);
    }
    if (!DECIDED.has(d.status)) continue;
    if (d.investmentYuan) investment = investment.plus(d.investmentYuan);
    solverUnits += d.solvers.length;
    outOfRegion += d.solverInRegion.filter((inRegion) => inRegion === false).length;
  }
  return {
    rows: decisions.length,
    counts,
    investmentYuan: investment,
    subsidyYuan: subsidy,
    dueYuan: due,
    notDueYuan: notDue,
    reclaimYuan: reclaim,
    tranches,
    byPack: [...byPack.entries()].map(([pack, t]) => ({ pack, ...t })),
    solverUnits,
    outOfRegionSolverUnits: outOfRegion,
    outOfRegionShare: solverUnits === 0 ? new Decimal(0) : new Decimal(outOfRegion).div(solverUnits),
    byType: groupBy(decisions, (d) => d.type),
    byField: groupBy(decisions, (d) => d.field),
    byLeagueCity: groupBy(decisions, (d) => d.issuerLeagueCity),
  };
}
