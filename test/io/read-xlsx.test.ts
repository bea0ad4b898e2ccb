/**
 * jiebang's .xlsx reader on packages written part by part: text exactly as
 * Excel shows it whatever the chunking, and the package structure taken from
 * the workbook and its relationships.
 */
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/io";
import { cellAt, gridWidth, type Grid } from "../../src/tracker";
import { escapeXml, packageBytes, sharedStringsPartXml, sheetPartXml } from "../support/xlsx-package";

const textOf = (grid: Grid, row: number, column = 1) => {
  const v = cellAt(grid, row, column).value;
  return v.kind === "text" ? v.value : v.kind === "empty" ? "" : JSON.stringify(v);
};

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes, "t.xlsx");
  } catch (error) {
    return (error as { code?: string; message: string }).code + ": " + (error as Error).message;
  }
  return "read";
}

describe("text that crosses every chunk boundary", () => {
  // CJK (3 bytes), CJK extension B and emoji (4 bytes, surrogate pairs), combining marks, ASCII.
  const unit = fc.constantFrom(..."包头北方稀土达成合作意向中国科学院金属研究所", "𠀋", "𡈽", "😀", "👩‍🔬", "e\u0301", "a", " ", "&", "<");
  const texts = fc.array(fc.string({ unit, minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 40 });

  it("reads shared and inline strings back exactly, with a 16 KiB chunk boundary at any byte of any value", async () => {
    const utf8 = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(texts, fc.nat(), fc.nat(), fc.boolean(), async (values, pick, at, inline) => {
        // Parts are stored, so the reader's 16 KiB chunks are the part's bytes as written; a comment before the content
        // is padded so that a boundary falls at byte `at` of value `pick` (inside a 3- or 4-byte character as often as not).
        const rows = (pad: string) => `${pad}<sheetData>${values.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}"${inline ? ` t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is>` : ` t="s"><v>${i}</v>`}</c></row>`).join("")}</sheetData>`;
        const items = (pad: string) => `${pad}${values.map((v) => `<si><t xml:space="preserve">${escapeXml(v)}</t></si>`).join("")}`;
        const k = pick % values.length;
        const target = escapeXml(values[k]!);
        const whole = (pad: string) => (inline ? sheetPartXml(rows(pad)) : sharedStringsPartXml(items(pad)));
        const unpadded = whole("<!---->");
        const marker = inline ? `<c r="A${k + 1}" t="inlineStr"><is><t xml:space="preserve">` : `<si><t xml:space="preserve">`;
        let from = 0;
        for (let i = 0; i < (inline ? 1 : k + 1); i++) from = unpadded.indexOf(marker, from) + marker.length;
        const start = utf8.encode(unpadded.slice(0, from)).length;
        const boundaryAt = start + (at % Math.max(1, utf8.encode(target).length));
        const padding = (16_384 - (boundaryAt % 16_384)) % 16_384;
        const pad = `<!--${"p".repeat(padding)}-->`;
        const bytes = packageBytes({ sheets: [{ name: "台账", body: inline ? rows(pad) : rows("") }], ...(inline ? {} : { sharedStrings: items(pad) }), store: true });
        const grid = (await readXlsx(bytes, "t.xlsx")).grids[0]!;
        values.forEach((v, i) => expect(textOf(grid, i + 1)).toBe(v));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("reads the same text from deflated parts", async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.boolean(), async (values, inline) => {
        const body = `<sheetData>${values.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}"${inline ? ` t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is>` : ` t="s"><v>${i}</v>`}</c></row>`).join("")}</sheetData>`;
        const bytes = packageBytes({ sheets: [{ name: "台账", body }], ...(inline ? {} : { sharedStrings: values.map((v) => `<si><t xml:space="preserve">${escapeXml(v)}</t></si>`).join("") }) });
        const grid = (await readXlsx(bytes, "t.xlsx")).grids[0]!;
        values.forEach((v, i) => expect(textOf(grid, i + 1)).toBe(v));
      }),
      { numRuns: 50, seed: 8 },
    );
  });

  it("reads a sharedStrings part of several hundred distinct Chinese names, each exactly", async () => {
    const names = Array.from({ length: 900 }, (_, i) => `内蒙古第${i}号稀土新材料科技有限公司`);
    const bytes = packageBytes({
      sheets: [{ name: "台账", body: `<sheetData>${names.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join("")}</sheetData>` }],
      sharedStrings: names.map((n) => `<si><t>${n}</t></si>`).join(""),
    });
    const grid = (await readXlsx(bytes, "t.xlsx")).grids[0]!;
    names.forEach((n, i) => expect(textOf(grid, i + 1)).toBe(n));
  });
});

describe("text as Excel shows it", () => {
  it("joins every run of inline rich text", async () => {
    const bytes = packageBytes({
      sheets: [{ name: "台账", body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>包头市</t></r><r><rPr><b/></rPr><t>北方稀土</t></r><r><t>应用有限公司</t></r></is></c><c r="B1" t="inlineStr"><is><r><t>2</t></r><r><t>600</t></r></is></c></row></sheetData>` }],
    });
    const grid = (await readXlsx(bytes, "t.xlsx")).grids[0]!;
    expect(textOf(grid, 1, 1)).toBe("包头市北方稀土应用有限公司");
    expect(textOf(grid, 1, 2)).toBe("2600");
  });

  it("ignores phonetic runs in shared strings", async () => {
    const bytes = packageBytes({
      sheets: [{ name: "台账", body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>` }],
      sharedStrings: `<si><t>2600</t><rPh sb="0" eb="4"><t>99</t></rPh><phoneticPr fontId="1"/></si><si><r><t>已</t></r><r><t>签约</t></r><rPh sb="0" eb="1"><t>否</t></rPh></si>`,
    });
    const grid = (await readXlsx(bytes, "t.xlsx")).grids[0]!;
    expect(textOf(grid, 1, 1)).toBe("2600");
    expect(textOf(grid, 1, 2)).toBe("已签约");
  });

  it("decodes _xHHHH_ escapes as Excel does", async () => {
    const bytes = packageBytes({ sheets: [{ name: "台账", body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>甲_x000D_乙_x005F_x0041_</t></is></c></row></sheetData>` }] });
    expect(textOf((await readXlsx(bytes, "t.xlsx")).grids[0]!, 1)).toBe("甲\r乙_x0041_");
  });

  it("reads WPS-style prefixed SpreadsheetML (x:row, x:c) like plain", async () => {
    const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const plain = packageBytes({ sheets: [{ name: "台账", body: "" }] });
    const parts = unzipSync(plain);
    parts["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(`<?xml version="1.0"?><x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>揭榜方</x:t></x:is></x:c><x:c r="B1"><x:v>12</x:v></x:c></x:row></x:sheetData></x:worksheet>`);
    const grid = (await readXlsx(zipSync(parts), "t.xlsx")).grids[0]!;
    expect(textOf(grid, 1, 1)).toBe("揭榜方");
    expect(cellAt(grid, 1, 2).value).toEqual({ kind: "number", value: 12 });
  });
});

describe("dates", () => {
  const dated = (workbookPr: string, cell: string, numFmt = `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>`) =>
    packageBytes({ workbookPr, styles: `${numFmt}<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="31"/></cellXfs>`, sheets: [{ name: "台账", body: `<sheetData><row r="1">${cell}</row></sheetData>` }] });
  const serialOf = async (bytes: Uint8Array) => {
    const v = cellAt((await readXlsx(bytes, "t.xlsx")).grids[0]!, 1, 1).value;
    return v.kind === "number" ? v.value : v;
  };
  // 2022-01-10 is serial 44571 in the 1900 system, 43109 in the 1904 system.
  it.each([
    ["date1904=\"1\"", `<c r="A1" s="1"><v>43109</v></c>`],
    ["date1904=\"true\"", `<c r="A1" s="1"><v>43109</v></c>`],
    ["date1904=\"true\"", `<c r="A1" s="2"><v>43109</v></c>`],
    ["", `<c r="A1" s="1"><v>44571</v></c>`],
    ["", `<c r="A1" s="1" t="d"><v>2022-01-10</v></c>`],
    ["date1904=\"1\"", `<c r="A1" s="1" t="d"><v>2022-01-10T00:00:00</v></c>`],
  ])("%s %s reads as 2022-01-10", async (pr, cell) => {
    expect(await serialOf(dated(pr, cell))).toBe(44571);
  });

  it("leaves a plain number in a 1904 workbook as it is", async () => {
    expect(await serialOf(dated('date1904="1"', `<c r="A1"><v>2600</v></c>`))).toBe(2600);
  });
});

describe("the package as the workbook describes it", () => {
  const sheetXml = (text: string) => `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`;

  it("takes sheets in the workbook's tab order, whatever the zip's order, and ignores parts nothing refers to", async () => {
    const parts = unzipSync(packageBytes({ sheets: [{ name: "第一批", body: sheetXml("一") }, { name: "第二批", body: sheetXml("二") }] }));
    const reordered: Record<string, Uint8Array> = { "xl/worksheets/sheet2.xml": parts["xl/worksheets/sheet2.xml"]!, "xl/worksheets/sheet0.xml": parts["xl/worksheets/sheet1.xml"]! };
    for (const [k, v] of Object.entries(parts)) reordered[k] ??= v;
    const read = await readXlsx(zipSync(reordered), "t.xlsx");
    expect(read.grids.map((g) => [g.sheet, textOf(g, 1)])).toEqual([
      ["第一批", "一"],
      ["第二批", "二"],
    ]);
  });

  it("knows hidden and very hidden sheets", async () => {
    const read = await readXlsx(packageBytes({ sheets: [{ name: "归档", state: "hidden", body: sheetXml("旧") }, { name: "台账", body: sheetXml("新") }, { name: "x", state: "veryHidden", body: sheetXml("x") }] }), "t.xlsx");
    expect([...read.hiddenSheets]).toEqual(["归档", "x"]);
  });

  it("names what the file says wrote it", async () => {
    const read = await readXlsx(packageBytes({ application: "LibreOffice/7.4.7.2$Linux_X86_64", sheets: [{ name: "台账", body: sheetXml("a") }] }), "t.xlsx");
    expect(read.writer).toEqual({ application: "LibreOffice/7.4.7.2$Linux_X86_64" });
  });
});

describe("bounded on any input", () => {
  const one = (body: string) => packageBytes({ sheets: [{ name: "台账", body }] });

  it("keeps rows and cells sparse: a cell in XFD pads nothing", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("");
    const grid = (await readXlsx(one(`<sheetData>${rows}</sheetData>`), "t.xlsx")).grids[0]!;
    expect(gridWidth(grid)).toBe(16_384);
    expect(Object.keys(grid.rows[0]!)).toEqual(["16383"]);
  });

  it("keeps a merge over the whole sheet as one range", async () => {
    const grid = (await readXlsx(one(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="T1:XFD1048576"/></mergeCells>`), "t.xlsx")).grids[0]!;
    expect(grid.merges).toEqual(["T1:XFD1048576"]);
    expect(cellAt(grid, 2, 100).mergedInto).toBe("T1");
    expect(cellAt(grid, 2, 1).value).toEqual({ kind: "number", value: 2 });
  });

  it.each([
    ["a row beyond Excel's 1,048,576", `<sheetData><row r="1000000000"><c r="A1000000000"><v>1</v></c></row></sheetData>`, /outside Excel's grid/],
    ["a row number 100,000,000", `<sheetData><row r="100000000"/></sheetData>`, /outside Excel's grid/],
    ["a column beyond XFD", `<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>`, /outside Excel's grid/],
    ["a number with a space", `<sheetData><row r="1"><c r="A1"><v>1 800</v></c></row></sheetData>`, /“1 800”, which is not a number/],
    ["a hexadecimal number", `<sheetData><row r="1"><c r="A1"><v>0x1A</v></c></row></sheetData>`, /not a number/],
    ["a shared string that does not exist", `<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>`, /shared string 7/],
    ["XML that is not well-formed", `<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>`, /not well-formed XML/],
  ])("refuses %s with a sentence", async (_, body, pattern) => {
    expect(await refusal(one(body))).toMatch(new RegExp(`^NOT_XLSX: .*${pattern.source}`));
  });

  it("refuses a part whose CRC-32 does not match its bytes", async () => {
    const bytes = one(`<sheetData><row r="1"><c r="A1"><v>2600</v></c></row></sheetData>`).slice();
    const stored = packageBytes({ sheets: [{ name: "台账", body: `<sheetData><row r="1"><c r="A1"><v>2600</v></c></row></sheetData>` }], store: true }).slice();
    const at = Buffer.from(stored).indexOf("<v>2600");
    stored[at + 3] = "3".charCodeAt(0);
    expect(await refusal(stored)).toMatch(/CRC-32/);
    expect(await refusal(bytes)).toBe("read");
  });

  it("refuses a flipped bit in compressed data, never hangs", async () => {
    const bytes = one(`<sheetData>${Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>第${i}号</t></is></c></row>`).join("")}</sheetData>`);
    const at = Buffer.from(bytes).indexOf("xl/worksheets/sheet1.xml") + 200;
    for (let bit = 0; bit < 8; bit++) {
      const flipped = bytes.slice();
      flipped[at] = flipped[at]! ^ (1 << bit);
      expect(await refusal(flipped)).toMatch(/^(NOT_XLSX|read)/);
    }
  });
});
