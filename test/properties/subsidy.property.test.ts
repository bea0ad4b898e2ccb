import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, FEN_HALF_UP, round } from "../../src/money";
import { decide } from "../support/decide";

/** Investments in yuan with up to two decimals, from 0 to 10 billion. */
const investmentYuan = fc.bigInt({ min: 0n, max: 1_000_000_000_000n }).map((fen) => new Decimal(fen.toString()).div(100));

describe("every funded formula row", () => {
  it("gets min(round(rate × investment), cap), never above the cap", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ investment: investmentYuan, transformation: fc.boolean() }), { minLength: 1, maxLength: 20 }), async (rows) => {
        const decisions = await decide(
          rows.map((r, i) => ({ id: `P-${i}`, type: r.transformation ? "成果转化类" : "技术攻关类", investment: `${r.investment.toFixed()}元` })),
        );
        decisions.forEach((d, i) => {
          const row = rows[i]!;
          const cap = new Decimal(row.transformation ? "5000000" : "10000000");
          const formula = round(new Decimal("0.3").times(row.investment), FEN_HALF_UP);
          expect(d.status).toBe("funded");
          expect(d.formulaYuan!.equals(formula)).toBe(true);
          expect(d.subsidyYuan.equals(Decimal.min(formula, cap))).toBe(true);
          expect(d.subsidyYuan.lte(cap)).toBe(true);
          expect(d.capped).toBe(formula.gt(cap));
          expect(d.subsidyYuan.decimalPlaces()).toBeLessThanOrEqual(2);
        });
      }),
      { numRuns: 200 },
    );
  });
});
