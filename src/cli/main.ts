import * as crypto from "node:crypto";
import { useSha256, type Sha256 } from "../digest";
import { JiebangError, message, parseLang, type Lang } from "../i18n";
import { TOOL } from "../version";
import { splitGlobalOptions } from "./args";
import { helpText } from "./help";
import { processIo, type Io } from "./io";
import { rulesCommand } from "./rules-command";
import { runCommand } from "./run-command";
import { verifyCommand } from "./verify-command";

/** Run the command line; returns the exit code (0 done, 2 cannot, 1 internal fault; 3 findings of rules check/test and verify). */
/** The platform's SHA-256 (OpenSSL through node:crypto): the digests are the same, many times faster than pure JS. */
function nodeSha256(): Sha256 {
  const hash = crypto.createHash("sha256");
  const hasher: Sha256 = {
    update(data) {
      hash.update(data);
      return hasher;
    },
    hex: () => hash.digest("hex"),
  };
  return hasher;
}
/** node:crypto's one-shot `hash` (Node 20.12 and later; https://nodejs.org/api/crypto.html#cryptohashalgorithm-data-outputencoding). */
const nodeHashOnce = (crypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: "hex") => string }).hash;
useSha256(nodeSha256, nodeHashOnce ? (data) => nodeHashOnce("sha256", data, "hex") : null);

export async function main(args: readonly string[], io: Io = processIo): Promise<number> {
  const global = splitGlobalOptions(args);
  const lang: Lang = (global.lang !== undefined && parseLang(global.lang)) || "zh-CN";
  const debug = global.debug;
  try {
    if (global.lang !== undefined && !parseLang(global.lang)) throw new JiebangError("BAD_LANG", { value: global.lang });
    const [command, ...rest] = global.rest;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(helpText(lang));
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${TOOL.name} ${TOOL.version}\n`);
      return 0;
    }
    // `run --help` and `verify --help`: their options are in the main help.
    if ((command === "run" || command === "verify") && (rest.includes("--help") || rest.includes("-h"))) {
      io.stdout(helpText(lang));
      return 0;
    }
    if (command === "run") return await runCommand(rest, lang, io);
    if (command === "rules") return await rulesCommand(rest, lang, io);
    if (command === "verify") return await verifyCommand(rest, lang, io);
    throw new JiebangError("UNKNOWN_COMMAND", { command });
  } catch (error) {
    if (error instanceof JiebangError) {
      io.stderr(`${error.text(lang)}\n`);
      if (debug && error.stack) io.stderr(`${error.stack}\n`);
      return 2;
    }
    const why = error instanceof Error ? error.message : String(error);
    io.stderr(`${message("INTERNAL", { why }, lang)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 1;
  }
}
