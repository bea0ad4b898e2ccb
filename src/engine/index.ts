export type { ConditionTrace, Decision, LayerDecision, Outcome, Reason, RuleTrace, Status } from "./decision";
export { STATUSES } from "./decision";
export { decideLayer, undecidedLayer, decideLayerCompiled, describeRow, combine, judgeCompiled, judgeWithEngine, type Evaluator, type Judgement } from "./decide-row";
export { compiledRules, compileCondition, nodeResult, type EvaluatedNode } from "./compiled-rules";
export { decideLayered, type LayeredOptions } from "./decide-layered";
export { packFamilies, versionInForce, type PackFamily } from "./families";
export { decideRows, type DecideOptions } from "./decide";
export { rowFacts, type RowFacts } from "./row-facts";
export { threeValued } from "./kleene";
