import type { Recipient } from "../rules";
import { checkUscc, normalizeLabel } from "../tracker";

/** An issuer's unified social credit code as the tracker gave it, normalised, when it is valid; else null. */
export function validUscc(text: string | null | undefined): string | null {
  if (!text) return null;
  const check = checkUscc(text);
  return check.valid ? check.code : null;
}

/**
 * Who a line pays, as a recipient's cap counts them and the payment list
 * lists them: an issuer by its unified social credit code when valid, else
 * by its name; a solver by its name (names normalised: Simplified,
 * full-width folded, no spaces). Null when the line names nobody.
 */
export function payeeKey(recipient: Recipient | null, name: string | null, uscc: string | null): string | null {
  if (recipient === "issuer" && uscc !== null) return `uscc:${uscc}`;
  return name === null ? null : `name:${normalizeLabel(name)}`;
}
