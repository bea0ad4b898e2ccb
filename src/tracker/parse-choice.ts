import type { GridCell } from "./grid";
import { bad, ok, type BadValueDetail, type Parsed } from "./parsed";
import { cellContent } from "./parse-text";
import { normalizeLabel } from "./text";

const YES = ["是", "y", "yes", "true", "✓", "✔", "√", "☑", "对"];
const NO = ["否", "n", "no", "false", "✗", "✘", "×", "✕", "☒", "x"];

function table<T>(entries: ReadonlyArray<readonly [readonly string[], T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [spellings, value] of entries) for (const s of spellings) map.set(normalizeLabel(s), value);
  return map;
}

const YES_NO = table<boolean>([
  [YES, true],
  [NO, false],
]);

function choose<T>(cell: GridCell, map: Map<string, T>, detail: BadValueDetail, fallback?: (key: string) => T | undefined): Parsed<T> {
  const content = cellContent(cell);
  if (!content.ok) return content;
  if (typeof content.value === "boolean") {
    const answer = map.get(content.value ? "true" : "false");
    return answer === undefined ? bad(detail) : ok(answer);
  }
  const key = normalizeLabel(String(content.value));
  const value = map.get(key) ?? fallback?.(key);
  return value === undefined ? bad(detail) : ok(value);
}

/** 是/否, Y/N, Yes/No, ✓/✗, TRUE/FALSE. */
export function parseYesNo(cell: GridCell): Parsed<boolean> {
  return choose(cell, YES_NO, "NOT_YES_NO");
}

/**
 * A demand not yet published as a list: what a demand library (需求库) says
 * of its rows. Such a row is not matched (as 未揭榜 is), and the funnel does
 * not count it as published.
 */
const PRE_PUBLICATION = ["征集中", "需求征集中", "待发布", "未发布", "入库", "已入库", "collecting", "unpublished", "notpublished"];
const PRE_PUBLICATION_KEYS: ReadonlySet<string> = new Set(PRE_PUBLICATION.map(normalizeLabel));

/** Whether an agreement cell's text says the demand is not yet published (征集中, 待发布, 未发布, 入库). */
export function isPrePublication(text: string | undefined): boolean {
  return text !== undefined && PRE_PUBLICATION_KEYS.has(normalizeLabel(text));
}

const MATCH_STATES = table<boolean>([
  [PRE_PUBLICATION, false],
  [["已签约", "达成合作意向", "已达成合作意向", "达成合作", "已达成合作", "已达成", "已揭榜", "已签订", "已签订协议", "签约", "matched", "signed", "agreed", "agreementreached"], true],
  [["未揭榜", "洽谈中", "未达成", "未签约", "未达成合作", "无人揭榜", "对接中", "终止", "notmatched", "unmatched", "innegotiation", "negotiating", "open"], false],
  [YES, true],
  [NO, false],
]);

/** 已签约/达成合作意向 or any yes → matched; 未揭榜/洽谈中, a demand not yet published (征集中) or any no → not matched. */
export function parseMatched(cell: GridCell): Parsed<boolean> {
  return choose(cell, MATCH_STATES, "UNKNOWN_MATCH_STATE");
}

export type ProjectType = "tech" | "transformation";

const PROJECT_TYPES = table<ProjectType>([
  [["技术攻关类", "技术攻关", "技术攻关类项目", "重大技术攻关", "technologytackling", "technology-tackling", "tech"], "tech"],
  [["成果转化类", "成果转化", "成果转化类项目", "科技成果转化", "achievementtransformation", "achievement-transformation", "transformation"], "transformation"],
]);

export function parseProjectType(cell: GridCell): Parsed<ProjectType> {
  return choose(cell, PROJECT_TYPES, "UNKNOWN_PROJECT_TYPE");
}

export type IssuerKind = "independent" | "centralBranch" | "other";

const ISSUER_KINDS = table<IssuerKind>([
  [["独立法人企业", "企业法人", "法人企业", "独立法人", "具有独立法人资格的企业", "independentlegalentity", "independent"], "independent"],
  [["中央企业分公司", "央企分公司", "中央企业分支机构", "央企分支机构", "centralsoebranch", "centralbranch"], "centralBranch"],
]);

/** Anything not recognised as one of the two eligible kinds is "other", never an error. */
export function parseIssuerKind(cell: GridCell): Parsed<IssuerKind> {
  return choose(cell, ISSUER_KINDS, "NOT_YES_NO", () => "other");
}

/** 验收结论: passed, failed, or terminated before acceptance. */
export type Acceptance = "passed" | "failed" | "terminated";

const ACCEPTANCES = table<Acceptance>([
  [["通过", "验收通过", "已通过", "通过验收", "合格", "passed", "pass", "accepted"], "passed"],
  [["未通过", "不通过", "验收未通过", "未通过验收", "不合格", "failed", "fail", "notpassed", "rejected"], "failed"],
  [["终止", "已终止", "项目终止", "中止", "撤销", "terminated", "stopped", "cancelled", "canceled"], "terminated"],
]);

export function parseAcceptance(cell: GridCell): Parsed<Acceptance> {
  return choose(cell, ACCEPTANCES, "UNKNOWN_ACCEPTANCE");
}
