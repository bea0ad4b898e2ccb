/**
 * The Summary sheet's charts put into the saved package, since exceljs
 * writes no charts: for a sheet, its drawing part with the charts' anchors,
 * each chart's part, the relationships from sheet to drawing to charts, the
 * sheet's `<drawing r:id>` element and the content types. The chart and
 * drawing XML is the pure side's (src/report/chart-xml.ts), so a verify can
 * make it again from the record. Both writers use this: the whole one edits
 * the package's bytes with fflate (in Node and in the pane), the streamed
 * one adds the parts to exceljs's own zip as it streams (write-workbook-stream.ts).
 */
import { unzipSync, zipSync, type Zippable } from "fflate";
import { SaxesParser } from "saxes";
import { chartXml, drawingXml, xmlText, type ChartSpec } from "../report";
import { relsPartOf, resolveTarget } from "./xlsx/relationships";

/** Relationship types (ECMA-376 Part 1, §15.2.6 chart part and §15.2.8 drawings part) and content types (§15.2.6, §15.2.8). */
export const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** What a sheet's charts add to a package. */
export interface SheetCharts {
  /** New parts, by name (no leading slash): the drawing, its rels, the charts, and the sheet's rels (new or with the drawing added). */
  readonly parts: ReadonlyMap<string, string>;
  /** The sheet's relationship to its drawing, for its `<drawing r:id>`. */
  readonly drawingRelId: string;
  /** `[Content_Types].xml` Overrides to add (OPC, ECMA-376 Part 2 §10.1.2.3): part name → content type. */
  readonly overrides: ReadonlyMap<string, string>;
}

/** The attributes of every element of a small XML text, in order, by local name. */
function elements(xml: string): Array<{ name: string; attributes: Record<string, string> }> {
  const found: Array<{ name: string; attributes: Record<string, string> }> = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag) => {
    const colon = tag.name.indexOf(":");
    found.push({ name: colon < 0 ? tag.name : tag.name.slice(colon + 1), attributes: tag.attributes as Record<string, string> });
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return found;
}

/** A relationships part (ECMA-376 Part 2, §9.3) of these relationships. */
function relsXml(rels: ReadonlyArray<{ id: string; type: string; target: string }>): string {
  return XML_HEAD + `<Relationships xmlns="${NS_RELS}">${rels.map((r) => `<Relationship Id="${xmlText(r.id)}" Type="${xmlText(r.type)}" Target="${xmlText(r.target)}"/>`).join("")}</Relationships>`;
}

/** The relationships a rels part already holds. */
function relsOf(xml: string): Array<{ id: string; type: string; target: string; mode?: string }> {
  return elements(xml)
    .filter((e) => e.name === "Relationship")
    .map((e) => ({ id: e.attributes["Id"] ?? "", type: e.attributes["Type"] ?? "", target: e.attributes["Target"] ?? "", ...(e.attributes["TargetMode"] ? { mode: e.attributes["TargetMode"] } : {}) }));
}

/** A part name relative to another part's folder: "xl/drawings/drawing1.xml" from "xl/worksheets/sheet2.xml" is "../drawings/drawing1.xml". */
function relativeTarget(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const parts = to.split("/");
  let common = 0;
  while (common < base.length && common < parts.length - 1 && base[common] === parts[common]) common++;
  return [...base.slice(common).map(() => ".."), ...parts.slice(common)].join("/");
}

/**
 * The parts a sheet's charts add: `xl/drawings/drawing<drawing>.xml` with
 * one anchor a chart, `xl/charts/chart<chart + i>.xml` for each, their rels
 * and the sheet's rels (`existingRels`: the rels part exceljs wrote for the
 * sheet, if any, kept and added to). Numbers are the package's next free ones.
 */
export function sheetCharts(sheetPart: string, charts: readonly ChartSpec[], numbers: { readonly chart: number; readonly drawing: number }, existingRels: string | null = null): SheetCharts {
  const drawing = `xl/drawings/drawing${numbers.drawing}.xml`;
  const parts = new Map<string, string>();
  const overrides = new Map<string, string>([[`/${drawing}`, CT_DRAWING]]);
  const chartRels = charts.map((chart, i) => {
    const part = `xl/charts/chart${numbers.chart + i}.xml`;
    parts.set(part, chartXml(chart));
    overrides.set(`/${part}`, CT_CHART);
    return { id: `rId${i + 1}`, type: REL_CHART, target: relativeTarget(drawing, part) };
  });
  parts.set(drawing, drawingXml(charts, chartRels.map((r) => r.id)));
  parts.set(relsPartOf(drawing), relsXml(chartRels));
  const kept = existingRels === null ? [] : relsOf(existingRels);
  const taken = new Set(kept.map((r) => r.id));
  let n = kept.length + 1;
  while (taken.has(`rId${n}`)) n++;
  const drawingRelId = `rId${n}`;
  const sheetRels = [...kept, { id: drawingRelId, type: REL_DRAWING, target: relativeTarget(sheetPart, drawing) }];
  parts.set(
    relsPartOf(sheetPart),
    XML_HEAD +
      `<Relationships xmlns="${NS_RELS}">${sheetRels.map((r) => `<Relationship Id="${xmlText(r.id)}" Type="${xmlText(r.type)}" Target="${xmlText(r.target)}"${"mode" in r && r.mode ? ` TargetMode="${xmlText(r.mode)}"` : ""}/>`).join("")}</Relationships>`,
  );
  return { parts, drawingRelId, overrides };
}

/**
 * CT_Worksheet's elements that come after `drawing` (ECMA-376 Part 1,
 * §18.3.1.99 worksheet; §18.3.1.36 drawing follows headerFooter, rowBreaks,
 * colBreaks, customProperties, cellWatches, ignoredErrors, smartTags). exceljs
 * ends a sheet with headerFooter (and rowBreaks, legacyDrawing for comments,
 * tableParts): the drawing goes before the first of these, or the end tag.
 */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The sheet's XML with its `<drawing r:id>` in CT_Worksheet's order. A sheet that has a drawing already is refused: it would have two. */
export function withDrawing(sheetXml: string, relId: string): string {
  if (/<(\w+:)?drawing[\s/>]/.test(sheetXml)) throw new Error("withDrawing: the sheet has a drawing already");
  const end = /<\/(\w+:)?worksheet>\s*$/.exec(sheetXml);
  if (!end) throw new Error("withDrawing: not a worksheet's XML");
  let at = end.index;
  for (const name of AFTER_DRAWING) {
    const found = new RegExp(`<(\\w+:)?${name}[\\s/>]`).exec(sheetXml);
    if (found && found.index < at) at = found.index;
  }
  return `${sheetXml.slice(0, at)}<drawing r:id="${xmlText(relId)}"/>${sheetXml.slice(at)}`;
}

/** `[Content_Types].xml` with these Overrides added (before its end tag); a part it names already keeps its own. */
export function withOverrides(contentTypes: string, overrides: ReadonlyMap<string, string>): string {
  const named = new Set(elements(contentTypes).filter((e) => e.name === "Override").map((e) => (e.attributes["PartName"] ?? "").toLowerCase()));
  const added = [...overrides].filter(([part]) => !named.has(part.toLowerCase())).map(([part, type]) => `<Override PartName="${xmlText(part)}" ContentType="${xmlText(type)}"/>`);
  const end = contentTypes.lastIndexOf("</Types>");
  if (end < 0) throw new Error("withOverrides: not a content types part");
  return contentTypes.slice(0, end) + added.join("") + contentTypes.slice(end);
}

/** The package's worksheets by name, in tab order, with their parts: from xl/workbook.xml and its rels (found from the root rels). */
export function worksheetParts(read: (part: string) => string | undefined): Array<{ name: string; part: string }> {
  const rootRels = read("_rels/.rels");
  const workbook = rootRels === undefined ? undefined : relsOf(rootRels).find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = workbook ? resolveTarget("", workbook.target) : "xl/workbook.xml";
  const xml = read(workbookPart);
  const rels = read(relsPartOf(workbookPart));
  if (xml === undefined || rels === undefined) throw new Error("worksheetParts: the package has no workbook");
  const targets = new Map(relsOf(rels).map((r) => [r.id, resolveTarget(workbookPart, r.target)]));
  return elements(xml)
    .filter((e) => e.name === "sheet")
    .flatMap((e) => {
      const id = Object.entries(e.attributes).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];
      const part = id === undefined ? undefined : targets.get(id);
      return part === undefined ? [] : [{ name: e.attributes["name"] ?? "", part }];
    });
}

/** The next free number of `xl/<folder>/<stem>N.xml` among these part names. */
export function nextNumber(names: Iterable<string>, folder: string, stem: string): number {
  const pattern = new RegExp(`^xl/${folder}/${stem}(\\d+)\\.xml$`, "i");
  let n = 0;
  for (const name of names) n = Math.max(n, Number(pattern.exec(name)?.[1] ?? 0));
  return n + 1;
}

/**
 * The package's bytes with these sheets' charts added (fflate: unzip, edit
 * the few small parts, zip again): for the whole writer, in Node and in the
 * browser. Sheets are found by name from the workbook, never by a part's number.
 */
export function addChartsToPackage(bytes: Uint8Array, sheets: ReadonlyArray<{ readonly name: string; readonly charts: readonly ChartSpec[] }>): Uint8Array {
  const drawn = sheets.filter((s) => s.charts.length > 0);
  if (drawn.length === 0) return bytes;
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const read = (part: string) => (files[part] === undefined ? undefined : decoder.decode(files[part]));
  const parts = worksheetParts(read);
  let overrides = new Map<string, string>();
  for (const sheet of drawn) {
    const part = parts.find((p) => p.name === sheet.name)?.part;
    const xml = part === undefined ? undefined : read(part);
    if (part === undefined || xml === undefined) throw new Error(`addChartsToPackage: no worksheet “${sheet.name}”`);
    const numbers = { chart: nextNumber(Object.keys(files), "charts", "chart"), drawing: nextNumber(Object.keys(files), "drawings", "drawing") };
    const added = sheetCharts(part, sheet.charts, numbers, read(relsPartOf(part)) ?? null);
    files[part] = encoder.encode(withDrawing(xml, added.drawingRelId));
    for (const [name, text] of added.parts) files[name] = encoder.encode(text);
    overrides = new Map([...overrides, ...added.overrides]);
  }
  files["[Content_Types].xml"] = encoder.encode(withOverrides(read("[Content_Types].xml") ?? "", overrides));
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: 6 }];
  return zipSync(zippable);
}
