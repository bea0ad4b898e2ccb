import { parseArgs, type ParseArgsConfig } from "node:util";
import { JiebangError, type Localized } from "../i18n";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, with its errors turned into jiebang's own sentences. */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as Error & { code?: string };
    const option = /'([^']+)'/.exec(e.message)?.[1]?.split(/[ ,]/)[0] ?? "";
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new JiebangError("UNKNOWN_OPTION", { option });
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new JiebangError("OPTION_NEEDS_VALUE", { option });
    throw new JiebangError("BAD_ARGUMENTS", { why: e.message });
  }
}

export function badArguments(why: Localized): JiebangError {
  return new JiebangError("BAD_ARGUMENTS", { why });
}

/**
 * Global options may stand anywhere, before or after the command:
 * `jiebang --lang en run x.xlsx` and `jiebang run x.xlsx --lang en` are the same.
 */
export function splitGlobalOptions(args: readonly string[]): { lang?: string; debug: boolean; rest: string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  let debug = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--lang") {
      lang = args[i + 1] ?? "";
      i++;
    } else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
    else if (arg === "--debug") debug = true;
    else rest.push(arg);
  }
  return lang === undefined ? { debug, rest } : { lang, debug, rest };
}
