export { decideTracker, trackerOf, type DecideTrackerInput } from "./decide-tracker";
