/**
 * `context.workbook` (Excel.Workbook): the entry to worksheets, tables,
 * settings, comments and the user's selection.
 */

import { FakeClientObject } from "./client-object";
import { FakeCommentCollection } from "./comments";
import type { Execution } from "./execution";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import { FakeSettingCollection } from "./settings";
import type { Author, WorkbookStore } from "./store";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheet-collection";

export class FakeWorkbookProxy extends FakeClientObject<WorkbookStore> {
  protected readonly typeName = "Workbook";
  protected readonly scalarNames: readonly string[] = [];
  readonly #worksheets: FakeWorksheetCollection;
  readonly #tables: FakeTableCollection;
  readonly #settings: FakeSettingCollection;
  readonly #comments: FakeCommentCollection;

  constructor(context: FakeRequestContext, author: Author) {
    super(context);
    this.#worksheets = new FakeWorksheetCollection(context);
    this.#tables = new FakeTableCollection(context);
    this.#settings = new FakeSettingCollection(context);
    this.#comments = new FakeCommentCollection(context, author);
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): WorkbookStore {
    return exec.store;
  }

  protected readScalars(): ReadonlyMap<string, unknown> {
    return new Map();
  }

  get worksheets(): FakeWorksheetCollection {
    return this.#worksheets;
  }

  get tables(): FakeTableCollection {
    return this.#tables;
  }

  get settings(): FakeSettingCollection {
    return this.#settings;
  }

  get comments(): FakeCommentCollection {
    return this.#comments;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    const byName: Record<string, FakeClientObject<unknown>> = {
      worksheets: this.#worksheets as FakeClientObject<unknown>,
      tables: this.#tables as FakeClientObject<unknown>,
      settings: this.#settings as FakeClientObject<unknown>,
      comments: this.#comments as FakeClientObject<unknown>,
    };
    return byName[name];
  }

  /** The user's selection, as it is when the sync runs. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, (exec) => exec.store.selection);
  }

  /** The top-left cell of the selection. */
  getActiveCell(): FakeRange {
    return new FakeRange(this.context, (exec) => {
      const { sheet, area } = exec.store.selection;
      return { sheet, area: { top: area.top, left: area.left, rows: 1, columns: 1 } };
    });
  }
}
