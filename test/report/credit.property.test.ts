/**
 * Bank credit lines in the summary: each issuer once, at the largest line its
 * rows state; the total is the sum of the issuers' lines and of the banks'.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/money";
import { jsonReport, Summarizer } from "../../src/report";
import type { Decision } from "../../src/engine";
import { decideOne, GOOD_ROW } from "../support/decide";

const BANKS = ["交通银行内蒙古分行", "中国银行内蒙古分行", "内蒙古银行", null] as const;

describe("the summary's credit lines", () => {
  it("count each issuer once at its largest line, and the banks' lines add up to the total", async () => {
    const base = await decideOne(GOOD_ROW);
    const line = fc.record({
      issuer: fc.integer({ min: 0, max: 5 }),
      // Whole fen, up to 10 billion yuan.
      fen: fc.option(fc.bigInt({ min: 0n, max: 1_000_000_000_000n }), { nil: null }),
      bank: fc.constantFrom(...BANKS),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const summarizer = new Summarizer();
        const decisions: Decision[] = lines.map((l) => ({ ...base, issuerKey: `name:issuer-${l.issuer}`, creditLineYuan: l.fen === null ? null : new Decimal(l.fen.toString()).div(100), creditBank: l.bank }));
        for (const d of decisions) summarizer.add(d);
        const s = summarizer.result();
        // The largest line per issuer, and the bank of the first row stating it.
        const largest = new Map<string, { yuan: Decimal; bank: string | null }>();
        for (const d of decisions) {
          if (!d.creditLineYuan) continue;
          const seen = largest.get(d.issuerKey!);
          if (!seen || d.creditLineYuan.gt(seen.yuan)) largest.set(d.issuerKey!, { yuan: d.creditLineYuan, bank: d.creditBank });
        }
        const total = [...largest.values()].reduce((sum, l) => sum.plus(l.yuan), new Decimal(0));
        expect(s.creditLineYuan.eq(total)).toBe(true);
        expect(s.creditLineIssuers).toBe(largest.size);
        expect(s.creditByBank.reduce((sum, b) => sum.plus(b.creditLineYuan), new Decimal(0)).eq(s.creditLineYuan)).toBe(true);
        expect(s.creditByBank.reduce((n, b) => n + b.issuers, 0)).toBe(s.creditLineIssuers);
        // In the JSON, the banks' amounts as shown add up to the total as shown.
        const json = jsonReport({ summary: s, decisions: [], packs: [], tool: { name: "jiebang", version: "0" }, input: { file: "t.xlsx", sha256: "" }, tracker: { sheet: "s", headerRow: 1, headers: [], columns: [], conflicts: [], skipped: [] }, lang: "zh-CN", at: "" } as never).summary;
        const shown = json.creditByBank.reduce((sum, b) => sum.plus(b.creditLineYuan), new Decimal(0));
        expect(shown.toFixed(2)).toBe(json.creditLineYuan);
      }),
      { numRuns: 200 },
    );
  });
});
