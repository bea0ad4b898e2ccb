export { decideTracker, decideTrackerEach, trackerOf, KEPT_DECISIONS, type DecideTrackerInput, type TrackerRowSource } from "./decide-tracker";
export * from "./decide-sources";
