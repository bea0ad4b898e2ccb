import type { Decision } from "../engine";
import type { IssueLine } from "./audit-workbook";
import type { OutRow } from "./workbook-model";
import type { Lang } from "../i18n";
import type { CompiledPack } from "../rules";
import type { Tracker } from "../tracker";
import type { Summary } from "./summary";

/** Everything one run produced, as the reports need it. */
export interface Run {
  readonly tool: { readonly name: string; readonly version: string };
  /** The tracker file; `writer` is what its docProps/app.xml says wrote it (Application, AppVersion), when it says. */
  readonly input: { readonly file: string; readonly sha256: string; readonly writer?: { readonly application: string; readonly appVersion?: string } };
  /** The tracker's sheet, header, columns and notes; its rows are decided and not kept. */
  readonly tracker: Omit<Tracker, "rows">;
  readonly packs: readonly CompiledPack[];
  /**
   * Every decision, in row order; a run that let its decisions go as it wrote
   * them (the CLI's) keeps only the first few, for the terminal, and `parts`.
   */
  readonly decisions: readonly Decision[];
  /** The funding sheet's rows below its header and the issues sheet's lines, built as the rows were decided. */
  readonly parts?: { readonly fundingRows: readonly OutRow[]; readonly issueLines: readonly IssueLine[] };
  readonly summary: Summary;
  readonly lang: Lang;
  /** ISO time of the run; shown in the audit sheet only, never part of a digest. */
  readonly at: string;
}
