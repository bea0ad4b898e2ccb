export { decideTracker, type DecideTrackerInput } from "./decide-tracker";
