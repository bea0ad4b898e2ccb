/**
 * The payment list's items are sorted off the heap (an external merge sort in files beside the output): the
 * order must be the one sorting them in memory gives, stable, whatever the run size, and nothing left behind.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openSortedSpool } from "../../src/cli/files";

interface Item {
  readonly key: number;
  readonly seq: number;
}
const byKey = (a: Item, b: Item) => a.key - b.key;

describe("a sorted spool", () => {
  it("gives the items back as a stable sort in memory does, for any run size", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jiebang-sorted-"));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 1, max: 50 }), async (keys, runSize) => {
        const items = keys.map((key, seq) => ({ key, seq }));
        const spool = openSortedSpool<Item>(join(dir, "out.xlsx"), byKey, runSize);
        for (const item of items) spool.push(item);
        const read: Item[] = [];
        for await (const item of spool.read()) read.push(item);
        spool.remove();
        expect(read).toEqual([...items].sort(byKey));
        expect(readdirSync(dir)).toEqual([]);
      }),
      { numRuns: 100, seed: 5 },
    );
  });
});
