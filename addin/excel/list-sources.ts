/** A place the tracker may be read from: an Excel table or a worksheet's used range. */
export interface TrackerSource {
  readonly kind: "sheet" | "table";
  readonly name: string;
  /** The worksheet it stands on. */
  readonly sheet: string;
}

export interface SourceList {
  readonly sources: TrackerSource[];
  /** The active worksheet, the default choice. */
  readonly activeSheet: string;
}

/** The visible worksheets and the tables of the workbook. */
export async function listSources(): Promise<SourceList> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    const tableSheets = tables.items.map((t) => {
      const ws = t.worksheet;
      ws.load("name");
      return ws;
    });
    if (tableSheets.length > 0) await context.sync();
    const sources: TrackerSource[] = [
      ...tables.items.map((t, i) => ({ kind: "table" as const, name: t.name, sheet: tableSheets[i]!.name })),
      ...sheets.items.filter((s) => s.visibility === "Visible").map((s) => ({ kind: "sheet" as const, name: s.name, sheet: s.name })),
    ];
    return { sources, activeSheet: active.name };
  });
}
