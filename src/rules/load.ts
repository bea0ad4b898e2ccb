import { JiebangError } from "../i18n";
import { sha256Hex } from "../digest";
import { checkPackDocument } from "./check";
import type { Finding, RulePack, RulePackDocument } from "./types";

/** Packs are small documents; a larger text is refused before it is parsed. */
export const MAX_PACK_BYTES = 1_000_000;

export type PackReading = { ok: true; pack: RulePack; findings: Finding[] } | { ok: false; findings: Finding[]; notJson?: string };

/** Parse and check a pack's text; never throws for a bad pack. */
export function readPack(text: string, source: string): PackReading {
  if (text.length > MAX_PACK_BYTES) {
    return {
      ok: false,
      findings: [
        {
          severity: "error",
          code: "TOO_LARGE",
          pointer: "",
          message: { "zh-CN": `规则包过大（${text.length} 字符），上限为 ${MAX_PACK_BYTES}`, en: `the pack is too large (${text.length} characters); the limit is ${MAX_PACK_BYTES}` },
        },
      ],
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, findings: [], notJson: error instanceof Error ? error.message : String(error) };
  }
  const findings = checkPackDocument(document);
  if (findings.some((f) => f.severity === "error")) return { ok: false, findings };
  return { ok: true, pack: { document: document as RulePackDocument, source, sha256: sha256Hex(text) }, findings };
}

/** Parse and check a pack's text; an invalid pack throws with its first error (file, JSON pointer, what is wrong). */
export function loadPack(text: string, source: string): RulePack {
  const reading = readPack(text, source);
  if (reading.ok) return reading.pack;
  if (reading.notJson !== undefined) throw new JiebangError("PACK_NOT_JSON", { file: source, why: reading.notJson }, { file: source });
  const first = reading.findings.find((f) => f.severity === "error")!;
  throw new JiebangError("PACK_INVALID", { file: source, pointer: first.pointer || "/", why: first.message }, { file: source, pointer: first.pointer });
}
