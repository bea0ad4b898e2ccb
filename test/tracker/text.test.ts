import fc from "fast-check";
import { Converter } from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { normalizeLabel, simplified } from "../../src/tracker";

const toSimplified = Converter({ from: "t", to: "cn" });

describe("normalizeLabel and simplified", () => {
  it("take ASCII text the short way to the same result as NFKC, OpenCC and the space rule (a property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(simplified(text)).toBe(toSimplified(text));
        expect(normalizeLabel(text)).toBe(toSimplified(text.normalize("NFKC")).replace(/[\s\u200b\u3000]+/g, "").toLowerCase());
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("still folds width, script and spaces in other text", () => {
    expect(normalizeLabel("研發投入　總額 (ＡＢ)")).toBe("研发投入总额(ab)");
    expect(simplified("項目類型")).toBe("项目类型");
  });
});
