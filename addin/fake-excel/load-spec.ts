/**
 * What a `load(...)` call asks for: "values, numberFormat", ["name"],
 * { select: "items/name", top: 10 }, or nothing (every scalar property).
 * Paths with "/" reach navigation properties ("format/fill/color").
 */

import { invalidArgument } from "./errors";

export interface LoadSpec {
  /** Every scalar property of this object. */
  readonly all: boolean;
  /** Names asked for at this level (a navigation name here means all of that object). */
  readonly names: ReadonlySet<string>;
  /** Deeper paths, by navigation property. */
  readonly children: ReadonlyMap<string, LoadSpec>;
  readonly top: number | undefined;
  readonly skip: number | undefined;
}

export const LOAD_ALL: LoadSpec = { all: true, names: new Set(), children: new Map(), top: undefined, skip: undefined };

interface MutableSpec {
  all: boolean;
  names: Set<string>;
  children: Map<string, MutableSpec>;
}

function emptySpec(): MutableSpec {
  return { all: false, names: new Set(), children: new Map() };
}

function addPath(spec: MutableSpec, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    spec.names.add(head);
    return;
  }
  let child = spec.children.get(head);
  if (!child) {
    child = emptySpec();
    spec.children.set(head, child);
  }
  addPath(child, rest);
}

function freeze(spec: MutableSpec, top?: number, skip?: number): LoadSpec {
  const children = new Map<string, LoadSpec>();
  for (const [name, child] of spec.children) children.set(name, freeze(child));
  const all = spec.all || (spec.names.size === 0 && spec.children.size === 0);
  return { all, names: spec.names, children, top, skip };
}

function pathsOf(value: unknown, what: string): string[] {
  const parts = typeof value === "string" ? [value] : Array.isArray(value) ? value : undefined;
  if (!parts || parts.some((p) => typeof p !== "string")) throw invalidArgument(`${what} must be a string or an array of strings`);
  return (parts as string[])
    .flatMap((p) => p.split(","))
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function count(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw invalidArgument(`${what} must be a non-negative integer`);
  return value;
}

export function parseLoadOption(option: unknown): LoadSpec {
  if (option === undefined || option === null) return LOAD_ALL;
  const spec = emptySpec();
  if (typeof option === "string" || Array.isArray(option)) {
    for (const path of pathsOf(option, "load")) addPath(spec, path.split("/").map((p) => p.trim()));
    return freeze(spec);
  }
  if (typeof option === "object") {
    const { select, expand, top, skip } = option as Record<string, unknown>;
    if (select !== undefined) for (const path of pathsOf(select, "select")) addPath(spec, path.split("/").map((p) => p.trim()));
    if (expand !== undefined) {
      for (const path of pathsOf(expand, "expand")) {
        const parts = path.split("/").map((p) => p.trim());
        let node = spec;
        for (const part of parts) {
          let child = node.children.get(part);
          if (!child) {
            child = emptySpec();
            node.children.set(part, child);
          }
          node = child;
        }
        if (node.names.size === 0 && node.children.size === 0) node.all = true;
      }
    }
    return freeze(spec, count(top, "top"), count(skip, "skip"));
  }
  throw invalidArgument("load accepts a string, an array of strings or { select, expand }");
}

export function mergeSpecs(a: LoadSpec, b: LoadSpec): LoadSpec {
  const children = new Map(a.children);
  for (const [name, child] of b.children) {
    const mine = children.get(name);
    children.set(name, mine ? mergeSpecs(mine, child) : child);
  }
  return { all: a.all || b.all, names: new Set([...a.names, ...b.names]), children, top: a.top ?? b.top, skip: a.skip ?? b.skip };
}

/** A collection's load applies to its items: "items/name" and "name" both mean each item's name. */
export function itemSpec(spec: LoadSpec): LoadSpec {
  if (spec.all) return LOAD_ALL;
  const names = new Set(spec.names);
  let all = false;
  if (names.delete("items")) all = true;
  const children = new Map(spec.children);
  const items = children.get("items");
  children.delete("items");
  let result: LoadSpec = { all, names, children, top: undefined, skip: undefined };
  if (items) result = mergeSpecs(result, items);
  if (!result.all && result.names.size === 0 && result.children.size === 0) return LOAD_ALL;
  return result;
}
