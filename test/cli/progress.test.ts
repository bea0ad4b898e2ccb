import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io";
import { terminalProgress } from "../../src/cli/progress";

function io(tty: boolean) {
  const out = { stdout: "", stderr: "" };
  const value: Io = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), now: () => new Date(), stderrIsTty: tty };
  return { io: value, out };
}

describe("progress while a run reads, decides and writes", () => {
  it("draws rows done, rows per second and time left on a terminal's stderr, then erases itself", () => {
    const { io: terminal, out } = io(true);
    let clock = 0;
    const progress = terminalProgress(terminal, "zh-CN", () => clock);
    progress.update("decide", 0, 100_000);
    clock = 2000;
    progress.update("decide", 50_000, 100_000);
    expect(out.stderr).toContain("\r\x1b[K判定 50,000/100,000 行 · 25,000 行/秒 · 剩余约 2 秒");
    progress.finish();
    expect(out.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect(out.stdout).toBe("");
  });

  it("draws at most ten times a second", () => {
    const { io: terminal, out } = io(true);
    let clock = 0;
    const progress = terminalProgress(terminal, "en", () => clock);
    for (let i = 1; i <= 1000; i++) {
      clock = i;
      progress.update("read", i * 10);
    }
    expect(out.stderr.split("\r").length - 1).toBeLessThanOrEqual(11);
    expect(out.stderr).toContain("Reading");
  });

  it("says nothing when stderr is not a terminal, so redirected output stays clean", () => {
    const { io: redirected, out } = io(false);
    const progress = terminalProgress(redirected, "zh-CN", () => 5000);
    progress.update("write", 10, 20);
    progress.finish();
    expect(out).toEqual({ stdout: "", stderr: "" });
  });
});
