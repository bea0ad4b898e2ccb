import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { JiebangError } from "../i18n";
import { loadPack, type RulePack } from "../rules";
import { readInputFile } from "./files";

/** The region's pack directory shipped with jiebang. */
export const DEFAULT_PACK_DIR = fileURLToPath(new URL("../../rules/nmg/", import.meta.url));

/** Pack files of a directory: every .json except rule tests (*.tests.json). */
export function packFilesIn(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".tests.json"))
    .sort()
    .map((name) => join(directory, name));
}

export function readPackFile(path: string): RulePack {
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(path);
  } catch (error) {
    if (error instanceof JiebangError && error.code === "INPUT_NOT_FOUND") throw new JiebangError("PACK_NOT_FOUND", { file: path }, { file: path });
    throw error;
  }
  return loadPack(new TextDecoder("utf-8").decode(bytes), path);
}

/** The packs named on the command line (files or directories), or the region's pack. */
export function readPacks(paths: readonly string[]): RulePack[] {
  const files = (paths.length > 0 ? paths : [DEFAULT_PACK_DIR]).flatMap((path) => {
    try {
      return statSync(path).isDirectory() ? packFilesIn(path) : [path];
    } catch {
      throw new JiebangError("PACK_NOT_FOUND", { file: path }, { file: path });
    }
  });
  return files.map(readPackFile);
}
