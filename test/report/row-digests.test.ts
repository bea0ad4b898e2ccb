import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RowDigestList } from "../../src/report/row-digests";
import type { RowDigest } from "../../src/report/audit-record";

describe("verify's compact list of row digests", () => {
  it("gives back every digest pushed, in order, as it was", () => {
    const digest = fc.record({
      row: fc.integer({ min: 1, max: 1_048_576 }),
      sourceRow: fc.oneof(fc.integer({ min: 1, max: 1_048_576 }), fc.constant(null), fc.string()),
      id: fc.oneof(fc.string({ unit: "grapheme" }), fc.constant(null), fc.integer()),
      sha256: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("")),
    }) as fc.Arbitrary<RowDigest>;
    fc.assert(
      fc.property(fc.array(digest, { maxLength: 2500 }), (digests) => {
        const list = new RowDigestList();
        for (const d of digests) list.push(d);
        expect(list.length).toBe(digests.length);
        expect([...list]).toEqual(digests);
      }),
      { numRuns: 30 },
    );
  });

  it("refuses what is not a SHA-256 in lower-case hex", () => {
    expect(() => new RowDigestList().push({ row: 2, sourceRow: 4, id: "A", sha256: "ABC" })).toThrow(/not a SHA-256/);
  });
});
