/**
 * Workbook.worksheets: sheets by name (case-insensitive) or id, the active
 * one, and new ones.
 */

import type ExcelJS from "exceljs";
import { FakeCollection } from "./client-object";
import { itemNotFound } from "./errors";
import type { Execution } from "./execution";
import type { FakeRequestContext } from "./request-context";
import type { WorkbookStore } from "./store";
import { FakeWorksheet, sheetId } from "./worksheet";

function findSheet(store: WorkbookStore, key: string): ExcelJS.Worksheet | undefined {
  return store.findSheet(String(key)) ?? store.sheets().find((s) => sheetId(s) === key);
}

export class FakeWorksheetCollection extends FakeCollection<WorkbookStore, ExcelJS.Worksheet, FakeWorksheet> {
  protected readonly typeName = "WorksheetCollection";

  constructor(context: FakeRequestContext) {
    super(context);
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): WorkbookStore {
    return exec.store;
  }

  protected listTargets(_exec: Execution, store: WorkbookStore): readonly ExcelJS.Worksheet[] {
    return store.sheets();
  }

  protected makeItem(sheet: ExcelJS.Worksheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, (exec) => exec.store.activeSheet);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, (exec) => {
      const sheet = findSheet(exec.store, key);
      if (!sheet) throw itemNotFound(`Worksheet '${key}'`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, (exec) => findSheet(exec.store, key) ?? null).probe();
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, (exec) => {
      const sheet = exec.store.sheets().find((s) => !visibleOnly || s.state === "visible");
      if (!sheet) throw itemNotFound("Worksheet");
      return sheet;
    });
  }

  getLast(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, (exec) => {
      const sheet = exec.store
        .sheets()
        .filter((s) => !visibleOnly || s.state === "visible")
        .at(-1);
      if (!sheet) throw itemNotFound("Worksheet");
      return sheet;
    });
  }

  /** A new last sheet; without a name Excel picks "SheetN". */
  add(name?: string): FakeWorksheet {
    let created: ExcelJS.Worksheet | undefined;
    this.queueCall("add", (exec, store) => {
      created = store.addSheet(name);
    });
    return new FakeWorksheet(this.context, (exec) => {
      if (!created || !exec.store.hasSheet(created)) throw itemNotFound(`Worksheet '${name ?? ""}' (its add failed)`);
      return created;
    });
  }
}
