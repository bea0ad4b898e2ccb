/**
 * The payment list (拨付清单) is what finance transfers: one line per recipient. On generated trackers (one pack
 * or layered), its lines add up to its total, its total is the Funding sheet's subsidy total, every funded row
 * is paid on the line of its recipient (an issuer by a valid USCC, else by name), and every pending row is
 * listed under the total with nothing to pay.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/money";
import { auditedWorkbook, SHEET_NAMES, FUNDING_COLUMNS, PAYMENT_LABELS, type OutCell, type OutRow } from "../../src/report";
import { loadPack } from "../../src/rules";
import { decideTracker } from "../../src/run";
import { checkUscc, normalizeLabel } from "../../src/tracker";
import { regionPack } from "../support/decide";
import { trackerArbitrary, trackerGrids } from "./tracker.arbitrary";

const ordos = loadPack(JSON.stringify({ ...JSON.parse(readFileSync(new URL("../../rules/examples/ordos/2023-01.json", import.meta.url), "utf8")), effective: { from: "2000-01-01", to: null } }), "ordos.json");

const moneyOf = (cell: OutCell | undefined) => new Decimal((cell as { money: string }).money);

describe("the payment list", () => {
  it("pays every funded row once, on its recipient's line, and its total is the Funding sheet's", async () => {
    await fc.assert(
      fc.asyncProperty(trackerArbitrary, fc.boolean(), async (t, layered) => {
        const run = await decideTracker({ grids: trackerGrids(t), file: "t.xlsx", sha256: "0".repeat(64), packs: layered ? [regionPack(), ordos] : [regionPack()], lang: t.lang, at: "2022-06-30T08:00:00.000Z" });
        const lang = run.lang;
        const book = auditedWorkbook(run);
        const sheet = book.sheets.find((s) => s.name === SHEET_NAMES.payments[lang])!;
        expect(book.sheets.map((s) => s.name).indexOf(sheet.name)).toBe(1);
        const rows = sheet.rows;
        const totalAt = rows.findIndex((r) => r.style === "total");
        const lines = rows.slice(1, totalAt);
        const total = rows[totalAt]!;
        const amount = 7;

        // Every amount column (decided, payable now, not yet due, to be returned) adds up to the total shown under it.
        const columnSum = (c: number) => lines.reduce((s, r) => s.plus(moneyOf(r.cells[c])), new Decimal(0));
        for (const c of [amount, 8, 9, 10]) expect(moneyOf(total.cells[c]).toFixed(2), `column ${c}`).toBe(columnSum(c).toFixed(2));
        const sum = columnSum(amount);
        // What is payable now, not yet due and to be returned are the run's (tranches under a layered pack).
        expect(columnSum(8).toFixed(2)).toBe(run.summary.dueYuan.toFixed(2));
        expect(columnSum(9).toFixed(2)).toBe(run.summary.notDueYuan.toFixed(2));
        expect(columnSum(10).toFixed(2)).toBe(run.summary.reclaimYuan.toFixed(2));

        // The total is the Funding sheet's subsidy total, and the summary's.
        const funding = book.sheets[0]!;
        const column = funding.rows[0]!.cells.indexOf(FUNDING_COLUMNS.subsidy[lang]);
        const fundingTotal = funding.rows.find((r: OutRow) => r.style === "total")!;
        expect(sum.toFixed(2)).toBe(moneyOf(fundingTotal.cells[column]).toFixed(2));
        expect(sum.toFixed(2)).toBe(run.summary.subsidyYuan.toFixed(2));

        // Each recipient once, with what its rows pay it, from every paying pack (worked out here from the decisions).
        const expected = new Map<string, { yuan: Decimal; rows: Set<number> }>();
        for (const d of run.decisions) {
          if (d.status !== "funded") continue;
          for (const layer of d.layers) {
            if (layer.status !== "funded" || layer.subsidyYuan.isZero()) continue;
            const uscc = d.issuerUscc;
            const key = layer.recipient === "issuer" && uscc && checkUscc(uscc).valid ? `uscc:${uscc}` : `name:${normalizeLabel(layer.recipientName ?? "")}`;
            const e = expected.get(key) ?? { yuan: new Decimal(0), rows: new Set<number>() };
            e.yuan = e.yuan.plus(layer.subsidyYuan);
            e.rows.add(d.row);
            expected.set(key, e);
          }
        }
        expect(lines.length).toBe(expected.size);
        expect(lines.map((r) => (r.cells[0] as { int: number }).int)).toEqual(lines.map((_, i) => i + 1));
        const shown = new Map(lines.map((r) => [r.cells[2] ? `uscc:${r.cells[2]}` : `name:${normalizeLabel(String(r.cells[1]))}`, r]));
        for (const [key, e] of expected) {
          const line = shown.get(key);
          expect(line, key).toBeDefined();
          expect(moneyOf(line!.cells[amount]).toFixed(2)).toBe(e.yuan.toFixed(2));
          expect((line!.cells[4] as { int: number }).int).toBe(e.rows.size);
        }
        expect((total.cells[4] as { int: number }).int).toBe([...expected.values()].reduce((n, e) => n + e.rows.size, 0));

        // Pending rows under the total, in row order, with nothing to pay: rows pending, and funded rows with a pack still pending.
        const pending = run.decisions.filter((d) => d.status === "pending" || (d.status === "funded" && d.layers.some((l) => l.status === "pending")));
        const heading = rows.findIndex((r) => r.cells[0] === PAYMENT_LABELS.pending[lang]);
        if (pending.length === 0) {
          expect(heading).toBe(-1);
          expect(rows.length).toBe(totalAt + 1);
        } else {
          expect(heading).toBe(totalAt + 2);
          const listed = rows.slice(heading + 2);
          expect(listed.map((r) => (r.cells[0] as { int: number }).int)).toEqual(pending.map((d) => d.row));
          for (const r of listed) expect(r.cells.some((c) => c !== null && typeof c === "object" && "money" in c)).toBe(false);
        }
      }),
      { numRuns: 150, seed: 14 },
    );
  }, 120_000);
});
