import type { SourceList, SourceRead, TrackerSource, WritePlan, AddinState, SavedMappings, WriteOptions, WriteResult, ReadLimits } from "../excel";
import { gridFromRange } from "../excel/grid-from-range";
import { JiebangError, type Lang } from "../../src/i18n";
import { Decimal, yuanDisplay } from "../../src/money";
import { FUNNEL_HEADERS, STATUS_LABELS, SUMMARY_LABELS, TYPE_LABELS } from "../../src/report";
import { readPack } from "../../src/rules";
import { FIELDS, inspectHeader, type FieldName, type HeaderInspection } from "../../src/tracker";
import type { DecideResponse } from "./decide-session";
import type { DecideService } from "./decide-service";
import { clear, h } from "./dom";
import { readTogether, resultColumnOf, writeBack } from "./together";
import { vetPack } from "./vet-pack";
import { text } from "./strings";

/** The Excel operations the pane needs; in the add-in they are addin/excel's, in tests a fake's. */
export interface WorkbookDoor {
  listSources(): Promise<SourceList>;
  /** Read a sheet or table; `stateKey`: the record to read (a further sheet's, for a run over several). */
  readSource(source: TrackerSource, limits?: ReadLimits, stateKey?: string): Promise<SourceRead>;
  writeRun(plan: WritePlan, previous: AddinState | null, options?: WriteOptions): Promise<WriteResult>;
  /** Open the audited workbook as a new workbook in Excel, for the user to save. */
  openWorkbook(bytes: Uint8Array): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  saveMapping(all: SavedMappings, sheet: string, mapping: Partial<Record<FieldName, string>>): Promise<SavedMappings>;
  documentName(): string;
}

export interface PaneOptions {
  readonly door: WorkbookDoor;
  readonly service: DecideService;
  readonly lang: Lang;
  readonly packs: ReadonlyArray<{ readonly text: string; readonly source: string }>;
  readonly now?: () => Date;
}

/** Only the top rows are needed to show the header mapping. */
const INSPECT_ROWS = 40;
const SUMMARY_NAME = { "zh-CN": "汇总", en: "Summary" } as const;

/** The summary sheet to write: the previous run's, else 汇总, else a name no user sheet has. */
export function summaryNameFor(lang: Lang, sheetNames: readonly string[], previous: AddinState | null): string {
  if (previous?.summarySheet) return previous.summarySheet;
  const base = SUMMARY_NAME[lang];
  if (!sheetNames.includes(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base}（jiebang ${i}）`;
    if (!sheetNames.includes(name)) return name;
  }
}

function errorText(error: unknown, lang: Lang): string {
  if (error instanceof JiebangError) return error.text(lang);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The task pane: choose the tracker, check the mapping, choose the pack, run,
 * review, export. It never calls Excel itself; everything goes through the door.
 */
export class Pane {
  private readonly lang: Lang;
  private sources: TrackerSource[] = [];
  private read: SourceRead | null = null;
  private inspection: HeaderInspection | null = null;
  private map: Partial<Record<FieldName, string>> = {};
  /** The choices of rule packs: each decides a run with its packs (a city's pack on top of the region's). */
  private packs: Array<{ packs: ReadonlyArray<{ text: string; source: string }>; label: string }> = [];
  private result: DecideResponse | null = null;

  private readonly els = {
    source: h("select", { "data-testid": "source", "aria-label": "source" }),
    together: h("fieldset", { "data-testid": "together", className: "together" }),
    mapping: h("div", { "data-testid": "mapping" }),
    pack: h("select", { "data-testid": "pack", "aria-label": "pack" }),
    packFile: h("input", { type: "file", accept: ".json,application/json", multiple: true, "data-testid": "pack-file" }),
    packFindings: h("div", { "data-testid": "pack-findings", className: "findings" }),
    run: h("button", { type: "button", className: "primary", "data-testid": "run", disabled: true }),
    progress: h("progress", { "data-testid": "progress", max: 1, value: 0, hidden: true }),
    overview: h("div", { "data-testid": "overview" }),
    export: h("button", { type: "button", "data-testid": "export", disabled: true }),
    message: h("div", { role: "status", "data-testid": "message", className: "message" }),
  };

  constructor(
    private readonly root: HTMLElement,
    private readonly options: PaneOptions,
  ) {
    this.lang = options.lang;
    this.packs = options.packs.map((p) => ({ packs: [p], label: this.packLabel(p.text, p.source) }));
  }

  private t(key: Parameters<typeof text>[0], params: Record<string, string | number> = {}): string {
    return text(key, this.lang, params);
  }

  private packLabel(packText: string, source: string): string {
    const reading = readPack(packText, source);
    if (!reading.ok) return source;
    const doc = reading.pack.document;
    return `${doc.title[this.lang]}（${doc.id}@${doc.version}）`;
  }

  /** Build the pane and list the workbook's sheets and tables. */
  async mount(): Promise<void> {
    const t = (key: Parameters<typeof text>[0]) => this.t(key);
    const readButton = h("button", { type: "button", "data-testid": "read", onclick: () => void this.readSelected() }, t("read"));
    this.els.run.append(t("run"));
    this.els.run.addEventListener("click", () => void this.runDecision());
    this.els.export.append(t("export"));
    this.els.export.addEventListener("click", () => void this.exportWorkbook());
    this.els.packFile.addEventListener("change", () => void this.loadPackFile());
    this.els.source.addEventListener("change", () => void this.readSelected());
    this.renderPacks();
    clear(this.root);
    this.root.append(
      h("header", {}, h("h1", {}, t("title")), h("p", { className: "subtitle" }, t("subtitle"))),
      h("section", {}, h("h2", {}, t("stepSource")), h("div", { className: "row" }, this.els.source, readButton), this.els.together),
      h("section", {}, h("h2", {}, t("stepMapping")), this.els.mapping),
      h("section", {}, h("h2", {}, t("stepPack")), this.els.pack, h("label", { className: "file" }, t("loadPack"), this.els.packFile), this.els.packFindings),
      h("section", {}, h("h2", {}, t("stepRun")), this.els.run, this.els.progress),
      h("section", {}, h("h2", {}, t("stepOverview")), this.els.overview),
      h("section", {}, h("h2", {}, t("stepExport")), this.els.export),
      this.els.message,
    );
    try {
      const list = await this.options.door.listSources();
      this.sources = list.sources;
      for (const [i, s] of this.sources.entries()) {
        this.els.source.append(h("option", { value: String(i) }, `${s.kind === "table" ? t("sourceTable") : t("sourceSheet")}：${s.name}`));
      }
      const preferred = this.sources.findIndex((s) => s.kind === "table") >= 0 ? this.sources.findIndex((s) => s.kind === "table") : this.sources.findIndex((s) => s.name === list.activeSheet);
      this.els.source.value = String(Math.max(0, preferred));
      await this.readSelected();
    } catch (error) {
      this.say(errorText(error, this.lang), true);
    }
  }

  private selectedSource(): TrackerSource | null {
    return this.sources[Number(this.els.source.value)] ?? null;
  }

  /** The other worksheets, to decide together with the chosen source: a checkbox each, and one to choose every sheet with a tracker header. */
  private renderTogether(): void {
    const chosen = this.selectedSource();
    const checked = new Set(this.togetherSources().map((s) => s.sheet));
    clear(this.els.together);
    const others = this.sources.filter((s) => s.kind === "sheet" && s.sheet !== chosen?.sheet);
    if (others.length === 0) return;
    const all = h("button", { type: "button", className: "link", "data-testid": "together-all", onclick: () => void this.chooseEveryTracker() }, this.t("togetherAll"));
    this.els.together.append(h("legend", {}, this.t("together")));
    for (const s of others) {
      const box = h("input", { type: "checkbox", value: s.sheet, "data-sheet": s.sheet });
      box.checked = checked.has(s.sheet);
      this.els.together.append(h("label", { className: "check" }, box, ` ${s.sheet}`));
    }
    this.els.together.append(all);
  }

  /** The sheets ticked to decide together with the chosen source. */
  private togetherSources(): TrackerSource[] {
    const ticked = new Set([...this.els.together.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.value));
    return this.sources.filter((s) => s.kind === "sheet" && ticked.has(s.sheet));
  }

  /** Tick every other sheet in which a tracker header is found. */
  async chooseEveryTracker(): Promise<void> {
    let found = 0;
    try {
      for (const box of this.els.together.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
        const source = this.sources.find((s) => s.kind === "sheet" && s.sheet === box.value);
        if (!source) continue;
        const read = await this.options.door.readSource(source);
        const map = read.mappings[source.sheet] ?? {};
        box.checked = inspectHeader(gridFromRange({ ...read.range, values: read.range.values.slice(0, INSPECT_ROWS) }, new Set(read.ourColumns)), map).headerRow !== null;
        if (box.checked) found++;
      }
      this.say(found === 0 ? this.t("togetherNone") : "");
    } catch (error) {
      this.say(errorText(error, this.lang), true);
    }
  }

  /** Read the chosen source and show the header mapping found. */
  async readSelected(): Promise<void> {
    const source = this.selectedSource();
    if (!source) return;
    this.renderTogether();
    this.result = null;
    this.els.export.disabled = true;
    clear(this.els.overview);
    try {
      this.read = await this.options.door.readSource(source);
      this.map = { ...(this.read.mappings[source.sheet] ?? {}) };
      this.inspect();
      this.say("");
    } catch (error) {
      this.read = null;
      this.say(errorText(error, this.lang), true);
    }
  }

  private inspect(): void {
    if (!this.read) return;
    const top = { ...this.read.range, values: this.read.range.values.slice(0, INSPECT_ROWS) };
    const grid = gridFromRange(top, new Set(this.read.ourColumns));
    this.inspection = inspectHeader(grid, this.map);
    this.renderMapping();
  }

  private renderMapping(): void {
    const inspection = this.inspection;
    clear(this.els.mapping);
    if (!inspection || inspection.headerRow === null) {
      this.els.mapping.append(h("p", { className: "warning" }, this.t("noHeader")));
      this.els.run.disabled = true;
      return;
    }
    const byField = new Map(inspection.columns.map((c) => [c.field, c]));
    const table = h("table", { className: "mapping" }, h("thead", {}, h("tr", {}, h("th", {}, this.t("field")), h("th", {}, this.t("column")))));
    const body = h("tbody");
    for (const spec of FIELDS) {
      const current = byField.get(spec.name);
      const select = h("select", { "data-field": spec.name, "aria-label": spec.label[this.lang] }, h("option", { value: "" }, this.t("notMapped")));
      for (const header of inspection.headers) select.append(h("option", { value: header.text }, `${header.address.replace(/\d+$/, "")} · ${header.text}`));
      select.value = current?.header ?? "";
      select.addEventListener("change", () => void this.changeMapping(spec.name, select.value));
      const missing = spec.required && !current;
      body.append(
        h(
          "tr",
          { className: missing ? "missing" : "" },
          h("td", {}, spec.label[this.lang], spec.required ? h("span", { className: "required", title: this.t("required") }, " *") : null),
          h("td", {}, select),
        ),
      );
    }
    table.append(body);
    this.els.mapping.append(h("p", { className: "hint" }, this.t("headerRow", { row: inspection.headerRow })), table);
    if (inspection.missing.length > 0) {
      const fields = inspection.missing.map((f) => FIELDS.find((s) => s.name === f)!.label[this.lang]).join(this.lang === "zh-CN" ? "、" : ", ");
      this.els.mapping.append(h("p", { className: "warning", "data-testid": "missing" }, this.t("missingRequired", { fields })));
    }
    this.els.run.disabled = inspection.missing.length > 0;
  }

  private async changeMapping(field: FieldName, header: string): Promise<void> {
    if (header === "") delete this.map[field];
    else this.map[field] = header;
    this.inspect();
    const source = this.selectedSource();
    if (!this.read || !source) return;
    try {
      const saved = await this.options.door.saveMapping(this.read.mappings, source.sheet, this.map);
      this.read = { ...this.read, mappings: saved };
      this.say(this.t("mappingSaved"));
    } catch (error) {
      this.say(errorText(error, this.lang), true);
    }
  }

  private renderPacks(selected?: number): void {
    clear(this.els.pack);
    this.packs.forEach((p, i) => this.els.pack.append(h("option", { value: String(i) }, p.label)));
    if (selected !== undefined) this.els.pack.value = String(selected);
  }

  /**
   * Load a pack file (and, chosen with it, its *.tests.json): it is checked and
   * its tests are run before it can be chosen; the findings and results are shown.
   */
  async loadPackFile(): Promise<void> {
    const files = [...(this.els.packFile.files ?? [])];
    const packFile = files.find((f) => !f.name.endsWith(".tests.json")) ?? null;
    const testsFile = files.find((f) => f.name.endsWith(".tests.json")) ?? null;
    if (!packFile) return;
    clear(this.els.packFindings);
    const vetting = await vetPack(
      { name: packFile.name, text: await packFile.text() },
      testsFile ? { name: testsFile.name, text: await testsFile.text() } : null,
      this.options.packs,
      this.lang,
    );
    const list = h("ul", { className: "findings-list", "data-testid": "pack-finding-list" });
    if (vetting.notJson !== undefined) list.append(h("li", { className: "error" }, vetting.notJson));
    for (const f of vetting.findings) {
      list.append(h("li", { className: f.severity }, h("code", {}, f.pointer || "/"), f.rule ? ` [${f.rule}] ` : " ", f.message[this.lang]));
    }
    if (vetting.testsProblem !== undefined) list.append(h("li", { className: "error" }, this.t("testsProblem", { why: vetting.testsProblem })));
    for (const r of vetting.tests?.results ?? []) {
      if (r.passed) continue;
      const diff = r.differences.map((d) => `${d.what}: ${JSON.stringify(d.expected)} → ${JSON.stringify(d.actual)}`).join("; ");
      list.append(h("li", { className: "error" }, `✗ ${r.name}（${diff}）`));
    }
    const tests = vetting.tests;
    const testLine = tests
      ? h(
          "p",
          { "data-testid": "pack-tests" },
          this.t("testsRun", {
            passed: tests.results.filter((r) => r.passed).length,
            total: tests.results.length,
            reached: tests.coverage.filter((c) => c.reached).length,
            items: tests.coverage.length,
          }),
        )
      : h("p", { className: "hint" }, this.t("noTests"));
    if (!vetting.usable) {
      this.els.packFindings.append(h("p", { className: "warning" }, this.t("packRejected", { name: packFile.name })), list, testLine);
      return;
    }
    this.packs.push({ packs: vetting.packs, label: this.packLabel(vetting.packs.at(-1)!.text, packFile.name) + (vetting.packs.length > 1 ? this.t("layered") : "") });
    this.renderPacks(this.packs.length - 1);
    this.els.packFindings.append(h("p", { className: "ok" }, this.t("packLoaded", { name: packFile.name })), testLine);
    if (list.childElementCount > 0) this.els.packFindings.append(list);
  }

  /** Decide every row (off the main thread), then write the results back. */
  async runDecision(): Promise<void> {
    const source = this.selectedSource();
    const read = this.read;
    const pack = this.packs[Number(this.els.pack.value)];
    if (!source || !read || !pack) return;
    this.els.run.disabled = true;
    this.els.export.disabled = true;
    this.showProgress(0, 1, "deciding");
    try {
      const previous = read.previous;
      const further = await readTogether(this.options.door, this.togetherSources(), this.lang);
      const response = await this.options.service.decide(
        {
          range: read.range,
          ourColumns: read.ourColumns,
          packs: pack.packs,
          map: this.map,
          unit: null,
          lang: this.lang,
          at: (this.options.now ?? (() => new Date()))().toISOString(),
          file: this.options.door.documentName() || source.sheet,
          resultColumn: resultColumnOf(read),
          summaryName: summaryNameFor(this.lang, read.sheetNames, previous),
          ...(further.length > 0 ? { together: further.map((f) => f.sheet) } : {}),
        },
        (done, total) => this.showProgress(done, total, "deciding"),
      );
      const { states, keptComments } = await writeBack(this.options.door, response, read, further, { onProgress: (done, total) => this.showProgress(done, total, "writing") });
      const state = states[0]!;
      this.read = { ...read, previous: state, ourColumns: range(state.firstColumn, state.lastColumn), resultsAt: state.firstColumn };
      this.result = response;
      this.renderOverview(response);
      this.els.export.disabled = false;
      const kept = keptComments.length === 0 ? "" : this.t("keptComments", { count: keptComments.length, cells: keptComments.slice(0, 10).join("、") + (keptComments.length > 10 ? "…" : "") });
      const summary = response.plan.summary?.name ?? "";
      this.say((further.length > 0 ? this.t("doneTogether", { rows: response.overview.rows, sheets: further.length + 1, summary }) : this.t("done", { rows: response.overview.rows, summary })) + kept);
    } catch (error) {
      this.say(errorText(error, this.lang), true);
    } finally {
      this.els.progress.hidden = true;
      this.els.run.disabled = false;
    }
  }

  private showProgress(done: number, total: number, stage: "deciding" | "writing"): void {
    this.els.progress.hidden = false;
    this.els.progress.max = Math.max(1, total);
    this.els.progress.value = done;
    this.say(this.t(stage, { done, total }));
  }

  private renderOverview(response: DecideResponse): void {
    const o = response.overview;
    clear(this.els.overview);
    const counts = h("table", { className: "counts", "data-testid": "counts" }, h("thead", {}, h("tr", {}, h("th", {}, this.t("status")), h("th", {}, this.t("count")))));
    const body = h("tbody");
    for (const status of ["funded", "pending", "ineligible", "unmatched", "invalid"] as const) {
      body.append(h("tr", { "data-status": status }, h("td", {}, STATUS_LABELS[status][this.lang]), h("td", { className: "number" }, String(o.counts[status]))));
    }
    counts.append(body);
    const total = h("p", { className: "total", "data-testid": "total" }, `${this.t("totalSubsidy")}：`, h("strong", {}, this.t("yuan", { amount: yuanDisplay(new Decimal(o.subsidyYuan)) })));
    const l = SUMMARY_LABELS;
    const funnel = h(
      "table",
      { className: "counts", "data-testid": "funnel" },
      h("caption", {}, l.funnel[this.lang]),
      h("thead", {}, h("tr", {}, ...FUNNEL_HEADERS.map((label) => h("th", {}, label[this.lang])))),
    );
    const funnelBody = h("tbody");
    for (const [key, label] of [["tech", TYPE_LABELS.tech[this.lang]], ["transformation", TYPE_LABELS.transformation[this.lang]], ["all", l.total[this.lang]]] as const) {
      const f = o.funnel[key];
      funnelBody.append(
        h("tr", { "data-stage": key }, h("td", {}, label), ...[f.rows, f.published, f.agreed, f.funded].map((n) => h("td", { className: "number" }, String(n))), h("td", { className: "number" }, yuanDisplay(new Decimal(f.subsidyYuan)))),
      );
    }
    funnel.append(funnelBody);
    const problems = h("ul", { className: "problems", "data-testid": "problems" });
    for (const p of o.problems) {
      const item = h(
        "li",
        { className: p.severity },
        h("button", { type: "button", className: "link", disabled: !p.cell, onclick: () => p.cell && void this.options.door.selectCell(p.sheet, p.cell) }, (o.sheets.length > 1 ? `${p.sheet}!` : "") + (p.cell ?? `#${p.row}`)),
        " ",
        h("span", { className: "kind" }, p.severity === "error" ? this.t("errorKind") : this.t("warningKind")),
        " ",
        p.message,
      );
      problems.append(item);
    }
    // A project reported again, and bank credit lines: said only when there are any.
    const extra: HTMLElement[] = [];
    if (o.bySheet) {
      const bySheet = h(
        "table",
        { className: "counts", "data-testid": "by-sheet" },
        h("caption", {}, l.bySource[this.lang]),
        h("thead", {}, h("tr", {}, ...[this.t("sourceSheet"), l.groupRows[this.lang], l.groupFunded[this.lang], l.subsidy[this.lang]].map((label) => h("th", {}, label)))),
      );
      const rows = h("tbody");
      for (const b of o.bySheet) rows.append(h("tr", {}, h("td", {}, b.sheet), h("td", { className: "number" }, String(b.rows)), h("td", { className: "number" }, String(b.funded)), h("td", { className: "number" }, yuanDisplay(new Decimal(b.subsidyYuan)))));
      bySheet.append(rows);
      extra.push(bySheet);
    }
    if (o.duplicates > 0) extra.push(h("p", { className: "total", "data-testid": "duplicates" }, `${l.duplicates[this.lang]}：`, h("strong", {}, String(o.duplicates))));
    if (o.creditLineIssuers > 0) {
      extra.push(h("p", { className: "total", "data-testid": "credit" }, `${l.creditLine[this.lang]}：`, h("strong", {}, yuanDisplay(new Decimal(o.creditLineYuan))), `（${l.creditIssuers[this.lang]} ${o.creditLineIssuers}）`));
    }
    this.els.overview.append(counts, total, ...extra, funnel, h("h3", {}, this.t("problems")), o.problems.length > 0 ? problems : h("p", {}, this.t("noProblems")));
  }

  /** The same audited .xlsx the CLI writes, opened as a new workbook in Excel; said done only once Excel has opened it. */
  async exportWorkbook(): Promise<void> {
    if (!this.result) return;
    try {
      const bytes = await this.options.service.exportWorkbook();
      const base = (this.options.door.documentName() || this.result.overview.sheet).replace(/\.xlsx$/i, "");
      const fileName = `${base}.audited.xlsx`;
      await this.options.door.openWorkbook(bytes);
      this.say(this.t("exported", { file: fileName }));
    } catch (error) {
      this.say(errorText(error, this.lang), true);
    }
  }

  private say(message: string, isError = false): void {
    this.els.message.textContent = message;
    this.els.message.classList.toggle("error", isError);
  }
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
