/**
 * Workbook.settings: key/value pairs the add-in keeps in the document. Values
 * are stored as JSON, so reading one gives a fresh copy.
 */

import { FakeClientObject, FakeCollection } from "./client-object";
import { invalidArgument, itemNotFound } from "./errors";
import type { Execution } from "./execution";
import type { FakeRequestContext } from "./request-context";
import type { WorkbookStore } from "./store";

export class FakeSetting extends FakeClientObject<string> {
  protected readonly typeName = "Setting";
  protected readonly scalarNames = ["key", "value"] as const;
  readonly #locate: (exec: Execution) => string | null;

  constructor(context: FakeRequestContext, locate: (exec: Execution) => string | null) {
    super(context);
    this.#locate = locate;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): string | null {
    return this.#locate(exec);
  }

  protected override isAlive(exec: Execution, key: string): boolean {
    return exec.store.hasSetting(key);
  }

  get key(): string {
    return this.loaded("key");
  }

  get value(): unknown {
    return this.loaded("value");
  }
  set value(value: unknown) {
    this.queueSet("value", (exec, key) => exec.store.setSetting(key, value));
  }

  delete(): void {
    this.queueCall("delete", (exec, key) => exec.store.deleteSetting(key));
  }

  protected readScalars(exec: Execution, key: string, names: readonly string[]): ReadonlyMap<string, unknown> {
    const out = new Map<string, unknown>();
    if (names.includes("key")) out.set("key", key);
    if (names.includes("value")) out.set("value", exec.store.settingValue(key));
    return out;
  }
}

export class FakeSettingCollection extends FakeCollection<WorkbookStore, string, FakeSetting> {
  protected readonly typeName = "SettingCollection";

  constructor(context: FakeRequestContext) {
    super(context);
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): WorkbookStore {
    return exec.store;
  }

  protected listTargets(_exec: Execution, store: WorkbookStore): readonly string[] {
    return store.settingKeys();
  }

  protected makeItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => key);
  }

  /** Add or replace a setting; the value must survive JSON. */
  add(key: string, value: unknown): FakeSetting {
    this.queueCall("add", (exec, store) => {
      if (typeof key !== "string" || key === "") throw invalidArgument("a setting key must be a non-empty string");
      store.setSetting(key, value);
    });
    return new FakeSetting(this.context, (exec) => {
      if (!exec.store.hasSetting(key)) throw itemNotFound(`Setting '${key}'`);
      return key;
    });
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, (exec) => {
      if (!exec.store.hasSetting(key)) throw itemNotFound(`Setting '${key}'`);
      return key;
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, (exec) => (exec.store.hasSetting(key) ? key : null)).probe();
  }
}
