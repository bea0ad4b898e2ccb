/**
 * Threaded comments: Workbook.comments / Worksheet.comments (Excel.CommentCollection,
 * ExcelApi 1.10), Comment, Comment.replies (CommentReplyCollection), CommentReply.
 *
 * Sources:
 * - CommentCollection.add(cellAddress, content, contentType): "Creates a new
 *   comment with the given content on the given cell. An InvalidArgument error
 *   is thrown if the provided range is larger than one cell"
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.commentcollection);
 *   `cellAddress` is a string or a Range; "comments.add("MyWorksheet!A2", …)"
 *   ("Work with comments using the Excel JavaScript API",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-comments).
 *   The string is parsed as Excel parses a reference (sheet-address.ts).
 * - "a comment … is tied to an individual cell" (same article) and
 *   getItemByCell "Gets the comment from the specified cell. If there is no
 *   comment in the cell, an error is thrown": one thread per cell. A second
 *   add on the same cell fails; the code, InvalidOperation, is our inference
 *   (no source names it).
 * - A cell holding a legacy note refuses a thread too: Excel keeps notes and
 *   threaded comments apart ("The difference between threaded comments and
 *   notes", https://support.microsoft.com/office/75a51eec-4092-42ab-abf8-7669077b7be3),
 *   and a cell shows one or the other. That add fails, and with InvalidOperation,
 *   is our inference.
 * - Items carry `Id`, so the client addresses them later as `Comments[Id]`
 *   (NOTES 3.6, excel-web-16.00.debug.js L17669-17681).
 * - Adding a comment to a protected sheet is AccessDenied (protection.ts; our
 *   inference that comments count as a change).
 */

import type ExcelJS from "exceljs";
import { cellCount } from "./a1";
import type { StoredComment, StoredReply } from "./document";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { HostCollection, HostObject, type HostEnv } from "./host-object";
import { assertEditable } from "./protection";
import { RangeObject } from "./range";
import { parseSheetReference } from "./sheet-address";

function contentOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (content && typeof content === "object" && typeof (content as { richContent?: unknown }).richContent === "string") {
    return (content as { richContent: string }).richContent;
  }
  throw invalidArgument("A comment's content must be a string or a CommentRichContent.");
}

/** The properties a comment and a reply share (Excel.Comment, Excel.CommentReply); undefined for any other. */
function entryScalar(entry: { authorEmail: string; authorName: string; content: string; created: Date; id: string }, name: string, isParent: boolean, resolved: boolean): unknown {
  switch (name) {
    case "authorEmail":
      return entry.authorEmail;
    case "authorName":
      return entry.authorName;
    case "content":
      return entry.content;
    case "contentType":
      return "Plain";
    case "creationDate":
      return entry.created.toISOString();
    case "id":
      return entry.id;
    case "isParent":
      return isParent;
    case "resolved":
      return resolved;
  }
  return undefined;
}

export class CommentObject extends HostObject {
  readonly typeName = "Comment";

  constructor(
    env: HostEnv,
    readonly comment: StoredComment,
  ) {
    super(env);
  }

  override check(): void {
    if (!this.doc.comments.includes(this.comment)) throw itemNotFound("The comment was deleted.");
  }

  override identity(): Record<string, unknown> {
    return { Id: this.comment.id };
  }

  override get scalarNames(): readonly string[] {
    return ["authorEmail", "authorName", "content", "contentType", "creationDate", "id", "isParent", "resolved", "richContent"];
  }

  override scalar(name: string): unknown {
    this.check();
    if (name === "richContent") return this.comment.content;
    const value = entryScalar(this.comment, name, true, this.comment.resolved);
    return value === undefined ? super.scalar(name) : value;
  }

  override navigate(name: string): HostObject {
    if (name === "Replies") return new CommentReplyCollectionObject(this.env, this.comment);
    return super.navigate(name);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    this.check();
    if (name === "GetLocation") return new RangeObject(this.env, this.comment.sheet, { top: this.comment.row, left: this.comment.column, rows: 1, columns: 1 });
    return super.objectMethod(name, args);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    if (name === "Delete") {
      this.doc.deleteComment(this.comment.id);
      return undefined;
    }
    return super.call(name, args);
  }

  override set(name: string, value: unknown): void {
    this.check();
    if (name === "Content") {
      this.comment.content = contentOf(value);
      return;
    }
    if (name === "Resolved") {
      if (typeof value !== "boolean") throw invalidArgument("resolved must be true or false.");
      this.comment.resolved = value;
      return;
    }
    super.set(name, value);
  }
}

export class CommentCollectionObject extends HostCollection {
  readonly typeName = "CommentCollection";

  /** Workbook.comments when `sheet` is undefined; Worksheet.comments otherwise. */
  constructor(
    env: HostEnv,
    readonly sheet?: ExcelJS.Worksheet,
  ) {
    super(env);
  }

  #all(): StoredComment[] {
    return this.doc.comments.filter((c) => !this.sheet || c.sheet === this.sheet);
  }

  override items(): readonly HostObject[] {
    return this.#all().map((c) => new CommentObject(this.env, c));
  }

  override index(key: unknown): HostObject {
    const found = this.#all().find((c) => c.id === key);
    if (!found) throw itemNotFound(`There is no comment with the id ${JSON.stringify(key)}.`);
    return new CommentObject(this.env, found);
  }

  /** The one cell a comment goes to, or is looked up at. */
  #cell(where: unknown): { sheet: ExcelJS.Worksheet; row: number; column: number } {
    let sheet: ExcelJS.Worksheet;
    let area: RangeObject["area"];
    if (where instanceof RangeObject) {
      where.check();
      ({ sheet, area } = where);
    } else {
      ({ sheet, area } = parseSheetReference(this.doc, where, this.sheet));
    }
    if (this.sheet && sheet !== this.sheet) throw invalidArgument("The cell is on another worksheet than this comment collection's.");
    if (cellCount(area) !== 1) throw invalidArgument("A comment belongs to exactly one cell: the range is larger than one cell.");
    return { sheet, row: area.top, column: area.left };
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    switch (name) {
      case "Add": {
        const { sheet, row, column } = this.#cell(args[0]);
        const content = contentOf(args[1]);
        assertEditable(this.doc, sheet, undefined, "adding a comment");
        if (this.doc.commentAt(sheet, row, column)) throw invalidOperation("The cell already has a comment thread; add a reply to it instead.");
        if (this.doc.noteAt(sheet, row, column) !== undefined) throw invalidOperation("The cell holds a note; a cell cannot hold a note and a comment thread.");
        return new CommentObject(this.env, this.doc.addComment(sheet, row, column, content));
      }
      case "GetItem":
        return this.index(args[0]);
      case "GetItemOrNullObject": {
        const found = this.#all().find((c) => c.id === args[0]);
        return found ? new CommentObject(this.env, found) : null;
      }
      case "GetItemByCell":
      case "GetItemByCellOrNullObject": {
        const { sheet, row, column } = this.#cell(args[0]);
        const found = this.doc.commentAt(sheet, row, column);
        if (found) return new CommentObject(this.env, found);
        if (name === "GetItemByCellOrNullObject") return null;
        throw itemNotFound("There is no comment in the cell.");
      }
      case "GetItemByReplyId": {
        const found = this.#all().find((c) => c.replies.some((r) => r.id === args[0]));
        if (!found) throw itemNotFound(`There is no reply with the id ${JSON.stringify(args[0])}.`);
        return new CommentObject(this.env, found);
      }
    }
    return super.objectMethod(name, args);
  }
}

export class CommentReplyObject extends HostObject {
  readonly typeName = "CommentReply";

  constructor(
    env: HostEnv,
    readonly comment: StoredComment,
    readonly reply: StoredReply,
  ) {
    super(env);
  }

  override check(): void {
    if (!this.doc.comments.includes(this.comment) || !this.comment.replies.includes(this.reply)) throw itemNotFound("The reply was deleted.");
  }

  override identity(): Record<string, unknown> {
    return { Id: this.reply.id };
  }

  override get scalarNames(): readonly string[] {
    return ["authorEmail", "authorName", "content", "contentType", "creationDate", "id", "isParent", "resolved"];
  }

  override scalar(name: string): unknown {
    this.check();
    const value = entryScalar(this.reply, name, false, this.comment.resolved);
    return value === undefined ? super.scalar(name) : value;
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    if (name === "Delete") {
      this.comment.replies.splice(this.comment.replies.indexOf(this.reply), 1);
      return undefined;
    }
    return super.call(name, args);
  }

  override set(name: string, value: unknown): void {
    this.check();
    if (name === "Content") {
      this.reply.content = contentOf(value);
      return;
    }
    super.set(name, value);
  }
}

/** Comment.replies; add(content, contentType) "Creates a comment reply for a comment". */
export class CommentReplyCollectionObject extends HostCollection {
  readonly typeName = "CommentReplyCollection";

  constructor(
    env: HostEnv,
    readonly comment: StoredComment,
  ) {
    super(env);
  }

  override check(): void {
    if (!this.doc.comments.includes(this.comment)) throw itemNotFound("The comment was deleted.");
  }

  override items(): readonly HostObject[] {
    return this.comment.replies.map((r) => new CommentReplyObject(this.env, this.comment, r));
  }

  override index(key: unknown): HostObject {
    const reply = this.comment.replies.find((r) => r.id === key);
    if (!reply) throw itemNotFound(`There is no reply with the id ${JSON.stringify(key)}.`);
    return new CommentReplyObject(this.env, this.comment, reply);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    this.check();
    if (name === "Add") {
      assertEditable(this.doc, this.comment.sheet, undefined, "adding a reply");
      const reply: StoredReply = { id: this.doc.newId(), content: contentOf(args[0]), authorName: this.doc.author.name, authorEmail: this.doc.author.email, created: new Date() };
      this.comment.replies.push(reply);
      return new CommentReplyObject(this.env, this.comment, reply);
    }
    if (name === "GetItem") return this.index(args[0]);
    if (name === "GetItemOrNullObject") {
      const reply = this.comment.replies.find((r) => r.id === args[0]);
      return reply ? new CommentReplyObject(this.env, this.comment, reply) : null;
    }
    return super.objectMethod(name, args);
  }
}
