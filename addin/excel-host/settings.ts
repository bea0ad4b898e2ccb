/**
 * Workbook.settings (Excel.SettingCollection, ExcelApi 1.4) and Setting.
 *
 * - add(key, value): "Sets or adds the specified setting to the workbook";
 *   an existing key is replaced. On the wire it is an ObjectPath `Add`
 *   [key, value] that takes effect through its Instantiate (NOTES 1, 3.3), and
 *   the client has already turned Dates into "Date(ms)" strings
 *   (excel-web-16.00.debug.js L33232-33236).
 * - getItem(key) is ItemNotFound for a missing key; getItemOrNullObject a null object.
 * - A Setting answers `_Id` (its key): the client reads it (L33320-33336) and
 *   re-addresses the setting as `Settings[key]`.
 * - The serialized settings are limited to 2 MB (document.ts `setSetting`).
 */

import { itemNotFound } from "./errors";
import { HostCollection, HostObject, type HostEnv } from "./host-object";

export class SettingObject extends HostObject {
  readonly typeName = "Setting";

  constructor(
    env: HostEnv,
    readonly key: string,
  ) {
    super(env);
  }

  override check(): void {
    if (!this.doc.hasSetting(this.key)) throw itemNotFound(`There is no setting '${this.key}'.`);
  }

  override identity(): Record<string, unknown> {
    return { _Id: this.key };
  }

  override get scalarNames(): readonly string[] {
    return ["key", "value"];
  }

  override scalar(name: string): unknown {
    this.check();
    if (name === "key") return this.key;
    if (name === "value") return this.doc.settingValue(this.key);
    return super.scalar(name);
  }

  override set(name: string, value: unknown): void {
    this.check();
    if (name === "Value") return this.doc.setSetting(this.key, value);
    super.set(name, value);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    if (name === "Delete") {
      this.doc.deleteSetting(this.key);
      return undefined;
    }
    return super.call(name, args);
  }
}

export class SettingCollectionObject extends HostCollection {
  readonly typeName = "SettingCollection";

  override items(): readonly HostObject[] {
    return this.doc.settingKeys().map((key) => new SettingObject(this.env, key));
  }

  override index(key: unknown): HostObject {
    if (typeof key !== "string" || !this.doc.hasSetting(key)) throw itemNotFound(`There is no setting '${String(key)}'.`);
    return new SettingObject(this.env, key);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    switch (name) {
      case "Add":
        this.doc.setSetting(args[0], args[1]);
        return new SettingObject(this.env, args[0] as string);
      case "GetItem":
        return this.index(args[0]);
      case "GetItemOrNullObject":
        return typeof args[0] === "string" && this.doc.hasSetting(args[0]) ? new SettingObject(this.env, args[0]) : null;
    }
    return super.objectMethod(name, args);
  }
}
