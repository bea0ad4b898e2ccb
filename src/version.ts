import pkg from "../package.json";

/** The tool's name and version as every report states them. */
export const TOOL = { name: "jiebang", version: pkg.version } as const;
