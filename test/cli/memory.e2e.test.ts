/**
 * A run's memory does not grow with the tracker. The same generated tracker
 * at 20,000 and at 200,000 rows is run by the real command in a child
 * process under the region's pack, with the heap measured after a full
 * collection twice a second (JIEBANG_REPORT_HEAP, src/cli/bin.mjs): ten times
 * the rows may cost at most half as much heap again. A run that held every
 * row, decision, digest or shared string would need about three times as much
 * (measured before rows streamed: 38 MB and 122 MB).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTracker } from "../bench/generate-tracker";
import { BIN, spawnMeasured, tempDir, type MeasuredRun } from "./support";

function measuredRun(input: string, out: string): Promise<MeasuredRun> {
  return spawnMeasured(["--expose-gc", BIN, "run", input, "--out", out, "--force", "--lang", "en"], { JIEBANG_REPORT_HEAP: "1", JIEBANG_REPORT_RSS: "1" });
}

describe("memory that does not grow with the tracker", () => {
  it("peak heap at 200,000 rows is within 1.5× the peak at 20,000, and the run stays within 600 MB", async () => {
    const dir = tempDir();
    const small = join(dir, "t20000.xlsx");
    const large = join(dir, "t200000.xlsx");
    const [s, l] = await Promise.all([generateTracker(small, 20_000), generateTracker(large, 200_000)]);
    const [a, b] = await Promise.all([measuredRun(small, join(dir, "a.xlsx")), measuredRun(large, join(dir, "b.xlsx"))]);
    expect([a.code, b.code]).toEqual([0, 0]);
    // Every row was decided: the summary counts the generated rows.
    const projectRows = (stdout: string) => Number(/Project rows\s*│\s*(\d+)/.exec(stdout)?.[1]);
    expect([projectRows(a.stdout), projectRows(b.stdout)]).toEqual([s.rows, l.rows]);
    expect(a.heap).toBeGreaterThan(0);
    expect(b.heap / a.heap).toBeLessThanOrEqual(1.5);
    expect(b.rss).toBeLessThanOrEqual(600 * 1_000_000);
  }, 600_000);
});
