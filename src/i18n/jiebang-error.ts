import type { Lang } from "./lang";
import { MESSAGES, type MessageCode } from "./messages";
import { fillTemplate, type Params } from "./template";

/** Where a problem is: any of file, sheet, cell, JSON pointer. */
export interface Where {
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly pointer?: string;
}

/**
 * A problem that stops the work (an unreadable file, a tracker without a
 * header, an invalid pack): a stable code, parameters, and a message in each
 * language. Problems in single cells are not thrown; they are row data.
 */
export class JiebangError extends Error {
  override readonly name = "JiebangError";

  constructor(
    readonly code: MessageCode,
    readonly params: Params = {},
    readonly where: Where = {},
  ) {
    super(fillTemplate(MESSAGES[code].en, params, "en"));
  }

  text(lang: Lang): string {
    return fillTemplate(MESSAGES[this.code][lang], this.params, lang);
  }
}

export function message(code: MessageCode, params: Params, lang: Lang): string {
  return fillTemplate(MESSAGES[code][lang], params, lang);
}
