/**
 * The proxy every fake API object is: it queues work on its request context
 * and only knows what a sync has loaded into it. Reading a property that was
 * not loaded and synced throws PropertyNotLoaded; so does `isNullObject`
 * before the object took part in a sync.
 */

import { FakeOfficeError, itemNotFound, notLoaded } from "./errors";
import type { Execution } from "./execution";
import { type LoadSpec, LOAD_ALL, itemSpec, mergeSpecs, parseLoadOption } from "./load-spec";
import type { FakeRequestContext } from "./request-context";

/** What `load()` accepts, as in @types/office-js. */
export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number };

export abstract class FakeClientObject<TTarget> {
  readonly #context: FakeRequestContext;
  readonly #loaded = new Map<string, unknown>();
  #isNull: boolean | undefined;
  #cache: { readonly target: TTarget | null } | undefined;

  protected constructor(context: FakeRequestContext) {
    this.#context = context;
  }

  /** "Range", "Worksheet"…: used in error locations. */
  protected abstract readonly typeName: string;
  /** Scalar properties, all read by a `load()` without arguments. */
  protected abstract readonly scalarNames: readonly string[];
  /** Find the target now. Null for a null object; throws (ItemNotFound…) when it cannot be found. */
  protected abstract locate(exec: Execution): TTarget | null;
  /** Read the named scalar properties of a resolved target. */
  protected abstract readScalars(exec: Execution, target: TTarget, names: readonly string[]): ReadonlyMap<string, unknown>;

  /** Navigation properties reachable by load paths ("format" → RangeFormat). */
  protected navigation(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  /** Whether a target resolved earlier still exists (a deleted sheet does not). */
  protected isAlive(_exec: Execution, _target: TTarget): boolean {
    return true;
  }

  get context(): FakeRequestContext {
    return this.#context;
  }

  get isNullObject(): boolean {
    if (this.#isNull === undefined) throw notLoaded(this.typeName, "isNullObject");
    return this.#isNull;
  }

  /** @internal Resolve at sync time; cached once the sync commits. */
  resolve(exec: Execution): TTarget | null {
    const cached = this.#cache ?? (exec.resolved.get(this) as { readonly target: TTarget | null } | undefined);
    if (cached) {
      if (cached.target !== null && !this.isAlive(exec, cached.target)) throw itemNotFound(`${this.typeName} (it has been deleted)`);
      return cached.target;
    }
    const entry = { target: this.locate(exec) };
    exec.resolved.set(this, entry);
    exec.onCommit(() => {
      this.#cache = entry;
      this.#isNull = entry.target === null;
    });
    return entry.target;
  }

  /** @internal Resolve, refusing a null object. */
  require(exec: Execution): TTarget {
    const target = this.resolve(exec);
    if (target === null) throw itemNotFound(`${this.typeName} (the object is a null object)`);
    return target;
  }

  /** @internal Tie a proxy made during a sync (a collection item) to its target. */
  bind(target: TTarget): this {
    this.#cache = { target };
    this.#isNull = false;
    return this;
  }

  /** A loaded value, or PropertyNotLoaded. */
  protected loaded<T>(name: string): T {
    if (!this.#loaded.has(name)) throw notLoaded(this.typeName, name);
    return this.#loaded.get(name) as T;
  }

  protected queue(label: string, run: (exec: Execution) => void): void {
    this.#context.enqueue({ label: `${this.typeName}.${label}`, run });
  }

  /**
   * Queue a property write; the property is unreadable until loaded again.
   * On a null object it does nothing, as in Excel
   * (`worksheets.getItemOrNullObject("x").delete()` deletes "x" if it exists).
   */
  protected queueSet(property: string, apply: (exec: Execution, target: TTarget) => void): void {
    this.#loaded.delete(property);
    this.queue(property, (exec) => {
      const target = this.resolve(exec);
      if (target !== null) apply(exec, target);
    });
  }

  /** Queue a method call; a no-op on a null object. */
  protected queueCall(method: string, apply: (exec: Execution, target: TTarget) => void): void {
    this.queue(`${method}()`, (exec) => {
      const target = this.resolve(exec);
      if (target !== null) apply(exec, target);
    });
  }

  /** @internal For *OrNullObject methods: resolve at the next sync so `isNullObject` can be read. */
  probe(): this {
    this.queue("isNullObject", (exec) => {
      this.resolve(exec);
    });
    return this;
  }

  /** Refuse an argument proxy from another request context. */
  protected sameContext<T extends FakeClientObject<unknown>>(other: T): T {
    if (other.context !== this.#context) {
      throw new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.", `${this.typeName}`);
    }
    return other;
  }

  load(option?: LoadOption): this {
    let spec: LoadSpec | undefined;
    let problem: unknown;
    try {
      spec = parseLoadOption(option);
    } catch (error) {
      problem = error;
    }
    this.queue("load", (exec) => {
      if (spec === undefined) throw problem;
      this.executeLoad(exec, spec);
    });
    return this;
  }

  /** @internal Carry out a load at sync time. */
  executeLoad(exec: Execution, spec: LoadSpec): void {
    const target = this.resolve(exec);
    if (target === null) return; // a null object loads nothing: its properties stay unreadable
    const scalars = new Set<string>(spec.all ? this.scalarNames : []);
    const navigations = new Map<string, LoadSpec>();
    for (const name of spec.names) {
      if (this.scalarNames.includes(name)) scalars.add(name);
      else if (this.navigation(name)) navigations.set(name, LOAD_ALL);
      else throw this.unknownProperty(name);
    }
    for (const [name, child] of spec.children) {
      if (!this.navigation(name)) throw this.unknownProperty(name);
      const known = navigations.get(name);
      navigations.set(name, known ? mergeSpecs(known, child) : child);
    }
    const values = this.readScalars(exec, target, [...scalars]);
    exec.onCommit(() => {
      for (const [name, value] of values) this.#loaded.set(name, value);
    });
    for (const [name, child] of navigations) this.navigation(name)?.executeLoad(exec, child);
  }

  private unknownProperty(name: string): FakeOfficeError {
    return new FakeOfficeError(
      "InvalidArgument",
      `The property '${name}' cannot be loaded on ${this.typeName}: Excel has no such property, or the fake does not implement it.`,
      `${this.typeName}.load`,
    );
  }

  /** The loaded properties as a plain object, like the real `toJSON()`. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.#loaded);
  }
}

/** `getCount()` and similar: a value that exists only after the sync. */
export class FakeClientResult<T> {
  #value: { readonly value: T } | undefined;

  get value(): T {
    if (!this.#value) throw new FakeOfficeError("ValueNotLoaded", "The value of the result object has not been loaded yet. Before reading it, call \"context.sync()\".", "ClientResult.value");
    return this.#value.value;
  }

  /** @internal */
  set(value: T): void {
    this.#value = { value };
  }
}

/** A collection proxy: `items` after `load("items/…")`; loads apply to each item. */
export abstract class FakeCollection<TOwner, TItemTarget, TItem extends FakeClientObject<TItemTarget>> extends FakeClientObject<TOwner> {
  #items: TItem[] | undefined;
  protected readonly scalarNames: readonly string[] = [];

  protected abstract listTargets(exec: Execution, owner: TOwner): readonly TItemTarget[];
  protected abstract makeItem(target: TItemTarget): TItem;

  get items(): TItem[] {
    if (!this.#items) throw notLoaded(this.typeName, "items");
    return this.#items;
  }

  protected readScalars(): ReadonlyMap<string, unknown> {
    return new Map();
  }

  override executeLoad(exec: Execution, spec: LoadSpec): void {
    const owner = this.resolve(exec);
    if (owner === null) return;
    let targets = this.listTargets(exec, owner);
    if (spec.skip !== undefined) targets = targets.slice(spec.skip);
    if (spec.top !== undefined) targets = targets.slice(0, spec.top);
    const items = targets.map((target) => this.makeItem(target).bind(target));
    const perItem = itemSpec(spec);
    for (const item of items) item.executeLoad(exec, perItem);
    exec.onCommit(() => {
      this.#items = items;
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.queue("getCount()", (exec) => {
      const count = this.listTargets(exec, this.require(exec)).length;
      exec.onCommit(() => result.set(count));
    });
    return result;
  }

  override toJSON(): Record<string, unknown> {
    return this.#items ? { items: this.#items.map((item) => item.toJSON()) } : {};
  }
}
