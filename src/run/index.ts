export { decideTracker, decideTrackerEach, trackerOf, KEPT_DECISIONS, type DecideTrackerInput } from "./decide-tracker";
