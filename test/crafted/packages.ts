/**
 * Crafted .xlsx packages: the bundled sample (samples/2022-first-batch.xlsx,
 * sheet 2022年第一批, header on row 3, projects on rows 4–18, 12 funded,
 * 55,000,000.00 yuan of subsidy) unzipped, one thing in it made hostile or
 * damaged, and zipped again — with jszip, or byte by byte (./zip.ts) where
 * the case needs a zip that lies.
 *
 * Each package states what a correct reader does with it:
 * - `decide`: Excel shows the file normally, so jiebang decides it (exit 0)
 *   and the JSON must pass the checks;
 * - `refuse`: Excel refuses or repairs it (it is damaged), so jiebang must
 *   refuse it (exit 2, one sentence) rather than guess;
 * - `decideOrRefuse`: either is right (a damage the file may or may not show),
 *   but a decision must be exactly the sample's.
 *
 * Every case comes from a defect found in the old exceljs-based reader or
 * from the ways a reader of the zip and the XML goes wrong. test/crafted/README.md
 * has the table.
 */
import { deepStrictEqual, equal, ok } from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { constants, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { crc32, readCentralDirectory, writeZip, type ZipEntry } from "./zip";

// ---------------------------------------------------------------------------
// The JSON result (the parts the checks read)

export interface CraftedReason {
  code: string;
  cell: string | null;
}

export interface CraftedDecision {
  row: number;
  id: string | null;
  status: string;
  line: string | null;
  recipientName: string | null;
  investmentYuan: string | null;
  subsidyYuan: string;
  capped: boolean;
  reasons: CraftedReason[];
  warnings: CraftedReason[];
}

export interface CraftedJson {
  input: { sheet: string; headerRow: number };
  decisions: CraftedDecision[];
  summary: Record<string, string | number>;
}

export type Expectation =
  | { readonly decide: (json: CraftedJson) => void }
  | { readonly refuse: true }
  | { readonly decideOrRefuse: (json: CraftedJson) => void };

export interface CraftedCase {
  readonly name: string;
  /** What was done to the sample, and why it matters. */
  readonly what: string;
  readonly build: () => Promise<Uint8Array> | Uint8Array;
  readonly expect: Expectation;
  /** A rule pack (JSON text) to decide with instead of the region's: written beside the package, passed as --rules. */
  readonly pack?: string;
  /** Extra environment of the child process (e.g. TZ). */
  readonly env?: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------
// The sample as decided

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SAMPLE_PATH = `${ROOT}samples/2022-first-batch.xlsx`;
export const SAMPLE_SHEET = "2022年第一批";

type Row = [row: number, id: string, status: string, investmentYuan: string | null, subsidyYuan: string, recipientName: string | null, codes: string[]];

/** Rows 4–18 of the sample as jiebang decides them: the codes are reasons and warnings. */
export const SAMPLE_ROWS: readonly Row[] = [
  [4, "NMG-JB-2022-001", "funded", "26000000.00", "7800000.00", "包头某稀土新材料有限公司", []],
  [5, "NMG-JB-2022-002", "funded", "18000000.00", "5400000.00", "包头某氢能装备有限公司", []],
  [6, "NMG-JB-2022-003", "funded", "13500000.00", "4050000.00", "包头某特钢有限公司", []],
  [7, "NMG-JB-2022-004", "funded", "8000000.00", "2400000.00", "包头某能源化工有限公司", []],
  [8, "NMG-JB-2022-005", "funded", "5500000.00", "1650000.00", "中国某能源集团有限公司包头分公司", []],
  [9, "NMG-JB-2022-006", "funded", "40000000.00", "10000000.00", "鄂尔多斯某煤化工有限公司", []],
  [10, "NMG-JB-2022-007", "funded", "15000000.00", "4500000.00", "内蒙古蒙肽生物工程有限公司", []],
  [11, "NMG-JB-2022-008", "funded", "12000000.00", "3600000.00", "呼和浩特某乳业有限公司", []],
  [12, "NMG-JB-2022-009", "funded", "16500000.00", "4950000.00", "赤峰某种业有限公司", []],
  [13, "NMG-JB-2022-010", "funded", "11000000.00", "3300000.00", "通辽某种业科技有限公司", []],
  [14, "NMG-JB-2022-011", "funded", "13000000.00", "3900000.00", "乌海某化工有限公司", ["INVALID_USCC"]],
  [15, "NMG-JB-2022-012", "funded", "11500000.00", "3450000.00", "巴彦淖尔某新能源有限公司", []],
  [16, "NMG-JB-2022-013", "unmatched", null, "0.00", null, ["NOT_MATCHED"]],
  [17, "NMG-JB-2022-014", "unmatched", null, "0.00", null, ["NOT_MATCHED"]],
  [18, "NMG-JB-2022-015", "unmatched", null, "0.00", null, ["NOT_MATCHED"]],
];

export const SAMPLE_SUMMARY = {
  rows: 15,
  funded: 12,
  ineligible: 0,
  pending: 0,
  invalid: 0,
  unmatched: 3,
  investmentYuan: "190000000.00",
  subsidyYuan: "55000000.00",
  // The region pays at once: every funded yuan is due now.
  dueYuan: "55000000.00",
  notDueYuan: "0.00",
  reclaimYuan: "0.00",
  solverUnits: 15,
  outOfRegionSolverUnits: 12,
  outOfRegionShare: "0.8000",
  // 15 lists published, 12 agreed and funded; no demand still being collected.
  funnel: {
    tech: { rows: 15, published: 15, agreed: 12, funded: 12, subsidyYuan: "55000000.00" },
    transformation: { rows: 0, published: 0, agreed: 0, funded: 0, subsidyYuan: "0.00" },
    all: { rows: 15, published: 15, agreed: 12, funded: 12, subsidyYuan: "55000000.00" },
  },
  // The article's 940 million yuan of credit lines from 交通银行内蒙古分行 to 4 of the 15 issuers.
  creditLineYuan: "940000000.00",
  creditLineIssuers: 4,
  creditByBank: [{ bank: "交通银行内蒙古分行", creditLineYuan: "940000000.00", issuers: 4 }],
  // No project is reported twice.
  duplicates: 0,
};

function codesOf(d: CraftedDecision): string[] {
  return [...d.reasons, ...d.warnings].map((r) => r.code).sort();
}

/** The decision of an Excel row. */
export function rowOf(json: CraftedJson, row: number): CraftedDecision {
  const found = json.decisions.find((d) => d.row === row);
  ok(found, `no decision for row ${row}; rows decided: ${json.decisions.map((d) => d.row).join(", ")}`);
  return found;
}

/** The JSON is exactly the sample's: its sheet and header row, every row's status, amounts, recipient and codes, and the summary. */
export function likeSample(json: CraftedJson): void {
  equal(json.input.sheet, SAMPLE_SHEET, "the sheet decided");
  equal(json.input.headerRow, 3, "the header row");
  deepStrictEqual(
    json.decisions.map((d) => [d.row, d.id, d.status, d.investmentYuan, d.subsidyYuan, d.recipientName, codesOf(d)]),
    SAMPLE_ROWS.map((r) => [...r.slice(0, 6), [...r[6]].sort()]),
    "the decisions",
  );
  equal(rowOf(json, 9).capped, true, "row 9 is capped");
  deepStrictEqual(json.summary, SAMPLE_SUMMARY, "the summary");
}

/** Like the sample, and row `row` decided with these values. */
function likeSampleWith(row: number, fields: Partial<CraftedDecision>): (json: CraftedJson) => void {
  return (json) => {
    const d = rowOf(json, row);
    for (const [key, value] of Object.entries(fields)) deepStrictEqual(d[key as keyof CraftedDecision], value, `row ${row} ${key}`);
    likeSample(json);
  };
}

// ---------------------------------------------------------------------------
// Editing a package

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** The sample's parts, in the sample's zip order (files only, no folder entries). */
let sampleParts: Promise<Array<[string, Uint8Array]>> | undefined;

function loadSampleParts(): Promise<Array<[string, Uint8Array]>> {
  sampleParts ??= (async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE_PATH));
    const parts: Array<[string, Uint8Array]> = [];
    for (const file of Object.values(zip.files)) if (!file.dir) parts.push([file.name, await file.async("uint8array")]);
    return parts;
  })();
  return sampleParts;
}

/** A package being edited: its parts by name, in zip order. */
class Pkg {
  private constructor(private readonly parts: Map<string, Uint8Array>) {}

  static async sample(): Promise<Pkg> {
    return new Pkg(new Map((await loadSampleParts()).map(([name, bytes]) => [name, bytes.slice()])));
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  bytes(name: string): Uint8Array {
    const bytes = this.parts.get(name);
    if (!bytes) throw new Error(`no part ${name}`);
    return bytes;
  }

  text(name: string): string {
    return fromUtf8.decode(this.bytes(name));
  }

  /** Replace a part (in place) or add it (at the end, or first with `first`). */
  set(name: string, content: string | Uint8Array, where: { first?: boolean } = {}): this {
    const bytes = typeof content === "string" ? utf8.encode(content) : content;
    if (where.first) {
      const rest = [...this.parts].filter(([n]) => n !== name);
      this.parts.clear();
      this.parts.set(name, bytes);
      for (const [n, b] of rest) this.parts.set(n, b);
    } else this.parts.set(name, bytes);
    return this;
  }

  edit(name: string, change: (text: string) => string): this {
    return this.set(name, change(this.text(name)));
  }

  remove(name: string): this {
    this.bytes(name);
    this.parts.delete(name);
    return this;
  }

  rename(from: string, to: string): this {
    const bytes = this.bytes(from);
    const entries = [...this.parts].map(([n, b]): [string, Uint8Array] => (n === from ? [to, bytes] : [n, b]));
    this.parts.clear();
    for (const [n, b] of entries) this.parts.set(n, b);
    return this;
  }

  /** Zipped by jszip, deflated, in part order. */
  async jszip(options: { streamFiles?: boolean } = {}): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [name, bytes] of this.parts) zip.file(name, bytes, { createFolders: false });
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", streamFiles: options.streamFiles ?? false });
  }

  /** The parts as zip entries for ./zip.ts, deflated and honest. */
  entries(): ZipEntry[] {
    return [...this.parts].map(([name, data]) => ({ name, data }));
  }
}

/** `text` with `search` replaced exactly once; a build that matches zero or several times is a bug in the case. */
function once(text: string, search: string | RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): string {
  const pattern = typeof search === "string" ? new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : new RegExp(search.source, search.flags.includes("g") ? search.flags : `${search.flags}g`);
  const count = [...text.matchAll(pattern)].length;
  if (count !== 1) throw new Error(`expected one match of ${pattern}, found ${count}`);
  return text.replace(pattern, replacement as (match: string, ...groups: string[]) => string);
}

const SHEET = "xl/worksheets/sheet1.xml";
const SST = "xl/sharedStrings.xml";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const TYPES = "[Content_Types].xml";
const STYLES = "xl/styles.xml";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The whole `<c>` element of a cell (self-closing or not). */
function cellPattern(ref: string): RegExp {
  return new RegExp(`<c r="${ref}"(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
}

function setCell(sheet: string, ref: string, xml: string): string {
  return once(sheet, cellPattern(ref), xml);
}

/** Add a cell at the end of row `row`. */
function appendCell(sheet: string, row: number, xml: string): string {
  return once(sheet, new RegExp(`(<row r="${row}"[\\s>][\\s\\S]*?)</row>`), (_m, head: string) => `${head}${xml}</row>`);
}

function addRows(sheet: string, rows: string): string {
  return once(sheet, "</sheetData>", `${rows}</sheetData>`);
}

/** The sample's `<si>` elements. */
function stringItems(sst: string): string[] {
  return [...sst.matchAll(/<si>[\s\S]*?<\/si>/g)].map((m) => m[0]);
}

/** The index of the shared string `<si><t>text</t></si>`. */
function stringIndex(sst: string, text: string): number {
  const index = stringItems(sst).indexOf(`<si><t>${text}</t></si>`);
  if (index < 0) throw new Error(`no shared string ${text}`);
  return index;
}

function setStringItem(sst: string, index: number, si: string): string {
  let n = -1;
  return sst.replace(/<si>[\s\S]*?<\/si>/g, (m) => (++n === index ? si : m));
}

const EMPTY_SST = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="0" uniqueCount="0"/>`;

/** Another tracker in the sample's layout: every numeric investment is 9,999 万元 (each row capped at 10,000,000). */
function otherTracker(sheet: string): string {
  return sheet.replace(/<c r="(O(?:[4-9]|1[0-8]))"><v>\d+<\/v><\/c>/g, '<c r="$1"><v>9999</v></c>');
}

/** Add a worksheet part, its relationship, its content type and a `<sheet>` after (or before) the sample's. */
function addSheet(pkg: Pkg, spec: { part: string; name: string; rId: string; sheetId: number; xml: string; state?: string; before?: boolean; first?: boolean }): void {
  pkg.set(`xl/${spec.part}`, spec.xml, { first: spec.first ?? false });
  pkg.edit(WORKBOOK_RELS, (t) => once(t, "</Relationships>", `<Relationship Id="${spec.rId}" Type="${WORKSHEET_REL}" Target="${spec.part}"/></Relationships>`));
  pkg.edit(TYPES, (t) => once(t, "</Types>", `<Override PartName="/xl/${spec.part}" ContentType="${WORKSHEET_TYPE}"/></Types>`));
  const sheet = `<sheet sheetId="${spec.sheetId}" name="${spec.name}" state="${spec.state ?? "visible"}" r:id="${spec.rId}"/>`;
  pkg.edit(WORKBOOK, (t) => (spec.before ? once(t, "<sheets>", `<sheets>${sheet}`) : once(t, "</sheets>", `${sheet}</sheets>`)));
}

/** The sample with one edit to its sheet XML, zipped by jszip. */
async function withSheet(change: (sheet: string) => string): Promise<Uint8Array> {
  return (await Pkg.sample()).edit(SHEET, change).jszip();
}

async function withStrings(change: (sst: string) => string): Promise<Uint8Array> {
  return (await Pkg.sample()).edit(SST, change).jszip();
}

/** A note row (the sample's row-21 note, shared string 136) at row `r`. */
function noteRow(r: number): string {
  return `<row r="${r}" spans="1:1"><c r="A${r}" t="s"><v>136</v></c></row>`;
}

// ---------------------------------------------------------------------------
// The 1.8 GB zip bomb behind a central directory that says 5 KB

const SPACE_CHUNK = 16 * 1024 * 1024;
const SPACE_CHUNKS = 108; // 108 × 16 MiB = 1,811,939,328 bytes of spaces, about 1.8 GB

interface Bomb {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

let bomb: Promise<Bomb> | undefined;

/**
 * The sample's sheet with 1.8 GB of spaces between rows 18 and 20 (whitespace
 * XML allows there), as one raw deflate stream of about 1.8 MB. Built without
 * ever holding the spaces: each 16 MiB chunk is deflated once, on its own, and
 * ended with a full flush (byte-aligned, no back-references across it), so the
 * stream is the deflated head, the same chunk 108 times, then the deflated tail.
 * The CRC-32 is the true one of all 1.8 GB, computed over the one chunk 108 times.
 */
function buildBomb(): Promise<Bomb> {
  bomb ??= (async () => {
    const sheet = (await Pkg.sample()).text(SHEET);
    const cut = sheet.indexOf('<row r="20"');
    const head = utf8.encode(sheet.slice(0, cut));
    const tail = utf8.encode(sheet.slice(cut));
    const spaces = new Uint8Array(SPACE_CHUNK).fill(0x20);
    const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
    const chunk = new Uint8Array(deflateRawSync(spaces, flush));
    const parts = [new Uint8Array(deflateRawSync(head, flush)), ...Array.from({ length: SPACE_CHUNKS }, () => chunk), new Uint8Array(deflateRawSync(tail))];
    const deflated = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      deflated.set(p, at);
      at += p.length;
    }
    let crc = crc32(head);
    for (let i = 0; i < SPACE_CHUNKS; i++) crc = crc32(spaces, crc);
    crc = crc32(tail, crc);
    return { deflated, crc, size: head.length + SPACE_CHUNK * SPACE_CHUNKS + tail.length };
  })();
  return bomb;
}

async function bombPackage(lie: "both" | "central"): Promise<Uint8Array> {
  const { deflated, crc, size } = await buildBomb();
  const entries = (await Pkg.sample()).entries().map((e): ZipEntry =>
    e.name === SHEET ? { name: SHEET, deflated, crc, localSize: lie === "both" ? 5 * 1024 : size, centralSize: 5 * 1024 } : e,
  );
  return writeZip(entries);
}

// ---------------------------------------------------------------------------
// Dates: a pack in force on 2022-01-10 only

/**
 * The region's pack, in force from 2022-01-10 to 2022-01-10 only. Every signed
 * row of the sample is dated 2022-01-10, so under this pack the sample decides
 * exactly as under the region's; a row whose 签约日期 is read as any other date
 * is `ineligible` (NO_PACK_IN_FORCE). The JSON does not report the signing date
 * itself: this is how a test sees it.
 */
export const PINNED_PACK: string = (() => {
  const pack = JSON.parse(readFileSync(`${ROOT}rules/nmg/2021-12.json`, "utf8")) as { effective: { from: string; to: string | null } };
  pack.effective = { from: "2022-01-10", to: "2022-01-10" };
  return JSON.stringify(pack, null, 2);
})();

/** 2022-01-10 as a serial of the 1904 date system (1,462 days fewer than the 1900 system's 44571). */
const SERIAL_1904 = 44571 - 1462;

/** A cell style with built-in number format 31 (CJK yyyy"年"m"月"d"日"), appended as style 4. */
function withFormat31(styles: string): string {
  return once(once(styles, '<cellXfs count="4">', '<cellXfs count="5">'), "</cellXfs>", '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
}

// ---------------------------------------------------------------------------
// Bit flips in xl/_rels/workbook.xml.rels

/** mulberry32: a small seeded PRNG, so the 50 flips are the same every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FLIPS = 50;
const FLIP_SEED = 20220110;

function bitFlipCases(): CraftedCase[] {
  const sample = new Uint8Array(readFileSync(SAMPLE_PATH));
  const rels = readCentralDirectory(sample).find((r) => r.name === WORKBOOK_RELS)!;
  const random = prng(FLIP_SEED);
  const bits = new Set<number>();
  while (bits.size < FLIPS) bits.add(Math.floor(random() * rels.compressed * 8));
  return [...bits].map((bit, i) => {
    const byte = Math.floor(bit / 8);
    return {
      name: `bit-flip-${String(i + 1).padStart(2, "0")}`,
      what: `the sample with bit ${bit % 8} of byte ${byte} of the ${rels.compressed}-byte deflated ${WORKBOOK_RELS} flipped (file offset ${rels.dataAt + byte}); the recorded CRC-32 stays`,
      build: () => {
        const bytes = sample.slice();
        bytes[rels.dataAt + byte]! ^= 1 << (bit % 8);
        return bytes;
      },
      expect: { decideOrRefuse: likeSample },
    };
  });
}

// ---------------------------------------------------------------------------
// The cases

export const CRAFTED: CraftedCase[] = [
  // --- rows and columns beyond Excel's grid (1,048,576 rows × 16,384 columns, XFD)
  {
    name: "row-1000000000",
    what: 'a note row <row r="1000000000"> after the data: beyond Excel\'s 1,048,576 rows',
    build: () => withSheet((s) => addRows(s, noteRow(1_000_000_000))),
    expect: { refuse: true },
  },
  {
    name: "row-100000000",
    what: 'a note row <row r="100000000"> after the data: beyond Excel\'s 1,048,576 rows',
    build: () => withSheet((s) => addRows(s, noteRow(100_000_000))),
    expect: { refuse: true },
  },
  {
    name: "row-1048577",
    what: "a note row 1,048,577: one past Excel's last row",
    build: () => withSheet((s) => addRows(s, noteRow(1_048_577))),
    expect: { refuse: true },
  },
  {
    name: "row-1048576",
    what: "a note row 1,048,576: Excel's last row, a legal sheet",
    build: () => withSheet((s) => addRows(s, noteRow(1_048_576))),
    expect: { decide: likeSample },
  },
  {
    name: "cell-XFE4",
    what: 'a cell <c r="XFE4"> on row 4: one column past Excel\'s last (XFD)',
    build: () => withSheet((s) => appendCell(s, 4, '<c r="XFE4"><v>1</v></c>')),
    expect: { refuse: true },
  },
  {
    name: "merge-V1-XFD1048576",
    what: '<mergeCell ref="V1:XFD1048576"/> added: one merge over 17 billion empty cells right of the tracker',
    build: () => withSheet((s) => once(once(s, '<mergeCells count="2">', '<mergeCells count="3">'), "</mergeCells>", '<mergeCell ref="V1:XFD1048576"/></mergeCells>')),
    expect: { decide: likeSample },
  },
  {
    name: "xfd-on-3020-rows",
    what: "a number in column XFD of every row (rows 1–21) and 3,000 more rows 22–3021 holding only an XFD cell; dimension A1:XFD3021",
    build: () =>
      withSheet((s) => {
        let sheet = once(s, '<dimension ref="A1:U21"/>', '<dimension ref="A1:XFD3021"/>');
        for (const r of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21]) sheet = appendCell(sheet, r, `<c r="XFD${r}"><v>${r}</v></c>`);
        let rows = "";
        for (let r = 22; r <= 3021; r++) rows += `<row r="${r}" spans="16384:16384"><c r="XFD${r}"><v>${r}</v></c></row>`;
        return addRows(sheet, rows);
      }),
    expect: { decide: likeSample },
  },
  {
    name: "dimension-A1-XFD1048576",
    what: '<dimension ref="A1:XFD1048576"/>: a lying used range (a reader must not allocate by it)',
    build: () => withSheet((s) => once(s, '<dimension ref="A1:U21"/>', '<dimension ref="A1:XFD1048576"/>')),
    expect: { decide: likeSample },
  },
  {
    name: "cols-M-to-XFD",
    what: '<col min="13" max="16384" width="9"/>: one column definition over 16,372 columns',
    build: () => withSheet((s) => once(s, "</cols>", '<col min="13" max="16384" width="9" customWidth="1"/></cols>')),
    expect: { decide: likeSample },
  },

  // --- the zip
  {
    name: "bomb-1.8GB-sizes-say-5KB",
    what: "sheet1.xml is a 1.8 MB deflate stream of 1.8 GB (the sheet with 1.8 GB of spaces between rows): local header and central directory both say 5 KB uncompressed; CRC-32 true",
    build: () => bombPackage("both"),
    expect: { refuse: true },
  },
  {
    name: "bomb-1.8GB-central-says-5KB",
    what: "the same 1.8 GB sheet: the local header tells the true size (1,811,949,734 bytes), the central directory says 5 KB",
    build: () => bombPackage("central"),
    expect: { refuse: true },
  },
  {
    name: "stored-entry-wrong-crc",
    what: "sheet1.xml STORED (uncompressed), its CRC-32 that of the sample's sheet, but O4 changed 2600 → 3600 in the stored bytes",
    build: async () => {
      const pkg = await Pkg.sample();
      const sheet = pkg.text(SHEET);
      const damaged = utf8.encode(once(sheet, '<c r="O4"><v>2600</v></c>', '<c r="O4"><v>3600</v></c>'));
      return writeZip(pkg.entries().map((e) => (e.name === SHEET ? { name: SHEET, data: damaged, method: 0, crc: crc32(utf8.encode(sheet)) } : e)));
    },
    expect: { refuse: true },
  },
  {
    name: "deflated-entry-wrong-crc",
    what: "sheet1.xml deflated from a sheet with O4 2600 → 3600, its CRC-32 that of the sample's sheet",
    build: async () => {
      const pkg = await Pkg.sample();
      const sheet = pkg.text(SHEET);
      const damaged = utf8.encode(once(sheet, '<c r="O4"><v>2600</v></c>', '<c r="O4"><v>3600</v></c>'));
      return writeZip(pkg.entries().map((e) => (e.name === SHEET ? { name: SHEET, data: damaged, crc: crc32(utf8.encode(sheet)) } : e)));
    },
    expect: { refuse: true },
  },
  {
    name: "local-entry-not-in-central-directory",
    what: "a local entry xl/worksheets/sheet1.xml holding another tracker (every investment 9,999 万元) first in the file, not listed in the central directory; the listed sheet1.xml is the sample's",
    build: async () => {
      const pkg = await Pkg.sample();
      const rogue: ZipEntry = { name: SHEET, data: utf8.encode(otherTracker(pkg.text(SHEET))), inCentral: false };
      return writeZip([rogue, ...pkg.entries()]);
    },
    expect: { decide: likeSample },
  },
  {
    name: "duplicate-central-entry",
    what: "two entries named xl/worksheets/sheet1.xml, both in the central directory: the sample's, then another tracker",
    build: async () => {
      const pkg = await Pkg.sample();
      return writeZip([...pkg.entries(), { name: SHEET, data: utf8.encode(otherTracker(pkg.text(SHEET))) }]);
    },
    expect: { refuse: true },
  },
  {
    name: "data-descriptors",
    what: "every entry with flag bit 3: zeros in the local headers, CRC and sizes in data descriptors after the data (as streaming writers store them)",
    build: async () => writeZip((await Pkg.sample()).entries().map((e) => ({ ...e, descriptor: true }))),
    expect: { decide: likeSample },
  },
  {
    name: "jszip-stream-files",
    what: "zipped by jszip with streamFiles (data descriptors, jszip's own layout)",
    build: async () => (await Pkg.sample()).jszip({ streamFiles: true }),
    expect: { decide: likeSample },
  },
  {
    name: "archive-comment",
    what: "a 1,000-byte archive comment after the end-of-central-directory record",
    build: async () => writeZip((await Pkg.sample()).entries(), { comment: utf8.encode("jiebang crafted package. ".repeat(40)) }),
    expect: { decide: likeSample },
  },
  {
    name: "comment-holding-fake-eocd",
    what: "an archive comment that holds a fake end-of-central-directory signature (PK\\x05\\x06 and garbage) after the real record",
    build: async () => {
      const fake = new Uint8Array(40).fill(0xee);
      fake.set([0x50, 0x4b, 0x05, 0x06], 8);
      return writeZip((await Pkg.sample()).entries(), { comment: fake });
    },
    expect: { decideOrRefuse: likeSample },
  },
  ...bitFlipCases(),

  // --- which part is the sheet: workbook.xml and its relationships decide
  {
    name: "unreferenced-sheet0",
    what: "an extra part xl/worksheets/sheet0.xml (another tracker, every investment 9,999 万元), first in the zip and in [Content_Types].xml, but in no relationship",
    build: async () => {
      const pkg = await Pkg.sample();
      pkg.set("xl/worksheets/sheet0.xml", otherTracker(pkg.text(SHEET)), { first: true });
      pkg.edit(TYPES, (t) => once(t, "</Types>", `<Override PartName="/xl/worksheets/sheet0.xml" ContentType="${WORKSHEET_TYPE}"/></Types>`));
      return pkg.jszip();
    },
    expect: { decide: likeSample },
  },
  {
    name: "second-tab-stored-first",
    what: "a second tab 2021年第四批 (another tracker) in xl/worksheets/sheet2.xml, stored first in the zip; workbook.xml lists 2022年第一批 first",
    build: async () => {
      const pkg = await Pkg.sample();
      addSheet(pkg, { part: "worksheets/sheet2.xml", name: "2021年第四批", rId: "rId5", sheetId: 2, xml: otherTracker(pkg.text(SHEET)), first: true });
      return pkg.jszip();
    },
    expect: { decide: likeSample },
  },
  {
    name: "tabs-reordered",
    what: "the first tab 2022年第一批 is xl/worksheets/sheet2.xml; the second tab 旧台账 (another tracker) is xl/worksheets/sheet1.xml, listed first in the rels and the zip",
    build: async () => {
      const pkg = await Pkg.sample();
      const real = pkg.text(SHEET);
      pkg.set(SHEET, otherTracker(real));
      pkg.set("xl/worksheets/sheet2.xml", real);
      pkg.edit(WORKBOOK_RELS, (t) => once(t, 'Target="worksheets/sheet1.xml"', 'Target="worksheets/sheet2.xml"'));
      pkg.edit(WORKBOOK_RELS, (t) => once(t, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">", (m) => `${m}<Relationship Id="rId9" Type="${WORKSHEET_REL}" Target="worksheets/sheet1.xml"/>`));
      pkg.edit(TYPES, (t) => once(t, "</Types>", `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${WORKSHEET_TYPE}"/></Types>`));
      pkg.edit(WORKBOOK, (t) => once(t, "</sheets>", '<sheet sheetId="2" name="旧台账" state="visible" r:id="rId9"/></sheets>'));
      return pkg.jszip();
    },
    expect: { decide: likeSample },
  },
  {
    name: "very-hidden-first-tab",
    what: "a veryHidden first tab 隐藏 (another tracker) before 2022年第一批: the first visible tracker is decided",
    build: async () => {
      const pkg = await Pkg.sample();
      addSheet(pkg, { part: "worksheets/sheet2.xml", name: "隐藏", rId: "rId5", sheetId: 2, xml: otherTracker(pkg.text(SHEET)), state: "veryHidden", before: true });
      return pkg.jszip();
    },
    expect: { decide: likeSample },
  },
  {
    name: "workbook-part-renamed",
    what: "the workbook part is xl/book.xml (found through _rels/.rels); a decoy xl/workbook.xml with its own rels points to another tracker",
    build: async () => {
      const pkg = await Pkg.sample();
      pkg.rename(WORKBOOK, "xl/book.xml").rename(WORKBOOK_RELS, "xl/_rels/book.xml.rels");
      pkg.edit("_rels/.rels", (t) => once(t, 'Target="xl/workbook.xml"', 'Target="xl/book.xml"'));
      pkg.edit(TYPES, (t) => once(t, 'PartName="/xl/workbook.xml"', 'PartName="/xl/book.xml"'));
      pkg.set("xl/worksheets/decoy.xml", otherTracker(pkg.text(SHEET)), { first: true });
      pkg.set(WORKBOOK_RELS, once(pkg.text("xl/_rels/book.xml.rels"), 'Target="worksheets/sheet1.xml"', 'Target="worksheets/decoy.xml"'), { first: true });
      pkg.set(WORKBOOK, once(pkg.text("xl/book.xml"), `name="${SAMPLE_SHEET}"`, 'name="诱饵"'), { first: true });
      return pkg.jszip();
    },
    expect: { decide: likeSample },
  },
  {
    name: "duplicate-sheet-names",
    what: "two tabs both named 2022年第一批 (the second another tracker): Excel repairs such a file",
    build: async () => {
      const pkg = await Pkg.sample();
      addSheet(pkg, { part: "worksheets/sheet2.xml", name: SAMPLE_SHEET, rId: "rId5", sheetId: 2, xml: otherTracker(pkg.text(SHEET)) });
      return pkg.jszip();
    },
    expect: { refuse: true },
  },
  {
    name: "target-with-dotdot-inside",
    what: 'the worksheet relationship Target="worksheets/../worksheets/sheet1.xml": resolves to the sheet',
    build: async () => (await Pkg.sample()).edit(WORKBOOK_RELS, (t) => once(t, 'Target="worksheets/sheet1.xml"', 'Target="worksheets/../worksheets/sheet1.xml"')).jszip(),
    expect: { decide: likeSample },
  },
  {
    name: "target-absolute",
    what: 'the worksheet relationship Target="/xl/worksheets/sheet1.xml" (absolute part name)',
    build: async () => (await Pkg.sample()).edit(WORKBOOK_RELS, (t) => once(t, 'Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"')).jszip(),
    expect: { decide: likeSample },
  },
  {
    name: "target-above-package-root",
    what: 'the worksheet relationship Target="../../../worksheets/sheet1.xml": climbs out of the package; no such part (the sample\'s sheet1.xml is still in the zip, unreferenced)',
    build: async () => (await Pkg.sample()).edit(WORKBOOK_RELS, (t) => once(t, 'Target="worksheets/sheet1.xml"', 'Target="../../../worksheets/sheet1.xml"')).jszip(),
    expect: { refuse: true },
  },
  {
    name: "target-external",
    what: 'the worksheet relationship TargetMode="External" Target="worksheets/sheet1.xml": an external file, not the part of that name',
    build: async () => (await Pkg.sample()).edit(WORKBOOK_RELS, (t) => once(t, 'Target="worksheets/sheet1.xml"', 'Target="worksheets/sheet1.xml" TargetMode="External"')).jszip(),
    expect: { refuse: true },
  },
  {
    name: "sheet-part-missing",
    what: "xl/worksheets/sheet1.xml removed from the zip; workbook.xml, its rels and [Content_Types].xml still name it",
    build: async () => (await Pkg.sample()).remove(SHEET).jszip(),
    expect: { refuse: true },
  },

  // --- cell values
  {
    name: "inline-rich-text-investment",
    what: 'O4 (研发投入总额, 万元) as <c t="inlineStr"><is><r><t>2</t></r><r><t>600</t></r></is></c>: 2600 万元',
    build: () => withSheet((s) => setCell(s, "O4", '<c r="O4" t="inlineStr"><is><r><t>2</t></r><r><t>600</t></r></is></c>')),
    expect: { decide: likeSampleWith(4, { investmentYuan: "26000000.00", subsidyYuan: "7800000.00", status: "funded" }) },
  },
  {
    name: "phonetic-runs",
    what: 'shared strings with phonetic runs <rPh sb="0" eb="1"><t>99</t></rPh> and <phoneticPr>: on 已签约 (every matched row), on the text amount 1,200 (O11), and on the rich-text issuer of row 4',
    build: () =>
      withStrings((sst) => {
        const ph = '<rPh sb="0" eb="1"><t>99</t></rPh><phoneticPr fontId="0" type="noConversion"/>';
        let out = setStringItem(sst, stringIndex(sst, "已签约"), `<si><t>已签约</t>${ph}</si>`);
        out = setStringItem(out, stringIndex(sst, "1,200"), `<si><t>1,200</t>${ph}</si>`);
        out = setStringItem(out, stringIndex(sst, "包头某稀土新材料有限公司"), '<si><r><t>包头某</t></r><r><rPr><b/><sz val="11"/></rPr><t>稀土新材料有限公司</t></r><rPh sb="0" eb="2"><t>Baotou</t></rPh><phoneticPr fontId="0" type="Hiragana"/></si>');
        return out;
      }),
    expect: {
      decide: (json) => {
        deepStrictEqual([rowOf(json, 11).investmentYuan, rowOf(json, 11).subsidyYuan], ["12000000.00", "3600000.00"], "row 11 (1,200 万元)");
        equal(rowOf(json, 4).recipientName, "包头某稀土新材料有限公司", "row 4 recipient");
        likeSample(json);
      },
    },
  },
  {
    name: "all-strings-inline-empty-sst",
    what: 'every shared-string cell rewritten as an inline string (t="inlineStr"), sharedStrings.xml an empty <sst count="0" uniqueCount="0"/>',
    build: async () => {
      const pkg = await Pkg.sample();
      const items = stringItems(pkg.text(SST));
      pkg.edit(SHEET, (s) => s.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?) t="s"><v>(\d+)<\/v><\/c>/g, (_m, ref: string, style: string, i: string) => `<c r="${ref}"${style} t="inlineStr"><is>${items[Number(i)]!.slice(4, -5)}</is></c>`));
      pkg.set(SST, EMPTY_SST);
      return pkg.jszip();
    },
    expect: { decide: likeSample },
  },
  {
    name: "character-references",
    what: "shared strings written with character references: &#x5DF2;&#31614;约 (已签约), &#x5305;头某稀土新材料有限公司, 1&#44;200",
    build: () =>
      withStrings((sst) => {
        let out = setStringItem(sst, stringIndex(sst, "已签约"), "<si><t>&#x5DF2;&#31614;约</t></si>");
        out = setStringItem(out, stringIndex(sst, "包头某稀土新材料有限公司"), "<si><t>&#x5305;头某稀土新材料有限公司</t></si>");
        return setStringItem(out, stringIndex(sst, "1,200"), "<si><t>1&#44;200</t></si>");
      }),
    expect: { decide: likeSample },
  },
  {
    name: "cells-without-r",
    what: 'every <c> that directly follows its left neighbour written without r="…" (as some writers do); cells after a gap keep theirs',
    build: () =>
      withSheet((s) =>
        s.replace(/<row r="\d+"[^>]*>[\s\S]*?<\/row>/g, (row) => {
          let previous = 0;
          return row.replace(/<c r="([A-Z]+)\d+"/g, (m, letters: string) => {
            const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
            const drop = column === previous + 1;
            previous = column;
            return drop ? "<c" : m;
          });
        }),
      ),
    expect: { decide: likeSample },
  },
  {
    name: "namespace-prefixed-xml",
    what: 'workbook.xml, sheet1.xml and sharedStrings.xml with the SpreadsheetML namespace bound to a prefix (<x:worksheet xmlns:x="…"><x:sheetData><x:row>…), as the Open XML SDK writes',
    build: async () => {
      const pkg = await Pkg.sample();
      const prefixed = (xml: string) => once(xml, ` xmlns="${MAIN_NS}"`, ` xmlns:x="${MAIN_NS}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2");
      for (const part of [WORKBOOK, SHEET, SST]) pkg.edit(part, prefixed);
      return pkg.jszip();
    },
    expect: { decide: likeSample },
  },
  {
    name: "utf8-bom",
    what: "workbook.xml, sheet1.xml and sharedStrings.xml begin with a UTF-8 byte-order mark",
    build: async () => {
      const pkg = await Pkg.sample();
      for (const part of [WORKBOOK, SHEET, SST]) pkg.edit(part, (t) => `\uFEFF${t}`);
      return pkg.jszip();
    },
    expect: { decide: likeSample },
  },
  {
    name: "number-with-space",
    what: "O5 <v>1 800</v>: not a number (Excel reports the file as damaged)",
    build: () => withSheet((s) => setCell(s, "O5", '<c r="O5"><v>1 800</v></c>')),
    expect: { refuse: true },
  },
  {
    name: "number-hex",
    what: "O5 <v>0x1A</v>: not a number",
    build: () => withSheet((s) => setCell(s, "O5", '<c r="O5"><v>0x1A</v></c>')),
    expect: { refuse: true },
  },
  {
    name: "number-infinity",
    what: "O5 <v>Infinity</v>: not a number",
    build: () => withSheet((s) => setCell(s, "O5", '<c r="O5"><v>Infinity</v></c>')),
    expect: { refuse: true },
  },
  {
    name: "number-with-comma",
    what: "O5 <v>1,800</v>: not a number",
    build: () => withSheet((s) => setCell(s, "O5", '<c r="O5"><v>1,800</v></c>')),
    expect: { refuse: true },
  },
  {
    name: "shared-string-index-past-end",
    what: "M4 (合作状态) t=\"s\" <v>137</v>: one past the last of the 137 shared strings",
    build: () => withSheet((s) => setCell(s, "M4", '<c r="M4" t="s"><v>137</v></c>')),
    expect: { refuse: true },
  },
  {
    name: "shared-string-index-huge",
    what: 'M4 t="s" <v>4294967296</v>',
    build: () => withSheet((s) => setCell(s, "M4", '<c r="M4" t="s"><v>4294967296</v></c>')),
    expect: { refuse: true },
  },
  {
    name: "shared-strings-empty-but-referenced",
    what: 'sharedStrings.xml an empty <sst/>, while the sheet\'s t="s" cells refer to 137 strings',
    build: async () => (await Pkg.sample()).set(SST, EMPTY_SST).jszip(),
    expect: { refuse: true },
  },
  {
    name: "shared-strings-part-missing",
    what: "xl/sharedStrings.xml removed from the zip (its relationship and content type kept) while the sheet refers to it",
    build: async () => (await Pkg.sample()).remove(SST).jszip(),
    expect: { refuse: true },
  },
  {
    name: "sheet-not-well-formed",
    what: "sheet1.xml without the </row> of row 10",
    build: () => withSheet((s) => once(s, '</c></row><row r="11"', '</c><row r="11"')),
    expect: { refuse: true },
  },
  {
    name: "sheet-truncated",
    what: "sheet1.xml cut after row 12 (a well-zipped part whose XML ends mid-document)",
    build: () => withSheet((s) => s.slice(0, s.indexOf('<row r="13"'))),
    expect: { refuse: true },
  },
  {
    name: "doctype-entity-expansion",
    what: "sharedStrings.xml with a DOCTYPE defining nested entities (10^9 characters, 'billion laughs') used in its first string: Excel prohibits DTDs",
    build: () =>
      withStrings((sst) => {
        const entities = ['<!ENTITY a "某某某某某某某某某某">'];
        for (const [name, prev] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"], ["f", "e"], ["g", "f"], ["h", "g"], ["i", "h"]] as const) entities.push(`<!ENTITY ${name} "${`&${prev};`.repeat(10)}">`);
        const withDtd = once(sst, "<sst ", `<!DOCTYPE sst [${entities.join("")}]><sst `);
        return setStringItem(withDtd, 0, "<si><t>&i;</t></si>");
      }),
    expect: { refuse: true },
  },
  {
    name: "duplicate-row",
    what: 'a second <row r="5"> (investment 9,999) right after row 5: Excel repairs such a sheet',
    build: () => withSheet((s) => once(s, /(<row r="5"[\s\S]*?<\/row>)/, (row: string) => `${row}${row.replace('<c r="O5"><v>1800</v></c>', '<c r="O5"><v>9999</v></c>')}`)),
    expect: { refuse: true },
  },

  // --- dates
  {
    name: "date1904-format31-type-d",
    what: 'workbookPr date1904="true", every 签约日期 the 1904 serial 43109 (2022-01-10), N4 styled with built-in numFmtId 31 (yyyy"年"m"月"d"日"), N5 a t="d" cell <v>2022-01-10</v>; decided under a pack in force on 2022-01-10 only',
    build: async () => {
      const pkg = await Pkg.sample();
      pkg.edit(WORKBOOK, (t) => once(t, "<workbookPr ", '<workbookPr date1904="true" '));
      pkg.edit(STYLES, withFormat31);
      pkg.edit(SHEET, (s) => {
        let sheet = s.replace(/<c r="(N\d+)" s="3"><v>44571<\/v><\/c>/g, `<c r="$1" s="3"><v>${SERIAL_1904}</v></c>`);
        sheet = setCell(sheet, "N4", `<c r="N4" s="4"><v>${SERIAL_1904}</v></c>`);
        return setCell(sheet, "N5", '<c r="N5" s="3" t="d"><v>2022-01-10</v></c>');
      });
      return pkg.jszip();
    },
    pack: PINNED_PACK,
    expect: { decide: likeSample },
  },
  {
    name: "date-type-d-with-time-shanghai",
    what: 'the 1900 date system; N4 styled numFmtId 31, N5 t="d" <v>2022-01-10T00:00:00</v>, N6 t="d" <v>2022-01-10T23:59:59</v>; run with TZ=Asia/Shanghai; decided under a pack in force on 2022-01-10 only',
    build: async () => {
      const pkg = await Pkg.sample();
      pkg.edit(STYLES, withFormat31);
      pkg.edit(SHEET, (s) => {
        let sheet = setCell(s, "N4", '<c r="N4" s="4"><v>44571</v></c>');
        sheet = setCell(sheet, "N5", '<c r="N5" s="3" t="d"><v>2022-01-10T00:00:00</v></c>');
        return setCell(sheet, "N6", '<c r="N6" s="4" t="d"><v>2022-01-10T23:59:59</v></c>');
      });
      return pkg.jszip();
    },
    pack: PINNED_PACK,
    env: { TZ: "Asia/Shanghai" },
    expect: { decide: likeSample },
  },
  {
    name: "control-dates-misread",
    what: "control for the pinned pack: the sample with N4 = 43109 in the 1900 system (2018-01-09): row 4 must be ineligible NO_PACK_IN_FORCE",
    build: () => withSheet((s) => setCell(s, "N4", `<c r="N4" s="3"><v>${SERIAL_1904}</v></c>`)),
    pack: PINNED_PACK,
    expect: {
      decide: (json) => {
        const d = rowOf(json, 4);
        deepStrictEqual([d.status, codesOf(d)], ["ineligible", ["NO_PACK_IN_FORCE"]], "row 4");
        equal(json.summary.funded, 11);
      },
    },
  },
];

/** Which of decide / refuse / decideOrRefuse a case expects. */
export function expectationKind(expect: Expectation): "decide" | "refuse" | "decideOrRefuse" {
  return "refuse" in expect ? "refuse" : "decide" in expect ? "decide" : "decideOrRefuse";
}
