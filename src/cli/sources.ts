import { basename, resolve } from "node:path";
import { JiebangError, message, type Lang } from "../i18n";
import type { Unit } from "../money";
import { sourceLabel, type RunInput, type RunSource, type SkippedSource } from "../report";
import { SourceFailure, type OpenedSource } from "../run";
import { ProjectIndex, type FieldName } from "../tracker";
import type { InputFile } from "./files";
import { openTrackerSheets, openTrackerStream, type TrackerSheetStream } from "./tracker-file";

/** How a consolidated run reads its sources: the sheet each is asked for (`--sheet`) or every tracker sheet (`--all-sheets`), the mapping and unit for all. */
export interface SourcesHow {
  readonly sheet: string | undefined;
  readonly allSheets: boolean;
  readonly map: Partial<Record<FieldName, string>>;
  readonly unit: Unit | null;
  readonly allowDuplicates: boolean;
}

/** What a consolidated run knows of its sources before their rows: the head of its Run. */
export interface SourcesHead {
  readonly input: RunInput;
  readonly tracker: RunSource["tracker"];
  readonly sources: readonly RunSource[];
  readonly skippedSources: readonly SkippedSource[];
}

/**
 * Open the sources of a consolidated run and hand them to `many`: every
 * source is opened first (its header found), and one that cannot be is
 * listed (`note`) and left out. A source that fails only once its rows are
 * read (an amount that needs a unit nobody gave) is left out too, and `many`
 * is called again without it: what it wrote is not kept (the CLI commits
 * nothing of a failed attempt). With no source left, the run stops (exit 2)
 * with each source's sentence. `one`, when given, decides a lone tracker
 * sheet with nothing left out as one tracker is.
 */
export async function withSources<T>(
  files: readonly string[],
  how: SourcesHow,
  lang: Lang,
  note: (text: string) => void,
  decide: { readonly one?: (path: string, sheet: string) => Promise<T>; readonly many: (head: SourcesHead, sources: readonly OpenedSource[]) => Promise<T> },
): Promise<T> {
  const failedLate = new Map<string, SkippedSource>();
  const say = (k: SkippedSource) => note(`${message("SOURCE_SKIPPED", { source: sourceLabel(k, lang), why: k.message }, lang)}\n`);
  let noted = false;
  for (;;) {
    const { opened, skipped, close } = await openSources(files, how, lang, failedLate);
    try {
      if (!noted) skipped.forEach(say);
      noted = true;
      const all = [...skipped, ...failedLate.values()];
      if (opened.length === 0) {
        throw new JiebangError("NO_SOURCE_DECIDED", { count: all.length, why: all.map((k) => `  ${sourceLabel(k, lang)}：${k.message}`).join("\n") });
      }
      if (decide.one && opened.length === 1 && all.length === 0) {
        const only = opened[0]!;
        close();
        return await decide.one(only.path, only.source.heading.sheet);
      }
      const sources = opened.map((o) => o.source);
      const head: SourcesHead = {
        input: sources[0]!.input,
        tracker: { ...sources[0]!.heading, skipped: [] },
        sources: sources.map((s) => ({ input: s.input, tracker: { ...s.heading, skipped: [] } })),
        skippedSources: inGivenOrder(files, all),
      };
      return await decide.many(head, sources);
    } catch (error) {
      if (!(error instanceof SourceFailure)) throw error;
      const failed = opened[error.index]!;
      const skip = skippedOf(failed.path, failed.source.heading.sheet, error.cause, lang);
      say(skip);
      failedLate.set(sourceKey(failed.path, failed.source.heading.sheet), skip);
    } finally {
      close();
    }
  }
}

const sourceKey = (path: string, sheet: string | null) => `${resolve(path)}\u0000${sheet ?? ""}`;

/** The skipped sources in the order their files were given. */
function inGivenOrder(files: readonly string[], skipped: readonly SkippedSource[]): SkippedSource[] {
  const order = new Map(files.map((f, i) => [basename(f), i]));
  return [...skipped].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}

/** A source that cannot be decided, as the reports list it; only jiebang's own refusals are, anything else is a fault that stops the run. */
function skippedOf(path: string, sheet: string | null, error: unknown, lang: Lang): SkippedSource {
  if (!(error instanceof JiebangError)) throw error;
  return { file: basename(path), sheet, code: error.code, message: error.text(lang) };
}

/** Open every source: each file (or, with `--all-sheets`, each of its tracker sheets) found and its header read; what cannot be, listed. Sources share one ProjectIndex. */
async function openSources(
  files: readonly string[],
  how: SourcesHow,
  lang: Lang,
  leaveOut: ReadonlyMap<string, SkippedSource>,
): Promise<{ opened: Array<{ path: string; source: OpenedSource }>; skipped: SkippedSource[]; close: () => void }> {
  const opened: Array<{ path: string; source: OpenedSource }> = [];
  const skipped: SkippedSource[] = [];
  const inputs: InputFile[] = [];
  const options = { map: how.map, unit: how.unit, allowDuplicates: how.allowDuplicates, projects: new ProjectIndex() };
  const add = (path: string, { input, workbook, reader, stream }: TrackerSheetStream) => {
    if (leaveOut.has(sourceKey(path, reader.heading.sheet))) return;
    opened.push({ path, source: { input: { file: basename(path), sha256: input.sha256, ...(workbook.writer ? { writer: workbook.writer } : {}) }, heading: reader.heading, stream } });
  };
  const close = () => inputs.splice(0).forEach((input) => input.close());
  try {
    for (const path of files) {
      try {
        if (how.allSheets) {
          const { input, sheets } = await openTrackerSheets(path, options);
          inputs.push(input);
          for (const sheet of sheets) add(path, sheet);
        } else {
          const one = await openTrackerStream(path, { ...(how.sheet !== undefined ? { sheet: how.sheet } : {}), ...options });
          inputs.push(one.input);
          add(path, one);
        }
      } catch (error) {
        skipped.push(skippedOf(path, how.sheet ?? null, error, lang));
      }
    }
  } catch (error) {
    close();
    throw error;
  }
  return { opened, skipped, close };
}
