/**
 * Worksheet.charts (Excel.ChartCollection), Chart and Chart.title. The host
 * records what a chart is (type, source data, series orientation, title,
 * name, position); it draws nothing, and exceljs cannot write charts, so they
 * do not reach `toXlsx()`.
 *
 * - add(type, sourceData, seriesBy): "Creates a new chart"; `sourceData` is a
 *   Range, sent by reference (`ReferencedObjectPathIds`, excel-web-16.00.debug.js
 *   L15349-15372); `seriesBy` is "Auto", "Columns" or "Rows" (Excel.ChartSeriesBy).
 *   New charts are named "Chart 1", "Chart 2"… (Excel's default naming, as the
 *   Excel UI does; our reading, not a documented API rule).
 * - getItem(name): "Gets a chart using its name"; ItemNotFound when missing.
 * - setPosition(startCell, endCell?): "Positions the chart relative to cells on the worksheet".
 */

import type ExcelJS from "exceljs";
import { formatArea } from "./a1";
import type { StoredChart } from "./document";
import { invalidArgument, itemNotFound } from "./errors";
import { HostCollection, HostObject, type HostEnv } from "./host-object";
import { RangeObject } from "./range";
import { parseRangeAddress } from "./sheet-address";
import { WorksheetObject } from "./worksheet";

const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

export class ChartTitleObject extends HostObject {
  readonly typeName = "ChartTitle";

  constructor(
    env: HostEnv,
    readonly chart: StoredChart,
  ) {
    super(env);
  }

  override check(): void {
    if (!this.doc.charts.includes(this.chart)) throw itemNotFound("The chart was deleted.");
  }

  override get scalarNames(): readonly string[] {
    return ["text", "visible"];
  }

  override scalar(name: string): unknown {
    this.check();
    if (name === "text") return this.chart.title;
    if (name === "visible") return this.chart.titleVisible;
    return super.scalar(name);
  }

  override set(name: string, value: unknown): void {
    this.check();
    if (name === "Text") {
      if (typeof value !== "string") throw invalidArgument("A chart title must be a string.");
      this.chart.title = value;
      this.chart.titleVisible = true;
      return;
    }
    if (name === "Visible") {
      this.chart.titleVisible = value === true;
      return;
    }
    super.set(name, value);
  }
}

export class ChartObject extends HostObject {
  readonly typeName = "Chart";

  constructor(
    env: HostEnv,
    readonly chart: StoredChart,
  ) {
    super(env);
  }

  override check(): void {
    if (!this.doc.charts.includes(this.chart)) throw itemNotFound("The chart was deleted.");
  }

  override identity(): Record<string, unknown> {
    return { Id: this.chart.id };
  }

  override get scalarNames(): readonly string[] {
    return ["chartType", "id", "name"];
  }

  override scalar(name: string): unknown {
    this.check();
    if (name === "chartType") return this.chart.type;
    if (name === "id") return this.chart.id;
    if (name === "name") return this.chart.name;
    return super.scalar(name);
  }

  override navigate(name: string): HostObject {
    if (name === "Title") return new ChartTitleObject(this.env, this.chart);
    if (name === "Worksheet") return new WorksheetObject(this.env, this.chart.sheet);
    return super.navigate(name);
  }

  #cell(arg: unknown): string {
    if (arg instanceof RangeObject) return formatArea(arg.area);
    return formatArea(parseRangeAddress(this.doc, this.chart.sheet, arg));
  }

  override call(name: string, args: readonly unknown[]): unknown {
    this.check();
    if (name === "SetPosition") {
      this.chart.position = { start: this.#cell(args[0]), end: args[1] === undefined || args[1] === null ? undefined : this.#cell(args[1]) };
      return undefined;
    }
    if (name === "Delete") {
      this.doc.charts.splice(this.doc.charts.indexOf(this.chart), 1);
      return undefined;
    }
    return super.call(name, args);
  }

  override set(name: string, value: unknown): void {
    this.check();
    if (name === "Name") {
      if (typeof value !== "string" || value === "") throw invalidArgument("A chart name must be a non-empty string.");
      this.chart.name = value;
      return;
    }
    super.set(name, value);
  }
}

export class ChartCollectionObject extends HostCollection {
  readonly typeName = "ChartCollection";

  constructor(
    env: HostEnv,
    readonly sheet: ExcelJS.Worksheet,
  ) {
    super(env);
  }

  override check(): void {
    this.doc.live(this.sheet);
  }

  #all(): StoredChart[] {
    return this.doc.charts.filter((c) => c.sheet === this.sheet);
  }

  override items(): readonly HostObject[] {
    return this.#all().map((c) => new ChartObject(this.env, c));
  }

  #find(key: unknown): StoredChart | undefined {
    return this.#all().find((c) => c.name === key) ?? this.#all().find((c) => c.id === key);
  }

  override index(key: unknown): HostObject {
    const chart = this.#find(key);
    if (!chart) throw itemNotFound(`There is no chart named '${String(key)}'.`);
    return new ChartObject(this.env, chart);
  }

  override objectMethod(name: string, args: readonly unknown[]): HostObject | null {
    this.check();
    switch (name) {
      case "Add": {
        const [type, source, seriesBy = "Auto"] = args;
        if (typeof type !== "string" || type === "") throw invalidArgument(`Chart type ${JSON.stringify(type)}.`);
        if (!(source instanceof RangeObject)) throw invalidArgument("A chart's source data must be a Range.");
        source.check();
        if (typeof seriesBy !== "string" || !SERIES_BY.has(seriesBy)) throw invalidArgument(`seriesBy ${JSON.stringify(seriesBy)}.`);
        const taken = new Set(this.#all().map((c) => c.name));
        let n = 1;
        while (taken.has(`Chart ${n}`)) n++;
        const chart: StoredChart = {
          id: this.doc.newId(),
          sheet: this.sheet,
          name: `Chart ${n}`,
          type,
          source: { sheet: source.sheet, area: source.area },
          seriesBy,
          title: "",
          titleVisible: false,
          position: undefined,
        };
        this.doc.charts.push(chart);
        return new ChartObject(this.env, chart);
      }
      case "GetItem":
        return this.index(args[0]);
      case "GetItemOrNullObject": {
        const chart = this.#find(args[0]);
        return chart ? new ChartObject(this.env, chart) : null;
      }
    }
    return super.objectMethod(name, args);
  }
}
