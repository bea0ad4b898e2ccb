export { runRuleTests, ruleTestFileErrors, type RuleTestFile, type RuleTestCase, type RuleTestReport, type CaseResult, type CoverageItem, type Difference } from "./rule-tests";
export { explainPack, explanationMarkdown, type Explanation } from "./explain-pack";
export { diffRuns, RunDiffer, diffWorkbook, typeLabel, DIFF_LABELS, type RunDiff, type RowChange, type ChangeTotals } from "./diff-runs";
