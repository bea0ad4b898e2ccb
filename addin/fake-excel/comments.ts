/**
 * Workbook.comments: one threaded comment per cell, added at "Sheet!A1" or a
 * one-cell Range, read back with its content and location.
 */

import { cellCount, parseAddress } from "./a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import { invalidArgument, itemNotFound } from "./errors";
import type { Execution } from "./execution";
import { FakeRange } from "./range";
import type { RangeTarget } from "./range-target";
import type { FakeRequestContext } from "./request-context";
import type { Author, StoredComment, WorkbookStore } from "./store";

function commentById(exec: Execution, id: string): StoredComment | undefined {
  return exec.store.comments.find((c) => c.id === id);
}

/** The cell a comment goes to: a full "Sheet1!A1" address or a one-cell Range. */
function cellOf(exec: Execution, where: FakeRange | string): RangeTarget {
  let target: RangeTarget;
  if (typeof where === "string") {
    const parsed = parseAddress(where);
    if (!parsed || parsed.sheet === undefined) throw invalidArgument(`comment cell ${JSON.stringify(where)}: give the full address with the sheet name`);
    const sheet = exec.store.findSheet(parsed.sheet);
    if (!sheet) throw itemNotFound(`Worksheet '${parsed.sheet}'`);
    target = { sheet, area: parsed.area };
  } else {
    target = where.require(exec);
  }
  if (cellCount(target.area) !== 1) throw invalidArgument("a comment belongs to exactly one cell");
  return target;
}

function contentOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (content && typeof content === "object" && typeof (content as { richContent?: unknown }).richContent === "string") {
    return (content as { richContent: string }).richContent;
  }
  throw invalidArgument("comment content must be a string");
}

export class FakeComment extends FakeClientObject<string> {
  protected readonly typeName = "Comment";
  protected readonly scalarNames = ["authorEmail", "authorName", "content", "contentType", "creationDate", "id", "resolved", "richContent"] as const;
  readonly #locate: (exec: Execution) => string | null;

  constructor(context: FakeRequestContext, locate: (exec: Execution) => string | null) {
    super(context);
    this.#locate = locate;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): string | null {
    return this.#locate(exec);
  }

  protected override isAlive(exec: Execution, id: string): boolean {
    return commentById(exec, id) !== undefined;
  }

  get id(): string {
    return this.loaded("id");
  }
  get authorName(): string {
    return this.loaded("authorName");
  }
  get authorEmail(): string {
    return this.loaded("authorEmail");
  }
  get contentType(): "Plain" {
    return this.loaded("contentType");
  }
  get creationDate(): Date {
    return this.loaded("creationDate");
  }
  get richContent(): string {
    return this.loaded("richContent");
  }

  get content(): string {
    return this.loaded("content");
  }
  set content(value: string) {
    this.queueSet("content", (exec, id) => exec.store.updateComment(id, { content: contentOf(value) }));
  }

  get resolved(): boolean {
    return this.loaded("resolved");
  }
  set resolved(value: boolean) {
    this.queueSet("resolved", (exec, id) => exec.store.updateComment(id, { resolved: value === true }));
  }

  protected readScalars(exec: Execution, id: string, names: readonly string[]): ReadonlyMap<string, unknown> {
    const comment = commentById(exec, id);
    const out = new Map<string, unknown>();
    if (!comment) return out;
    for (const name of names) {
      if (name === "content" || name === "richContent") out.set(name, comment.content);
      else if (name === "contentType") out.set(name, "Plain");
      else if (name === "creationDate") out.set(name, new Date(comment.created.getTime()));
      else if (name === "id" || name === "authorName" || name === "authorEmail" || name === "resolved") out.set(name, comment[name]);
    }
    return out;
  }

  /** The commented cell. */
  getLocation(): FakeRange {
    return new FakeRange(this.context, (exec) => {
      const id = this.resolve(exec);
      if (id === null) return null;
      const comment = commentById(exec, id);
      if (!comment) throw itemNotFound("Comment");
      return { sheet: comment.sheet, area: { top: comment.row, left: comment.column, rows: 1, columns: 1 } };
    });
  }

  delete(): void {
    this.queueCall("delete", (exec, id) => exec.store.deleteComment(id));
  }
}

export class FakeCommentCollection extends FakeCollection<WorkbookStore, string, FakeComment> {
  protected readonly typeName = "CommentCollection";
  readonly #author: Author;

  constructor(context: FakeRequestContext, author: Author) {
    super(context);
    this.#author = author;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): WorkbookStore {
    return exec.store;
  }

  protected listTargets(_exec: Execution, store: WorkbookStore): readonly string[] {
    return store.comments.map((c) => c.id);
  }

  protected makeItem(id: string): FakeComment {
    return new FakeComment(this.context, () => id);
  }

  add(cellAddress: FakeRange | string, content: string | { richContent: string }, _contentType?: "Plain" | "Mention"): FakeComment {
    const where = typeof cellAddress === "string" ? cellAddress : this.sameContext(cellAddress);
    let created: string | undefined;
    this.queueCall("add", (exec, store) => {
      const cell = cellOf(exec, where);
      store.assertEditable(cell.sheet, undefined, "adding a comment");
      created = store.addComment(cell.sheet, cell.area.top, cell.area.left, contentOf(content), this.#author).id;
    });
    return new FakeComment(this.context, (exec) => {
      if (created === undefined || !commentById(exec, created)) throw itemNotFound("Comment (its add failed)");
      return created;
    });
  }

  getItem(commentId: string): FakeComment {
    return new FakeComment(this.context, (exec) => {
      if (!commentById(exec, commentId)) throw itemNotFound(`Comment '${commentId}'`);
      return commentId;
    });
  }

  getItemOrNullObject(commentId: string): FakeComment {
    return new FakeComment(this.context, (exec) => (commentById(exec, commentId) ? commentId : null)).probe();
  }

  /** The comment on a cell ("Sheet1!A1" or a Range); ItemNotFound when it has none. */
  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    const where = typeof cellAddress === "string" ? cellAddress : this.sameContext(cellAddress);
    return new FakeComment(this.context, (exec) => {
      const cell = cellOf(exec, where);
      const found = exec.store.comments.find((c) => c.sheet === cell.sheet && c.row === cell.area.top && c.column === cell.area.left);
      if (!found) throw itemNotFound(`Comment at ${typeof where === "string" ? where : "the range"}`);
      return found.id;
    });
  }
}
