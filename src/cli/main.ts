import { JiebangError, message, parseLang, type Lang } from "../i18n";
import { TOOL } from "../version";
import { helpText } from "./help";
import { processIo, type Io } from "./io";
import { runCommand } from "./run-command";

/** --lang may stand anywhere; read it first so every message, errors included, is in that language. */
function languageOf(args: readonly string[]): { lang: Lang; bad?: string } {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === undefined) continue;
    const lang = parseLang(value);
    return lang ? { lang } : { lang: "zh-CN", bad: value };
  }
  return { lang: "zh-CN" };
}

/** Run the command line; returns the exit code (0 done, 2 cannot, 1 internal fault). */
export async function main(args: readonly string[], io: Io = processIo): Promise<number> {
  const { lang, bad } = languageOf(args);
  const debug = args.includes("--debug");
  try {
    if (bad !== undefined) throw new JiebangError("BAD_LANG", { value: bad });
    const [command, ...rest] = args;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(helpText(lang));
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${TOOL.name} ${TOOL.version}\n`);
      return 0;
    }
    if (command === "run") return await runCommand(rest, lang, io);
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
