/**
 * The crafted packages of ./packages.ts through the real binary:
 *
 *   node --max-old-space-size=600 src/cli/bin.mjs run FILE --json OUT.json --out OUT.xlsx
 *
 * each in its own temporary directory, a few at a time. A package Excel shows
 * normally must be decided (exit 0) with the case's checks passing; a damaged
 * one refused: exit 2, exactly one non-empty line on stderr, nothing on
 * stdout, no file left behind. Never a signal, a crash (134, 13, 1), a
 * timeout, a silent exit, or a peak RSS above the limit.
 *
 * Knobs (environment): CRAFTED_ONLY=regex runs the matching cases only;
 * CRAFTED_POOL (default 3) children at once; CRAFTED_TIMEOUT_MS (default
 * 60000) per child; CRAFTED_RSS_MB (default 600) peak RSS allowed;
 * CRAFTED_BIN another bin.mjs to run (e.g. a checkout of an older reader);
 * CRAFTED_REPORT=file.json writes every case's exit code, stderr, time and
 * peak RSS there; CRAFTED_KEEP=1 keeps the temporary directories.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, it } from "vitest";
import { CRAFTED, expectationKind, type CraftedCase, type CraftedJson } from "./packages";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = process.env.CRAFTED_BIN ?? join(ROOT, "src", "cli", "bin.mjs");
const POOL = Number(process.env.CRAFTED_POOL ?? 3);
const TIMEOUT_MS = Number(process.env.CRAFTED_TIMEOUT_MS ?? 60_000);
const RSS_LIMIT_MB = Number(process.env.CRAFTED_RSS_MB ?? 600);
const ONLY = process.env.CRAFTED_ONLY ? new RegExp(process.env.CRAFTED_ONLY) : null;
const RSS_LINE = /^jiebang-peak-rss-bytes=(\d+)\n/m;
const STACK_FRAME = /^\s+at\s/m;
const OUTPUT_CAP = 1 << 20;

const CASES = CRAFTED.filter((c) => !ONLY || ONLY.test(c.name));

interface Outcome {
  readonly code: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  /** stderr without the peak-RSS line. */
  readonly stderr: string;
  readonly rssMb: number | null;
  readonly buildMs: number;
  readonly runMs: number;
  readonly inputBytes: number;
  /** What the directory holds after the run. */
  readonly files: string[];
  readonly json: CraftedJson | null;
  readonly jsonError: string | null;
  /** The input and the rule pack, which are ours. */
  readonly ours: string[];
  /** An error building or writing the package (a bug in the case, not in jiebang). */
  readonly setupError?: string;
}

let root = "";

async function runCase(c: CraftedCase): Promise<Outcome> {
  const dir = mkdtempSync(join(root, `${c.name.replace(/[^\w.-]/g, "_")}-`));
  const input = join(dir, `${c.name.replace(/[^\w.-]/g, "_")}.xlsx`);
  const ours = [input.slice(dir.length + 1)];
  const started = Date.now();
  let bytes: Uint8Array;
  try {
    bytes = await c.build();
    writeFileSync(input, bytes);
  } catch (error) {
    return { code: null, signal: null, timedOut: false, stdout: "", stderr: "", rssMb: null, buildMs: Date.now() - started, runMs: 0, inputBytes: 0, files: [], json: null, jsonError: null, ours, setupError: String((error as Error).stack ?? error) };
  }
  const buildMs = Date.now() - started;
  const args = ["--max-old-space-size=600", BIN, "run", input, "--json", join(dir, "out.json"), "--out", join(dir, "out.xlsx")];
  if (c.pack !== undefined) {
    writeFileSync(join(dir, "pack.json"), c.pack);
    ours.push("pack.json");
    args.push("--rules", join(dir, "pack.json"));
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", JIEBANG_REPORT_RSS: "1", ...c.env };
  delete env.NODE_OPTIONS;
  const runStarted = Date.now();
  const result = await new Promise<{ code: number | null; signal: string | null; timedOut: boolean; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      if (stdout.length < OUTPUT_CAP) stdout += s;
    });
    child.stderr.setEncoding("utf8").on("data", (s: string) => {
      if (stderr.length < OUTPUT_CAP) stderr += s;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout, stderr });
    });
  });
  const runMs = Date.now() - runStarted;
  const rss = RSS_LINE.exec(result.stderr);
  let json: CraftedJson | null = null;
  let jsonError: string | null = null;
  if (existsSync(join(dir, "out.json"))) {
    try {
      json = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as CraftedJson;
    } catch (error) {
      jsonError = String(error);
    }
  }
  const files = readdirSync(dir).sort();
  // The package may be large; the directory is kept (CRAFTED_KEEP) for a look, else emptied now.
  if (!process.env.CRAFTED_KEEP) rmSync(dir, { recursive: true, force: true });
  return {
    ...result,
    stderr: result.stderr.replace(RSS_LINE, ""),
    rssMb: rss ? Math.round(Number(rss[1]) / (1024 * 1024)) : null,
    buildMs,
    runMs,
    inputBytes: bytes.length,
    files,
    json,
    jsonError,
    ours,
  };
}

/** What is wrong with an outcome, or null when it is what the case expects. */
function judge(c: CraftedCase, o: Outcome): string | null {
  const kind = expectationKind(c.expect);
  const said = `exit ${o.code ?? "-"}${o.signal ? `, signal ${o.signal}` : ""}; stderr: ${JSON.stringify(o.stderr.slice(0, 600))}`;
  if (o.setupError) return `the package could not be built: ${o.setupError}`;
  if (o.timedOut) return `no answer within ${TIMEOUT_MS} ms (killed); ${said}`;
  if (o.signal !== null) return `killed by ${o.signal}; ${said}`;
  if (o.rssMb !== null && o.rssMb > RSS_LIMIT_MB) return `peak RSS ${o.rssMb} MB, above ${RSS_LIMIT_MB} MB; ${said}`;
  if (o.code === 0 && kind !== "refuse") {
    if (!o.json) return `exit 0 but no readable out.json (${o.jsonError ?? "missing"}); ${said}`;
    if (!o.files.includes("out.xlsx")) return `exit 0 but no out.xlsx; files: ${o.files.join(", ")}`;
    if (STACK_FRAME.test(o.stderr)) return `exit 0 with a stack trace on stderr; ${said}`;
    const check = "decide" in c.expect ? c.expect.decide : "decideOrRefuse" in c.expect ? c.expect.decideOrRefuse : null;
    try {
      check!(o.json);
    } catch (error) {
      return `decided, but not as expected: ${(error as Error).message}`;
    }
    return null;
  }
  if (o.code === 2 && kind !== "decide") {
    const lines = o.stderr.replace(/\n$/, "").split("\n");
    if (!o.stderr.endsWith("\n") || lines.length !== 1 || lines[0]!.trim() === "") return `exit 2, but stderr is not exactly one non-empty line; ${said}`;
    if (STACK_FRAME.test(o.stderr) || /Error:|JiebangError/.test(o.stderr)) return `exit 2, but stderr shows an error object or stack; ${said}`;
    if (o.stdout !== "") return `exit 2, but stdout is not empty: ${JSON.stringify(o.stdout.slice(0, 200))}`;
    const left = o.files.filter((f) => !o.ours.includes(f));
    if (left.length > 0) return `exit 2, but files were left behind: ${left.join(", ")}`;
    return null;
  }
  if (o.code === 0) return `decided (exit 0), but the package is damaged and must be refused (exit 2); summary: ${JSON.stringify(o.json?.summary ?? null)}`;
  if (o.code === 2) return `refused (exit 2), but Excel shows this package and it must be decided; ${said}`;
  return `exit ${o.code}: neither a decision (0) nor a refusal (2); ${said}`;
}

const outcomes = new Map<string, Promise<Outcome>>();
const settled: Array<{ c: CraftedCase; o: Outcome }> = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "jiebang-crafted-"));
  // A small pool, in test order: by the time a test awaits its outcome, the ones before it are done.
  const queue = [...CASES];
  const resolvers = new Map<string, (o: Outcome) => void>();
  for (const c of CASES) outcomes.set(c.name, new Promise((resolve) => resolvers.set(c.name, resolve)));
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const o = await runCase(c);
      settled.push({ c, o });
      resolvers.get(c.name)!(o);
    }
  };
  for (let i = 0; i < Math.max(1, POOL); i++) void worker();
});

afterAll(() => {
  if (process.env.CRAFTED_REPORT) {
    const rows = CASES.map((c) => settled.find((s) => s.c === c)).filter((s) => s !== undefined).map(({ c, o }) => ({
      name: c.name,
      expect: expectationKind(c.expect),
      verdict: judge(c, o) ?? "ok",
      code: o.code,
      signal: o.signal,
      timedOut: o.timedOut,
      runMs: o.runMs,
      buildMs: o.buildMs,
      rssMb: o.rssMb,
      inputBytes: o.inputBytes,
      stderr: o.stderr.slice(0, 1000),
      summary: o.json?.summary ?? null,
    }));
    writeFileSync(process.env.CRAFTED_REPORT, `${JSON.stringify(rows, null, 2)}\n`);
  }
  if (!process.env.CRAFTED_KEEP && root) rmSync(root, { recursive: true, force: true });
});

describe("crafted packages through the real binary", () => {
  it.each(CASES.map((c) => [`${c.name} (${expectationKind(c.expect)})`, c] as const))(
    "%s",
    async (_title, c) => {
      const o = await outcomes.get(c.name)!;
      const verdict = judge(c, o);
      if (verdict) throw new Error(`${c.name}: ${verdict}\n  (${c.what})`);
    },
    // Its own run, and at most the runs still ahead of it in the pool.
    TIMEOUT_MS * 2 + 60_000,
  );
});
