/**
 * The payment list on the cases generated trackers seldom reach: a line paid in tranches (payable now, not yet
 * due, to be returned after a failed acceptance), and a funded row whose top-up pack is still pending.
 */
import { describe, expect, it } from "vitest";
import { auditedWorkbook, SHEET_NAMES, type OutCell, type Run } from "../../src/report";
import { decideTracker } from "../../src/run";
import { GOOD_ROW, modifiedPack, regionPack, trackerRows, type RowSpec } from "../support/decide";
import { gridOf } from "../support/grid";

async function runOf(rows: RowSpec[], packs = [regionPack()]): Promise<Run> {
  return decideTracker({ grids: [gridOf(trackerRows(rows))], file: "t.xlsx", sha256: "0".repeat(64), packs, lang: "zh-CN", at: "2022-06-30T08:00:00.000Z" });
}

const paymentRows = (run: Run) => auditedWorkbook(run).sheets.find((s) => s.name === SHEET_NAMES.payments["zh-CN"])!.rows;
const money = (cells: readonly OutCell[]) => cells.slice(7, 11).map((c) => (c as { money: string }).money);

describe("the payment list", () => {
  it("says what is payable now, not yet due and to be returned, beside what was decided", async () => {
    const pack = modifiedPack((doc) => {
      doc.parameters.signingShare = { value: "0.4", unit: "ratio", label: { "zh-CN": "签约拨付比例", en: "signing share" } };
      doc.parameters.acceptanceShare = { value: "0.6", unit: "ratio", label: { "zh-CN": "验收拨付比例", en: "acceptance share" } };
      doc.funding[0].tranches = [
        { share: "signingShare", when: "signing" },
        { share: "acceptanceShare", when: "acceptance" },
      ];
    });
    const run = await runOf(
      [
        { ...GOOD_ROW, id: "A", name: "p1", signedOn: "2022-03-01" },
        { ...GOOD_ROW, id: "B", name: "p2", signedOn: "2022-03-01", acceptance: "未通过", acceptedOn: "2022-05-01" },
        { ...GOOD_ROW, id: "C", name: "p3", signedOn: "2022-03-01", acceptance: "通过", acceptedOn: "2022-05-01" },
      ],
      [pack],
    );
    const rows = paymentRows(run);
    expect(rows[0]!.cells.slice(7)).toEqual(["补助金额（元）", "应拨付（元）", "暂缓拨付（元）", "应退回（元）"]);
    // One issuer, three projects: 7.8 million each decided; A's acceptance tranche not yet due, B's signing tranche to be returned.
    const line = rows[1]!;
    expect(line.cells[5]).toBe("A、B、C");
    expect(money(line.cells)).toEqual(["23400000.00", "14040000.00", "4680000.00", "3120000.00"]);
    expect(rows[2]!.style).toBe("total");
    expect(money(rows[2]!.cells)).toEqual(money(line.cells));
    expect(money(rows[2]!.cells)).toEqual([run.summary.subsidyYuan, run.summary.dueYuan, run.summary.notDueYuan, run.summary.reclaimYuan].map((d) => d.toFixed(2)));
  });

  it("lists a funded row whose top-up is still pending under the total, naming the pack that waits", async () => {
    const topup = modifiedPack((doc) => {
      doc.id = "topup";
      doc.funding = [{ ...doc.funding[2], conditions: { all: [{ fact: "type", operator: "equal", value: "tech" }] } }];
    }, "topup.json");
    const run = await runOf(
      [
        { ...GOOD_ROW, id: "A", name: "p1", signedOn: "2022-03-01" },
        { ...GOOD_ROW, id: "B", name: "p2", signedOn: "2022-03-01", major: "是" },
      ],
      [regionPack(), topup],
    );
    const a = run.decisions[0]!;
    expect(a.status).toBe("funded");
    expect(a.layers.map((l) => l.status)).toEqual(["funded", "pending"]);
    const rows = paymentRows(run);
    const heading = rows.findIndex((r) => r.cells[0] === "待定项目（暂不拨付）");
    expect(heading).toBeGreaterThan(0);
    const listed = rows.slice(heading + 2);
    expect(listed.map((r) => r.cells[1])).toEqual(["A", "B"]);
    // Each reason names its pack, once.
    const why = String(listed[0]!.cells[4]).split("\n");
    expect(why.length).toBeGreaterThan(0);
    for (const line of why) expect(line.startsWith("topup@")).toBe(true);
    expect(new Set(String(listed[1]!.cells[4]).split("\n")).size).toBe(String(listed[1]!.cells[4]).split("\n").length);
  });
});
