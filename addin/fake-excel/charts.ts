/**
 * Worksheet.charts, Chart and Chart.title. The fake records what a chart is
 * (type, source data, title, name, position); it draws nothing, and exceljs
 * cannot write charts, so they do not reach `toXlsx()`.
 */

import type ExcelJS from "exceljs";
import { parseAddress, formatArea } from "./a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import { ChartType } from "./enums";
import { invalidArgument, itemNotFound } from "./errors";
import type { Execution } from "./execution";
import type { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import type { StoredChart } from "./store";

const CHART_TYPES = new Set<string>(Object.values(ChartType).filter((t) => t !== "Invalid"));
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

interface SheetSource {
  resolve(exec: Execution): ExcelJS.Worksheet | null;
}

function chartById(exec: Execution, id: string): StoredChart | undefined {
  return exec.store.charts.find((c) => c.id === id);
}

export class FakeChartTitle extends FakeClientObject<StoredChart> {
  protected readonly typeName = "ChartTitle";
  protected readonly scalarNames = ["text", "visible"] as const;
  readonly #chart: FakeChart;

  constructor(context: FakeRequestContext, chart: FakeChart) {
    super(context);
    this.#chart = chart;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): StoredChart | null {
    const id = this.#chart.resolve(exec);
    return id === null ? null : (chartById(exec, id) ?? null);
  }

  get text(): string {
    return this.loaded("text");
  }
  set text(value: string) {
    this.queueSet("text", (exec, chart) => {
      if (typeof value !== "string") throw invalidArgument("a chart title must be a string");
      exec.store.updateChart(chart.id, { title: value, titleVisible: true });
    });
  }

  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(value: boolean) {
    this.queueSet("visible", (exec, chart) => exec.store.updateChart(chart.id, { titleVisible: value === true }));
  }

  protected readScalars(exec: Execution, target: StoredChart, names: readonly string[]): ReadonlyMap<string, unknown> {
    const chart = chartById(exec, target.id) ?? target;
    const out = new Map<string, unknown>();
    if (names.includes("text")) out.set("text", chart.title);
    if (names.includes("visible")) out.set("visible", chart.titleVisible);
    return out;
  }
}

export class FakeChart extends FakeClientObject<string> {
  protected readonly typeName = "Chart";
  protected readonly scalarNames = ["chartType", "id", "name"] as const;
  readonly #locate: (exec: Execution) => string | null;
  #title: FakeChartTitle | undefined;

  constructor(context: FakeRequestContext, locate: (exec: Execution) => string | null) {
    super(context);
    this.#locate = locate;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): string | null {
    return this.#locate(exec);
  }

  protected override isAlive(exec: Execution, id: string): boolean {
    return chartById(exec, id) !== undefined;
  }

  get title(): FakeChartTitle {
    this.#title ??= new FakeChartTitle(this.context, this);
    return this.#title;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "title" ? (this.title as FakeClientObject<unknown>) : undefined;
  }

  get id(): string {
    return this.loaded("id");
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queueSet("name", (exec, id) => {
      if (typeof value !== "string" || value === "") throw invalidArgument("a chart name must be a non-empty string");
      exec.store.updateChart(id, { name: value });
    });
  }

  get chartType(): string {
    return this.loaded("chartType");
  }
  set chartType(value: string) {
    this.queueSet("chartType", (exec, id) => {
      if (!CHART_TYPES.has(value)) throw invalidArgument(`chart type ${JSON.stringify(value)}`);
      exec.store.updateChart(id, { type: value });
    });
  }

  protected readScalars(exec: Execution, id: string, names: readonly string[]): ReadonlyMap<string, unknown> {
    const chart = chartById(exec, id);
    const out = new Map<string, unknown>();
    if (!chart) return out;
    for (const name of names) {
      if (name === "id") out.set(name, chart.id);
      else if (name === "name") out.set(name, chart.name);
      else if (name === "chartType") out.set(name, chart.type);
    }
    return out;
  }

  /** Place the chart over cells of its own sheet: "B2", "B2:H15" or Ranges. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const start = typeof startCell === "string" ? startCell : this.sameContext(startCell);
    const end = endCell === undefined || typeof endCell === "string" ? endCell : this.sameContext(endCell);
    this.queueCall("setPosition", (exec, id) => {
      const chart = chartById(exec, id);
      if (!chart) throw itemNotFound("Chart");
      const cell = (where: FakeRange | string): string => {
        if (typeof where === "string") {
          const parsed = parseAddress(where);
          if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== chart.sheet.name.toLowerCase())) {
            throw invalidArgument(`chart position ${JSON.stringify(where)}`);
          }
          return formatArea(parsed.area);
        }
        const target = where.require(exec);
        if (target.sheet !== chart.sheet) throw invalidArgument("a chart is positioned on its own worksheet");
        return formatArea(target.area);
      };
      exec.store.updateChart(id, { position: { start: cell(start), end: end === undefined ? undefined : cell(end) } });
    });
  }

  setData(sourceData: FakeRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): void {
    const source = this.sameContext(sourceData);
    this.queueCall("setData", (exec, id) => {
      if (!SERIES_BY.has(seriesBy)) throw invalidArgument(`seriesBy ${JSON.stringify(seriesBy)}`);
      const target = source.require(exec);
      exec.store.updateChart(id, { source: { sheet: target.sheet, area: target.area }, seriesBy });
    });
  }

  delete(): void {
    this.queueCall("delete", (exec, id) => exec.store.deleteChart(id));
  }
}

export class FakeChartCollection extends FakeCollection<ExcelJS.Worksheet, string, FakeChart> {
  protected readonly typeName = "ChartCollection";
  readonly #sheet: SheetSource;

  constructor(context: FakeRequestContext, sheet: SheetSource) {
    super(context);
    this.#sheet = sheet;
    Object.preventExtensions(this);
  }

  protected locate(exec: Execution): ExcelJS.Worksheet | null {
    return this.#sheet.resolve(exec);
  }

  protected listTargets(exec: Execution, sheet: ExcelJS.Worksheet): readonly string[] {
    return exec.store.charts.filter((c) => c.sheet === sheet).map((c) => c.id);
  }

  protected makeItem(id: string): FakeChart {
    return new FakeChart(this.context, () => id);
  }

  add(type: string, sourceData: FakeRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): FakeChart {
    const source = this.sameContext(sourceData);
    let created: string | undefined;
    this.queueCall("add", (exec, sheet) => {
      if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type ${JSON.stringify(type)}`);
      if (!SERIES_BY.has(seriesBy)) throw invalidArgument(`seriesBy ${JSON.stringify(seriesBy)}`);
      const target = source.require(exec);
      created = exec.store.addChart({
        sheet,
        type,
        source: { sheet: target.sheet, area: target.area },
        seriesBy,
        title: "",
        titleVisible: false,
        position: undefined,
      }).id;
    });
    return new FakeChart(this.context, (exec) => {
      if (created === undefined || !chartById(exec, created)) throw itemNotFound("Chart (its add failed)");
      return created;
    });
  }

  #byName(exec: Execution, name: string): string | undefined {
    const sheet = this.require(exec);
    return exec.store.charts.find((c) => c.sheet === sheet && c.name === name)?.id;
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.context, (exec) => {
      const id = this.#byName(exec, name);
      if (id === undefined) throw itemNotFound(`Chart '${name}'`);
      return id;
    });
  }

  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.context, (exec) => this.#byName(exec, name) ?? null).probe();
  }
}
