import { STATUSES, type Decision, type Status } from "../engine";
import type { Lang, Localized } from "../i18n";
import { Decimal } from "../money";
import { SUMMARY_LABELS, TYPE_LABELS } from "./labels";

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

/** One stage count of the funnel: demands, published lists, agreements, funded projects and their subsidy. */
export interface FunnelStage {
  /** Every project row (a demand); a project reported again (DUPLICATE_PROJECT) counts once, at its first row. */
  readonly rows: number;
  /** Rows whose agreement cell does not say they are still demands (征集中 and the like). */
  readonly published: number;
  /** Rows whose agreement cell says an agreement was reached. */
  readonly agreed: number;
  readonly funded: number;
  /** The funded rows' subsidy (every paying layer). */
  readonly subsidyYuan: Decimal;
}

/** The funnel's columns, as every door heads them. */
export const FUNNEL_HEADERS: readonly Localized[] = [SUMMARY_LABELS.funnelType, SUMMARY_LABELS.demands, SUMMARY_LABELS.published, SUMMARY_LABELS.agreed, SUMMARY_LABELS.groupFunded, SUMMARY_LABELS.subsidy];

/** The funnel's lines as every door shows them: each project type, then the total. */
export function funnelLines(funnel: Funnel, lang: Lang): Array<{ readonly label: string; readonly stage: FunnelStage; readonly total: boolean }> {
  return [
    { label: TYPE_LABELS.tech[lang], stage: funnel.tech, total: false },
    { label: TYPE_LABELS.transformation[lang], stage: funnel.transformation, total: false },
    { label: SUMMARY_LABELS.total[lang], stage: funnel.all, total: true },
  ];
}

/** The scheme's funnel by project type and in total (`all` counts rows of an unreadable type too). */
export interface Funnel {
  readonly tech: FunnelStage;
  readonly transformation: FunnelStage;
  readonly all: FunnelStage;
}

/** Credit lines of one lending bank: the sum over its issuers (each once, its largest line) and how many. */
export interface BankCredit {
  /** null: the rows name no bank. */
  readonly bank: string | null;
  readonly creditLineYuan: Decimal;
  readonly issuers: number;
}

/** One tracker's counts and totals in a consolidated run. */
export interface SourceTotals {
  readonly rows: number;
  readonly counts: Readonly<Record<Status, number>>;
  readonly investmentYuan: Decimal;
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
  readonly funnel: Funnel;
  /** Rows reporting again a project an earlier row reported (DUPLICATE_PROJECT: invalid, or a warning when allowed). */
  readonly duplicates: number;
  /** Bank credit lines to issuers: each issuer counted once, at the largest line its rows state. */
  readonly creditLineYuan: Decimal;
  readonly creditLineIssuers: number;
  /** By the bank of each issuer's largest line, by bank name (rows naming no bank last). */
  readonly creditByBank: readonly BankCredit[];
  /** A consolidated run's counts and totals of each source, in its sources' order; absent with one tracker. */
  readonly bySource?: readonly SourceTotals[];
}

/** Rows whose project went through eligibility: their investment and solvers count. */
const DECIDED: ReadonlySet<Status> = new Set(["funded", "ineligible", "pending"]);

const isDuplicate = (r: { readonly code: string }) => r.code === "DUPLICATE_PROJECT";

type Stage = { rows: number; published: number; agreed: number; funded: number; subsidyYuan: Decimal };

const stage = (): Stage => ({ rows: 0, published: 0, agreed: 0, funded: 0, subsidyYuan: new Decimal(0) });

function addToStage(s: Stage, d: Decision): void {
  s.rows += 1;
  if (d.published) s.published += 1;
  if (d.agreed) s.agreed += 1;
  if (d.status === "funded") s.funded += 1;
  s.subsidyYuan = s.subsidyYuan.plus(d.totalSubsidyYuan);
}

type Group = { rows: number; funded: number; investmentYuan: Decimal; subsidyYuan: Decimal };

function addToGroup(groups: Map<string | null, Group>, key: string | null, d: Decision): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { rows: 0, funded: 0, investmentYuan: new Decimal(0), subsidyYuan: new Decimal(0) }));
  g.rows += 1;
  if (d.status === "funded") g.funded += 1;
  g.subsidyYuan = g.subsidyYuan.plus(d.totalSubsidyYuan);
  if (DECIDED.has(d.status) && d.investmentYuan) g.investmentYuan = g.investmentYuan.plus(d.investmentYuan);
}

function groupTotals(groups: Map<string | null, Group>): GroupTotals[] {
  return [...groups.entries()]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key, "zh-CN")));
}

/**
 * A run's counts and totals, added to a decision at a time: what a run that
 * lets each decision go keeps (a few counters and one entry per type, field,
 * league city and pack), whatever the tracker's size.
 */
export class Summarizer {
  private rows = 0;
  private readonly counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  private investment = new Decimal(0);
  private subsidy = new Decimal(0);
  private due = new Decimal(0);
  private notDue = new Decimal(0);
  private reclaim = new Decimal(0);
  private tranches = false;
  private solverUnits = 0;
  private outOfRegion = 0;
  private readonly byPack = new Map<string, { funded: number; subsidyYuan: Decimal }>();
  private readonly byType = new Map<string | null, Group>();
  private readonly byField = new Map<string | null, Group>();
  private readonly byLeagueCity = new Map<string | null, Group>();
  private readonly funnel = { tech: stage(), transformation: stage(), all: stage() };
  private duplicates = 0;
  /** Each issuer's largest stated credit line and its bank: one entry per issuer with a credit line. */
  private readonly credit = new Map<string, { yuan: Decimal; bank: string | null }>();
  private readonly bySource: Array<{ rows: number; counts: Record<Status, number>; investmentYuan: Decimal; subsidyYuan: Decimal }> | null;

  /** `sources`: a consolidated run's number of sources (each decision's `source` indexes them); none with one tracker. */
  constructor(sources?: number) {
    this.bySource =
      sources === undefined
        ? null
        : Array.from({ length: sources }, () => ({ rows: 0, counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>, investmentYuan: new Decimal(0), subsidyYuan: new Decimal(0) }));
  }

  add(d: Decision): void {
    if (this.bySource) this.addToSource(d);
    this.rows += 1;
    this.counts[d.status] += 1;
    this.subsidy = this.subsidy.plus(d.totalSubsidyYuan);
    this.due = this.due.plus(d.dueYuan);
    this.notDue = this.notDue.plus(d.notDueYuan);
    this.reclaim = this.reclaim.plus(d.reclaimYuan);
    for (const layer of d.layers) {
      if (layer.tranches) this.tranches = true;
      const id = layer.pack.split("@")[0]!;
      let totals = this.byPack.get(id);
      if (!totals) this.byPack.set(id, (totals = { funded: 0, subsidyYuan: new Decimal(0) }));
      if (layer.status === "funded") {
        totals.funded += 1;
        totals.subsidyYuan = totals.subsidyYuan.plus(layer.subsidyYuan);
      }
    }
    addToGroup(this.byType, d.type, d);
    addToGroup(this.byField, d.field, d);
    addToGroup(this.byLeagueCity, d.issuerLeagueCity, d);
    // A project reported again is not another demand: the funnel counts its first row only.
    if (!d.reasons.some(isDuplicate)) {
      addToStage(this.funnel.all, d);
      if (d.type) addToStage(this.funnel[d.type], d);
    }
    if (d.reasons.some(isDuplicate) || d.warnings.some(isDuplicate)) this.duplicates += 1;
    if (d.creditLineYuan && d.issuerKey !== null) {
      const seen = this.credit.get(d.issuerKey);
      if (!seen || d.creditLineYuan.gt(seen.yuan)) this.credit.set(d.issuerKey, { yuan: d.creditLineYuan, bank: d.creditBank });
    }
    if (!DECIDED.has(d.status)) return;
    if (d.investmentYuan) this.investment = this.investment.plus(d.investmentYuan);
    this.solverUnits += d.solvers.length;
    this.outOfRegion += d.solverInRegion.filter((inRegion) => inRegion === false).length;
  }

  private addToSource(d: Decision): void {
    const s = d.source === undefined ? undefined : this.bySource![d.source];
    if (!s) throw new Error(`Summarizer: decision of row ${d.row} names no source of the run (${String(d.source)})`);
    s.rows += 1;
    s.counts[d.status] += 1;
    s.subsidyYuan = s.subsidyYuan.plus(d.totalSubsidyYuan);
    if (DECIDED.has(d.status) && d.investmentYuan) s.investmentYuan = s.investmentYuan.plus(d.investmentYuan);
  }

  result(): Summary {
    return {
      rows: this.rows,
      counts: { ...this.counts },
      investmentYuan: this.investment,
      subsidyYuan: this.subsidy,
      dueYuan: this.due,
      notDueYuan: this.notDue,
      reclaimYuan: this.reclaim,
      tranches: this.tranches,
      byPack: [...this.byPack.entries()].map(([pack, t]) => ({ pack, ...t })),
      solverUnits: this.solverUnits,
      outOfRegionSolverUnits: this.outOfRegion,
      outOfRegionShare: this.solverUnits === 0 ? new Decimal(0) : new Decimal(this.outOfRegion).div(this.solverUnits),
      byType: groupTotals(this.byType),
      byField: groupTotals(this.byField),
      byLeagueCity: groupTotals(this.byLeagueCity),
      funnel: { tech: { ...this.funnel.tech }, transformation: { ...this.funnel.transformation }, all: { ...this.funnel.all } },
      duplicates: this.duplicates,
      ...this.creditResult(),
      ...(this.bySource ? { bySource: this.bySource.map((s) => ({ ...s, counts: { ...s.counts } })) } : {}),
    };
  }

  private creditResult(): Pick<Summary, "creditLineYuan" | "creditLineIssuers" | "creditByBank"> {
    let total = new Decimal(0);
    const banks = new Map<string | null, { creditLineYuan: Decimal; issuers: number }>();
    for (const { yuan, bank } of this.credit.values()) {
      total = total.plus(yuan);
      const b = banks.get(bank) ?? { creditLineYuan: new Decimal(0), issuers: 0 };
      banks.set(bank, { creditLineYuan: b.creditLineYuan.plus(yuan), issuers: b.issuers + 1 });
    }
    const creditByBank = [...banks.entries()]
      .map(([bank, b]) => ({ bank, ...b }))
      .sort((a, b) => (a.bank === null ? 1 : b.bank === null ? -1 : a.bank.localeCompare(b.bank, "zh-CN")));
    return { creditLineYuan: total, creditLineIssuers: this.credit.size, creditByBank };
  }
}

/** The counts and totals of a run, overall and by type, field and league city. */
export function summarize(decisions: readonly Decision[], sources?: number): Summary {
  const summarizer = new Summarizer(sources);
  for (const d of decisions) summarizer.add(d);
  return summarizer.result();
}
