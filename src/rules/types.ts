import type { Localized } from "../i18n";
import type { Rounding } from "../money";

/** A condition exactly as json-rules-engine reads it (leaves compare a fact with a value). */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | ConditionLeaf;

export type ConditionValue = string | number | boolean | ReadonlyArray<string | number | boolean> | { readonly param: string };

export interface ConditionLeaf {
  readonly fact: string;
  readonly operator: string;
  readonly value: ConditionValue;
}

export interface Parameter {
  readonly value: string;
  readonly unit: "ratio" | "yuan" | "date";
  readonly label: Localized;
  readonly reference?: Localized;
}

export interface EligibilityRule {
  readonly name: string;
  readonly description: Localized;
  readonly reason: string;
  readonly conditions: Condition;
}

export type Recipient = "issuer" | "solver";
export type TrancheStage = "signing" | "acceptance";
export type FundingLine = "tech" | "transformation" | "case-by-case";

export interface FundingRule {
  readonly name: string;
  readonly line: FundingLine;
  readonly description: Localized;
  readonly recipient: Recipient | { readonly tech: Recipient; readonly transformation: Recipient };
  readonly rate?: string;
  /** A money fact's name (default investment), or the subsidy another pack gave the row. */
  readonly base?: string | { readonly layer: string };
  readonly cap?: string;
  /** A progressive rate on the base in place of `rate`: parameter names; the last tier has no `upTo`. */
  readonly tiers?: ReadonlyArray<{ readonly upTo?: string; readonly rate: string }>;
  /** One recipient's total from this line across the run's rows, per year of signing or for the whole run. */
  readonly recipientCap?: { readonly cap: string; readonly per: "year" | "run" };
  /** The payable amount split by stage; shares are ratio parameters summing to 1. */
  readonly tranches?: ReadonlyArray<{ readonly share: string; readonly when: TrancheStage }>;
  readonly caseByCase?: true;
  readonly conditions: Condition;
}

/** A rule pack as written (validated against rules/rulepack.schema.json). */
export interface RulePackDocument {
  readonly $schema?: string;
  readonly id: string;
  readonly version: string;
  readonly title: Localized;
  readonly jurisdiction: Localized;
  readonly illustration?: boolean;
  readonly source: { readonly title: Localized; readonly issuedBy: Localized; readonly issued: string; readonly url?: string; readonly note?: Localized };
  readonly effective: { readonly from: string; readonly to: string | null };
  readonly dateFact?: string;
  /** Which rows the pack decides; absent for every row. */
  readonly appliesTo?: Condition;
  /** A pack under it that must fund the row for this one to pay; null: it pays on its own (see `requirementOf`). */
  readonly requires?: { readonly pack: string; readonly status: "funded" } | null;
  /** A parameter: the row's total over this pack and the packs it requires never exceeds it. */
  readonly combinedCap?: string;
  /** With tranches: a failed or terminated project keeps what was due and owes nothing back. */
  readonly failureTolerance?: boolean;
  readonly rounding: Rounding;
  readonly parameters: Readonly<Record<string, Parameter>>;
  readonly assumptions?: Readonly<Record<string, { readonly value: boolean | string; readonly description: Localized }>>;
  readonly guards?: ReadonlyArray<{ readonly id: string; readonly forbiddenFacts: readonly string[]; readonly description: Localized }>;
  readonly eligibility: readonly EligibilityRule[];
  readonly funding: readonly FundingRule[];
  readonly messages: Readonly<Record<string, Localized>>;
}

/** A loaded pack: the document, where it came from and its digest. */
export interface RulePack {
  readonly document: RulePackDocument;
  /** File name or label it was loaded from. */
  readonly source: string;
  /** SHA-256 of the pack's bytes as loaded. */
  readonly sha256: string;
}

/** One thing `rules check` (and loading) found in a pack. */
export interface Finding {
  readonly severity: "error" | "warning";
  readonly code: string;
  /** JSON pointer into the pack ("/funding/0/rate"). */
  readonly pointer: string;
  /** The rule it concerns, when it concerns one. */
  readonly rule?: string;
  readonly message: Localized;
}
