/**
 * `jiebang verify` streams the export: what it holds does not grow with the
 * export's rows. A 2,000-row and a 20,000-row export are made with `jiebang
 * run` and verified by the real binary, each in its own process with its
 * heap capped at 96 MB (a verify that holds the export, some 12 KB a row,
 * dies of it at 20,000 rows) and its peak measured: the heap sampled after
 * a full collection (JIEBANG_REPORT_HEAP, node --expose-gc) and the
 * process's peak resident set. Ten times the rows may add only a few
 * megabytes: each decision row's digest, kept for the audit sheet's.
 * Nothing here times anything.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTracker } from "../bench/generate-tracker";
import { BIN, spawnMeasured, tempDir, type MeasuredRun } from "./support";

const MB = 1024 * 1024;

/** Verify an export in a process of its own, heap capped; its peak heap (after full collections) and peak RSS. */
async function verifyMeasured(file: string): Promise<{ heap: number; rss: number; result: MeasuredRun }> {
  const result = await spawnMeasured(["--expose-gc", "--max-old-space-size=96", BIN, "verify", file], { JIEBANG_REPORT_HEAP: "1", JIEBANG_REPORT_RSS: "1" });
  return { heap: result.heap, rss: result.rss, result };
}

describe("jiebang verify in bounded memory", () => {
  it("verifies a 20,000-row export within about the memory of a 2,000-row one", async () => {
    const dir = tempDir();
    const sizes = [2_000, 20_000] as const;
    const exports = await Promise.all(
      sizes.map(async (rows) => {
        const tracker = join(dir, `t${rows}.xlsx`);
        await generateTracker(tracker, rows);
        const out = join(dir, `t${rows}.audited.xlsx`);
        const run = await spawnMeasured([BIN, "run", tracker, "--out", out, "--force"]);
        expect(run.code, run.stderr).toBe(0);
        return out;
      }),
    );
    const [small, large] = await Promise.all(exports.map(verifyMeasured));
    for (const { result } of [small!, large!]) {
      expect(result.signal, result.stderr).toBeNull();
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^完好：「.*」自导出以来没有改动。记录摘要（SHA-256）：[0-9a-f]{64}\n$/);
    }
    expect(small!.heap).toBeGreaterThan(0);
    expect(large!.rss).toBeGreaterThan(0);
    // Held whole, 18,000 more rows cost about 200 MB; streamed, about 4 MB (the rows' digests).
    expect(large!.heap - small!.heap).toBeLessThan(12 * MB);
    expect(large!.rss - small!.rss).toBeLessThan(80 * MB);
  }, 180_000);
});
