export type { ConditionTrace, Decision, Outcome, Reason, RuleTrace, Status } from "./decision";
export { STATUSES } from "./decision";
export { decideRow } from "./decide-row";
export { decideRows, type DecideOptions } from "./decide";
export { rowFacts, type RowFacts } from "./row-facts";
export { threeValued } from "./kleene";
