/**
 * What an object of Excel's object model is to the host: something an
 * ObjectPath resolves to, with scalar properties a Query reads, navigation
 * properties (ObjectPath type 4), methods that return objects (type 3),
 * an indexer (type 5), methods that return values (Action type 3) and
 * settable properties (Action type 4). Names on the wire are PascalCase
 * (excel-web-16.00.debug.js: `_createPropertyObject(…, "Format", …)`,
 * `_invokeMethod(this, "Clear", …)`, `_scalarPropertyOriginalNames`), Query
 * `Select` names are camelCase (L15267-15292).
 *
 * A member the host does not model answers NotImplemented: a limit of the
 * simulation, not Excel's behaviour.
 */

import type { WorkbookDocument } from "./document";
import { itemNotFound, notModelled } from "./errors";
import type { HostLimits } from "./limits";

export interface HostEnv {
  readonly doc: WorkbookDocument;
  readonly limits: HostLimits;
}

export abstract class HostObject {
  abstract readonly typeName: string;

  constructor(readonly env: HostEnv) {}

  get doc(): WorkbookDocument {
    return this.env.doc;
  }

  /** The scalar properties, camelCase; a load without `Select` returns them all. */
  get scalarNames(): readonly string[] {
    return [];
  }

  /** Throws when the object no longer exists (deleted sheet, comment…). */
  check(): void {}

  scalar(name: string): unknown {
    throw notModelled(`${this.typeName}.${name}`);
  }

  /** What identifies the object in Instantiate and Query results (`Id`, or `_Id` for a Setting). */
  identity(): Record<string, unknown> {
    return {};
  }

  /** A navigation property (ObjectPath type 4), PascalCase. */
  navigate(name: string): HostObject {
    throw notModelled(`${this.typeName}.${name}`);
  }

  /** A method returning an object (ObjectPath type 3); null is a null object. */
  objectMethod(name: string, _args: readonly unknown[]): HostObject | null {
    throw notModelled(`${this.typeName}.${name}()`);
  }

  /** The indexer, `collection.getItem(key)` (ObjectPath type 5). */
  index(_key: unknown): HostObject {
    throw notModelled(`${this.typeName}[key]`);
  }

  /** A method action (Action type 3); undefined means a void method (no result). */
  call(name: string, _args: readonly unknown[]): unknown {
    throw notModelled(`${this.typeName}.${name}()`);
  }

  /** A property write (Action type 4), PascalCase name. */
  set(name: string, _value: unknown): void {
    throw notModelled(`setting ${this.typeName}.${name}`);
  }

  /** The items, for a collection; undefined for anything else. */
  items(): readonly HostObject[] | undefined {
    return undefined;
  }
}

/** A collection: `_Items` in Query results, getCount(), getItemAt(index). */
export abstract class HostCollection extends HostObject {
  abstract override items(): readonly HostObject[];

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    if (name === "GetItemAt") {
      const item = this.items()[Number(args[0])];
      if (!item) throw itemNotFound(`${this.typeName} has no item at ${JSON.stringify(args[0])}.`);
      return item;
    }
    return super.objectMethod(name, args);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    if (name === "GetCount") return this.items().length;
    return super.call(name, args);
  }
}

/** camelCase → PascalCase, as the wire names properties. */
export function pascal(name: string): string {
  return name === "" ? name : name[0]!.toUpperCase() + name.slice(1);
}
