/**
 * Minimal .xlsx packages written part by part, for tests that need XML no
 * writer library produces (inline strings, phonetic runs, prefixes, a 1904
 * flag written "true"). Parts are stored (no compression) when `store` is
 * set, so the reader's chunks fall exactly where a test wants them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface PackageSheet {
  readonly name: string;
  readonly state?: "visible" | "hidden" | "veryHidden";
  /** The worksheet's XML inside <worksheet>: usually "<sheetData>…</sheetData>". */
  readonly body: string;
}

export interface PackageSpec {
  readonly sheets: readonly PackageSheet[];
  /** The <sst> items' XML ("<si><t>…</t></si>…"), or none. */
  readonly sharedStrings?: string;
  /** Extra attributes of <workbookPr>, e.g. 'date1904="true"'. */
  readonly workbookPr?: string;
  /** <numFmts>…</numFmts><cellXfs>…</cellXfs> for styles.xml; a default General style when absent. */
  readonly styles?: string;
  readonly application?: string;
  readonly store?: boolean;
}

/** A worksheet part's whole XML around its body. */
export function sheetPartXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${body}</worksheet>`;
}

/** The shared strings part's whole XML around its items. */
export function sharedStringsPartXml(items: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}">${items}</sst>`;
}

export function packageBytes(spec: PackageSpec): Uint8Array {
  const level = spec.store ? 0 : 6;
  const part = (xml: string) => [strToU8(xml), { level }] as [Uint8Array, { level: 0 | 6 }];
  const ct = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
    `<Default Extension="xml" ContentType="application/xml"/>`,
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    spec.sharedStrings !== undefined ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : "",
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`,
    `</Types>`,
  ].join("");
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr ${spec.workbookPr ?? ""}/><sheets>${spec.sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state && s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
  const n = spec.sheets.length;
  const workbookRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("")}<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>${spec.sharedStrings !== undefined ? `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">${spec.styles ?? `<cellXfs count="1"><xf numFmtId="0"/></cellXfs>`}</styleSheet>`;
  const files: Zippable = {
    "[Content_Types].xml": part(ct),
    "_rels/.rels": part(rootRels),
    "docProps/app.xml": part(`<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(spec.application ?? "jiebang tests")}</Application></Properties>`),
    "xl/workbook.xml": part(workbook),
    "xl/_rels/workbook.xml.rels": part(workbookRels),
    "xl/styles.xml": part(styles),
  };
  spec.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = part(sheetPartXml(s.body));
  });
  if (spec.sharedStrings !== undefined) files["xl/sharedStrings.xml"] = part(sharedStringsPartXml(spec.sharedStrings));
  return zipSync(files);
}

/**
 * A package with some of its parts' XML rewritten (parts may be added or
 * deleted), written to `out`: how tests edit an export as a person or another
 * program might.
 */
export function rewrittenPackage(path: string, out: string, change: (parts: Record<string, string>) => void): string {
  const zip = unzipSync(new Uint8Array(readFileSync(path)));
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(zip)) parts[name] = strFromU8(bytes);
  change(parts);
  writeFileSync(out, zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)]))));
  return out;
}

/** The worksheet part of a sheet, by its name in the workbook (through workbook.xml and its relationships). */
export function sheetPart(parts: Record<string, string>, sheet: string): string {
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(parts["xl/workbook.xml"]!)![1]!;
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(parts["xl/_rels/workbook.xml.rels"]!)!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
}
