import type { Decision } from "../engine";
import type { IssueLine } from "./audit-workbook";
import type { PaymentItem, PendingItem } from "./payments";
import type { OutRow } from "./workbook-model";
import type { Lang } from "../i18n";
import type { CompiledPack } from "../rules";
import type { Tracker } from "../tracker";
import type { Summary } from "./summary";

/** A tracker file; `writer` is what its docProps/app.xml says wrote it (Application, AppVersion), when it says. */
export interface RunInput {
  readonly file: string;
  readonly sha256: string;
  readonly writer?: { readonly application: string; readonly appVersion?: string };
}

/** One tracker of a consolidated run: its file and its sheet as read. */
export interface RunSource {
  readonly input: RunInput;
  readonly tracker: Omit<Tracker, "rows">;
}

/** A tracker a consolidated run was given but could not decide: listed, with why, and left out. */
export interface SkippedSource {
  readonly file: string;
  /** The sheet, when the source was one sheet of a workbook (`--all-sheets`, or a sheet found before it failed). */
  readonly sheet: string | null;
  readonly code: string;
  /** The sentence the run would have stopped with, in the run's language. */
  readonly message: string;
}

/** Everything one run produced, as the reports need it. */
export interface Run {
  readonly tool: { readonly name: string; readonly version: string };
  /** The tracker file (in a consolidated run, its first source's). */
  readonly input: RunInput;
  /** The tracker's sheet, header, columns and notes; its rows are decided and not kept (in a consolidated run, its first source's). */
  readonly tracker: Omit<Tracker, "rows">;
  /**
   * A consolidated run (several trackers given): every source decided, in
   * order; each decision's `source` indexes it. Absent with one tracker.
   */
  readonly sources?: readonly RunSource[];
  /** A consolidated run's sources that could not be decided. */
  readonly skippedSources?: readonly SkippedSource[];
  readonly packs: readonly CompiledPack[];
  /**
   * Every decision, in row order; a run that let its decisions go as it wrote
   * them (the CLI's) keeps only the first few, for the terminal, and `parts`.
   */
  readonly decisions: readonly Decision[];
  /** The funding sheet's rows below its header and the issues sheet's lines, built as the rows were decided. */
  readonly parts?: { readonly fundingRows: readonly OutRow[]; readonly issueLines: readonly IssueLine[]; readonly paymentItems: readonly PaymentItem[]; readonly pending: readonly PendingItem[] };
  readonly summary: Summary;
  readonly lang: Lang;
  /** ISO time of the run; shown in the audit sheet only, never part of a digest. */
  readonly at: string;
}
