import type { Localized } from "../i18n";
import type { Decimal } from "../money";
import type { FundingLine, Recipient, TrancheStage } from "../rules";
import type { FieldName, ProjectType } from "../tracker";

/** Every project row gets exactly one. */
export type Status = "invalid" | "unmatched" | "ineligible" | "pending" | "funded";

/** What each status is called, in each language. */
export const STATUS_LABELS: Readonly<Record<Status, Localized>> = {
  funded: { "zh-CN": "予以资助", en: "funded" },
  pending: { "zh-CN": "待定（一事一议）", en: "pending (case by case)" },
  ineligible: { "zh-CN": "不符合条件", en: "ineligible" },
  unmatched: { "zh-CN": "未达成合作", en: "unmatched" },
  invalid: { "zh-CN": "数据有误", en: "invalid" },
};
export const STATUSES: readonly Status[] = ["funded", "pending", "ineligible", "unmatched", "invalid"];

/** A reason for a status, or a warning: a stable code, the pack's message in the run's language, and the cell. */
export interface Reason {
  readonly code: string;
  readonly message: string;
  /** "O7"; null when the tracker has no such column or the reason is about the whole row. */
  readonly cell: string | null;
  readonly field?: FieldName;
  /** The text the cell shows, when the reason is about a cell's value. */
  readonly value?: string;
  /** In a run of several packs: the pack (id@version) whose reason it is. */
  readonly pack?: string;
}

/** One leaf condition as json-rules-engine evaluated it. */
export interface ConditionTrace {
  /** JSON pointer of the condition within its rule ("/any/0/all/1"). */
  readonly pointer: string;
  readonly fact: string;
  readonly operator: string;
  readonly value: unknown;
  /** The fact's value json-rules-engine saw (null when the fact was unknown). */
  readonly seen: unknown;
  /** true/false as evaluated; null when the fact was unknown (missing or unreadable in the tracker). */
  readonly result: boolean | null;
}

export type Outcome = "true" | "false" | "unknown";

export interface RuleTrace {
  readonly pack: string;
  readonly rule: string;
  readonly kind: "eligibility" | "funding";
  /** json-rules-engine fired the rule's event. */
  readonly fired: boolean;
  /** Three-valued: "unknown" when the result depends on a fact the tracker does not give. */
  readonly outcome: Outcome;
  readonly conditions: readonly ConditionTrace[];
}

/** What one rule pack decided for a row: one layer of the row's decision. */
export interface LayerDecision {
  /** id@version of the pack. */
  readonly pack: string;
  readonly status: Status;
  readonly line: FundingLine | null;
  /** The funding rule that set the line. */
  readonly rule: string | null;
  readonly recipient: Recipient | null;
  readonly recipientName: string | null;
  readonly rate: Decimal | null;
  /** What the rate applies to: the investment, another money fact, or the subsidy of the pack named by `base: {layer}`. */
  readonly baseYuan: Decimal | null;
  readonly capYuan: Decimal | null;
  /** rate (or tiers) × base, rounded as the pack says, before the cap. */
  readonly formulaYuan: Decimal | null;
  readonly subsidyYuan: Decimal;
  readonly capped: boolean;
  readonly caseRef: string | null;
  /** The line's tranches with their amounts and whether each is due; null for a line paid at once. */
  readonly tranches: readonly TrancheDecision[] | null;
  /** What is payable now: the tranches whose stage is reached (the whole subsidy of a line without tranches). */
  readonly dueYuan: Decimal;
  /** Tranches whose stage is not reached yet. */
  readonly notDueYuan: Decimal;
  /** What was due and is to be returned: a failed or terminated project under a pack without failureTolerance. */
  readonly reclaimYuan: Decimal;
  readonly reasons: readonly Reason[];
  readonly warnings: readonly Reason[];
  readonly trace: readonly RuleTrace[];
}

/** One tranche of a line: its share of the subsidy, the amount, and whether it is due, not yet due, or cancelled. */
export interface TrancheDecision {
  readonly when: TrancheStage;
  readonly share: Decimal;
  readonly amountYuan: Decimal;
  readonly state: "due" | "notDue" | "cancelled";
}

/**
 * What jiebang decided for one tracker row. Its own status, line and amounts
 * are the primary pack's (the region's); `layers` holds every pack that
 * decided the row, the primary first, and `totalSubsidyYuan` their sum.
 */
export interface Decision extends LayerDecision {
  /** In a run over several trackers (a consolidated run), the 0-based index of the row's source; absent with one tracker. */
  readonly source?: number;
  readonly row: number;
  readonly id: string | null;
  readonly name: string | null;
  readonly type: ProjectType | null;
  readonly issuer: string | null;
  /** The issuer's unified social credit code, normalised, when the tracker gives a valid one; else null. */
  readonly issuerUscc: string | null;
  readonly solvers: readonly string[];
  /** For each solver, whether its place (the parallel 揭榜方所在地 list) is in the region; null when not given. */
  readonly solverInRegion: ReadonlyArray<boolean | null>;
  readonly field: string | null;
  readonly batch: string | null;
  readonly issuerLeagueCity: string | null;
  readonly investmentYuan: Decimal | null;
  /** Published as a list: its agreement cell does not say it is still a demand (征集中, 待发布, 未发布, 入库). */
  readonly published: boolean;
  /** Its agreement cell says an agreement was reached (`matched` true). */
  readonly agreed: boolean;
  /** The issuer the row's credit line counts for, once per issuer (the reader's CreditLines); null without a credit line. */
  readonly issuerKey: string | null;
  /** The bank credit line the row states for its issuer (银行授信额度), and the bank; not a rule input. */
  readonly creditLineYuan: Decimal | null;
  readonly creditBank: string | null;
  readonly layers: readonly LayerDecision[];
  /** The row's total over every paying layer; `dueYuan`, `notDueYuan` and `reclaimYuan` are too. */
  readonly totalSubsidyYuan: Decimal;
}
