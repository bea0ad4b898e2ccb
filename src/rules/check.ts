import type { ErrorObject } from "ajv";
import { fillTemplate, type Localized, type Params } from "../i18n";
import { Decimal } from "../money";
import { FACTS, factSpec, type FactSpec, FACT_NAMES } from "./facts";
import { closest, didYouMean, NO_HINT } from "./did-you-mean";
import { FINDING_MESSAGES, type FindingCode } from "./finding-messages";
import { operatorSpec, OPERATORS } from "./operators";
import { ENGINE_REASON_CODES } from "./reason-codes";
import { schemaErrors } from "./schema-validator";
import type { Condition, ConditionLeaf, Finding, FundingRule, RulePackDocument } from "./types";
import { forEachLeaf, packRules } from "./walk";
import { lineFindings } from "./check-lines";

export const MAX_PACK_DEPTH = 32;
export const MAX_PACK_NODES = 50_000;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function finding(severity: Finding["severity"], code: FindingCode, pointer: string, params: Params, rule?: string): Finding {
  const template = FINDING_MESSAGES[code];
  const message: Localized = { "zh-CN": fillTemplate(template["zh-CN"], params, "zh-CN"), en: fillTemplate(template.en, params, "en") };
  return rule === undefined ? { severity, code, pointer, message } : { severity, code, pointer, rule, message };
}

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Depth, size and key-name limits, checked before anything else looks at the document. */
function structureFindings(document: unknown): Finding[] {
  const findings: Finding[] = [];
  let nodes = 0;
  const stack: Array<{ value: unknown; pointer: string; depth: number }> = [{ value: document, pointer: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop()!;
    if (++nodes > MAX_PACK_NODES) return [finding("error", "TOO_LARGE", "", { size: `> ${MAX_PACK_NODES}`, max: MAX_PACK_NODES })];
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_PACK_DEPTH) {
      findings.push(finding("error", "TOO_DEEP", pointer, { max: MAX_PACK_DEPTH }));
      return findings;
    }
    for (const key of Object.keys(value)) {
      const child = `${pointer}/${escapePointer(key)}`;
      if (FORBIDDEN_KEYS.has(key)) findings.push(finding("error", "FORBIDDEN_KEY", child, { key }));
      else stack.push({ value: (value as Record<string, unknown>)[key], pointer: child, depth: depth + 1 });
    }
  }
  return findings;
}

/** A schema pattern said as what to write: decimals as a policy officer writes them, ids as the file names them. */
function patternDetail(pattern: string): Localized {
  if (pattern.includes("\\d{4}-")) return { "zh-CN": '格式不对：日期写 "2022-01-10"', en: 'wrong format: write a date as "2022-01-10"' };
  if (pattern.includes("\\d")) return { "zh-CN": '格式不对：比例写 "0.1"；金额写元，如 "2000000"（都写成带引号的数字，不带单位或千位分隔符）', en: 'wrong format: write a rate as "0.1" and an amount in yuan as "2000000" (quoted digits, no unit or thousands separator)' };
  if (pattern.startsWith("^[a-z")) return { "zh-CN": '格式不对：只用小写字母、数字和连字符，如 "baotou"', en: 'wrong format: lower-case letters, digits and hyphens only, e.g. "baotou"' };
  return { "zh-CN": `格式不对（应符合 ${pattern}）`, en: `wrong format (must match ${pattern})` };
}

/** A schema error said in words, in both languages; `value` (the value at the error's place, when known) names a misspelt enum value and what it is close to. */
export function schemaDetail(error: ErrorObject, value?: unknown): Localized {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { "zh-CN": `缺少必需的属性「${String(p.missingProperty)}」`, en: `missing required property “${String(p.missingProperty)}”` };
    case "additionalProperties":
      return { "zh-CN": `不认识的属性「${String(p.additionalProperty)}」`, en: `unknown property “${String(p.additionalProperty)}”` };
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map(String);
      if (typeof value !== "string") return { "zh-CN": `必须是以下之一：${allowed.join("、")}`, en: `must be one of: ${allowed.join(", ")}` };
      const hint = didYouMean(value, allowed);
      return { "zh-CN": `不认识的取值「${value}」${hint["zh-CN"]}；可用：${allowed.join("、")}`, en: `unknown value “${value}”${hint.en} (allowed: ${allowed.join(", ")})` };
    }
    case "type":
      return { "zh-CN": `类型应为 ${String(p.type)}`, en: `must be of type ${String(p.type)}` };
    case "pattern":
      return patternDetail(String(p.pattern));
    case "anyOf":
      return { "zh-CN": "条件的顶层必须是 all、any 或 not", en: "a rule's conditions must start with all, any or not" };
    case "propertyNames":
      return { "zh-CN": `键名「${String(p.propertyName)}」不允许`, en: `key “${String(p.propertyName)}” is not allowed` };
    default:
      return { "zh-CN": error.message ?? error.keyword, en: error.message ?? error.keyword };
  }
}

/** The value a JSON pointer ("/funding/0/conditions/all/0/operator") names in a document; undefined when there is none. */
export function valueAt(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  let value: unknown = document;
  for (const part of pointer.slice(1).split("/")) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function schemaFindings(document: unknown): Finding[] {
  const errors = schemaErrors(document).filter((e) => e.keyword !== "if" && !e.schemaPath.includes("/anyOf/") && e.keyword !== "not");
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    const detail = schemaDetail(error, error.keyword === "enum" ? valueAt(document, error.instancePath) : undefined);
    const key = `${error.instancePath} ${detail.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      severity: "error",
      code: "SCHEMA",
      pointer: error.instancePath,
      message: {
        "zh-CN": fillTemplate(FINDING_MESSAGES.SCHEMA["zh-CN"], { detail: detail["zh-CN"] }, "zh-CN"),
        en: fillTemplate(FINDING_MESSAGES.SCHEMA.en, { detail: detail.en }, "en"),
      },
    });
  }
  return findings;
}

function valueFits(fact: FactSpec, leaf: ConditionLeaf, value: unknown): boolean {
  const list = leaf.operator === "in" || leaf.operator === "notIn";
  if (list) return Array.isArray(value) && value.every((v) => valueFits(fact, { ...leaf, operator: "equal" }, v));
  switch (fact.type) {
    case "boolean":
      return typeof value === "boolean";
    case "count":
      return typeof value === "number" && Number.isInteger(value);
    case "money":
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value);
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
    default:
      return typeof value === "string";
  }
}

function leafFindings(pack: RulePackDocument, ruleName: string, leaf: ConditionLeaf, pointer: string): Finding[] {
  const findings: Finding[] = [];
  for (const guard of pack.guards ?? []) {
    if (guard.forbiddenFacts.includes(leaf.fact)) {
      findings.push(finding("error", "FORBIDDEN_FACT", `${pointer}/fact`, { rule: ruleName, fact: leaf.fact, guard: guard.id, why: guard.description }, ruleName));
    }
  }
  const fact = factSpec(leaf.fact);
  if (!fact) {
    if (!findings.some((f) => f.code === "FORBIDDEN_FACT")) findings.push(finding("error", "UNKNOWN_FACT", `${pointer}/fact`, { rule: ruleName, fact: leaf.fact, hint: didYouMean(leaf.fact, FACT_NAMES) }, ruleName));
    return findings;
  }
  const operator = operatorSpec(leaf.operator)!;
  if (!operator.factTypes.includes(fact.type)) {
    const allowed = OPERATORS.filter((o) => o.factTypes.includes(fact.type)).map((o) => o.name);
    findings.push(finding("error", "OPERATOR_FACT_MISMATCH", `${pointer}/operator`, { rule: ruleName, operator: leaf.operator, fact: leaf.fact, type: fact.type, allowed }, ruleName));
    return findings;
  }
  let value: unknown = leaf.value;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "param" in value) {
    const name = (value as { param: string }).param;
    const parameter = Object.hasOwn(pack.parameters, name) ? pack.parameters[name] : undefined;
    if (!parameter) {
      findings.push(finding("error", "UNKNOWN_PARAMETER", `${pointer}/value/param`, { rule: ruleName, param: name, hint: didYouMean(name, Object.keys(pack.parameters)) }, ruleName));
      return findings;
    }
    value = parameter.value;
  }
  if (!valueFits(fact, leaf, value)) {
    findings.push(finding("error", "BAD_VALUE_TYPE", `${pointer}/value`, { rule: ruleName, fact: leaf.fact, type: fact.type, operator: leaf.operator, value: JSON.stringify(value) }, ruleName));
  } else if (fact.type === "enum" && fact.values) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (!fact.values.includes(String(v))) {
        findings.push(finding("error", "BAD_ENUM_VALUE", `${pointer}/value`, { rule: ruleName, fact: leaf.fact, value: String(v), values: fact.values }, ruleName));
      }
    }
  }
  return findings;
}

function parameterFindings(pack: RulePackDocument, rule: FundingRule, pointer: string): Finding[] {
  const findings: Finding[] = [];
  const lookup = (key: "rate" | "cap") => {
    const name = rule[key];
    if (name === undefined) return undefined;
    if (!Object.hasOwn(pack.parameters, name)) {
      findings.push(finding("error", "UNKNOWN_PARAMETER", `${pointer}/${key}`, { rule: rule.name, param: name, hint: didYouMean(name, Object.keys(pack.parameters)) }, rule.name));
      return undefined;
    }
    return { name, parameter: pack.parameters[name]! };
  };
  if (rule.line === "case-by-case" || rule.caseByCase) {
    if (!rule.caseByCase) findings.push(finding("error", "CASE_LINE_NOT_CASE", pointer, { rule: rule.name }, rule.name));
    if (rule.rate !== undefined || rule.cap !== undefined || rule.tiers !== undefined || rule.base !== undefined) findings.push(finding("error", "CASE_LINE_WITH_FORMULA", pointer, { rule: rule.name }, rule.name));
    return findings;
  }
  const rate = lookup("rate");
  const cap = lookup("cap");
  if (rule.rate === undefined && rule.tiers === undefined) findings.push(finding("error", "FORMULA_LINE_WITHOUT_RATE", pointer, { rule: rule.name }, rule.name));
  if (rule.cap === undefined) findings.push(finding("error", "FORMULA_LINE_WITHOUT_CAP", pointer, { rule: rule.name }, rule.name));
  if (rate) {
    const at = `/parameters/${escapePointer(rate.name)}`;
    if (rate.parameter.unit !== "ratio") findings.push(finding("error", "RATE_NOT_RATIO", `${at}/unit`, { rule: rule.name, param: rate.name, unit: rate.parameter.unit }, rule.name));
    const value = new Decimal(rate.parameter.unit === "date" ? "0" : rate.parameter.value);
    if (rate.parameter.unit !== "date" && (value.lt(0) || value.gt(1))) {
      const hint = value.gt(1) && value.lte(100)
        ? { "zh-CN": `（像是百分数：${value.toString()}% 应写作 "${value.div(100).toString()}"）`, en: ` (it looks like a percentage: ${value.toString()}% is written "${value.div(100).toString()}")` }
        : { "zh-CN": "", en: "" };
      findings.push(finding("error", "RATE_OUT_OF_RANGE", `${at}/value`, { param: rate.name, value: rate.parameter.value, hint }, rule.name));
    }
  }
  if (cap) {
    const at = `/parameters/${escapePointer(cap.name)}`;
    if (cap.parameter.unit !== "yuan") findings.push(finding("error", "CAP_NOT_YUAN", `${at}/unit`, { rule: rule.name, param: cap.name, unit: cap.parameter.unit }, rule.name));
    if (cap.parameter.unit !== "date" && new Decimal(cap.parameter.value).lte(0)) findings.push(finding("error", "CAP_NOT_POSITIVE", `${at}/value`, { param: cap.name, value: cap.parameter.value }, rule.name));
  }
  return findings;
}

/** The facts a funding line's base may name. */
const MONEY_FACTS = FACTS.filter((f) => f.type === "money").map((f) => f.name);

/**
 * A reason code without a message. An eligibility rule's own reason is
 * pointed at where the rule names it, with the message key it is close to
 * (a slip in either); an engine code, which cannot be renamed, with the
 * key no code uses that looks like a misspelling of it.
 */
function messageFindings(pack: RulePackDocument): Finding[] {
  const findings: Finding[] = [];
  const keys = Object.keys(pack.messages);
  const engine = new Set<string>(ENGINE_REASON_CODES);
  const used = new Set<string>([...ENGINE_REASON_CODES, ...pack.eligibility.map((r) => r.reason)]);
  const unused = keys.filter((k) => !used.has(k));
  for (const code of ENGINE_REASON_CODES) {
    if (Object.hasOwn(pack.messages, code)) continue;
    const key = closest(code, unused);
    const hint = key ? { "zh-CN": `（messages 中的「${key}」是否应写作「${code}」？）`, en: `: is messages.${key} meant to be “${code}”?` } : NO_HINT;
    findings.push(finding("error", "MISSING_MESSAGE", "/messages", { code, hint }));
  }
  const reported = new Set<string>();
  pack.eligibility.forEach((rule, i) => {
    const code = rule.reason;
    if (engine.has(code) || reported.has(code) || Object.hasOwn(pack.messages, code)) return;
    reported.add(code);
    findings.push(finding("error", "MISSING_MESSAGE", `/eligibility/${i}/reason`, { code, hint: didYouMean(code, keys) }, rule.name));
  });
  return findings;
}

/** A money amount as a pack writes it: yuan, never negative. */
const MONEY = /^\d{1,15}(\.\d{1,2})?$/;

/**
 * Whether an assumed value fits its fact: a boolean for a yes/no fact, a
 * non-negative decimal string of yuan for money, a date, one of an enum's
 * values, text for text. A value that does not fit would crash the run or
 * pay a negative amount, so it is an error of the pack.
 */
function assumptionProblem(spec: FactSpec, value: unknown): { kind: string; kindEn: string; example: string } | null {
  switch (spec.type) {
    case "boolean":
      return typeof value === "boolean" ? null : { kind: "是/否", kindEn: "yes/no", example: "true 或 false" };
    case "money":
      return typeof value === "string" && MONEY.test(value) ? null : { kind: "金额（元，不为负）", kindEn: "an amount in yuan, not negative", example: '"2000000"' };
    case "date":
      return typeof value === "string" && isValidDate(value) ? null : { kind: "日期", kindEn: "a date", example: '"2022-01-10"' };
    case "count":
      return typeof value === "string" && /^\d{1,9}$/.test(value) ? null : { kind: "个数", kindEn: "a count", example: '"3"' };
    case "enum":
      return typeof value === "string" && (spec.values ?? []).includes(value) ? null : { kind: `取值之一（${(spec.values ?? []).join("、")}）`, kindEn: `one of ${(spec.values ?? []).join(", ")}`, example: JSON.stringify(spec.values?.[0] ?? "") };
    case "text":
      return typeof value === "string" ? null : { kind: "文字", kindEn: "text", example: '"包头市"' };
  }
}

function isValidDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Checks that need the document to fit the schema: parameters, facts, operators, guards, messages. */
function semanticFindings(pack: RulePackDocument): Finding[] {
  const findings: Finding[] = [];
  const names = new Set<string>();
  for (const entry of packRules(pack)) {
    const { rule, pointer } = entry;
    if (names.has(rule.name)) findings.push(finding("error", "DUPLICATE_RULE_NAME", `${pointer}/name`, { rule: rule.name }, rule.name));
    names.add(rule.name);
    forEachLeaf(rule.conditions as Condition, `${pointer}/conditions`, (leaf, at) => findings.push(...leafFindings(pack, rule.name, leaf, at)));
    if (entry.kind === "funding") findings.push(...parameterFindings(pack, entry.rule, pointer));
  }
  if (pack.appliesTo) forEachLeaf(pack.appliesTo, "/appliesTo", (leaf, at) => findings.push(...leafFindings(pack, "appliesTo", leaf, at)));
  if (pack.dateFact !== undefined && factSpec(pack.dateFact)?.type !== "date") {
    findings.push(finding("error", "DATE_FACT_NOT_DATE", "/dateFact", { fact: pack.dateFact }));
  }
  for (const rule of pack.funding) {
    const at = `/funding/${pack.funding.indexOf(rule)}`;
    if (typeof rule.base === "string" && factSpec(rule.base)?.type !== "money") {
      const hint = factSpec(rule.base) ? NO_HINT : didYouMean(rule.base, MONEY_FACTS);
      findings.push(finding("error", "BASE_NOT_MONEY", `${at}/base`, { rule: rule.name, fact: rule.base, hint }, rule.name));
    }
    // Figures that look like a slip: a cap written in 万元, a rate of more than half of the investment.
    const cap = rule.cap !== undefined ? pack.parameters[rule.cap]?.value : undefined;
    if (typeof cap === "string" && /^\d+(\.\d+)?$/.test(cap) && Number(cap) > 0 && Number(cap) < 10_000) {
      findings.push(finding("warning", "CAP_LOOKS_LIKE_WAN", `/parameters/${escapePointer(rule.cap!)}/value`, { rule: rule.name, param: rule.cap!, value: cap, yuan: String(Number(cap) * 10_000) }, rule.name));
    }
    const rate = rule.rate !== undefined ? pack.parameters[rule.rate]?.value : undefined;
    if ((rule.base ?? "investment") === "investment" && typeof rate === "string" && /^\d+(\.\d+)?$/.test(rate) && Number(rate) > 0.5) {
      findings.push(finding("warning", "RATE_ABOVE_HALF", `/parameters/${escapePointer(rule.rate!)}/value`, { rule: rule.name, param: rule.rate!, value: rate }, rule.name));
    }
  }
  findings.push(...lineFindings(pack));
  findings.push(...messageFindings(pack));
  for (const [fact, assumption] of Object.entries(pack.assumptions ?? {})) {
    const spec = factSpec(fact);
    if (!spec) {
      findings.push(finding("error", "UNKNOWN_ASSUMPTION_FACT", `/assumptions/${escapePointer(fact)}`, { fact }));
      continue;
    }
    const bad = assumptionProblem(spec, assumption.value);
    if (bad) findings.push(finding("error", "BAD_ASSUMPTION_VALUE", `/assumptions/${escapePointer(fact)}/value`, { fact, value: JSON.stringify(assumption.value), ...bad }));
  }
  for (const key of ["from", "to"] as const) {
    const value = pack.effective[key];
    if (value !== null && !isValidDate(value)) findings.push(finding("error", "BAD_DATE", `/effective/${key}`, { value }));
  }
  if (pack.effective.to !== null && pack.effective.to < pack.effective.from) {
    findings.push(finding("error", "EFFECTIVE_DATES_REVERSED", "/effective", { from: pack.effective.from, to: pack.effective.to }));
  }
  return findings;
}

/**
 * Everything wrong with one pack document, most basic first: structure
 * limits, then the schema, then the meaning. Later stages run only when
 * the earlier ones found no error, so every finding is about a document
 * that can be read that far.
 */
export function checkPackDocument(document: unknown): Finding[] {
  const structure = structureFindings(document);
  if (structure.length > 0) return structure;
  const schema = schemaFindings(document);
  if (schema.length > 0) return schema;
  return semanticFindings(document as RulePackDocument);
}
