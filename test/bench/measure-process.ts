/**
 * Run a child process and measure it: wall time from spawn to exit
 * (performance.now()) and peak resident memory. The peak is the line
 * `jiebang-peak-rss-bytes=<n>` the child prints on stderr when it reports
 * its own (the CLI does under JIEBANG_REPORT_RSS=1); otherwise this polls
 * /proc/<pid>/status every 50 ms for VmHWM (the kernel's high-water mark of
 * the resident set) and keeps the last value read before the child exits.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface ProcessRun {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Peak RSS in bytes, or null when neither source gave one. */
  readonly peakRssBytes: number | null;
  /** Where the peak came from. */
  readonly peakRssSource: "reported" | "polled" | "none";
  readonly stdout: string;
  readonly stderr: string;
}

const RSS_LINE = /jiebang-peak-rss-bytes=(\d+)/;
const POLL_MS = 50;

function vmHwmBytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Keep at most this many characters of stdout (the CLI prints a table of every row). */
  readonly keepStdout?: number;
  /** Called with each chunk of the child's stderr as it comes (progress lines). */
  readonly onStderr?: (chunk: string) => void;
}

export function measureProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessRun> {
  const keep = options.keepStdout ?? 1_000_000;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let polled: number | null = null;
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      if (stdout.length < keep) stdout += chunk.slice(0, keep - stdout.length);
    });
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
      options.onStderr?.(chunk);
    });
    const poll = () => {
      if (child.pid === undefined) return;
      const hwm = vmHwmBytes(child.pid);
      if (hwm !== null) polled = Math.max(polled ?? 0, hwm);
    };
    const timer = setInterval(poll, POLL_MS);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    // 'exit' comes before the pipes close; poll once more in case the process is still a zombie with its status.
    let exitedAt: number | null = null;
    child.on("exit", () => {
      exitedAt = performance.now();
      poll();
    });
    child.on("close", (exitCode, signal) => {
      const wallMs = (exitedAt ?? performance.now()) - started;
      clearInterval(timer);
      const reported = RSS_LINE.exec(stderr);
      const peakRssBytes = reported ? Number(reported[1]) : polled;
      resolvePromise({
        wallMs,
        exitCode,
        signal,
        peakRssBytes,
        peakRssSource: reported ? "reported" : polled !== null ? "polled" : "none",
        stdout,
        stderr,
      });
    });
  });
}
