/**
 * `jiebang verify` end to end on the bundled sample: an export verifies
 * clean; a changed cell, an edited hidden record or digest, and a forged
 * but self-consistent export are each found, naming the cell.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  digestSection,
  exportRecordText,
  parseExportRecord,
  recordChunks,
  RECORD_SHEET,
  type ExportRecord,
} from "../../src/report";
import { headersWith, lines, mixedProjects, readWorkbook, ROOT, runCli, SAMPLE, tempDir, writeTracker } from "./support";

/** Export the sample (zh-CN unless told) and return the audited workbook's path. */
async function exportSample(dir: string, extra: readonly string[] = [], now?: Date): Promise<string> {
  const out = join(dir, `sample-${Math.random().toString(36).slice(2)}.audited.xlsx`);
  const result = await runCli(["run", SAMPLE, "--out", out, ...extra], now ? { now: () => now } : {});
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return out;
}

/** Open an export with exceljs, change it, and save it under a new name (as a user's spreadsheet program would). */
async function edited(path: string, change: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const workbook = await readWorkbook(path);
  await change(workbook);
  const out = path.replace(/\.xlsx$/, `.edited-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(out, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return out;
}

function storedRecord(workbook: ExcelJS.Workbook): ExportRecord {
  const ws = workbook.getWorksheet(RECORD_SHEET)!;
  let text = "";
  for (let r = 1; typeof ws.getCell(r, 1).value === "string"; r++) text += ws.getCell(r, 1).value as string;
  const parsed = parseExportRecord(text);
  if (!parsed.ok) throw new Error(parsed.why);
  return parsed.stored;
}

function writeRecord(workbook: ExcelJS.Workbook, stored: ExportRecord): void {
  const ws = workbook.getWorksheet(RECORD_SHEET)!;
  for (let r = 1; ws.getCell(r, 1).value !== null; r++) ws.getCell(r, 1).value = null;
  recordChunks(exportRecordText(stored)).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}

/** The lines of verify's output that name a cell. */
function cellLines(stdout: string): string[] {
  return lines(stdout).filter((l) => /^ {2}\S+![A-Z]+\d+: /.test(l));
}

const ALTERED = 3;

describe("jiebang verify on an export of the bundled sample", () => {
  it("finds an untouched export intact: exit 0", async () => {
    const dir = tempDir();
    const out = await exportSample(dir);
    const result = await runCli(["verify", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^完好：「.*」自导出以来没有改动。记录摘要（SHA-256）：[0-9a-f]{64}\n$/);

    const en = await runCli(["verify", out, "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Intact: “.*” has not changed since export\./);
  });

  it("verifies an English export the same way, naming its English sheet", async () => {
    const dir = tempDir();
    const exported = await exportSample(dir, ["--lang", "en"]);
    expect((await runCli(["verify", exported])).code).toBe(0);
    const out = await edited(exported, (wb) => {
      wb.getWorksheet("Funding")!.getCell("Q2").value = 7900000;
    });
    const result = await runCli(["verify", out, "--lang", "en"]);
    expect(result.code).toBe(ALTERED);
    expect(cellLines(result.stdout)).toEqual(['  Funding!Q2: "7800000.00" → "7900000.00"']);
    expect((await runCli(["verify", exported, SAMPLE])).code).toBe(0);
  });

  it("names one changed subsidy cell with old → new: exit 3", async () => {
    const dir = tempDir();
    const out = await edited(await exportSample(dir), (wb) => {
      wb.getWorksheet("资助测算")!.getCell("Q2").value = 7900000;
    });
    const result = await runCli(["verify", out]);
    expect(result.code).toBe(ALTERED);
    expect(result.stdout).toContain("已改动：");
    expect(cellLines(result.stdout)).toEqual(['  资助测算!Q2: "7800000.00" → "7900000.00"']);
  });

  it("names one changed reason cell with old → new: exit 3", async () => {
    const dir = tempDir();
    const out = await edited(await exportSample(dir), (wb) => {
      wb.getWorksheet("资助测算")!.getCell("R16").value = "已达成合作";
    });
    const result = await runCli(["verify", out]);
    expect(result.code).toBe(ALTERED);
    expect(cellLines(result.stdout)).toEqual(['  资助测算!R16: "尚未达成合作（M18：洽谈中），不予资助" → "已达成合作"']);
  });

  it("names one changed cell of the Rules sheet, in English too: exit 3", async () => {
    const dir = tempDir();
    const out = await edited(await exportSample(dir), (wb) => {
      wb.getWorksheet("规则")!.getCell("B16").value = "2000万元";
    });
    const result = await runCli(["verify", out]);
    expect(result.code).toBe(ALTERED);
    expect(cellLines(result.stdout)).toEqual(['  规则!B16: "1000万元" → "2000万元"']);

    const en = await runCli(["verify", out, "--lang", "en"]);
    expect(en.code).toBe(ALTERED);
    expect(en.stdout).toContain("Altered: ");
    expect(cellLines(en.stdout)).toEqual(['  规则!B16: "1000万元" → "2000万元"']);
  });

  it("names a cleared cell, a typed-in cell and a formula put in place of an amount", async () => {
    const dir = tempDir();
    const out = await edited(await exportSample(dir), (wb) => {
      const funding = wb.getWorksheet("资助测算")!;
      funding.getCell("Q3").value = { formula: "N3", result: 5400000 };
      funding.getCell("E4").value = null;
      wb.getWorksheet("汇总")!.getCell("H1").value = "备注";
    });
    const result = await runCli(["verify", out]);
    expect(result.code).toBe(ALTERED);
    expect(cellLines(result.stdout)).toEqual([
      '  资助测算!Q3: "5400000.00" → "=N3 ⇒ 5400000.00"',
      '  资助测算!E4: "包头某特钢有限公司" → （空）',
      '  汇总!H1: （空） → "备注"',
    ]);
  });

  it("finds an edit of the hidden record by the audit sheet's digests", async () => {
    const dir = tempDir();
    const out = await edited(await exportSample(dir), (wb) => {
      const stored = storedRecord(wb);
      const funding = stored.record.sheets[0]!;
      // Column Q of row 2: a record row's values follow its look string.
      writeRecord(wb, { ...stored, record: { ...stored.record, sheets: [{ ...funding, rows: funding.rows.map((r, i) => (i === 1 ? Object.assign([...r], { 17: "7900000.00" }) : r)) }, ...stored.record.sheets.slice(1)] } });
    });
    const result = await runCli(["verify", out]);
    expect(result.code).toBe(ALTERED);
    // The record now disagrees with the cell it describes, and with its own digests.
    expect(cellLines(result.stdout)).toContainEqual('  资助测算!Q2: "7900000.00" → "7800000.00"');
    expect(result.stdout).toContain("其中审计表有 3 个摘要与隐藏记录不符");
    expect(result.stdout).toMatch(/\n {2}审计!B43: "[0-9a-f]{64}" → "[0-9a-f]{64}"（整份记录的摘要）\n/);
    expect(result.stdout).toMatch(/\n {2}审计!B44: "[0-9a-f]{64}" → "[0-9a-f]{64}"（工作表 资助测算 的摘要）\n/);
    expect(result.stdout).toMatch(/\n {2}审计!C53: "[0-9a-f]{64}" → "[0-9a-f]{64}"（判定行 资助测算!2（NMG-JB-2022-001）的摘要）\n/);
  });

  it("finds an edited digest in the audit sheet, naming its cell", async () => {
    const dir = tempDir();
    const out = await edited(await exportSample(dir), (wb) => {
      wb.getWorksheet("审计")!.getCell("C53").value = "0".repeat(64);
    });
    const result = await runCli(["verify", out]);
    expect(result.code).toBe(ALTERED);
    // exceljs, the editor here, drops the charts it cannot write: verify says so.
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(/^已改动：「.*」自导出以来有 3 处改动（导出时 → 现在）：$/),
      "  工作表「汇总」: 图表 1 已被删除",
      "  工作表「汇总」: 图表 2 已被删除",
      "其中审计表有 1 个摘要与隐藏记录不符，隐藏记录或审计表的摘要被改动（由记录算得 → 表中现值）：",
      expect.stringMatching(new RegExp(`^ {2}审计!C53: "[0-9a-f]{64}" → "${"0".repeat(64)}"（判定行 资助测算!2（NMG-JB-2022-001）的摘要）$`)),
    ]);
  });

  it("finds a removed or damaged record: exit 2 for no record, 3 for a damaged one", async () => {
    const dir = tempDir();
    const exported = await exportSample(dir);
    const noRecord = await edited(exported, (wb) => {
      wb.removeWorksheet(wb.getWorksheet(RECORD_SHEET)!.id);
    });
    const missing = await runCli(["verify", noRecord]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(lines(missing.stderr)).toEqual([expect.stringMatching(/^「.*」不是 jiebang 导出的审计工作簿：其中没有 jiebang 的记录/)]);

    const damaged = await edited(exported, (wb) => {
      wb.getWorksheet(RECORD_SHEET)!.getCell("A1").value = '{"format":"jiebang-export/1",';
    });
    const result = await runCli(["verify", damaged]);
    expect(result.code).toBe(ALTERED);
    expect(result.stdout).toMatch(/^已改动：「.*」中 jiebang 的隐藏记录无法读取/);

    const tracker = await runCli(["verify", SAMPLE]);
    expect(tracker.code).toBe(2);
  });

  it("protects the visible sheets against casual edits (no password) and hides the record", async () => {
    const dir = tempDir();
    const workbook = await readWorkbook(await exportSample(dir));
    const visible = workbook.worksheets.filter((w) => w.state === "visible");
    expect(visible.map((w) => w.name)).toEqual(["资助测算", "拨付清单", "汇总", "问题", "规则", "审计"]);
    for (const ws of visible) {
      // exceljs reads <sheetProtection> back into this (untyped) property.
      const protection = (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
      expect(protection, ws.name).toMatchObject({ sheet: true, autoFilter: true, formatColumns: true });
      expect(protection!.hashValue, ws.name).toBeUndefined();
      expect(protection!.sort, ws.name).toBeUndefined();
      expect(protection!.formatCells, ws.name).toBeUndefined();
    }
    const record = workbook.worksheets.at(-1)!;
    expect(record.name).toBe(RECORD_SHEET);
    expect(record.state).toBe("veryHidden");
  });

  it("gives identical digests for the same tracker and packs run twice, at different times", async () => {
    const dir = tempDir();
    const first = await readWorkbook(await exportSample(dir, [], new Date("2022-02-01T08:00:00Z")));
    const second = await readWorkbook(await exportSample(dir, [], new Date("2022-06-30T23:59:59Z")));
    const digestCells = (wb: ExcelJS.Workbook) => {
      const cells: Record<string, unknown> = {};
      for (const d of digestSection(storedRecord(wb).record).digestCells) cells[d.cell] = wb.getWorksheet("审计")!.getCell(d.cell).value;
      return cells;
    };
    const a = digestCells(first);
    expect(Object.keys(a)).toHaveLength(1 + 6 + 15);
    expect(Object.values(a).every((v) => typeof v === "string" && /^[0-9a-f]{64}$/.test(v))).toBe(true);
    expect(digestCells(second)).toEqual(a);
    expect(storedRecord(second).at).not.toBe(storedRecord(first).at);
    expect(first.getWorksheet("审计")!.getCell("B8").value).toBe("2022-02-01 16:00:00（北京时间）");
  });
});

describe("jiebang verify with the tracker", () => {
  it("re-decides an untouched export the same: exit 0", async () => {
    const dir = tempDir();
    const out = await exportSample(dir, [], new Date("2022-02-01T08:00:00Z"));
    const tracker = join(dir, "renamed-copy.xlsx");
    copyFileSync(SAMPLE, tracker);
    const result = await runCli(["verify", out, tracker], { now: () => new Date("2030-01-01T00:00:00Z") });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(/^完好：/),
      `重新判定：用台账「${tracker}」和规则包重新判定（按导出时的设置和时间 2022-02-01T08:00:00.000Z），结果与导出的记录一致。`,
    ]);
  });

  it("names the changed subsidy cell: exit 3", async () => {
    const dir = tempDir();
    const out = await edited(await exportSample(dir), (wb) => {
      wb.getWorksheet("资助测算")!.getCell("Q2").value = 7900000;
    });
    const result = await runCli(["verify", out, SAMPLE, "--rules", "rules/nmg"]);
    expect(result.code).toBe(ALTERED);
    expect(cellLines(result.stdout)).toEqual(['  资助测算!Q2: "7800000.00" → "7900000.00"']);
  });

  it("finds a forged export whose record and digests were made to agree, which only the re-run can find", async () => {
    const dir = tempDir();
    const out = await edited(await exportSample(dir), (wb) => {
      const stored = storedRecord(wb);
      const funding = stored.record.sheets[0]!;
      const forged: ExportRecord = {
        ...stored,
        // The charts exceljs drops on saving are left out of the forged record too.
        record: { ...stored.record, sheets: [{ ...funding, rows: funding.rows.map((r, i) => (i === 1 ? Object.assign([...r], { 17: "7900000.00" }) : r)) }, ...stored.record.sheets.slice(1)], shownCharts: [] },
      };
      writeRecord(wb, forged);
      wb.getWorksheet("资助测算")!.getCell("Q2").value = 7900000;
      for (const d of digestSection(forged.record).digestCells) wb.getWorksheet("审计")!.getCell(d.cell).value = d.sha256;
    });
    // Without a secret key, a consistent forgery passes the check of the export alone…
    const alone = await runCli(["verify", out]);
    expect(alone.code).toBe(0);
    // …but not the re-run from the tracker and the packs.
    const result = await runCli(["verify", out, SAMPLE]);
    expect(result.code).toBe(ALTERED);
    // The amount, and the charts the forged export lacks that the run draws.
    expect(result.stdout).toContain("与导出的记录有 3 处不同（导出的记录 → 重新判定）：");
    expect(lines(result.stdout)).toContain("  工作表「汇总」: 图表 1 已被删除");
    expect(lines(result.stdout)).toContain("  工作表「汇总」: 图表 2 已被删除");
    expect(cellLines(result.stdout)).toEqual(['  资助测算!Q2: "7900000.00" → "7800000.00"']);
  });

  it("refuses a tracker without the recorded sheet, and names a different pack by its SHA-256 and the cells it changes", async () => {
    const dir = tempDir();
    const out = await exportSample(dir);
    const other = await writeTracker(dir, "other.xlsx", mixedProjects());
    const result = await runCli(["verify", out, other]);
    expect(result.code).toBe(2); // the recorded sheet 2022年第一批 is not in the other tracker
    expect(result.stderr).toContain("2022年第一批");

    const pack = join(dir, "nmg-edited.json");
    const text = readFileSync(join(ROOT, "rules", "nmg", "2021-12.json"), "utf8");
    writeFileSync(pack, text.replace('"value": "10000000"', '"value": "9000000"'));
    const rerun = await runCli(["verify", out, SAMPLE, "--rules", pack]);
    expect(rerun.code).toBe(ALTERED);
    expect(rerun.stdout).toMatch(/规则包 nmg@2021-12 的 SHA-256 与审计表记录的不同：记录为 [0-9a-f]{64}，现为 [0-9a-f]{64}。/);
    expect(cellLines(rerun.stdout)).toContainEqual('  资助测算!M2: "10000000.00" → "9000000.00"');
  });

  it("names a tracker whose bytes are not the ones recorded, even when it decides the same", async () => {
    const dir = tempDir();
    const out = await exportSample(dir);
    const copy = join(dir, "resaved.xlsx");
    copyFileSync(SAMPLE, copy);
    const tracker = await edited(copy, (wb) => {
      wb.creator = "someone else";
    });
    const result = await runCli(["verify", out, tracker]);
    expect(result.code).toBe(ALTERED);
    expect(result.stdout).toContain(`台账「${tracker}」的 SHA-256 与审计表记录的不同：记录为 `);
    expect(result.stdout).toMatch(/SHA-256 与审计表记录的不同：记录为 [0-9a-f]{64}，现为 [0-9a-f]{64}。/);
    expect(cellLines(result.stdout)).toEqual([expect.stringMatching(/^ {2}审计!B3: "[0-9a-f]{64}" → "[0-9a-f]{64}"$/)]);
  });

  it("re-runs with the recorded --map and --as-of, and refuses an --as-of that contradicts the record", async () => {
    const dir = tempDir();
    const input = await writeTracker(dir, "mapped.xlsx", mixedProjects(), headersWith({ investment: "甲栏（万元）" }));
    const out = join(dir, "mapped.audited.xlsx");
    expect((await runCli(["run", input, "--out", out])).code).toBe(2); // the investment column needs --map
    const run = await runCli(["run", input, "--out", out, "--map", "investment=甲栏（万元）", "--as-of", "2021-06-01"]);
    expect(run.code).toBe(0);

    // Decided as of a day before the pack was in force, every matched row is ineligible; the re-run uses that date again.
    const rerun = await runCli(["verify", out, input]);
    expect(rerun.stdout).toContain("结果与导出的记录一致");
    expect(rerun.code).toBe(0);
    const contradicting = await runCli(["verify", out, input, "--as-of", "2022-06-01"]);
    expect(contradicting.code).toBe(2);
  });

  it("refuses a tracker that is not an .xlsx, with one sentence: exit 2", async () => {
    const dir = tempDir();
    const out = await exportSample(dir);
    const csv = join(dir, "tracker.xlsx");
    writeFileSync(csv, "项目编号,项目类型\nA-1,技术攻关类\n");
    const result = await runCli(["verify", out, csv]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringContaining("是文本文件")]);
  });

  it("refuses --rules without a tracker", async () => {
    const dir = tempDir();
    const out = await exportSample(dir);
    const result = await runCli(["verify", out, "--rules", "rules/nmg"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--rules");
  });
});
