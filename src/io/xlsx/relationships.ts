import type { Attributes } from "./xml-part";

/** One relationship of a part (ECMA-376 Part 2, §9.3). */
export interface Relationship {
  readonly id: string;
  /** The type's last path segment: "officeDocument", "worksheet", "sharedStrings", "styles", "extended-properties"… */
  readonly kind: string;
  /** The target part's name, resolved against the source part; undefined for an external target. */
  readonly part: string | undefined;
  /** The target as written (an external one's address). */
  readonly target: string;
}

/** The rels part that holds a part's relationships: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target (relative to the source part's folder, or absolute from the package root). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.replace(/^\/+/, "").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

export function relationshipOf(source: string, attributes: Attributes): Relationship | null {
  const id = attributes["Id"];
  const type = attributes["Type"] ?? "";
  const target = attributes["Target"];
  if (!id || target === undefined) return null;
  const kind = type.slice(type.lastIndexOf("/") + 1);
  const external = attributes["TargetMode"] === "External";
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // A target that is not percent-encoded as a URI stays as written.
  }
  return { id, kind, part: external ? undefined : resolveTarget(source, decoded), target };
}
