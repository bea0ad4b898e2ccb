import type { Localized } from "../i18n";
import { addDays, daysBetween } from "./lint-dates";
import { lintFinding } from "./lint-finding";
import type { Finding, RulePackDocument } from "./types";

/** A finding about one of several pack files: `source` names the file it concerns. */
export type SourcedFinding = Finding & { readonly source: string };

interface Version {
  readonly doc: RulePackDocument;
  readonly source: string;
  readonly from: string;
  /** Inclusive; null when open-ended. */
  readonly to: string | null;
}

function range(v: Version): Localized {
  return v.to === null
    ? { "zh-CN": `${v.from} 起长期有效`, en: `from ${v.from}, open-ended` }
    : { "zh-CN": `${v.from} 至 ${v.to}`, en: `${v.from} to ${v.to}` };
}

function span(from: string, to: string | null): Localized {
  if (to === null) return { "zh-CN": `${from} 起`, en: `from ${from} on` };
  if (from === to) return { "zh-CN": from, en: `on ${from}` };
  return { "zh-CN": `${from} 至 ${to}`, en: `from ${from} to ${to}` };
}

/** The later of two inclusive ends (null is open-ended, later than any date). */
function laterEnd(a: string | null, b: string | null): string | null {
  return a === null || b === null ? null : a > b ? a : b;
}

function earlierEnd(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function sourced(finding: Finding, source: string): SourcedFinding {
  return { ...finding, source };
}

/**
 * Findings across the versions of one pack id, each on "/effective" of the
 * file named by `source`:
 *
 * - DUPLICATE_VERSION (error): two files with the same id and version (on
 *   the later file in the order given; it takes no further part).
 * - VERSIONS_OVERLAP (error): two versions in force on a common day (`to`
 *   is inclusive, `to: null` open-ended); on the version that starts later.
 * - VERSIONS_GAP (warning): days on which no version is in force between
 *   one version's end and the next version's start; on the next version.
 *   A version ending 2022-12-31 followed by one from 2023-01-01 is clean.
 *
 * The documents have each passed checkPackDocument (valid dates, from ≤ to).
 */
export function lintVersions(docs: ReadonlyArray<{ doc: RulePackDocument; source: string }>): SourcedFinding[] {
  const findings: SourcedFinding[] = [];
  const byId = new Map<string, Version[]>();
  for (const { doc, source } of docs) {
    const versions = byId.get(doc.id) ?? [];
    byId.set(doc.id, versions);
    const version: Version = { doc, source, from: doc.effective.from, to: doc.effective.to };
    const same = versions.find((v) => v.doc.version === doc.version);
    if (same) {
      const params = { id: doc.id, version: doc.version, source, range: range(version), otherSource: same.source, otherRange: range(same) };
      findings.push(sourced(lintFinding("error", "DUPLICATE_VERSION", "/effective", params), source));
      continue;
    }
    versions.push(version);
  }

  for (const [id, unsorted] of byId) {
    const versions = unsorted
      .map((v, index) => ({ v, index }))
      .sort((a, b) => (a.v.from < b.v.from ? -1 : a.v.from > b.v.from ? 1 : compareEnds(a.v.to, b.v.to) || a.index - b.index))
      .map((e) => e.v);
    const pair = (earlier: Version, later: Version) => ({
      id,
      version: later.doc.version,
      source: later.source,
      range: range(later),
      otherVersion: earlier.doc.version,
      otherSource: earlier.source,
      otherRange: range(earlier),
    });

    // Overlaps: every pair in force on a common day (a long version can overlap several).
    versions.forEach((later, j) => {
      for (const earlier of versions.slice(0, j)) {
        if (earlier.to !== null && earlier.to < later.from) continue;
        const overlap = span(later.from, earlierEnd(earlier.to, later.to));
        findings.push(sourced(lintFinding("error", "VERSIONS_OVERLAP", "/effective", { ...pair(earlier, later), overlap }), later.source));
      }
    });

    // Gaps: days after the latest end so far and before the next start.
    let reach: Version | undefined;
    for (const next of versions) {
      if (reach !== undefined && reach.to !== null && daysBetween(reach.to, next.from) > 1) {
        const gap = span(addDays(reach.to, 1)!, addDays(next.from, -1)!);
        const days = daysBetween(reach.to, next.from) - 1;
        findings.push(sourced(lintFinding("warning", "VERSIONS_GAP", "/effective", { ...pair(reach, next), gap, days }), next.source));
      }
      if (reach === undefined || laterEnd(reach.to, next.to) !== reach.to) reach = next;
    }
  }
  return findings;
}

/** Earlier end first; open-ended last. */
function compareEnds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
