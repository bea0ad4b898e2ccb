#!/usr/bin/env node
// The `jiebang` command. The code is TypeScript; tsx compiles it on the fly.
import { register } from "tsx/esm/api";

register();
// Output piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
