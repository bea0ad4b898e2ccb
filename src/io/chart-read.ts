/**
 * The charts an export's sheets carry, as its package says: from each
 * worksheet (by name, in tab order, found from the workbook) through its
 * rels to its drawing part (ECMA-376 Part 1, §18.3.1.36 drawing; §20.5 the
 * drawing), and from the drawing's chart references (§21.2.2.27 chart) to
 * each chart part (§21.2). For a verify: each chart's XML text and its
 * SHA-256, to compare with what chartXml makes of the record's sheet, and
 * the cell ranges its formulas read.
 */
import { sha256Hex } from "../digest";
import { asByteSource, type ByteSource } from "./xlsx/byte-source";
import { XLSX_LIMITS } from "./xlsx/limits";
import { partChunks, type InflateBudget } from "./xlsx/read-part";
import { relsPartOf, resolveTarget } from "./xlsx/relationships";
import { parseXmlPart } from "./xlsx/xml-part";
import { readZipDirectory } from "./xlsx/zip-directory";
import { REL_CHART, REL_DRAWING, worksheetParts } from "./chart-part";
import { SaxesParser } from "saxes";

export interface ExportChart {
  /** The chart's part, e.g. "xl/charts/chart1.xml". */
  readonly part: string;
  readonly xml: string;
  readonly sha256: string;
  /** The formulas of its series (name, categories, values…), in the part's order: `'汇总'!$A$20:$A$24`. */
  readonly refs: readonly string[];
}

export interface SheetCharts {
  readonly sheet: string;
  /** The sheet's drawing part, or null when it has none. */
  readonly drawing: string | null;
  /** Its charts, in the drawing's order. */
  readonly charts: readonly ExportChart[];
}

/** Each element's local name, attributes and the text directly in it, of a small XML text. */
function parsed(xml: string): Array<{ name: string; attributes: Record<string, string>; text: string }> {
  const found: Array<{ name: string; attributes: Record<string, string>; text: string }> = [];
  const open: number[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag) => {
    const colon = tag.name.indexOf(":");
    open.push(found.length);
    found.push({ name: colon < 0 ? tag.name : tag.name.slice(colon + 1), attributes: tag.attributes as Record<string, string>, text: "" });
  });
  parser.on("closetag", () => void open.pop());
  parser.on("text", (text) => {
    const at = open[open.length - 1];
    if (at !== undefined) found[at]!.text += text;
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return found;
}

const relId = (attributes: Readonly<Record<string, string>>) => Object.entries(attributes).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];

/** The charts of every worksheet of an export (or any .xlsx), from its bytes; a damaged part refuses the file as the reader does. */
export function readExportCharts(input: Uint8Array | ByteSource, file = "export.xlsx"): SheetCharts[] {
  const bytes = asByteSource(input);
  const limits = XLSX_LIMITS;
  const entries = readZipDirectory(bytes, file, limits);
  const budget: InflateBudget = { total: 0 };
  const read = (part: string): string | undefined => {
    const entry = entries.get(part.toLowerCase());
    if (!entry) return undefined;
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let text = "";
    for (const chunk of partChunks(bytes, entry, file, limits, budget)) text += decoder.decode(chunk, { stream: true });
    return text + decoder.decode();
  };
  const relsOf = (part: string) => {
    const rels = read(relsPartOf(part));
    if (rels === undefined) return new Map<string, { type: string; part: string }>();
    return new Map(
      parsed(rels)
        .filter((e) => e.name === "Relationship" && e.attributes["TargetMode"] !== "External")
        .map((e) => [e.attributes["Id"] ?? "", { type: e.attributes["Type"] ?? "", part: resolveTarget(part, e.attributes["Target"] ?? "") }]),
    );
  };
  /** The sheet's `<drawing r:id>`, parsed as a stream (a Funding sheet of a million rows is never held), and only for a sheet whose rels name a drawing. */
  const drawingOf = (part: string): string | undefined => {
    const entry = entries.get(part.toLowerCase());
    let id: string | undefined;
    if (entry) parseXmlPart(bytes, entry, file, limits, budget, { open: (element, attributes) => void (element === "drawing" && (id = relId(attributes))) });
    return id;
  };
  return worksheetParts(read).map(({ name, part }) => {
    const rels = relsOf(part);
    const named = [...rels.values()].some((r) => r.type === REL_DRAWING);
    const drawingRel = named ? rels.get(drawingOf(part) ?? "") : undefined;
    if (!drawingRel || drawingRel.type !== REL_DRAWING) return { sheet: name, drawing: null, charts: [] };
    const drawingXml = read(drawingRel.part) ?? "";
    const chartRels = relsOf(drawingRel.part);
    const charts = parsed(drawingXml)
      .filter((e) => e.name === "chart")
      .flatMap((e) => {
        const rel = chartRels.get(relId(e.attributes) ?? "");
        const xml = rel && rel.type === REL_CHART ? read(rel.part) : undefined;
        if (!rel || xml === undefined) return [];
        const refs = parsed(xml)
          .filter((x) => x.name === "f")
          .map((x) => x.text);
        return [{ part: rel.part, xml, sha256: sha256Hex(xml), refs }];
      });
    return { sheet: name, drawing: drawingRel.part, charts };
  });
}
