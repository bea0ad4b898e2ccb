export { listSources, type SourceList, type TrackerSource } from "./list-sources";
export { readSource, type SourceRead } from "./read-source";
export { writeRun, type WriteOptions } from "./write-run";
export { selectCell } from "./select-cell";
export { saveMapping } from "./save-mapping";
export { planWrite, chunkRows, SAFE_LIMITS, RESULT_HEADERS, type WritePlan, type ChunkLimits } from "./write-plan";
export { gridFromRange, type RangeData } from "./grid-from-range";
export { STATE_KEY, MAPPING_KEY, type AddinState, type SavedMappings } from "./state";
export { documentName } from "./document-name";
