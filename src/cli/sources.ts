import { basename } from "node:path";
import { JiebangError, message, type Lang, type Params } from "../i18n";
import type { Unit } from "../money";
import { sourceLabel, type RunInput, type RunSource, type SkippedSource } from "../report";
import { SourceFailure, type OpenedSource } from "../run";
import { ProjectIndex, type FieldName, type Tracker } from "../tracker";
import { openTrackerSheets, openTrackerStream, runInputOf, type TrackerSheetStream } from "./tracker-file";

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

/** A source whose header was found: its file, its sheet and what was read of it, the file closed until its turn. */
interface Found {
  readonly path: string;
  readonly input: RunInput;
  readonly heading: Omit<Tracker, "rows" | "skipped">;
}

/**
 * Find the sources of a consolidated run and hand them to `many`: every
 * source's header is found first, and one that cannot be is listed (`note`,
 * in `lang`) and left out; the sources' files are then opened one at a time
 * as the run comes to them. A source that fails only once its rows are read
 * (an amount that needs a unit nobody gave), or whose file changed since it
 * was found, is left out too, and `many` is called again without it: what it
 * wrote is not kept (the CLI commits nothing of a failed attempt). With no
 * source left, the run stops (exit 2) with each source's sentence. `one`,
 * when given, decides a lone tracker sheet with nothing left out as one
 * tracker is. The sentences the reports keep are in `runLang` and name each
 * file by its name alone, so the export is the same wherever it was run from.
 */
export async function withSources<T>(
  files: readonly string[],
  how: SourcesHow,
  lang: Lang,
  runLang: Lang,
  note: (text: string) => void,
  decide: { readonly one?: (path: string, sheet: string) => Promise<T>; readonly many: (head: SourcesHead, sources: readonly OpenedSource[]) => Promise<T> },
): Promise<T> {
  assertDistinctNames(files);
  const failedLate: SkippedSource[] = [];
  const say = (k: SkippedSource, error: unknown) => note(`${message("SOURCE_SKIPPED", { source: sourceLabel(k, lang), why: sentence(k.file, error, lang) }, lang)}\n`);
  const { found, skipped } = await findSources(files, how, runLang, say);
  for (;;) {
    const left = found.filter((f) => !failedLate.some((k) => k.file === f.input.file && k.sheet === f.heading.sheet));
    const all = inGivenOrder(files, [...skipped, ...failedLate]);
    if (left.length === 0) {
      throw new JiebangError("NO_SOURCE_DECIDED", { count: all.length, why: all.map((k) => `  ${sourceLabel(k, lang)}：${k.message}`).join("\n") });
    }
    if (decide.one && left.length === 1 && all.length === 0) return decide.one(left[0]!.path, left[0]!.heading.sheet);
    const head: SourcesHead = {
      input: left[0]!.input,
      tracker: { ...left[0]!.heading, skipped: [] },
      sources: left.map((f) => ({ input: f.input, tracker: { ...f.heading, skipped: [] } })),
      skippedSources: all,
    };
    const projects = new ProjectIndex();
    try {
      return await decide.many(
        head,
        left.map((f) => reopened(f, how, projects)),
      );
    } catch (error) {
      if (!(error instanceof SourceFailure)) throw error;
      const failed = left[error.index]!;
      const skip = skippedOf(failed.path, failed.heading.sheet, error.cause, runLang);
      say(skip, error.cause);
      failedLate.push(skip);
    }
  }
}

/** Two sources of one name would be told apart nowhere (the 来源 column, the Audit sheet, verify): refused, naming them. */
function assertDistinctNames(files: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const path of files) {
    const name = basename(path);
    const first = seen.get(name);
    if (first !== undefined) throw new JiebangError("SOURCE_NAMES_CLASH", { name, first, second: path });
    seen.set(name, path);
  }
}

/** A source as the run decides it: its file opened again when its turn comes (and refused if it changed since its header was found), closed when read. */
function reopened(found: Found, how: SourcesHow, projects: ProjectIndex): OpenedSource {
  return {
    input: found.input,
    heading: found.heading,
    open: async () => {
      const opened = await openTrackerStream(found.path, { sheet: found.heading.sheet, map: how.map, unit: how.unit, allowDuplicates: how.allowDuplicates, projects });
      if (opened.input.sha256 !== found.input.sha256) {
        opened.input.close();
        throw new JiebangError("SOURCE_CHANGED", { file: basename(found.path) }, { file: found.path });
      }
      return { stream: opened.stream, close: () => opened.input.close() };
    },
  };
}

/** The skipped sources in the order their files were given (a file's sheets in the workbook's order). */
function inGivenOrder(files: readonly string[], skipped: readonly SkippedSource[]): SkippedSource[] {
  const order = new Map(files.map((f, i) => [basename(f), i]));
  return [...skipped].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}

/** jiebang's sentence for why a source cannot be decided, naming its file by its name alone. */
function sentence(file: string, error: unknown, lang: Lang): string {
  if (!(error instanceof JiebangError)) throw error;
  const params: Params = Object.fromEntries(Object.entries(error.params).map(([key, value]) => [key, key === "file" ? file : value]));
  return new JiebangError(error.code, params, error.where).text(lang);
}

/** A source that cannot be decided, as the reports list it; only jiebang's own refusals are, anything else is a fault that stops the run. */
function skippedOf(path: string, sheet: string | null, error: unknown, lang: Lang): SkippedSource {
  if (!(error instanceof JiebangError)) throw error;
  return { file: basename(path), sheet, code: error.code, message: sentence(basename(path), error, lang) };
}

/**
 * Find every source: each file (or, with `--all-sheets`, each of its tracker
 * sheets) opened, its header read, and closed again; what cannot be read is
 * listed (a sheet of a workbook alone, when only that sheet cannot be).
 */
async function findSources(
  files: readonly string[],
  how: SourcesHow,
  lang: Lang,
  say: (k: SkippedSource, error: unknown) => void,
): Promise<{ found: Found[]; skipped: SkippedSource[] }> {
  const found: Found[] = [];
  const skipped: SkippedSource[] = [];
  const options = { map: how.map, unit: how.unit, allowDuplicates: how.allowDuplicates };
  const add = (path: string, opened: TrackerSheetStream) => void found.push({ path, input: runInputOf(path, opened), heading: opened.reader.heading });
  const skip = (path: string, sheet: string | null, error: unknown) => {
    const k = skippedOf(path, sheet, error, lang);
    skipped.push(k);
    say(k, error);
  };
  for (const path of files) {
    try {
      if (how.allSheets) {
        const { input, sheets } = await openTrackerSheets(path, options);
        try {
          for (const sheet of sheets) {
            if (sheet.opened) add(path, sheet.opened);
            else skip(path, sheet.sheet, sheet.error);
          }
        } finally {
          input.close();
        }
      } else {
        const one = await openTrackerStream(path, { ...(how.sheet !== undefined ? { sheet: how.sheet } : {}), ...options });
        one.input.close();
        add(path, one);
      }
    } catch (error) {
      skip(path, how.sheet ?? null, error);
    }
  }
  return { found, skipped };
}
