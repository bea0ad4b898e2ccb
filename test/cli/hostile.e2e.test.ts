import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HOSTILE_CASES, row, sheet, type JsonDecision } from "../support/hostile-cases";
import { xlsxBytes } from "../support/workbook";
import { runCli, tempDir } from "./support";

async function decideFile(dir: string, bytes: Uint8Array) {
  const input = join(dir, "tracker.xlsx");
  writeFileSync(input, bytes);
  const result = await runCli(["run", input, "--out", join(dir, "out.xlsx"), "--json", join(dir, "out.json")]);
  return { result, input };
}

describe("trackers as staff really keep them: no crash, no silent wrong number", () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, hostile) => {
    const dir = tempDir();
    const bytes = await xlsxBytes(hostile.sheets);
    const { result } = await decideFile(dir, bytes);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as { decisions: JsonDecision[] };
    hostile.check(report.decisions);
  });

  it("lists every warning and unreadable cell in the Issues sheet with sheet, cell and value", async () => {
    const dir = tempDir();
    await decideFile(dir, await xlsxBytes(sheet([row("A-1", { "研发投入总额（万元）": "5000000元" }), row("A-1", { 发榜方: { error: "#N/A" } })])));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "out.xlsx"));
    const issues = book.getWorksheet("问题")!;
    const lines = issues.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 7));
    expect(lines).toEqual(
      expect.arrayContaining([
        ["提示", "台账", "J2", 2, "5000000元", "UNIT_MISMATCH"],
        ["提示", "台账", "A3", 3, "A-1", "DUPLICATE_ID"],
        ["无法判定", "台账", "D3", 3, "#N/A", "BAD_VALUE"],
      ]),
    );
  });

  it("keeps text that begins with = + - @ as text in the audited workbook", async () => {
    const dir = tempDir();
    await decideFile(dir, await xlsxBytes(sheet([row("=1+1", { 项目名称: "@SUM(A1)", 发榜方: "-cmd" })])));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "out.xlsx"));
    const funding = book.getWorksheet("资助测算")!;
    for (const address of ["B2", "C2", "E2"]) {
      expect(funding.getCell(address).type, address).toBe(ExcelJS.ValueType.String);
      expect(funding.getCell(address).numFmt, address).toBe("@");
    }
    expect(funding.getCell("B2").value).toBe("=1+1");
  });
});

describe("files that are not trackers at all", () => {
  it("refuses an encrypted .xlsx with a sentence saying how to fix it", async () => {
    const dir = tempDir();
    // An encrypted Office file is an OLE compound file holding an EncryptionInfo stream.
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = "EncryptionInfo";
    for (let i = 0; i < name.length; i++) ole[1024 + i * 2] = name.charCodeAt(i);
    const { result } = await decideFile(dir, ole);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("设有打开密码");
    expect(readdirSync(dir)).toEqual(["tracker.xlsx"]);
  });

  it("refuses a zip bomb as it inflates, counting real bytes", async () => {
    const dir = tempDir();
    const zip = await JSZip.loadAsync(await xlsxBytes(sheet([row("A-1")])));
    // The tracker's own sheet, padded with 64 MB of spaces: a few tens of kilobytes compressed.
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const at = xml.indexOf("<sheetData>");
    const padding = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    const enc = new TextEncoder();
    zip.file("xl/worksheets/sheet1.xml", new Blob([enc.encode(xml.slice(0, at)), padding, enc.encode(xml.slice(at))]).arrayBuffer());
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const { result } = await decideFile(dir, bomb);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("过大，不予读取");
    expect(result.stderr).toContain("xl/worksheets/sheet1.xml");
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(readdirSync(dir)).toEqual(["tracker.xlsx"]);
  });

  it("bounds a read's work and what it holds, not a part's honest size", async () => {
    const { readXlsx, XLSX_LIMITS } = await import("../../src/io");
    const bytes = await xlsxBytes(sheet(Array.from({ length: 2000 }, (_, i) => row(`A-${i}`, { 项目名称: `项目 ${Math.random()}` }))));
    // No part is refused for its size: a million-row tracker's sheet part is about 600 MB.
    expect(Object.keys(XLSX_LIMITS)).not.toContain("entryBytes");
    expect(XLSX_LIMITS.totalBytes).toBeGreaterThanOrEqual(2 * 600 * 1024 * 1024);
    // One pass over the package beyond the bound on work: refused as it inflates.
    await expect(readXlsx(bytes, "big.xlsx", { limits: { ...XLSX_LIMITS, totalBytes: 200_000 } })).rejects.toThrow(/too large|过大/);
    // Shared strings beyond what a read may hold: refused, saying so.
    const held = readXlsx(bytes, "big.xlsx", { limits: { ...XLSX_LIMITS, sharedStringChars: 10_000 } });
    await expect(held).rejects.toThrow(/too large|过大/);
    await expect(held).rejects.toMatchObject({ params: { why: { en: "its shared strings hold over 10000 characters" } } });
    await expect(readXlsx(bytes, "big.xlsx")).resolves.toBeTruthy();
  });
});
