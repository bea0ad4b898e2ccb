import { fillTemplate, type Params } from "../i18n";
import { FINDING_MESSAGES, type FindingCode } from "./finding-messages";
import type { Finding } from "./types";

/** A finding of the lint with its message filled in both languages (as `rules check` builds its own). */
export function lintFinding(severity: Finding["severity"], code: FindingCode, pointer: string, params: Params, rule?: string): Finding {
  const template = FINDING_MESSAGES[code];
  const message = { "zh-CN": fillTemplate(template["zh-CN"], params, "zh-CN"), en: fillTemplate(template.en, params, "en") };
  return rule === undefined ? { severity, code, pointer, message } : { severity, code, pointer, rule, message };
}
