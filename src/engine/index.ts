export type { ConditionTrace, Decision, LayerDecision, Outcome, Reason, RuleTrace, Status } from "./decision";
export { STATUSES } from "./decision";
export { decideRow, decideLayer, describeRow, combine } from "./decide-row";
export { decideLayered, type LayeredOptions } from "./decide-layered";
export { packFamilies, versionInForce, type PackFamily } from "./families";
export { decideRows, type DecideOptions } from "./decide";
export { rowFacts, type RowFacts } from "./row-facts";
export { threeValued } from "./kleene";
