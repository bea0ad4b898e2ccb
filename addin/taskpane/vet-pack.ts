import type { Lang } from "../../src/i18n";
import { ruleTestFileErrors, runRuleTests, type RuleTestFile, type RuleTestReport } from "../../src/policy";
import { readPack, type Finding, type RulePack } from "../../src/rules";
import { lintPack } from "../../src/rules/lint";

export interface PackFile {
  readonly name: string;
  readonly text: string;
}

/** What loading a pack file in the pane found: the checks' findings and, given its tests file, the tests' results. */
export interface PackVetting {
  /** The pack may be chosen: no error finding, and every test case passes. */
  readonly usable: boolean;
  readonly pack: RulePack | null;
  /** The packs a run decides with it: a league city's pack (one with appliesTo) goes on top of the region's. */
  readonly packs: ReadonlyArray<{ readonly text: string; readonly source: string }>;
  readonly findings: readonly Finding[];
  readonly notJson?: string;
  readonly tests: RuleTestReport | null;
  readonly testsProblem?: string;
}

function matchBundled(path: string, bundled: ReadonlyArray<{ text: string; source: string }>) {
  const tail = path.replace(/^(\.\.?\/)+/, "");
  return bundled.find((b) => b.source === tail || b.source.endsWith(`/${tail}`));
}

/**
 * Check a pack file as `jiebang rules check` does (schema, meaning, lint) and,
 * when its `*.tests.json` is loaded with it, run its tests (`with` packs are
 * taken from the packs bundled with the add-in).
 */
export async function vetPack(packFile: PackFile, testsFile: PackFile | null, bundled: ReadonlyArray<{ text: string; source: string }>, lang: Lang): Promise<PackVetting> {
  const reading = readPack(packFile.text, packFile.name);
  if (!reading.ok) return { usable: false, pack: null, packs: [], findings: reading.findings, ...(reading.notJson !== undefined ? { notJson: reading.notJson } : {}), tests: null };
  const findings = [...reading.findings, ...lintPack(reading.pack.document)];
  const base = reading.pack.document.appliesTo && bundled[0] ? [bundled[0]] : [];
  const packs = [...base, { text: packFile.text, source: packFile.name }];
  let tests: RuleTestReport | null = null;
  let testsProblem: string | undefined;
  if (testsFile) {
    try {
      const document = JSON.parse(testsFile.text) as unknown;
      const errors = ruleTestFileErrors(document);
      if (errors.length > 0) testsProblem = `${errors[0]!.instancePath || "/"} ${errors[0]!.message ?? ""}`;
      else {
        const file = document as RuleTestFile;
        const withPacks: RulePack[] = [];
        for (const path of file.with ?? []) {
          const found = matchBundled(path, bundled);
          if (!found) {
            testsProblem = path;
            break;
          }
          const r = readPack(found.text, found.source);
          if (r.ok) withPacks.push(r.pack);
        }
        if (testsProblem === undefined) tests = await runRuleTests(file, reading.pack, withPacks, lang);
      }
    } catch (error) {
      testsProblem = error instanceof Error ? error.message : String(error);
    }
  }
  const usable = !findings.some((f) => f.severity === "error") && testsProblem === undefined && (tests?.results.every((r) => r.passed) ?? true);
  return { usable, pack: reading.pack, packs, findings, tests, ...(testsProblem !== undefined ? { testsProblem } : {}) };
}
