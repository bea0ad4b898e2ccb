import { afterEach, describe, expect, it } from "vitest";
import { HOSTILE_CASES, type JsonDecision } from "../support/hostile-cases";
import { xlsxBytes } from "../support/workbook";
import { openInExcel, runAddin } from "./support";

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

describe("the add-in on trackers as staff really keep them", () => {
  it.each(HOSTILE_CASES.filter((c) => !c.cliOnly).map((c) => [c.name, c] as const))("%s", async (_name, hostile) => {
    const opened = await openInExcel(await xlsxBytes(hostile.sheets));
    uninstall = opened.uninstall;
    const { response, state } = await runAddin({ sheet: "台账" });
    hostile.check(response.decisions as unknown as JsonDecision[]);
    // What it wrote stays text where the user's text could look like a formula.
    for (let r = state.firstRow; r <= state.lastRow; r++) {
      for (let c = state.firstColumn; c <= state.lastColumn; c++) {
        const cell = opened.workbook.cell("台账", `${String.fromCharCode(64 + c)}${r}`);
        expect(cell.formula, `${c}:${r}`).toBeUndefined();
      }
    }
  });

  it.each(HOSTILE_CASES.filter((c) => c.cliOnly).map((c) => [c.name, c.cliOnly!, c] as const))("%s — %s — still decides every row", async (_name, _why, hostile) => {
    const opened = await openInExcel(await xlsxBytes(hostile.sheets));
    uninstall = opened.uninstall;
    const { response } = await runAddin({ sheet: "台账" });
    const dataRows = hostile.sheets[0]!.rows.length - 1;
    expect(response.decisions).toHaveLength(dataRows);
    for (const d of response.decisions) expect(["funded", "invalid", "ineligible", "unmatched", "pending"]).toContain(d.status);
  });
});
