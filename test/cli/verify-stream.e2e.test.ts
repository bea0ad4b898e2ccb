/**
 * `jiebang verify` reads the export as a stream and still says what it said
 * of the whole: a changed cell of a many-row export, more changes than it
 * lists (the rest counted), a damaged record (JSON.parse's own words), a
 * record laid out otherwise than jiebang writes it (read whole, the same
 * findings), and a damaged part, the first one in the workbook's order
 * named as reading the whole export names it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { JiebangError } from "../../src/i18n";
import { readExport } from "../../src/io";
import { canonicalJson, parseExportRecord, RECORD_CHUNK } from "../../src/report";
import { rewrittenPackage, sheetPart } from "../support/xlsx-package";
import { lines, project, runCli, tempDir, writeTracker } from "./support";

const ALTERED = 3;

/** A tracker of `count` funded projects exported; the export's path. */
async function exportOf(dir: string, count: number, extra: readonly string[] = []): Promise<string> {
  const projects = Array.from({ length: count }, (_, i) => project({ id: `S-${String(i + 1).padStart(4, "0")}`, investment: 200 + i }));
  const tracker = await writeTracker(dir, `t${count}.xlsx`, projects);
  const out = join(dir, `t${count}.audited.xlsx`);
  const run = await runCli(["run", tracker, "--out", out, ...extra]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return out;
}

/** The export with some of its parts' XML rewritten, saved under a new name. */
function rewritten(path: string, change: (parts: Record<string, string>) => void): string {
  return rewrittenPackage(path, path.replace(/\.xlsx$/, `.rewritten-${Math.random().toString(36).slice(2)}.xlsx`), change);
}

/** The record's text as the record sheet holds it (strings in the cells, as jiebang writes them). */
function recordText(parts: Record<string, string>, part: string): string {
  const xml = parts[part]!;
  return [...xml.matchAll(/<c r="A\d+"[^>]*t="str"[^>]*><v>([^<]*)<\/v><\/c>/g)].map((m) => decodeXml(m[1]!)).join("");
}

function decodeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function encodeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The record sheet's part holding other text, in RECORD_CHUNK pieces down column A. */
function withRecordText(parts: Record<string, string>, part: string, text: string): void {
  const rows: string[] = [];
  for (let at = 0, r = 1; at < text.length; at += RECORD_CHUNK, r++) {
    rows.push(`<row r="${r}"><c r="A${r}" t="str"><v>${encodeXml(text.slice(at, at + RECORD_CHUNK))}</v></c></row>`);
  }
  parts[part] = parts[part]!.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join("")}</sheetData>`);
}

describe("jiebang verify of a many-row export, streamed", () => {
  it("lists the first 1,000 changed cells and counts the rest, in either language", async () => {
    const dir = tempDir();
    const exported = await exportOf(dir, 150);
    expect((await runCli(["verify", exported])).code).toBe(0);
    // Every project's name and issuer, and its id, rewritten in the XML: 450 cells.
    const out = rewritten(exported, (parts) => {
      const part = sheetPart(parts, "资助测算");
      // The decision rows only (2 to 151): not the header, nor the total and sign-off block under them.
      parts[part] = parts[part]!.replace(/(<c r="[BCE](\d+)"[^>]*>)<v>([^<]*)/g, (all, open: string, row: string) => (row === "1" || Number(row) > 151 ? all : `${open}<v>改${row}`));
    });
    const result = await runCli(["verify", out]);
    expect(result.code).toBe(ALTERED);
    const cells = lines(result.stdout).filter((l) => /^ {2}\S+![A-Z]+\d+: /.test(l));
    expect(cells).toHaveLength(450);
    expect(cells[0]).toBe('  资助测算!B2: "S-0001" → "改2"');

    const many = rewritten(exported, (parts) => {
      const part = sheetPart(parts, "资助测算");
      parts[part] = parts[part]!.replace(/(<c r="([A-Z]+)(\d+)"[^>]*t="str"[^>]*>)<v>([^<]*)<\/v>/g, (all, open: string, _column: string, row: string) => (row === "1" ? all : `${open}<v>改</v>`));
    });
    const listed = await runCli(["verify", many]);
    expect(listed.code).toBe(ALTERED);
    const text = lines(listed.stdout);
    const total = Number(/有 (\d+) 处改动/.exec(text[0]!)![1]);
    expect(total).toBeGreaterThan(1000);
    expect(text.filter((l) => /^ {2}\S+![A-Z]+\d+: /.test(l))).toHaveLength(1000);
    expect(text.at(-1)).toBe(`  ……另有 ${total - 1000} 处未列出（只列出前 1000 处）`);
    const en = await runCli(["verify", many, "--lang", "en"]);
    expect(lines(en.stdout).at(-1)).toBe(`  … and ${total - 1000} more, not listed (the first 1000 are)`);
  });

  it("says why a record that is no JSON cannot be read in JSON.parse's words, and reads a record laid out otherwise whole", async () => {
    const dir = tempDir();
    const exported = await exportOf(dir, 40);
    let text = "";
    const cut = rewritten(exported, (parts) => {
      const part = sheetPart(parts, "_jiebang");
      text = recordText(parts, part);
      withRecordText(parts, part, text.slice(0, -3));
    });
    expect(parseExportRecord(text).ok).toBe(true);
    let why = "";
    try {
      JSON.parse(text.slice(0, -3));
    } catch (error) {
      why = (error as Error).message;
    }
    const damaged = await runCli(["verify", cut]);
    expect(damaged.code).toBe(ALTERED);
    expect(damaged.stdout).toBe(`已改动：「${cut}」中 jiebang 的隐藏记录无法读取（${why}），导出后被改动或损坏。\n`);

    // A member after the sheets: the record no longer has the digest the audit sheet shows, and nothing else changed.
    const odd = rewritten(exported, (parts) => {
      const part = sheetPart(parts, "_jiebang");
      const stored = JSON.parse(recordText(parts, part)) as { record: Record<string, unknown> };
      withRecordText(parts, part, canonicalJson({ ...stored, record: { ...stored.record, zzz: 1 } }));
    });
    const result = await runCli(["verify", odd]);
    expect(result.code).toBe(ALTERED);
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(/^已改动：「.*」自导出以来有 1 处改动/),
      expect.stringMatching(/^其中审计表有 1 个摘要与隐藏记录不符/),
      expect.stringMatching(/^ {2}审计!B\d+: "[0-9a-f]{64}" → "[0-9a-f]{64}"（整份记录的摘要）$/),
    ]);
  });

  it("refuses a damaged part as reading the whole export does: the first in the workbook's order", async () => {
    const dir = tempDir();
    const exported = await exportOf(dir, 20);
    const broken = (sheets: readonly string[]) =>
      rewritten(exported, (parts) => {
        for (const sheet of sheets) {
          const part = sheetPart(parts, sheet);
          parts[part] = parts[part]!.replace("</sheetData>", "</sheetDat>");
        }
      });
    for (const sheets of [["_jiebang"], ["汇总"], ["规则", "_jiebang"], ["资助测算", "审计"]]) {
      const file = broken(sheets);
      const whole = await readExport(new Uint8Array(readFileSync(file)), file).then(
        () => null,
        (error: JiebangError) => error.text("zh-CN"),
      );
      expect(whole).toContain(sheetPart(unzipParts(file), sheets[0]!));
      const result = await runCli(["verify", file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`${whole}\n`);
    }
  });
});

function unzipParts(path: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(path))))) parts[name] = strFromU8(bytes);
  return parts;
}
