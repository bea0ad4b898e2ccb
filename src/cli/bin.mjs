#!/usr/bin/env node
// The `jiebang` command. The code is TypeScript; tsx compiles it on the fly.
import { register } from "tsx/esm/api";

register();
// Output piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
// For benchmarks: report the process's peak memory on exit.
if (process.env.JIEBANG_REPORT_RSS) {
  process.on("exit", () => process.stderr.write(`jiebang-peak-rss-bytes=${process.resourceUsage().maxRSS * 1024}\n`));
}
// For the memory test: the peak of the heap in use, measured after a full collection every half second (needs --expose-gc).
if (process.env.JIEBANG_REPORT_HEAP && typeof globalThis.gc === "function") {
  let peak = 0;
  const sample = () => {
    globalThis.gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  setInterval(sample, 500).unref();
  process.on("exit", () => {
    sample();
    process.stderr.write(`jiebang-peak-heap-bytes=${peak}\n`);
  });
}
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
