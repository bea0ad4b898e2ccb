/**
 * The export's canonical record, its digests, and verify's comparisons, as
 * plain data (no file, no exceljs except for the one round trip at the end).
 */
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/digest";
import { readExport, writeWorkbook } from "../../src/io";
import {
  canonicalLooks,
  auditedWorkbook,
  canonicalCells,
  canonicalJson,
  canonicalMoney,
  canonicalRatio,
  compareRecords,
  exportRecord,
  exportRecordText,
  exportedSheets,
  parseExportRecord,
  recordChunks,
  recordDigests,
  verifyExport,
  RECORD_CHUNK,
  type CanonicalSheet,
  type ExportRecord,
  type Run,
} from "../../src/report";
import { decideTracker } from "../../src/run";
import { GOOD_ROW, modifiedPack, regionPack, trackerRows, type RowSpec } from "../support/decide";
import { gridOf } from "../support/grid";

const ROWS: RowSpec[] = [
  { ...GOOD_ROW, id: "T-1", investment: 2600, signedOn: "2022-01-10" },
  { ...GOOD_ROW, id: "T-2", type: "成果转化类", investment: 2000, signedOn: "2022-01-12" },
  { ...GOOD_ROW, id: "T-3", matched: "洽谈中", investment: null, signedOn: null },
];

async function runAt(at: string, packs = [regionPack()], lang: "zh-CN" | "en" = "zh-CN"): Promise<Run> {
  return decideTracker({ grids: [gridOf(trackerRows(ROWS), "台账")], file: "tracker.xlsx", sha256: sha256Hex("tracker bytes"), packs, lang, at });
}

/** The cells an untouched export shows, straight from the workbook model. */
function shownSheets(run: Run): CanonicalSheet[] {
  return auditedWorkbook(run).sheets.map((s) => ({ name: s.name, cells: canonicalCells(s.rows) }));
}

function withCell(sheets: readonly CanonicalSheet[], sheet: string, cell: string, value: string | number | boolean | null): CanonicalSheet[] {
  return sheets.map((s) => {
    if (s.name !== sheet) return s;
    const cells = { ...s.cells };
    if (value === null) delete cells[cell];
    else cells[cell] = value;
    return { name: s.name, cells };
  });
}

describe("the canonical form", () => {
  it("sorts keys, drops undefined members and writes no spaces", () => {
    expect(canonicalJson({ b: [1, "x", null, true], a: { d: undefined, c: "中" } })).toBe('{"a":{"c":"中"},"b":[1,"x",null,true]}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/not a JSON number/);
    // Keys that are array indexes keep the same code-unit order as any other key.
    expect(canonicalJson({ a: 3, "9": 2, "10": 1 })).toBe('{"10":1,"9":2,"a":3}');
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":"x"}'))).toBe('{"__proto__":"x","b":1}');
  });

  it("keeps amounts with two decimals (more when they have more) and rates without trailing zeros", () => {
    expect(canonicalMoney("7800000")).toBe("7800000.00");
    expect(canonicalMoney("370370.36")).toBe("370370.36");
    expect(canonicalMoney("1.005")).toBe("1.005");
    expect(canonicalRatio("0.8000")).toBe("0.8");
    expect(canonicalRatio("0.3")).toBe("0.3");
  });

  it("keeps each cell by its A1 address: money and rates as decimal strings, counts as numbers, empty text left out", () => {
    expect(canonicalCells([{ cells: ["来源行", { int: 4 }, { money: "7800000.00" }, { ratio: "0.30" }, "", null, false] }], 2)).toEqual({
      A2: "来源行",
      B2: 4,
      C2: "7800000.00",
      D2: "0.3",
      G2: false,
    });
  });

  it("cuts the record into cells of at most 30,000 characters, never inside a surrogate pair", () => {
    const text = `${"a".repeat(RECORD_CHUNK - 1)}𠀀${"b".repeat(10)}`;
    const chunks = recordChunks(text);
    expect(chunks.join("")).toBe(text);
    expect(chunks[0]).toHaveLength(RECORD_CHUNK - 1);
    expect(chunks.every((c) => c.length <= RECORD_CHUNK)).toBe(true);
  });
});

describe("the record and its digests", () => {
  it("are the same for the same tracker and packs at another time; only the time differs", async () => {
    const first = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    const second = exportRecord(await runAt("2022-03-15T17:30:00.000Z"));
    expect(second.record).toEqual(first.record);
    expect(recordDigests(second.record)).toEqual(recordDigests(first.record));
    expect(first.at).not.toBe(second.at);
    // The time is shown (in Beijing time) in a volatile cell, covered by no digest.
    expect(first.volatile.find((v) => v.value === "2022-02-01 16:00:00（北京时间）")).toBeDefined();
  });

  it("change with a decision: another cap gives other row, sheet and record digests", async () => {
    const base = recordDigests(exportRecord(await runAt("2022-02-01T08:00:00.000Z")).record);
    const lowCap = modifiedPack((doc) => {
      doc.parameters.techCap.value = "500000.00";
    });
    const other = recordDigests(exportRecord(await runAt("2022-02-01T08:00:00.000Z", [lowCap])).record);
    expect(other.record).not.toBe(base.record);
    expect([...other.rows][0]!.sha256).not.toBe([...base.rows][0]!.sha256);
    expect([...other.rows][2]!.sha256).toBe([...base.rows][2]!.sha256); // the unmatched row does not depend on the cap
  });

  it("digest each decision row as the canonical JSON of its funding-sheet cells", async () => {
    const { record } = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    const digests = recordDigests(record);
    expect([...digests.rows].map((r) => [r.row, r.sourceRow, r.id])).toEqual([
      [2, 2, "T-1"],
      [3, 3, "T-2"],
      [4, 4, "T-3"],
    ]);
    const funding = record.sheets[0]!;
    const width = funding.rows[0]!.length;
    const row2 = Array.from({ length: width }, (_, i) => funding.rows[1]![i] ?? null);
    expect([...digests.rows][0]!.sha256).toBe(sha256Hex(canonicalJson(row2)));
    expect(digests.record).toBe(sha256Hex(canonicalJson(record)));
    // Fed row by row, the sheet digests and the stored text are the canonical JSON all the same.
    for (const [i, sheet] of record.sheets.entries()) expect(digests.sheets[i]!.sha256).toBe(sha256Hex(canonicalJson(sheet)));
    const stored = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    expect(exportRecordText(stored)).toBe(canonicalJson(stored));
  });

  it("is what the workbook model carries, and reads back", async () => {
    const run = await runAt("2022-02-01T08:00:00.000Z");
    const reading = parseExportRecord(auditedWorkbook(run).record!);
    expect(reading.ok && reading.stored).toEqual(exportRecord(run));
    expect(parseExportRecord("{not json").ok).toBe(false);
    expect(parseExportRecord('{"format":"jiebang-export/1"}').ok).toBe(false);
  });

  it("puts the digests in the audit sheet, after what was there", async () => {
    const run = await runAt("2022-02-01T08:00:00.000Z");
    const audit = auditedWorkbook(run).sheets.find((s) => s.name === "审计")!;
    const { record } = exportRecord(run);
    const digests = recordDigests(record);
    const texts = audit.rows.flatMap((r) => r.cells);
    expect(audit.rows[1]!.cells).toEqual(["输入文件", "tracker.xlsx"]);
    expect(texts).toContain("2022-02-01 16:00:00（北京时间）");
    expect(texts).toContain(digests.record);
    for (const s of digests.sheets) expect(texts).toContain(s.sha256);
    for (const r of digests.rows) expect(texts).toContain(r.sha256);
    expect(digests.sheets.map((s) => s.name)).toEqual(["资助测算", "拨付清单", "汇总", "问题", "规则", "审计"]);
  });
});

describe("the record's looks (format 3)", () => {
  it("keeps each row's look before its values, by codes the record carries, and its digests cover it", async () => {
    const { record } = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    expect(record.format).toBe("jiebang-record/3");
    const funding = record.sheets[0]!;
    const [look, ...values] = funding.rows[1]!;
    expect(typeof look).toBe("string");
    expect((look as string).length).toBe(values.length);
    // Column Q (the subsidy) is an amount in yuan; L a rate; A a count.
    expect(record.looks!.codes[(look as string)[16]!]).toEqual({ type: "number", format: '"¥"#,##0.00' });
    expect(record.looks!.codes[(look as string)[11]!]).toEqual({ type: "number", format: "0%" });
    expect(record.looks!.codes[(look as string)[0]!]).toEqual({ type: "number", format: null });
    expect(record.looks).toMatchObject({ hiddenRows: [], hiddenColumns: [], hiddenSheets: [], hyperlinks: [], notes: [] });

    const relooked = `${(look as string).slice(0, 16)}t${(look as string).slice(17)}`;
    const changed = { ...record, sheets: [{ ...funding, rows: funding.rows.map((r, i) => (i === 1 ? [relooked, ...values] : r)) }, ...record.sheets.slice(1)] };
    const [a, b] = [recordDigests(record), recordDigests(changed)];
    expect(b.record).not.toBe(a.record);
    expect(b.sheets[0]!.sha256).not.toBe(a.sheets[0]!.sha256);
    expect(b.sheets.slice(1)).toEqual(a.sheets.slice(1));
    expect([...b.rows].map((r) => r.sha256)).not.toEqual([...a.rows].map((r) => r.sha256));
    expect([...b.rows].slice(1)).toEqual([...a.rows].slice(1));
  });

  it("refuses a format 3 record without its looks, and a format 2 record with them", async () => {
    const stored = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    const { looks: _looks, ...without } = stored.record;
    expect(parseExportRecord(canonicalJson({ ...stored, record: without }))).toEqual({ ok: false, why: "record.looks" });
    expect(parseExportRecord(canonicalJson({ ...stored, record: { ...stored.record, format: "jiebang-record/2" } }))).toEqual({ ok: false, why: "record.looks" });
    expect(parseExportRecord(canonicalJson({ ...stored, record: { ...stored.record, looks: { ...stored.record.looks, codes: { xy: { type: "text", format: null } } } } }))).toEqual({ ok: false, why: "record.looks" });
  });
});

describe("the record's charts (format 3)", () => {
  it("names each chart the Summary sheet draws by its part's SHA-256, after the sheets in the record's text, and the record's digest covers them", async () => {
    const stored = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    const charts = stored.record.shownCharts!;
    expect(charts.map((c) => c.sheet)).toEqual(["汇总", "汇总"]);
    for (const c of charts) expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
    const text = exportRecordText(stored);
    expect(text.indexOf('"shownCharts"')).toBeGreaterThan(text.lastIndexOf('"rows"'));
    expect(JSON.parse(text)).toEqual(JSON.parse(canonicalJson(stored)));
    const changed = { ...stored.record, shownCharts: [charts[0]!, { ...charts[1]!, sha256: "0".repeat(64) }] };
    const [a, b] = [recordDigests(stored.record), recordDigests(changed)];
    expect(b.record).not.toBe(a.record);
    expect(b.sheets).toEqual(a.sheets);
  });

  it("refuses a format 3 record without its charts or with a malformed one", async () => {
    const stored = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    const { shownCharts: _charts, ...without } = stored.record;
    expect(parseExportRecord(canonicalJson({ ...stored, record: without }))).toEqual({ ok: false, why: "record.shownCharts" });
    expect(parseExportRecord(canonicalJson({ ...stored, record: { ...stored.record, shownCharts: [{ sheet: "汇总", sha256: "x" }] } }))).toEqual({ ok: false, why: "record.shownCharts" });
  });
});

describe("verifyExport", () => {
  async function exported(): Promise<{ run: Run; stored: ExportRecord; shown: CanonicalSheet[] }> {
    const run = await runAt("2022-02-01T08:00:00.000Z");
    return { run, stored: exportRecord(run), shown: shownSheets(run) };
  }

  it("finds nothing in an untouched export", async () => {
    const { stored, shown } = await exported();
    const check = verifyExport(stored, shown);
    expect(check).toMatchObject({ intact: true, changes: [], sheets: [], digests: [] });
    expect(check.recordDigest).toBe(recordDigests(stored.record).record);
    expect(exportedSheets(stored).sheets.map((s) => ({ name: s.name, cells: s.cells }))).toEqual(shown.map((s) => (s.name === "审计" ? { ...s, cells: expect.any(Object) } : s)));
    // The record says each cell shows as the writer writes it, and the sheets hide nothing.
    const written = auditedWorkbook(await runAt("2022-02-01T08:00:00.000Z")).sheets;
    const view = { state: "visible", hiddenRows: [], hiddenColumns: [], hyperlinks: {}, notes: {} };
    expect(exportedSheets(stored).sheets.map((s) => ({ looks: s.looks, view: s.view }))).toEqual(written.map((s) => ({ looks: canonicalLooks(s.rows), view })));
  });

  it("reports a changed subsidy cell with old → new, and nothing else", async () => {
    const { stored, shown } = await exported();
    expect(shown[0]!.cells.Q2).toBe("7800000.00");
    const check = verifyExport(stored, withCell(shown, "资助测算", "Q2", "7900000.00"));
    expect(check.intact).toBe(false);
    expect(check.changes).toEqual([{ sheet: "资助测算", cell: "Q2", old: "7800000.00", new: "7900000.00" }]);
    expect(check.digests).toEqual([]);
  });

  it("reports an added reason, a removed cell, a changed time and a deleted sheet", async () => {
    const { stored, shown } = await exported();
    let now = withCell(shown, "资助测算", "R2", "已核减");
    now = withCell(now, "汇总", "B2", null);
    now = withCell(now, "审计", "B8", "2030-01-01T00:00:00.000Z");
    now = now.filter((s) => s.name !== "问题");
    const check = verifyExport(stored, now);
    expect(check.sheets).toEqual([{ sheet: "问题", change: "missing" }]);
    expect(check.changes).toEqual([
      { sheet: "资助测算", cell: "R2", old: null, new: "已核减" },
      { sheet: "汇总", cell: "B2", old: 3, new: null },
      { sheet: "审计", cell: "B8", old: "2022-02-01 16:00:00（北京时间）", new: "2030-01-01T00:00:00.000Z" },
    ]);
  });

  it("finds an edited hidden record by its digests, even when the visible cell was changed to match", async () => {
    const { stored, shown } = await exported();
    const funding = stored.record.sheets[0]!;
    const forged: ExportRecord = {
      ...stored,
      record: { ...stored.record, sheets: [{ ...funding, rows: funding.rows.map((r, i) => (i === 1 ? Object.assign([...r], { 17: "790000.00" }) : r)) }, ...stored.record.sheets.slice(1)] },
    };
    const check = verifyExport(forged, withCell(shown, "资助测算", "Q2", "790000.00"));
    expect(check.changes).toEqual([]);
    expect(check.intact).toBe(false);
    const scopes = check.digests.map((d) => `${d.scope}:${d.name}`);
    expect(scopes).toEqual(["record:", "sheet:资助测算", "row:资助测算!2"]);
    const row = check.digests[2]!;
    expect(row.sheet).toBe("审计");
    expect(row.stored).toBe([...recordDigests(stored.record).rows][0]!.sha256);
    expect(row.computed).toBe([...recordDigests(forged.record).rows][0]!.sha256);
  });

  it("finds an edited digest in the audit sheet, naming its cell", async () => {
    const { stored, shown } = await exported();
    const digests = recordDigests(stored.record);
    const audit = shown.find((s) => s.name === "审计")!;
    const rules = digests.sheets.find((s) => s.name === "规则")!;
    const cell = Object.entries(audit.cells).find(([, v]) => v === rules.sha256)![0];
    const check = verifyExport(stored, withCell(shown, "审计", cell, "0".repeat(64)));
    expect(check.changes).toEqual([]);
    expect(check.digests).toEqual([{ sheet: "审计", cell, scope: "sheet", name: "规则", computed: rules.sha256, stored: "0".repeat(64) }]);
  });
});

describe("compareRecords", () => {
  it("finds a fresh run identical to the export", async () => {
    const stored = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    const fresh = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    expect(compareRecords(stored.record, fresh.record)).toEqual({ same: true, inputs: [], changes: [], sheets: [] });
  });

  it("names each cell a different pack decides differently, and the pack whose SHA-256 changed", async () => {
    const run = await runAt("2022-02-01T08:00:00.000Z");
    const stored = exportRecord(run);
    const lowCap = modifiedPack((doc) => {
      doc.parameters.techCap.value = "500000.00";
    });
    const fresh = exportRecord(await runAt("2022-02-01T08:00:00.000Z", [lowCap]));
    const comparison = compareRecords(stored.record, fresh.record);
    expect(comparison.same).toBe(false);
    expect(comparison.inputs).toEqual([{ what: "pack", name: "nmg@2021-12", recorded: stored.record.run.packs[0]!.sha256, now: fresh.record.run.packs[0]!.sha256 }]);
    expect(comparison.changes).toContainEqual({ sheet: "资助测算", cell: "Q2", old: "7800000.00", new: "500000.00" });
    // The row that changed, and the Funding sheet's total under the decisions.
    const totalRow = String(2 + run.decisions.length);
    expect(comparison.changes.filter((c) => c.sheet === "资助测算").map((c) => c.cell.replace(/^[A-Z]+/, "")).every((row) => row === "2" || row === totalRow)).toBe(true);
    expect(comparison.changes).toContainEqual(expect.objectContaining({ sheet: "资助测算", cell: `Q${totalRow}` }));
  });

  it("names a different tracker by its SHA-256", async () => {
    const stored = exportRecord(await runAt("2022-02-01T08:00:00.000Z"));
    const run = await runAt("2022-02-01T08:00:00.000Z");
    const fresh = exportRecord({ ...run, input: { ...run.input, sha256: sha256Hex("other bytes") } });
    const comparison = compareRecords(stored.record, fresh.record);
    expect(comparison.inputs).toEqual([{ what: "input", name: "input", recorded: sha256Hex("tracker bytes"), now: sha256Hex("other bytes") }]);
    expect(comparison.changes).toEqual([{ sheet: "审计", cell: "B3", old: sha256Hex("tracker bytes"), new: sha256Hex("other bytes") }]);
  });
});

describe("the written export reads back to the same cells", () => {
  it("is intact after writeWorkbook → readExport, in either language", async () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const run = await runAt("2022-02-01T08:00:00.000Z", [regionPack()], lang);
      const reading = await readExport(await writeWorkbook(auditedWorkbook(run)), "x.xlsx");
      const parsed = parseExportRecord(reading.record!);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.stored).toEqual(exportRecord(run));
      expect(reading.sheets.map((s) => s.name)).toEqual(auditedWorkbook(run).sheets.map((s) => s.name));
      expect(verifyExport(parsed.stored, reading.sheets)).toMatchObject({ intact: true, changes: [], digests: [], sheets: [] });
    }
  });
});
