/**
 * Excel.Workbook, the global object of every request (ObjectPath type 1,
 * excel-web-16.00.debug.js L17587-17593): the entry to worksheets, tables,
 * settings, comments, application and functions, the selection and the
 * active cell, and the client's references (`_RemoveReference`,
 * `_RemoveAllReferences`, L17784-17797, L28789-28791).
 */

import { ApplicationObject } from "./application";
import { CommentCollectionObject } from "./comments";
import { HostObject } from "./host-object";
import { FunctionsObject } from "./functions";
import { RangeObject } from "./range";
import { SettingCollectionObject } from "./settings";
import { TableCollectionObject } from "./tables";
import { WorksheetCollectionObject } from "./worksheet";

export class WorkbookObject extends HostObject {
  readonly typeName = "Workbook";
  name = "Book1.xlsx";

  override get scalarNames(): readonly string[] {
    return ["name", "readOnly"];
  }

  override scalar(name: string): unknown {
    if (name === "name") return this.name;
    if (name === "readOnly") return false;
    return super.scalar(name);
  }

  override navigate(name: string): HostObject {
    switch (name) {
      case "Worksheets":
        return new WorksheetCollectionObject(this.env);
      case "Tables":
        return new TableCollectionObject(this.env);
      case "Settings":
        return new SettingCollectionObject(this.env);
      case "Comments":
        return new CommentCollectionObject(this.env);
      case "Application":
        return new ApplicationObject(this.env);
      case "Functions":
        return new FunctionsObject(this.env);
    }
    return super.navigate(name);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    const { sheet, area } = this.doc.selection;
    // Workbook.getSelectedRange(): "Gets the currently selected (single) range";
    // getActiveCell(): "Gets the currently active cell" (the top-left of the selection).
    if (name === "GetSelectedRange") return new RangeObject(this.env, sheet, area);
    if (name === "GetActiveCell") return new RangeObject(this.env, sheet, { top: area.top, left: area.left, rows: 1, columns: 1 });
    return super.objectMethod(name, args);
  }

  override call(name: string, args: readonly unknown[]): unknown {
    if (name === "_RemoveReference") {
      this.doc.references.delete(String(args[0]));
      return undefined;
    }
    if (name === "_RemoveAllReferences") {
      this.doc.references.clear();
      return undefined;
    }
    return super.call(name, args);
  }
}
