/**
 * `jiebang verify` sees what a reader sees: an export whose values are all
 * still there but shows them otherwise — another number format, a number
 * turned text, a hidden row, column or sheet, a hyperlink or a note added —
 * is altered (exit 3), each change named by its cell and what changed. The
 * streamed path (the record as jiebang writes it) and the whole one (a
 * record laid out otherwise) find the same. An export of record format 2
 * (values only) still verifies as it did.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalJson, RECORD_CHUNK } from "../../src/report";
import { rewrittenPackage, sheetPart } from "../support/xlsx-package";
import { lines, ROOT, runCli, SAMPLE, tempDir } from "./support";

const ALTERED = 3;

/** The export with some of its parts rewritten (parts may be added), saved under a new name in a temporary folder: never beside a committed fixture. */
function rewritten(path: string, change: (parts: Record<string, string>) => void): string {
  return rewrittenPackage(path, join(tempDir(), basename(path).replace(/\.xlsx$/, `.probe-${Math.random().toString(36).slice(2)}.xlsx`)), change);
}

const decodeXml = (text: string) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const encodeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The record laid out otherwise than jiebang writes it (a member after its
 * sheets): verify reads the export whole. The record's digest then differs
 * from the audit sheet's, and nothing else.
 */
function readWhole(parts: Record<string, string>): void {
  const part = sheetPart(parts, "_jiebang");
  const xml = parts[part]!;
  const text = [...xml.matchAll(/<c r="A\d+"[^>]*t="str"[^>]*><v>([^<]*)<\/v><\/c>/g)].map((m) => decodeXml(m[1]!)).join("");
  const stored = JSON.parse(text) as { record: Record<string, unknown> };
  const odd = canonicalJson({ ...stored, record: { ...stored.record, zzz: 1 } });
  const rows: string[] = [];
  for (let at = 0, r = 1; at < odd.length; at += RECORD_CHUNK, r++) rows.push(`<row r="${r}"><c r="A${r}" t="str"><v>${encodeXml(odd.slice(at, at + RECORD_CHUNK))}</v></c></row>`);
  parts[part] = xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`);
}

/** A new cell style with this number format (ECMA-376 §18.8.30, §18.8.10): its index in cellXfs. */
function styleWithFormat(parts: Record<string, string>, format: string): number {
  let xml = parts["xl/styles.xml"]!;
  const id = 200;
  xml = xml.replace(/<numFmts count="(\d+)">/, (_m, n: string) => `<numFmts count="${Number(n) + 1}"><numFmt numFmtId="${id}" formatCode="${encodeXml(format)}"/>`);
  const count = Number(/<cellXfs count="(\d+)">/.exec(xml)![1]);
  xml = xml.replace(/<cellXfs count="\d+">/, `<cellXfs count="${count + 1}">`).replace("</cellXfs>", `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`);
  parts["xl/styles.xml"] = xml;
  return count;
}

/** Cell `ref` of the funding sheet written anew: `cell` gets its attributes and value. */
function withCell(parts: Record<string, string>, ref: string, cell: (attributes: string, value: string) => string, sheet = "资助测算"): void {
  const part = sheetPart(parts, sheet);
  const pattern = new RegExp(`<c r="${ref}"([^>]*)><v>([^<]*)</v></c>`);
  expect(pattern.test(parts[part]!)).toBe(true);
  parts[part] = parts[part]!.replace(pattern, (_m, attributes: string, value: string) => cell(attributes, value));
}

function withFormat(ref: string, format: string, sheet = "资助测算"): (parts: Record<string, string>) => void {
  return (parts) => {
    const style = styleWithFormat(parts, format);
    withCell(parts, ref, (attributes, value) => `<c r="${ref}"${attributes.replace(/ s="\d+"/, "")} s="${style}"><v>${value}</v></c>`, sheet);
  };
}

/** The lines of verify's output that name a change (indented). */
const findings = (stdout: string) => lines(stdout).filter((l) => l.startsWith("  "));

let dir: string;
let exported: string;
let english: string;

beforeAll(async () => {
  // One export of each language for every probe (tempDir's are per test).
  dir = mkdtempSync(join(tmpdir(), "jiebang-looks-"));
  exported = join(dir, "sample.audited.xlsx");
  english = join(dir, "sample-en.audited.xlsx");
  for (const [out, extra] of [
    [exported, []],
    [english, ["--lang", "en"]],
  ] as const) {
    const run = await runCli(["run", SAMPLE, "--out", out, ...extra]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** verify of the probe, streamed and read whole: the same findings (the whole one also the record's digest), exit 3. */
async function probe(change: (parts: Record<string, string>) => void, file = exported, lang: readonly string[] = []): Promise<string[]> {
  const streamed = await runCli(["verify", rewritten(file, change), ...lang]);
  expect(streamed.stderr).toBe("");
  expect(streamed.code).toBe(ALTERED);
  const whole = await runCli(["verify", rewritten(file, (parts) => (change(parts), readWhole(parts))), ...lang]);
  expect(whole.code).toBe(ALTERED);
  const shown = findings(streamed.stdout);
  // Read whole, the record (one member more) has another digest: that, and only that, is found besides.
  expect(findings(whole.stdout).filter((l) => !/[（(](整份记录的摘要|digest of the whole record)[）)]$/.test(l))).toEqual(shown);
  return shown;
}

describe("jiebang verify sees how the export shows its cells", () => {
  it("finds the untouched export intact, in both languages", async () => {
    for (const file of [exported, english]) {
      const result = await runCli(["verify", file]);
      expect(result.stdout).toMatch(/^(完好|Intact)/);
      expect(result.code).toBe(0);
    }
  });

  it.each([
    ['"¥1"#,##0.00', "shows 7,800,000 as ¥17,800,000.00"],
    ['"¥"#,##0.00,', "shows it as ¥7,800.00"],
    [";;;", "hides it"],
  ])("names a subsidy's number format changed to %s (%s)", async (format) => {
    expect(await probe(withFormat("Q2", format))).toEqual([`  资助测算!Q2: 数字格式 "¥"#,##0.00 → ${format}`]);
  });

  it("names a rate's number format changed to 0\"0\"% (30 % shown as 300 %)", async () => {
    expect(await probe(withFormat("L2", '0"0"%'))).toEqual(['  资助测算!L2: 数字格式 0% → 0"0"%']);
  });

  it("names a subsidy turned text, whether a formula string or an inline string", async () => {
    const asStr = (parts: Record<string, string>) => withCell(parts, "Q2", (attributes) => `<c r="Q2"${attributes} t="str"><v>7800000.00</v></c>`);
    const inline = (parts: Record<string, string>) => withCell(parts, "Q2", () => `<c r="Q2" t="inlineStr"><is><t>7800000.00</t></is></c>`);
    expect(await probe(asStr)).toEqual(["  资助测算!Q2: 类型 数字 → 文本"]);
    // Without its style, the cell also lost the yuan format.
    expect(await probe(inline)).toEqual(['  资助测算!Q2: 类型 数字 → 文本', '  资助测算!Q2: 数字格式 "¥"#,##0.00 → 常规']);
  });

  it("names a value changed and turned text once as a value, once as a type", async () => {
    const edited = (parts: Record<string, string>) => withCell(parts, "Q2", (attributes) => `<c r="Q2"${attributes} t="str"><v>1</v></c>`);
    expect(await probe(edited)).toEqual(['  资助测算!Q2: "7800000.00" → "1"', "  资助测算!Q2: 类型 数字 → 文本"]);
  });

  it("names a hidden row, a hidden empty row and a hidden column", async () => {
    const rows = (parts: Record<string, string>) => {
      const part = sheetPart(parts, "资助测算");
      parts[part] = parts[part]!.replace(/<row r="5"/, '<row r="5" hidden="1"');
    };
    expect(await probe(rows)).toEqual(["  资助测算!5 行: 隐藏 否 → 是"]);
    const empty = (parts: Record<string, string>) => {
      const part = sheetPart(parts, "审计");
      // A row of its own, empty and hidden, past the sheet's last (ECMA-376 §18.3.1.73).
      parts[part] = parts[part]!.replace("</sheetData>", '<row r="900" hidden="1"/></sheetData>');
    };
    expect(await probe(empty)).toEqual(["  审计!900 行: 隐藏 否 → 是"]);
    const column = (parts: Record<string, string>) => {
      const part = sheetPart(parts, "资助测算");
      expect(parts[part]).toMatch(/<col min="17" max="17"/);
      parts[part] = parts[part]!.replace('<col min="17" max="17"', '<col min="17" max="17" hidden="1"');
    };
    expect(await probe(column)).toEqual(["  资助测算!Q 列: 隐藏 否 → 是"]);
  });

  it("names the Summary sheet hidden, or very hidden", async () => {
    for (const [state, words] of [
      ["hidden", "是"],
      ["veryHidden", "是（深度隐藏）"],
    ] as const) {
      const hidden = (parts: Record<string, string>) => {
        const before = parts["xl/workbook.xml"]!;
        parts["xl/workbook.xml"] = before.replace('name="汇总" state="visible"', `name="汇总" state="${state}"`);
        expect(parts["xl/workbook.xml"]).not.toBe(before);
      };
      expect(await probe(hidden)).toEqual([`  工作表「汇总」: 隐藏 否 → ${words}`]);
    }
  });

  it("names a hyperlink and a note added to a subsidy", async () => {
    const link = (parts: Record<string, string>) => {
      const part = sheetPart(parts, "资助测算");
      const file = part.slice(part.lastIndexOf("/") + 1);
      parts[`xl/worksheets/_rels/${file}.rels`] =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/pay" TargetMode="External"/></Relationships>';
      parts[part] = parts[part]!.replace("</sheetData>", '</sheetData><hyperlinks><hyperlink ref="Q2" r:id="rId1"/><hyperlink ref="B3" location="\'汇总\'!A1"/></hyperlinks>');
    };
    // In reading order: row 2 before row 3.
    expect(await probe(link)).toEqual(['  资助测算!Q2: 超链接 （空） → "https://example.com/pay"', '  资助测算!B3: 超链接 （空） → "\'汇总\'!A1"']);
    const note = (parts: Record<string, string>) => {
      const part = sheetPart(parts, "资助测算");
      const file = part.slice(part.lastIndexOf("/") + 1);
      parts[`xl/worksheets/_rels/${file}.rels`] =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>';
      parts["xl/comments1.xml"] =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>财务</author></authors>' +
        '<commentList><comment ref="Q2" authorId="0"><text><r><t>已按 780 万拨付</t></r></text></comment></commentList></comments>';
      parts["[Content_Types].xml"] = parts["[Content_Types].xml"]!.replace(
        "</Types>",
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
      );
    };
    expect(await probe(note)).toEqual(['  资助测算!Q2: 批注 （空） → "已按 780 万拨付"']);
  });

  it("says it in English in an English run", async () => {
    const format = await probe(withFormat("Q2", ";;;", "Funding"), english, ["--lang", "en"]);
    expect(format).toEqual(['  Funding!Q2: number format "¥"#,##0.00 → ;;;']);
    const text = await probe((parts) => {
      const part = sheetPart(parts, "Funding");
      parts[part] = parts[part]!.replace(/<c r="Q2"([^>]*)><v>([^<]*)<\/v><\/c>/, '<c r="Q2"$1 t="str"><v>7800000.00</v></c>').replace(/<row r="5"/, '<row r="5" hidden="1"');
      parts["xl/workbook.xml"] = parts["xl/workbook.xml"]!.replace('name="Summary" state="visible"', 'name="Summary" state="hidden"');
    }, english, ["--lang", "en"]);
    expect(text).toEqual(['  sheet “Summary”: hidden no → yes', "  Funding!Q2: type number → text", "  Funding!row 5: hidden no → yes"]);
  });

  it("still finds a changed value, counted with the changes in how cells show", async () => {
    const result = await runCli(["verify", rewritten(exported, (parts) => (withFormat("Q2", ";;;")(parts), withCell(parts, "N2", (a) => `<c r="N2"${a}><v>1</v></c>`)))]);
    expect(result.code).toBe(ALTERED);
    expect(lines(result.stdout)[0]).toMatch(/^已改动：「.*」自导出以来有 2 处改动/);
    expect(findings(result.stdout)).toEqual(['  资助测算!N2: "7800000.00" → "1.00"', '  资助测算!Q2: 数字格式 "¥"#,##0.00 → ;;;']);
  });
});

describe("jiebang verify sees rows and columns shown at no size as hidden, as Excel shows them", () => {
  it("names a row of height 0 and a column of width 0", async () => {
    const row = (parts: Record<string, string>) => {
      const part = sheetPart(parts, "资助测算");
      parts[part] = parts[part]!.replace(/<row r="5"/, '<row r="5" ht="0" customHeight="1"');
    };
    expect(await probe(row)).toEqual(["  资助测算!5 行: 隐藏 否 → 是"]);
    const column = (parts: Record<string, string>) => {
      const part = sheetPart(parts, "拨付清单");
      parts[part] = parts[part]!.replace(/<col min="11" max="11" width="[^"]*"/, '<col min="11" max="11" width="0"');
    };
    expect(await probe(column)).toEqual(["  拨付清单!K 列: 隐藏 否 → 是"]);
  });
});

describe("jiebang verify sees the Summary sheet's charts", () => {
  it("names a chart whose part changed: a cached value, as a reader that does not recalculate shows it", async () => {
    const change = (parts: Record<string, string>) => void (parts["xl/charts/chart1.xml"] = parts["xl/charts/chart1.xml"]!.replace(/<c:v>(\d)/, "<c:v>9$1"));
    expect(await probe(change)).toEqual(["  工作表「汇总」: 图表 1 已改动（与记录的 SHA-256 不符）"]);
    expect(await probe(change, english, ["--lang", "en"])).toEqual(["  sheet “Summary”: chart 1 was changed (its SHA-256 is not the recorded one)"]);
  });

  it("names a removed chart part, and charts no longer drawn because the sheet's drawing went", async () => {
    expect(await probe((parts) => void delete parts["xl/charts/chart2.xml"])).toEqual(["  工作表「汇总」: 图表 2 已被删除"]);
    const undrawn = (parts: Record<string, string>) => {
      const part = sheetPart(parts, "汇总");
      parts[part] = parts[part]!.replace(/<drawing [^>]*\/>/, "");
    };
    expect(await probe(undrawn)).toEqual(["  工作表「汇总」: 图表 1 已被删除", "  工作表「汇总」: 图表 2 已被删除"]);
  });
});

describe("an export of record format 2 (values only)", () => {
  // Written by jiebang before record format 3 (fa58dfe), on the sample; named so that *.audited.xlsx's ignore rule does not leave it out.
  const fixture = join(ROOT, "test", "fixtures", "record-2-export.xlsx");

  it("verifies intact, with the digest it was written with", async () => {
    const copy = join(tempDir(), "old.audited.xlsx");
    copyFileSync(fixture, copy);
    const result = await runCli(["verify", copy]);
    expect(result.stdout).toBe(`完好：「${copy}」自导出以来没有改动。记录摘要（SHA-256）：cdf4b2b56fe4f6bc6a871117c0712ca636fbd9ed0b31f33317ca958d0d9ec1e2\n`);
    expect(result.code).toBe(0);
  });

  it("re-run by this version, says its layout and words may differ from an earlier version's before it lists the differences", async () => {
    const copy = join(tempDir(), "old.audited.xlsx");
    copyFileSync(fixture, copy);
    const result = await runCli(["verify", copy, SAMPLE]);
    const out = lines(result.stdout);
    expect(out[0]).toMatch(/^完好：/);
    expect(out[1]).toMatch(/^注意：该审计工作簿由 jiebang \S+（记录格式 jiebang-record\/2）导出，重新判定用的是 jiebang \S+；/);
    expect(out[2]).toMatch(/^重新判定：.*与导出的记录有 \d+ 处不同/);
    expect(out).toContain("  新增了工作表「拨付清单」");
    // The decisions are the same: no Funding sheet cell differs.
    expect(out.filter((l) => l.startsWith("  资助测算!"))).toEqual([]);
    expect(result.code).toBe(ALTERED);
  });

  it("finds a changed value as before, streamed and whole", async () => {
    const change = (parts: Record<string, string>) => withCell(parts, "Q2", (a) => `<c r="Q2"${a}><v>1</v></c>`);
    expect(await probe(change, fixture)).toEqual(['  资助测算!Q2: "7800000.00" → "1.00"']);
  });

  it("compares its values only: its record says nothing of formats or hidden rows", async () => {
    const result = await runCli(["verify", rewritten(fixture, withFormat("Q2", '"¥1"#,##0.00'))]);
    expect(result.code).toBe(0);
  });
});
