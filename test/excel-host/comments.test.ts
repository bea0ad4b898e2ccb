import { describe, expect, it } from "vitest";
import { failure, fill, hostOf, plain } from "./helpers";

const tracker = (book: import("exceljs").Workbook) => {
  fill(book.addWorksheet("Sheet1"), [["a", 1]]);
  fill(book.addWorksheet("2022年第一批"), [["项目名称", "金额"], ["甲", 100]]);
  book.addWorksheet("My Sheet");
};

async function addComment(address: string, content = "jiebang：check"): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.comments.add(address, content);
    await context.sync();
  });
}

describe("threaded comments", () => {
  it("adds a comment at a quoted sheet-qualified address, and at an unquoted plain one", async () => {
    const host = await hostOf(tracker);
    await addComment("'2022年第一批'!G14");
    await addComment("Sheet1!B2");
    await addComment("'My Sheet'!A1");
    expect(host.comments().map((c) => [c.sheet, c.address])).toEqual([["2022年第一批", "G14"], ["Sheet1", "B2"], ["My Sheet", "A1"]]);
  });

  it("refuses an unquoted sheet name that needs quotes with InvalidArgument (office-js #681)", async () => {
    const host = await hostOf(tracker);
    for (const address of ["2022年第一批!G14", "My Sheet!A1"]) {
      const error = await failure(addComment(address));
      expect(error.code, address).toBe("InvalidArgument");
    }
    expect(host.comments()).toEqual([]);
  });

  it("refuses a range larger than one cell (InvalidArgument), a missing sheet (ItemNotFound) and an address without a sheet (InvalidArgument)", async () => {
    await hostOf(tracker);
    expect((await failure(addComment("Sheet1!A1:B2"))).code).toBe("InvalidArgument");
    expect((await failure(addComment("Nope!A1"))).code).toBe("ItemNotFound");
    expect((await failure(addComment("A1"))).code).toBe("InvalidArgument");
  });

  it("takes a one-cell Range as the cell, and worksheet.comments takes a local address", async () => {
    const host = await hostOf(tracker);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("2022年第一批");
      context.workbook.comments.add(sheet.getRange("B2"), "by range");
      sheet.comments.add("C3", "on the sheet");
      await context.sync();
    });
    expect(host.comments().map((c) => [c.address, c.content])).toEqual([["B2", "by range"], ["C3", "on the sheet"]]);
  });

  it("keeps one comment thread per cell: a second add fails and leaves the first; the actions before it stay applied", async () => {
    const host = await hostOf(tracker);
    await addComment("Sheet1!B2", "first");
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [["written before"]];
        context.workbook.comments.add("Sheet1!B2", "second");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(host.comments().map((c) => c.content)).toEqual(["first"]);
    expect(host.cell("Sheet1", "C1").value).toBe("written before");
  });

  it("refuses a thread on a cell that holds a legacy note read from the file", async () => {
    const host = await hostOf((book) => {
      const sheet = book.addWorksheet("Sheet1");
      sheet.getCell("B2").value = 5;
      sheet.getCell("B2").note = "a note from the user";
    });
    expect(host.notes()).toEqual([{ sheet: "Sheet1", address: "B2", text: "a note from the user" }]);
    expect((await failure(addComment("Sheet1!B2"))).code).toBe("InvalidOperation");
    host.addNote("Sheet1", "C3", "added by the test");
    expect((await failure(addComment("Sheet1!C3"))).code).toBe("InvalidOperation");
    await addComment("Sheet1!D4");
    expect(host.comments().map((c) => c.address)).toEqual(["D4"]);
  });

  it("reads items (content, id, resolved), replies, finds by cell, and deletes a loaded item", async () => {
    const host = await hostOf(tracker);
    host.addComment("Sheet1", "A1", "the user's");
    await addComment("Sheet1!B2", "jiebang：ours");
    const out = await Excel.run(async (context) => {
      const comments = context.workbook.comments;
      comments.load("items/content,items/id,items/resolved");
      const byCell = comments.getItemByCell("Sheet1!B2");
      byCell.replies.add("a reply");
      byCell.load("content");
      await context.sync();
      const seen = comments.items.map((c) => ({ content: c.content, resolved: c.resolved, id: typeof c.id }));
      for (const c of comments.items) if (c.content.startsWith("jiebang")) c.delete();
      const other = comments.getItemOrNullObject("{no-such-id}");
      await context.sync();
      return { seen, byCell: byCell.content, other: other.isNullObject };
    });
    expect(out).toEqual({
      seen: [{ content: "the user's", resolved: false, id: "string" }, { content: "jiebang：ours", resolved: false, id: "string" }],
      byCell: "jiebang：ours",
      other: true,
    });
    expect(host.comments()).toEqual([{ sheet: "Sheet1", address: "A1", content: "the user's", resolved: false }]);
    const missing = await failure(
      Excel.run(async (context) => {
        context.workbook.comments.getItemByCell("Sheet1!B2").load("content");
        await context.sync();
      }),
    );
    expect(missing.code).toBe("ItemNotFound");
  });

  it("adds replies and reads them back", async () => {
    const host = await hostOf(tracker);
    await addComment("Sheet1!B2", "thread");
    const replies = await Excel.run(async (context) => {
      const thread = context.workbook.comments.getItemByCell("Sheet1!B2");
      thread.replies.add("one");
      thread.replies.add("two");
      await context.sync();
      thread.replies.load("items/content");
      await context.sync();
      return plain(thread.replies.items.map((r) => r.content));
    });
    expect(replies).toEqual(["one", "two"]);
    expect(host.comments()[0]?.replies).toEqual(["one", "two"]);
  });

  it("refuses a comment on a protected sheet with AccessDenied", async () => {
    const host = await hostOf(tracker);
    host.setProtected("Sheet1", true);
    expect((await failure(addComment("Sheet1!B2"))).code).toBe("AccessDenied");
  });
});
