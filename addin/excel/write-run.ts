import { TEXT_FORMAT, type SpreadsheetCell } from "../../src/report";
import { cellAddress, columnLetter } from "../../src/tracker";
import { cellsOfRuns, columnRuns } from "./cell-ranges";
import { rangeOrigin, type RangeData } from "./grid-from-range";
import { inHalvingGroups, isPayloadError } from "./payload";
import { STATE_KEY, upgradeState, type AddinState, type Leftover, type OwnFill } from "./state";
import { chunkRows, COMMENT_PREFIXES, type ChunkLimits, SAFE_LIMITS, type SummaryPlan, type WritePlan } from "./write-plan";

const RESULT_HEADER_FILL = "#E2EFDA";
const RESULT_HEADER_FONT = "#375623";
const PROBLEM_FILL = "#FCE4D6";

/**
 * How many calls of one kind go in one request. A request's size counts
 * every call and object, not only values (Microsoft Learn, "Performance
 * optimization using the Excel JavaScript API" → payload size): a fill or a
 * comment costs a few hundred bytes of object paths and actions, so 2,000
 * of them stay near 1 MB, far under the 5 MB Excel on the web accepts. A
 * refused request is halved and sent again (payload.ts).
 */
export const CALLS_PER_REQUEST = 2_000;
/** Cells whose old fill one request reads with getCellProperties (about 70 bytes of response each). */
const FILL_CELLS_PER_REQUEST = 40_000;

/**
 * Error codes with which Excel refuses a comment on a cell that cannot take
 * one: a cell holds one comment thread, and a legacy note excludes a thread
 * ("Insert comments and notes in Excel"; `CommentCollection.add` raises
 * InvalidArgument for a bad cell, Microsoft Learn, Excel.CommentCollection).
 */
const OCCUPIED_CELL_CODES = new Set(["InvalidArgument", "InvalidOperation", "ItemAlreadyExists"]);

function values(rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>): (string | number | boolean)[][] {
  return rows.map((row) => row.map((cell) => cell.value ?? ""));
}

/** Text goes into text-formatted cells, so Excel never reads it as a formula, a number or a date. */
function formats(rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>): string[][] {
  return rows.map((row) => row.map((cell) => (typeof cell.value === "string" && cell.value !== "" ? TEXT_FORMAT : (cell.format ?? "General"))));
}

function isOurComment(content: string | undefined): boolean {
  return COMMENT_PREFIXES.some((prefix) => content?.startsWith(prefix));
}

/** Write cells: number formats first (so text stays text), then values. */
function put(range: Excel.Range, rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>): void {
  range.numberFormat = formats(rows);
  range.values = values(rows);
}

function blockAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  return `${cellAddress(firstRow, firstColumn)}:${cellAddress(lastRow, lastColumn)}`;
}

/**
 * A range used within one request only. Excel.run keeps a reference to every
 * range it creates and removes them all in one more request after the batch
 * (excel-web-16.00.debug.js L15988-15990, L17784-17797); a range that is not
 * used again needs none, so it is untracked (L32154) and that request is saved.
 */
function rangeOf(sheet: Excel.Worksheet, address: string): Excel.Range {
  return sheet.getRange(address).untrack();
}

/** Excel's column width is in points; a width in characters is about (7w + 5) pixels, at 0.75 points a pixel. */
export function columnWidthPoints(characters: number): number {
  return Math.round((7 * characters + 5) * 0.75 * 100) / 100;
}

export interface WriteOptions {
  readonly limits?: ChunkLimits;
  readonly onProgress?: (written: number, total: number) => void;
  /** The cells as read before the run: a failed write puts them back. */
  readonly before?: RangeData;
  /** The workbook's sheets before the run (for a free temporary name). */
  readonly sheetsBefore?: readonly string[];
  /**
   * The setting the run's record is kept under: STATE_KEY (the default) for
   * the sheet a run decides and its summary; each further sheet a run decides
   * together with it keeps its own (stateKeyOf), and writes no summary.
   */
  readonly stateKey?: string;
  /** The sheet's record under the other key (SourceRead.other): cells it highlighted hold the add-in's fill, and it knows their own. */
  readonly otherRecord?: AddinState | null;
}

export interface WriteResult {
  readonly state: AddinState;
  /** Problem cells that already held a comment or a note: left as they were, without the add-in's comment. */
  readonly keptComments: readonly string[];
}

/** What this run has done so far, for undoing it if a later request fails. */
interface Progress {
  valuesWritten: boolean;
  /** The previous run's comments this run gave new text, with the text they had. */
  readonly rewordedComments: Map<string, string>;
  /** Cells this run highlighted, with the fill they had before the run (null: none of its own). */
  readonly filled: Map<string, string | null>;
  readonly addedComments: string[];
  tempSummary: string | null;
}

function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = `${base}${i === 1 ? "" : i}`.slice(0, 31);
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Write a run's results into the live workbook, replacing what the previous
 * run wrote (its result columns, highlights, comments and summary sheet) and
 * nothing else. Real Excel applies every action of a request before a
 * failing one and undoes none (office.js keeps the results before
 * `Error.ActionIndex`), so the writes are ordered for that:
 *
 * 1. the result block, in chunks under Excel's request limits, with the old
 *    fills of the problem cells read by `getCellProperties` (fill colour and
 *    pattern: "no fill" and white both read #FFFFFF, office-js #4900, #6218);
 * 2. the new summary sheet under a temporary name, the highlights and the
 *    comments, each chunked (a cell that already holds the user's comment or
 *    a note keeps it, and the pane says so);
 * 3. the record of this run, naming what of the previous run is left to remove;
 * 4. last, the previous run's comments, summary and highlights go, the new
 *    summary takes its name, and the record is closed.
 *
 * If a request of steps 1–2 fails, what the earlier ones wrote is undone and
 * the workbook is as before the run. Step 4 is safe to repeat: if it fails,
 * it is looked up and done again; if that fails too, the record still names
 * what is left, and the next run removes it.
 */
export async function writeRun(plan: WritePlan, previousState: AddinState | null, options: WriteOptions = {}): Promise<WriteResult> {
  let previous = previousState ? upgradeState(previousState) : null;
  const limits = options.limits ?? SAFE_LIMITS;
  const key = options.stateKey ?? STATE_KEY;
  const lastColumn = plan.firstColumn + plan.headers.length - 1;
  const lastRow = plan.firstRow + plan.rows.length;
  const progress: Progress = { valuesWritten: false, rewordedComments: new Map(), filled: new Map(), addedComments: [], tempSummary: null };
  let recorded = false;
  try {
    return await Excel.run(async (context) => {
      const workbook = context.workbook;
      // A run that stopped before its last step left marks its record names: remove them first.
      if (previous?.leftover) previous = await finishRun(context, key, previous, await lookUp(context, previous));
      const sheet = workbook.worksheets.getItem(plan.sheet);
      const samePlace = previous !== null && previous.sheet === plan.sheet;

      // The fill each problem cell has of its own: known from the previous record for cells it highlighted, else read.
      const previousOwn = new Map<string, string | null>();
      for (const record of [samePlace ? previous : null, options.otherRecord?.sheet === plan.sheet ? upgradeState(options.otherRecord) : null]) {
        if (!record) continue;
        for (const address of cellsOfRuns(record.filled)) if (!previousOwn.has(address)) previousOwn.set(address, null);
        for (const f of record.ownFills) if (!previousOwn.has(f.address)) previousOwn.set(f.address, f.color);
      }
      const toRead = problemRunsToRead(plan, previousOwn);
      const ownFill = new Map(previousOwn);

      // The first request also asks which comments and summary there are now, and writes the header.
      const comments = workbook.comments;
      const oldSummary = previous?.summarySheet ? workbook.worksheets.getItemOrNullObject(previous.summarySheet) : null;
      let firstSent = false;
      const queueFirst = () => {
        if (firstSent) return;
        comments.load("items/id,items/content");
        oldSummary?.load("name,id");
        const header = rangeOf(sheet, blockAddress(plan.firstRow, plan.firstColumn, plan.firstRow, lastColumn));
        header.numberFormat = [plan.headers.map(() => TEXT_FORMAT)];
        header.values = [plan.headers.slice()];
        header.format.fill.color = RESULT_HEADER_FILL;
        header.format.font.bold = true;
        header.format.font.color = RESULT_HEADER_FONT;
        progress.valuesWritten = true;
      };

      // Highlights travel with the value chunks: each problem cell's own fill is read (getCellProperties, ExcelApi
      // 1.9) and the highlight set in the same request, the read before the write, as actions run in order.
      const problemRuns = columnRuns(plan.problems.map((p) => p.address));
      const unread = new Set(toRead);
      let nextRun = 0;
      let pendingFills: Array<{ run: string; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null }> = [];
      // About 700 bytes of object paths and actions a highlighted run (getRange, format, fill, getCellProperties):
      // a quarter of the request budget for them, the rest for the values; halved again if Excel refuses the request.
      let fillBudget = Math.max(1, Math.min(CALLS_PER_REQUEST, Math.floor(limits.maxBytes / 4 / 700)));
      const queueFills = () => {
        let reads = 0;
        while (nextRun < problemRuns.length && pendingFills.length < fillBudget && reads < FILL_CELLS_PER_REQUEST) {
          const run = problemRuns[nextRun++]!;
          const range = rangeOf(sheet, run);
          let props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null = null;
          if (unread.has(run)) {
            props = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
            reads += cellsOfRuns([run]).length;
          }
          range.format.fill.color = PROBLEM_FILL;
          pendingFills.push({ run, props });
        }
      };
      /**
       * The highlights a request applied: each cell's own fill, read in that request, kept for the record and for
       * an undo. After a failure part-way only those whose read ran (results before the failing action are kept).
       */
      const takeFills = () => {
        for (const { run, props } of pendingFills) {
          if (props && !hasLoaded(() => props.value)) continue;
          const cells = cellsOfRuns([run]);
          // A cell the previous run highlighted reads our own highlight: its fill of its own is the one the record kept.
          props?.value.forEach((row, r) =>
            row.forEach((cell, c) => {
              const address = cells[r * row.length + c]!;
              if (!previousOwn.has(address)) ownFill.set(address, cell.format?.fill?.pattern === "None" ? null : (cell.format?.fill?.color ?? null));
            }),
          );
          for (const address of cells) progress.filled.set(address, ownFill.get(address) ?? null);
        }
        pendingFills = [];
      };
      /** Send what is queued. A request Excel refuses as too large applied nothing: its highlights go back in the queue, fewer next time. */
      const syncWithFills = async (): Promise<void> => {
        try {
          await context.sync();
        } catch (error) {
          if (!isPayloadError(error)) {
            // Excel applied the actions before the failing one: a highlight whose own fill was read may have been set.
            takeFills();
            throw error;
          }
          nextRun -= pendingFills.length;
          pendingFills = [];
          fillBudget = Math.max(1, Math.floor(fillBudget / 2));
          throw error;
        }
        firstSent = true;
        takeFills();
      };

      // The new summary goes with the last chunk, under a name no sheet has until the old one is gone.
      const sheetsBefore = options.sheetsBefore ?? [];
      const summaryPlan = plan.summary;
      const tempName = summaryPlan === null ? null : (previous?.summarySheet ?? null) !== null || sheetsBefore.includes(summaryPlan.name) ? freeName("jiebang-汇总-新", sheetsBefore) : summaryPlan.name;
      let added: Excel.Worksheet | null = null;
      const queueSummary = () => {
        if (summaryPlan === null || tempName === null) return;
        added = workbook.worksheets.add(tempName);
        added.load("id");
        writeSummary(added, summaryPlan);
        progress.tempSummary = tempName;
      };

      const chunks = chunkRows(plan.rows, limits);
      const writeChunk = async (start: number, end: number, last: boolean): Promise<void> => {
        const first = plan.firstRow + 1 + start;
        queueFirst();
        put(rangeOf(sheet, blockAddress(first, plan.firstColumn, first + (end - start) - 1, lastColumn)), plan.rows.slice(start, end));
        queueFills();
        if (last) queueSummary();
        try {
          await syncWithFills();
        } catch (error) {
          // A refused request added no sheet; after another error the summary may have been added (undo looks it up).
          if (!isPayloadError(error)) throw error;
          if (last) progress.tempSummary = null;
          // Refused whole: nothing of it was applied. Send it again in halves, or with fewer highlights.
          if (end - start >= 2) {
            const middle = start + Math.floor((end - start) / 2);
            await writeChunk(start, middle, false);
            await writeChunk(middle, end, last);
          } else if (fillBudget > 1) {
            await writeChunk(start, end, last);
          } else {
            throw error;
          }
          return;
        }
        options.onProgress?.(end, plan.rows.length);
      };
      const sendFills = async (withSummary: boolean): Promise<void> => {
        queueFirst();
        queueFills();
        if (withSummary) queueSummary();
        try {
          await syncWithFills();
        } catch (error) {
          if (!isPayloadError(error) || fillBudget <= 1) throw error;
          if (withSummary) progress.tempSummary = null;
          await sendFills(withSummary);
        }
      };
      if (chunks.length === 0) await sendFills(true);
      for (let i = 0; i < chunks.length; i++) await writeChunk(chunks[i]![0], chunks[i]![1], i === chunks.length - 1);
      while (nextRun < problemRuns.length) await sendFills(false);
      const ours = comments.items.filter((c) => isOurComment(c.content));
      // Where the previous run's comments stand: a cell that is still a problem keeps its comment with the new text
      // (a cell holds one comment thread; a second would be refused). One more request, on re-runs only.
      const oldByCell = new Map<string, { id: string; content: string }>();
      const sheetOf = new Map<string, string>();
      if (ours.length > 0) {
        const locations = ours.map((c) => {
          const location = comments.getItem(c.id).getLocation().untrack();
          location.load("address");
          return location;
        });
        await context.sync();
        ours.forEach((c, i) => {
          const address = locations[i]!.address;
          const bang = address.lastIndexOf("!");
          const sheetName = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
          sheetOf.set(c.id, sheetName);
          if (sheetName !== plan.sheet) return;
          oldByCell.set(address.slice(bang + 1).replace(/\$/g, ""), { id: c.id, content: c.content });
        });
      }
      const reused = new Map<string, { id: string; content: string }>();
      for (const p of plan.problems) {
        const old = oldByCell.get(p.address);
        if (old) reused.set(p.address, old);
      }
      const reusedIds = new Set([...reused.values()].map((c) => c.id));
      // The comments this write replaces: those on its own sheet, and those on the sheet its record's results move
      // from (cleared below). A further sheet's comments go with its own results, replaced by its own write.
      const replaces = (sheet: string | undefined) => sheet === plan.sheet || (sheet !== undefined && sheet === previous?.sheet);
      const oldComments = ours.map((c) => c.id).filter((id) => !reusedIds.has(id) && replaces(sheetOf.get(id)));
      const oldSummaryExists = oldSummary !== null && !oldSummary.isNullObject;

      // The record of this run, naming what of the previous one is still to remove: sent with the last comments.
      const own: OwnFill[] = [];
      const none: string[] = [];
      for (const p of plan.problems) {
        const color = ownFill.get(p.address) ?? null;
        if (color === null) none.push(p.address);
        else own.push({ address: p.address, color });
      }
      const problems = new Set(plan.problems.map((p) => p.address));
      const leftover: Leftover = {
        sheet: previous?.sheet ?? plan.sheet,
        block: previous ? leftoverBlock(previous, plan, lastRow) : null,
        filled: previous ? columnRuns(cellsOfRuns(previous.filled).filter((a) => !(samePlace && problems.has(a)))) : [],
        ownFills: previous ? previous.ownFills.filter((f) => !(samePlace && problems.has(f.address))) : [],
        comments: oldComments,
        summarySheet: oldSummaryExists ? previous!.summarySheet : null,
        ...(oldSummaryExists ? { summarySheetId: oldSummary!.id } : {}),
        renameSummaryTo: summaryPlan?.name ?? null,
        spareName: freeName("jiebang-汇总-旧", [...sheetsBefore, ...(tempName === null ? [] : [tempName])]),
      };
      const state: AddinState = {
        version: 2,
        sheet: plan.sheet,
        firstColumn: plan.firstColumn,
        lastColumn,
        firstRow: plan.firstRow,
        lastRow,
        headers: plan.headers,
        filled: columnRuns(none),
        ownFills: own,
        summarySheet: tempName,
        ...(tempName === null ? {} : { summarySheetId: (added as Excel.Worksheet | null)?.id ?? "" }),
        leftover,
      };

      // The comments, one per problem cell that has none; a cell that already holds the user's comment, or a note, keeps it.
      const keptComments: string[] = [];
      let pending = plan.problems.slice();
      let groupSize = CALLS_PER_REQUEST;
      for (;;) {
        const group = pending.slice(0, groupSize);
        const added = group.map((p) => {
          const old = reused.get(p.address);
          if (old) {
            const comment = comments.getItem(old.id);
            comment.content = p.message;
            progress.rewordedComments.set(old.id, old.content);
            return null;
          }
          const comment = comments.add(rangeOf(sheet, p.address), p.message);
          comment.load("id");
          return comment;
        });
        const withRecord = group.length === pending.length;
        if (withRecord) workbook.settings.add(key, JSON.stringify(state));
        try {
          await context.sync();
          for (const c of added) if (c) progress.addedComments.push(c.id);
          pending = pending.slice(group.length);
          if (withRecord) break;
        } catch (error) {
          // The actions before the failing one were applied, so the comments added before it have their ids loaded.
          for (const c of added) if (c && hasLoaded(() => c.id)) progress.addedComments.push(c.id);
          if (isPayloadError(error) && group.length > 1) {
            groupSize = Math.ceil(group.length / 2);
            continue;
          }
          const code = (error as { code?: string }).code ?? "";
          const statement = (error as { debugInfo?: { statement?: string } }).debugInfo?.statement ?? "";
          // A refused comments.add (office.js names the failing statement) on a cell that holds a comment or a note: keep it.
          const done = added.findIndex((c) => c !== null && !hasLoaded(() => c.id));
          if (!OCCUPIED_CELL_CODES.has(code) || !/comments\.add\(/.test(statement) || done < 0) throw error;
          keptComments.push(group[done]!.address);
          pending = [...group.slice(done + 1), ...pending.slice(group.length)];
        }
      }

      // The last request. If it fails part-way, it is looked up and done again; if that fails too before anything
      // of the previous run was removed, the names and the previous record go back and the whole run is undone.
      try {
        return { state: await finishRun(context, key, state), keptComments };
      } catch (first) {
        const standing = await lookUp(context, state);
        try {
          return { state: await finishRun(context, key, state, standing), keptComments };
        } catch (second) {
          const after = await lookUp(context, state);
          if (pastReturn(state, after)) {
            recorded = true;
            throw second;
          }
          await unfinish(context, key, state, after, previous);
          throw first;
        }
      }
    });
  } catch (error) {
    if (!recorded) await undoWrite(plan, previous, progress, options).catch(() => undefined);
    throw error;
  }
}

/** The column runs of problem cells whose own fill is not known from the previous record. */
function problemRunsToRead(plan: WritePlan, known: ReadonlyMap<string, string | null>): string[] {
  return columnRuns(plan.problems.map((p) => p.address)).filter((run) => cellsOfRuns([run]).some((a) => !known.has(a)));
}

/** Whether reading a loaded property works (the action that loads it ran). */
function hasLoaded(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

/** The part of the previous run's result block this run does not overwrite: all of it when the results moved. */
function leftoverBlock(previous: AddinState, plan: WritePlan, lastRow: number): string | null {
  const samePlace = previous.sheet === plan.sheet && previous.firstColumn === plan.firstColumn && previous.firstRow === plan.firstRow;
  if (!samePlace) return blockAddress(previous.firstRow, previous.firstColumn, previous.lastRow, previous.lastColumn);
  return previous.lastRow > lastRow ? blockAddress(lastRow + 1, previous.firstColumn, previous.lastRow, previous.lastColumn) : null;
}

function setOwnFill(range: Excel.Range, color: string | null): void {
  if (color === null) range.format.fill.clear();
  else range.format.fill.color = color;
}

/** Where the summaries stand now, looked up by their sheet ids (Worksheet.id is stable across renames). */
interface Standing {
  /** The previous run's summary: its name now, or null when it is gone. */
  readonly old: string | null;
  /** This run's summary: its name now, or null when it is gone. */
  readonly current: string | null;
  /** The previous run's comments that still exist. */
  readonly comments: readonly string[];
  /** The sheet of the previous run's highlights still exists. */
  readonly sheet: boolean;
}

async function lookUp(context: Excel.RequestContext, state: AddinState): Promise<Standing> {
  const workbook = context.workbook;
  const leftover = state.leftover!;
  const found = leftover.comments.map((id) => {
    const c = workbook.comments.getItemOrNullObject(id);
    c.load("id");
    return c;
  });
  const old = leftover.summarySheetId ? workbook.worksheets.getItemOrNullObject(leftover.summarySheetId) : null;
  old?.load("name");
  const current = state.summarySheetId ? workbook.worksheets.getItemOrNullObject(state.summarySheetId) : null;
  current?.load("name");
  const sheet = workbook.worksheets.getItemOrNullObject(leftover.sheet);
  sheet.load("name");
  await context.sync();
  return {
    sheet: !sheet.isNullObject,
    old: old && !old.isNullObject ? old.name : null,
    current: current && !current.isNullObject ? current.name : null,
    comments: leftover.comments.filter((_, i) => !found[i]!.isNullObject),
  };
}

/**
 * The last request: remove what the record says is left of the previous
 * run, give the new summary its name and close the record. What can be
 * undone comes first — the old summary steps aside under a spare name, the
 * new one takes the final name — and what cannot after: the old summary,
 * the old comments and the old highlights go, and the record is closed.
 */
async function finishRun(context: Excel.RequestContext, key: string, state: AddinState, standing: Standing | null = null): Promise<AddinState> {
  const workbook = context.workbook;
  const leftover = state.leftover!;
  const finalName = leftover.renameSummaryTo ?? state.summarySheet;
  const now: Standing = standing ?? { old: leftover.summarySheet, current: state.summarySheet, comments: leftover.comments, sheet: true };
  const sheets = (id: string | undefined) => workbook.worksheets.getItem(id!);
  if (now.old !== null && now.old !== leftover.spareName) sheets(leftover.summarySheetId).name = leftover.spareName;
  if (now.current !== null && finalName && now.current !== finalName) sheets(state.summarySheetId).name = finalName;
  if (now.old !== null) sheets(leftover.summarySheetId).delete();
  for (const id of now.comments) workbook.comments.getItem(id).delete();
  const nothingToRestore = !leftover.block && leftover.filled.length === 0 && leftover.ownFills.length === 0;
  if (now.sheet && !nothingToRestore) {
    const leftSheet = workbook.worksheets.getItem(leftover.sheet);
    if (leftover.block) rangeOf(leftSheet, leftover.block).clear("All");
    for (const run of leftover.filled) setOwnFill(rangeOf(leftSheet, run), null);
    for (const f of leftover.ownFills) setOwnFill(rangeOf(leftSheet, f.address), f.color);
  }
  const { leftover: _done, ...closed } = state;
  const final: AddinState = { ...closed, summarySheet: now.current === null ? null : finalName };
  workbook.settings.add(key, JSON.stringify(final));
  await context.sync();
  return final;
}

/** Whether the last request got as far as something that cannot be undone (an old mark removed). */
function pastReturn(state: AddinState, standing: Standing): boolean {
  const leftover = state.leftover!;
  return (leftover.summarySheetId !== undefined && standing.old === null) || standing.comments.length < leftover.comments.length;
}

/** Put the summaries' names back as they were before the last request, and the previous run's record. */
async function unfinish(context: Excel.RequestContext, key: string, state: AddinState, standing: Standing, previous: AddinState | null): Promise<void> {
  const workbook = context.workbook;
  const leftover = state.leftover!;
  if (standing.current !== null && standing.current !== state.summarySheet) workbook.worksheets.getItem(state.summarySheetId!).name = state.summarySheet!;
  if (standing.old !== null && standing.old !== leftover.summarySheet) workbook.worksheets.getItem(leftover.summarySheetId!).name = leftover.summarySheet!;
  if (previous) workbook.settings.add(key, JSON.stringify(previous));
  else workbook.settings.getItemOrNullObject(key).delete();
  await context.sync();
}

/** The value a cell held before the run, from the cells read then ("" outside them). */
function beforeValue(before: RangeData | undefined, row: number, column: number): string | number | boolean {
  if (!before) return "";
  const origin = rangeOrigin(before.address);
  const value = before.values[row - origin.row]?.[column - origin.column];
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : "";
}

/**
 * Undo what a failed write put in the workbook, in requests of bounded size:
 * the block this run wrote gets back the values it held (the previous run's
 * results, or nothing), fills this run set get back what they were, and
 * comments and the summary sheet this run added go. The previous run's
 * record was never replaced, so a later run still knows what is its own.
 */
async function undoWrite(plan: WritePlan, previous: AddinState | null, progress: Progress, options: WriteOptions): Promise<void> {
  const before = options.before;
  await Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheet = workbook.worksheets.getItem(plan.sheet);
    const lastColumn = plan.firstColumn + plan.headers.length - 1;
    const lastRow = plan.firstRow + plan.rows.length;
    const ours = previous && previous.sheet === plan.sheet ? previous : null;
    if (progress.valuesWritten) {
      const rows: number[] = [];
      for (let r = plan.firstRow; r <= lastRow; r++) rows.push(r);
      const perRequest = Math.max(1, Math.floor((options.limits ?? SAFE_LIMITS).maxCells / Math.max(1, plan.headers.length)));
      await inHalvingGroups(rows, perRequest, async (group) => {
        const first = group[0]!;
        const last = group[group.length - 1]!;
        const block = rangeOf(sheet, blockAddress(first, plan.firstColumn, last, lastColumn));
        block.clear("All");
        const restored = group.map((r) => {
          const row: (string | number | boolean)[] = [];
          for (let c = plan.firstColumn; c <= lastColumn; c++) row.push(beforeValue(before, r, c));
          return row;
        });
        if (restored.some((row) => row.some((v) => v !== ""))) {
          block.numberFormat = restored.map((row) => row.map((v) => (typeof v === "string" && v !== "" ? TEXT_FORMAT : "General")));
          block.values = restored;
        }
        if (first === plan.firstRow && ours && ours.firstRow === plan.firstRow && ours.firstColumn === plan.firstColumn) {
          const header = rangeOf(sheet, blockAddress(plan.firstRow, plan.firstColumn, plan.firstRow, lastColumn));
          header.format.fill.color = RESULT_HEADER_FILL;
          header.format.font.bold = true;
          header.format.font.color = RESULT_HEADER_FONT;
        }
        await context.sync();
      });
    }
    const previouslyOurs = new Set(ours ? [...cellsOfRuns(ours.filled), ...ours.ownFills.map((f) => f.address)] : []);
    const restore = [...progress.filled.entries()].filter(([address]) => !previouslyOurs.has(address));
    await inHalvingGroups(restore, CALLS_PER_REQUEST, async (group) => {
      for (const [address, color] of group) setOwnFill(rangeOf(sheet, address), color);
      await context.sync();
    });
    await inHalvingGroups(progress.addedComments, CALLS_PER_REQUEST, async (group) => {
      for (const id of group) workbook.comments.getItem(id).delete();
      await context.sync();
    });
    await inHalvingGroups([...progress.rewordedComments.entries()], CALLS_PER_REQUEST, async (group) => {
      for (const [id, content] of group) workbook.comments.getItem(id).content = content;
      await context.sync();
    });
    if (progress.tempSummary) {
      // Looked up first: after a failure part-way through a request, it may not have been added.
      const summary = workbook.worksheets.getItemOrNullObject(progress.tempSummary);
      summary.load("name");
      await context.sync();
      if (!summary.isNullObject) {
        summary.delete();
        await context.sync();
      }
    }
  });
}

function writeSummary(summary: Excel.Worksheet, s: SummaryPlan): void {
  const summaryWidth = Math.max(1, ...s.rows.map((r) => r.length));
  if (s.rows.length > 0) put(rangeOf(summary, blockAddress(1, 1, s.rows.length, summaryWidth)), s.rows);
  s.styles.forEach((style, i) => {
    if (!style) return;
    const row = rangeOf(summary, blockAddress(i + 1, 1, i + 1, summaryWidth));
    row.format.font.bold = true;
    if (style === "header") row.format.fill.color = RESULT_HEADER_FILL;
  });
  s.widths.forEach((w, i) => {
    rangeOf(summary, `${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = columnWidthPoints(w);
  });
  const chart = s.chart;
  if (chart.lastRow < chart.firstRow) return;
  // The chart reads a two-column copy of the by-field table (label, subsidy) beside the sheet's tables.
  const dataColumn = summaryWidth + 2;
  const rows: SpreadsheetCell[][] = [];
  for (let r = chart.headerRow; r <= chart.lastRow; r++) rows.push([s.rows[r]![chart.labelColumn]!, s.rows[r]![chart.valueColumn]!]);
  const data = rangeOf(summary, blockAddress(chart.headerRow + 1, dataColumn, chart.lastRow + 1, dataColumn + 1));
  put(data, rows);
  const excelChart = summary.charts.add(Excel.ChartType.columnClustered, data, Excel.ChartSeriesBy.columns);
  excelChart.title.text = s.chartTitle;
  excelChart.setPosition(cellAddress(1, dataColumn + 3), cellAddress(16, dataColumn + 10));
}

