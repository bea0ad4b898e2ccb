/**
 * files/wps-style.xlsx: files/exceljs.xlsx rewritten part by part into a package shaped like the ones WPS Office
 * and SDK-based writers produce. generate.sh runs it after write_exceljs.ts:
 * `npx tsx test/corpus/rewrite_wps.ts BUILD_DIR`.
 *
 * What the rewrite does, and where it comes from:
 * - every SpreadsheetML element carries an `x:` prefix (`<x:worksheet xmlns:x="…/spreadsheetml/2006/main">`) in
 *   workbook.xml, the worksheets, styles.xml, sharedStrings.xml and the comments. This is what writers built on
 *   the Open XML SDK emit; the WPS files we know of use the default namespace, so this half is a stress case
 *   rather than a copy of WPS. A reader that matches element names by their literal text finds nothing here.
 * - the string cells below each sheet's header row become inline strings (`t="inlineStr"`, `<x:is>…</x:is>`),
 *   rich text included (`<x:is><x:r><x:rPr><x:b/></x:rPr><x:t>北方稀土</x:t></x:r>…`); the title and header
 *   rows keep their shared strings, so the file has both.
 * - WPS's own marks: the worksheet root declares xdr, x14, mc and WPS's `etc` namespace
 *   (http://www.wps.cn/officeDocument/2017/etCustomData) and `<x:sheetFormatPr defaultColWidth="9"
 *   defaultRowHeight="16.8"/>`; docProps/app.xml says `<Application>WPS Office_11.1.0.12313_F1E327BC-269C-435d-A152-05C5408002CA</Application>`
 *   with no AppVersion, HeadingPairs 工作表; docProps/custom.xml carries KSOProductBuildVer 2052-11.1.0.12313 and ICV,
 *   as WPS writes them.
 * The package stays valid: the same parts, relationships and content types (plus custom.xml), rezipped with jszip.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import type { Layout } from "./write_exceljs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
/** Where files/ is written: this folder, or JIEBANG_CORPUS_OUT (the test that regenerates the corpus). */
const OUT = process.env["JIEBANG_CORPUS_OUT"] ?? HERE;
const SOURCE = "exceljs.xlsx";
const FILE = "wps-style.xlsx";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export const WPS_APPLICATION = "WPS Office_11.1.0.12313_F1E327BC-269C-435d-A152-05C5408002CA";

/** `<name` and `</name` without a prefix get `x:`; declarations, comments and prefixed names stay as they are. */
export function prefixElements(xml: string): string {
  if (!xml.includes(`xmlns="${MAIN_NS}"`)) throw new Error("not a SpreadsheetML part");
  return xml
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_all, slash: string, name: string) => `<${slash}x:${name}`)
    .replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`);
}

/** The <si> items of a shared-string table, as their inner XML. */
function sharedItems(sst: string): string[] {
  return [...sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

/** String cells of rows below `headerRow` become inline strings with the same content (runs included). */
export function inlineStrings(sheet: string, items: readonly string[], headerRow: number): string {
  return sheet.replace(/<c r="([A-Z]+)(\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (all, col: string, row: string, before: string, after: string, index: string) => {
    if (Number(row) <= headerRow) return all;
    const inner = items[Number(index)];
    if (inner === undefined) throw new Error(`no shared string ${index}`);
    return `<c r="${col}${row}"${before} t="inlineStr"${after}><is>${inner}</is></c>`;
  });
}

const WPS_WORKSHEET_NS =
  ' xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"';

function wpsWorksheet(xml: string): string {
  return xml
    .replace(/<worksheet ([^>]*)>/, (_all, attrs: string) => `<worksheet ${attrs}${WPS_WORKSHEET_NS}>`)
    .replace(/<sheetFormatPr [^>]*\/>/, '<sheetFormatPr defaultColWidth="9" defaultRowHeight="16.8" outlineLevelRow="0" outlineLevelCol="0"/>')
    .replace(/ x14ac:dyDescent="[^"]*"/g, "");
}

function wpsWorkbook(xml: string): string {
  return xml.replace(/<fileVersion [^>]*\/>/, '<fileVersion appName="xl" lastEdited="3" lowestEdited="5" rupBuild="9302"/>').replace(/<calcPr [^>]*\/>/, '<calcPr calcId="144525"/>');
}

function appXml(sheets: readonly string[]): string {
  const titles = sheets.map((s) => `<vt:lpstr>${s}</vt:lpstr>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${WPS_APPLICATION}</Application>` +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`
  );
}

const CUSTOM_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-11.1.0.12313</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>6A3C2B7E9F0D4E51A8B2C3D4E5F60718</vt:lpwstr></property></Properties>';

async function main(build: string): Promise<void> {
  const layout = JSON.parse(readFileSync(join(build, `${SOURCE}.layout.json`), "utf8")) as Layout;
  const zip = await JSZip.loadAsync(readFileSync(join(OUT, "files", SOURCE)));
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${SOURCE} has no ${path}`);
    return file.async("string");
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    return { name: m[1]!, path: `xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "")}` };
  });
  const items = sharedItems(await text("xl/sharedStrings.xml"));

  const out = new JSZip();
  const parts: Record<string, string | Uint8Array> = {};
  for (const path of Object.keys(zip.files)) {
    const entry = zip.files[path]!;
    if (entry.dir) continue;
    parts[path] = /\.(xml|rels|vml)$/.test(path) ? await entry.async("string") : await entry.async("uint8array");
  }
  for (const sheet of sheets) {
    const headerRow = layout[sheet.name]?.headerRow ?? Infinity;
    parts[sheet.path] = prefixElements(wpsWorksheet(inlineStrings(parts[sheet.path] as string, items, headerRow)));
  }
  parts["xl/workbook.xml"] = prefixElements(wpsWorkbook(workbook));
  for (const path of Object.keys(parts)) {
    if (path === "xl/styles.xml" || path === "xl/sharedStrings.xml" || /^xl\/comments\d*\.xml$/.test(path) || /^xl\/tables\/table\d+\.xml$/.test(path)) parts[path] = prefixElements(parts[path] as string);
  }
  parts["docProps/app.xml"] = appXml(sheets.map((s) => s.name));
  parts["docProps/custom.xml"] = CUSTOM_XML;
  parts["[Content_Types].xml"] = (parts["[Content_Types].xml"] as string).replace(
    "</Types>",
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
  );
  parts["_rels/.rels"] = (parts["_rels/.rels"] as string).replace(
    "</Relationships>",
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
  );
  // [Content_Types].xml first, as Office writes it.
  const order = ["[Content_Types].xml", ...Object.keys(parts).filter((p) => p !== "[Content_Types].xml")];
  const fixed = new Date(Date.UTC(2022, 1, 10, 9));
  for (const path of order) out.file(path, parts[path]!, { date: fixed });
  const bytes = await out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
  writeFileSync(join(OUT, "files", FILE), bytes);
  writeFileSync(join(build, `${FILE}.layout.json`), JSON.stringify(layout, null, 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv[2]!);
}
