import type { CompiledPack } from "../rules";
import type { IsoDate } from "../tracker";

/** The dated versions of one rule pack (one id), oldest first. */
export interface PackFamily {
  readonly id: string;
  readonly versions: readonly CompiledPack[];
  /** The fact whose date chooses the version for a row. */
  readonly dateFact: string;
}

/** Group packs by id, in the order the ids were first given; the first family is the primary one. */
export function packFamilies(packs: readonly CompiledPack[]): PackFamily[] {
  const byId = new Map<string, CompiledPack[]>();
  for (const pack of packs) {
    const versions = byId.get(pack.id) ?? [];
    versions.push(pack);
    byId.set(pack.id, versions);
  }
  return [...byId.entries()].map(([id, versions]) => {
    const sorted = [...versions].sort((a, b) => a.pack.document.effective.from.localeCompare(b.pack.document.effective.from));
    return { id, versions: sorted, dateFact: sorted.at(-1)!.pack.document.dateFact ?? "signedOn" };
  });
}

/** The version in force on a date: effective from ≤ date ≤ to (to inclusive, null open-ended). */
export function versionInForce(family: PackFamily, date: IsoDate): CompiledPack | null {
  for (let i = family.versions.length - 1; i >= 0; i--) {
    const { from, to } = family.versions[i]!.pack.document.effective;
    if (from <= date && (to === null || date <= to)) return family.versions[i]!;
  }
  return null;
}
