/**
 * verify as a stream finds what verify of the whole export finds: the
 * record's text scanned a piece at a time accepts exactly what JSON.parse
 * accepts and hands on the record's rows; its shape and digests are
 * parseExportRecord's and recordDigests'; a sheet compared row by row beside
 * the record's rows, and a fresh run's record compared as it comes, give
 * verifyExport's and compareRecords's findings, in the same order, however
 * the text is cut and whatever was edited.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/digest";
import {
  auditedWorkbook,
  canonicalCells,
  canonicalJson,
  canonicalLooks,
  compareRecords,
  ExportComparison,
  exportRecord,
  exportRecordText,
  FINDINGS_LISTED,
  parseAddress,
  parseExportRecord,
  recordDigests,
  RecordRows,
  RecordScanner,
  RerunComparison,
  StoredRecordReader,
  verifyExport,
  type CanonicalSheet,
  type CanonicalValue,
  type ExportRecord,
  type Run,
  type SheetView,
  type ShownLook,
  type ShownRow,
  type StoredScan,
} from "../../src/report";
import { decideTracker } from "../../src/run";
import { GOOD_ROW, modifiedPack, regionPack, trackerRows, type RowSpec } from "../support/decide";
import { gridOf } from "../support/grid";

const AT = "2022-02-01T08:00:00.000Z";

const ROWS: RowSpec[] = [
  { ...GOOD_ROW, id: "T-1", investment: 2600, signedOn: "2022-01-10" },
  { ...GOOD_ROW, id: "T-2", type: "成果转化类", investment: 2000, signedOn: "2022-01-12" },
  { ...GOOD_ROW, id: "T-3", matched: "洽谈中", investment: null, signedOn: null },
  { ...GOOD_ROW, id: "T-4", name: `长${"文".repeat(40_000)}`, investment: 900, signedOn: "2022-01-15" },
  { ...GOOD_ROW, id: "T-5", issuer: "北京某科技\n有限公司", issuerLocation: "北京市", investment: 500, signedOn: "2022-01-20" },
];

async function runOf(rows: readonly RowSpec[] = ROWS, packs = [regionPack()], lang: "zh-CN" | "en" = "zh-CN"): Promise<Run> {
  return decideTracker({ grids: [gridOf(trackerRows(rows), "台账")], file: "tracker.xlsx", sha256: sha256Hex("tracker bytes"), packs, lang, at: AT });
}

/** The cells an untouched export shows. */
function shownSheets(run: Run): CanonicalSheet[] {
  const view: SheetView = { state: "visible", hiddenRows: [], hiddenColumns: [], hyperlinks: {}, notes: {} };
  return auditedWorkbook(run).sheets.map((s) => ({ name: s.name, cells: canonicalCells(s.rows), looks: canonicalLooks(s.rows), view }));
}

/** The text cut into pieces of the given sizes, over and over. */
function pieces(text: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  for (let at = 0, i = 0; at < text.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]!);
    out.push(text.slice(at, at + size));
    at += size;
  }
  return out;
}

function scan(text: string, sizes: readonly number[]): StoredScan {
  const reader = new StoredRecordReader();
  for (const piece of pieces(text, sizes)) reader.write(piece);
  return reader.finish();
}

/** A sheet's cells as the rows a reader hands on: ascending rows, each its columns (0-based) and values. */
function shownRows(sheet: CanonicalSheet): Array<[number, ShownRow]> {
  const rows = new Map<number, Array<[number, CanonicalValue, ShownLook]>>();
  for (const [cell, value] of Object.entries(sheet.cells)) {
    const at = parseAddress(cell)!;
    const row = rows.get(at.row) ?? [];
    row.push([at.column - 1, value, sheet.looks?.[cell] ?? { type: "text", format: null }]);
    rows.set(at.row, row);
  }
  // A hidden row with no cell is handed on too, as the reader does.
  const hidden = new Set(sheet.view?.hiddenRows ?? []);
  for (const row of hidden) if (!rows.has(row)) rows.set(row, []);
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => {
      cells.sort((a, b) => a[0] - b[0]);
      return [row, { columns: cells.map((c) => c[0]), values: cells.map((c) => c[1]), looks: cells.map((c) => c[2]), hidden: hidden.has(row) }];
    });
}

/** verify as the CLI streams it: the record scanned, then each sheet beside the record's rows. */
function streamedCheck(stored: ExportRecord, now: readonly CanonicalSheet[], sizes: readonly number[] = [30_000]) {
  const text = exportRecordText(stored);
  const head = scan(text, sizes);
  if (head.kind !== "stored") return head;
  const comparison = new ExportComparison(head, new RecordRows(() => pieces(text, sizes)[Symbol.iterator]()));
  for (const sheet of now) {
    const compared = comparison.sheet(sheet.name);
    if (!compared) continue;
    for (const [row, shown] of shownRows(sheet)) compared.row(row, shown);
    compared.end(sheet.view && { ...sheet.view, hiddenRows: [] });
  }
  return comparison.result();
}

function withCell(sheets: readonly CanonicalSheet[], sheet: number, cell: string, value: CanonicalValue): CanonicalSheet[] {
  return sheets.map((s, i) => {
    if (i !== sheet) return s;
    const cells = { ...s.cells };
    const looks = { ...s.looks };
    if (value === null) delete cells[cell];
    else cells[cell] = value;
    if (value === null) delete looks[cell];
    else looks[cell] ??= { type: typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "text", format: null };
    return { ...s, cells, ...(s.looks ? { looks } : {}) };
  });
}

/** A sheet as it shows now, changed: how a cell shows, or what the sheet shows beyond its cells. */
function withSheet(sheets: readonly CanonicalSheet[], sheet: number, change: (s: CanonicalSheet) => CanonicalSheet): CanonicalSheet[] {
  return sheets.map((s, i) => (i === sheet ? change(s) : s));
}

describe("RecordScanner", () => {
  const sizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 });

  it("accepts exactly the texts JSON.parse accepts, cut anywhere", () => {
    const texts = fc.oneof(
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
      // One character put in, taken out or changed: mostly no JSON any more.
      fc.tuple(fc.json(), fc.nat(), fc.constantFrom("", "{", "}", "[", "]", ",", ":", '"', "\\", "0", "-", ".", "e", "t", "n", " ", "\u0001", "x"), fc.boolean()).map(([text, at, ch, replace]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + ch + text.slice(replace ? i + 1 : i);
      }),
    );
    fc.assert(
      fc.property(texts, sizes, (text, cut) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const scanner = new RecordScanner();
        for (const piece of pieces(text, cut)) scanner.write(piece);
        scanner.end();
        if (scanner.failure === "irregular") return;
        expect(scanner.failure === null, text).toBe(valid);
        if (valid) expect(scanner.skeleton()).toBe(text);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it("hands on a record's rows in order and keeps the rest as the skeleton, cut anywhere", async () => {
    const stored = exportRecord(await runOf());
    const text = exportRecordText(stored);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 }), (cut) => {
        const sheets: Array<{ name: unknown; rows: unknown[]; ended: boolean }> = [];
        let members = "";
        const scanner = new RecordScanner({
          members: (json) => void (members = json),
          sheet: (index, name) => void (sheets[index] = { name, rows: [], ended: false }),
          row: (index, json) => void sheets[index]!.rows.push(JSON.parse(json)),
          sheetEnd: (index) => void (sheets[index]!.ended = true),
        });
        for (const piece of pieces(text, cut)) scanner.write(piece);
        scanner.end();
        expect(scanner.failure).toBeNull();
        expect(sheets).toEqual(stored.record.sheets.map((s) => ({ name: s.name, rows: s.rows, ended: true })));
        const { sheets: _sheets, tool: _tool, shownCharts: _charts, ...head } = stored.record;
        expect(JSON.parse(members)).toEqual(head);
        expect(JSON.parse(scanner.skeleton())).toEqual({ ...stored, record: { ...stored.record, sheets: stored.record.sheets.map((s) => ({ ...s, rows: [] })) } });
      }),
      { numRuns: 50, seed: 12 },
    );
  });
});

describe("StoredRecordReader", () => {
  it("gives the record's head and recordDigests' digests, in either language", async () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const stored = exportRecord(await runOf(ROWS, [regionPack()], lang));
      const result = scan(exportRecordText(stored), [777, 30_000, 5]);
      expect(result.kind).toBe("stored");
      if (result.kind !== "stored") return;
      const whole = recordDigests(stored.record);
      expect({ ...result.digests, rows: [...result.digests.rows] }).toEqual({ ...whole, rows: [...whole.rows] });
      expect(result.stored.at).toBe(stored.at);
      expect(result.stored.volatile).toEqual(stored.volatile);
      expect(result.stored.record.sheets.map((s) => s.name)).toEqual(stored.record.sheets.map((s) => s.name));
    }
  });

  it("finds a damaged record as parseExportRecord does: no JSON (why: JSON.parse's, of the whole), or the wrong shape", async () => {
    const stored = exportRecord(await runOf());
    const text = exportRecordText(stored);
    for (const at of [0, 1, 100, text.length - 1]) expect(scan(text.slice(0, at), [1000])).toEqual({ kind: "damaged", why: null });
    expect(scan(`${text} x`, [1000])).toEqual({ kind: "damaged", why: null });
    const damaged = (change: (record: Record<string, unknown>) => void) => {
      const copy = JSON.parse(text) as Record<string, unknown>;
      change(copy);
      return canonicalJson(copy);
    };
    const shapes = [
      damaged((s) => void (s.format = "other")),
      damaged((s) => void (s.at = 5)),
      damaged((s) => void (s.volatile = [{ sheet: "审计", cell: "B2" }])),
      damaged((s) => void ((s.record as Record<string, unknown>).format = "jiebang-record/1")),
      damaged((s) => void ((s.record as Record<string, unknown>).lang = "fr")),
      damaged((s) => void ((s.record as Record<string, unknown>).run = null)),
      damaged((s) => void ((s.record as Record<string, unknown>).digestsAt = "41")),
      damaged((s) => void ((s.record as { sheets: Array<{ rows: unknown }> }).sheets[1]!.rows = "none")),
      damaged((s) => void ((s.record as { sheets: Array<{ rows: unknown[] }> }).sheets[0]!.rows[3] = [{ money: "1" }])),
      damaged((s) => void ((s.record as { sheets: Array<{ rows: unknown[] }> }).sheets[2]!.rows[0] = "row")),
      damaged((s) => void ((s.record as { sheets: unknown[] }).sheets[1] = 7)),
    ];
    for (const shape of shapes) {
      const whole = parseExportRecord(shape);
      expect(whole.ok).toBe(false);
      expect(scan(shape, [333])).toEqual({ kind: "damaged", why: !whole.ok && whole.why });
    }
  });

  it("leaves a record laid out otherwise than jiebang writes it to be read whole", async () => {
    const stored = exportRecord(await runOf());
    const text = exportRecordText(stored);
    const irregular = [
      text.replace('{"at":', '{"at":"x","at":'), // a member named twice
      canonicalJson({ ...stored, record: { ...stored.record, zzz: 1 } }), // a member after the sheets
      text.replace(/\{"name":("[^"]*"),"rows":\[\[/, '{"rows":[],"name":$1,"x":[['), // rows before the name
      canonicalJson({ ...stored, record: { ...stored.record, sheets: [...stored.record.sheets, stored.record.sheets[1]!] } }), // two sheets of one name
      canonicalJson({ ...stored, record: { ...stored.record, digestsAt: 0 } }),
      canonicalJson({ ...stored, volatile: [...stored.volatile, { sheet: "审计", cell: "b2", value: "x" }] }),
    ];
    for (const t of irregular) {
      expect(parseExportRecord(t).ok).toBe(true);
      expect(scan(t, [4096]).kind).toBe("irregular");
    }
  });
});

describe("ExportComparison", () => {
  const value = fc.oneof(fc.constant(null), fc.constantFrom("已核减", "7800000.00", "0".repeat(64), "", "T-1"), fc.integer({ min: -3, max: 60 }), fc.boolean());
  const edit = fc.oneof(
    fc.record({ kind: fc.constant("cell" as const), sheet: fc.nat(4), row: fc.integer({ min: 1, max: 60 }), column: fc.integer({ min: 1, max: 26 }), value }),
    fc.record({ kind: fc.constant("drop" as const), sheet: fc.nat(4) }),
    fc.record({ kind: fc.constant("add" as const), name: fc.constantFrom("新表", "Sheet1", "汇总 ") }),
    fc.record({ kind: fc.constant("record" as const), sheet: fc.nat(4), row: fc.nat(20), column: fc.nat(24), value }),
    fc.record({ kind: fc.constant("volatile" as const), at: fc.nat(10), cell: fc.constantFrom("B2", "B8", "Z99", "D6", "A1"), value }),
    fc.record({ kind: fc.constant("shuffle" as const), by: fc.nat() }),
    fc.record({
      kind: fc.constant("look" as const),
      sheet: fc.nat(4),
      at: fc.nat(),
      look: fc.record({ type: fc.constantFrom("number" as const, "text" as const, "boolean" as const), format: fc.constantFrom(null, '"¥"#,##0.00', ";;;", "0%", "@") }),
      number: fc.option(fc.constantFrom(7800000, 0.3, 12), { nil: undefined }),
    }),
    fc.record({ kind: fc.constant("hide" as const), sheet: fc.nat(4), rows: fc.uniqueArray(fc.integer({ min: 1, max: 70 }), { maxLength: 3 }), columns: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant("state" as const), sheet: fc.nat(4), state: fc.constantFrom("hidden", "veryHidden") }),
    fc.record({ kind: fc.constant("mark" as const), sheet: fc.nat(4), cell: fc.constantFrom("A1", "Q2", "C7"), note: fc.boolean() }),
  );

  it("finds what verifyExport finds, in its order, whatever was edited and however the record's text is cut", async () => {
    const run = await runOf();
    const base = exportRecord(run);
    const shown = shownSheets(run);
    // How many findings were of how cells and sheets show: the edits must make some, or the property says nothing of them.
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 9000 }), { minLength: 1, maxLength: 4 }), (edits, cut) => {
        let now = shown;
        let stored: ExportRecord = base;
        for (const e of edits) {
          if (e.kind === "cell") {
            const sheet = now[e.sheet % now.length];
            if (sheet) now = withCell(now, e.sheet % now.length, `${String.fromCharCode(64 + e.column)}${e.row}`, e.value === "" ? null : e.value);
          } else if (e.kind === "drop") now = now.filter((_, i) => i !== e.sheet % Math.max(1, now.length));
          else if (e.kind === "add") now = [...now.filter((s) => s.name !== e.name), { name: e.name, cells: { A1: "x" } }];
          else if (e.kind === "shuffle") now = now.map((_, i) => now[(i + e.by) % now.length]!);
          else if (e.kind === "look") {
            now = withSheet(now, e.sheet % Math.max(1, now.length), (s) => {
              const cells = Object.keys(s.looks ?? {});
              if (cells.length === 0) return s;
              const cell = cells[e.at % cells.length]!;
              return { ...s, looks: { ...s.looks, [cell]: { ...e.look, ...(e.look.type === "number" && e.number !== undefined ? { number: e.number } : {}) } } };
            });
          } else if (e.kind === "hide") {
            now = withSheet(now, e.sheet % Math.max(1, now.length), (s) =>
              s.view ? { ...s, view: { ...s.view, hiddenRows: [...e.rows].sort((a, b) => a - b), hiddenColumns: [...e.columns].sort((a, b) => a - b) } } : s,
            );
          } else if (e.kind === "state") {
            now = withSheet(now, e.sheet % Math.max(1, now.length), (s) => (s.view ? { ...s, view: { ...s.view, state: e.state } } : s));
          } else if (e.kind === "mark") {
            now = withSheet(now, e.sheet % Math.max(1, now.length), (s) =>
              s.view ? { ...s, view: { ...s.view, [e.note ? "notes" : "hyperlinks"]: { ...(e.note ? s.view.notes : s.view.hyperlinks), [e.cell]: "x" } } } : s,
            );
          } else if (e.kind === "record") {
            const sheets = stored.record.sheets.map((s, i) => {
              if (i !== e.sheet || s.rows.length === 0) return s;
              const r = e.row % s.rows.length;
              const edited = [...s.rows[r]!];
              // A row's values follow its look string.
              const at = e.column + 1;
              while (edited.length < at) edited.push(null);
              edited[at] = e.value;
              return { ...s, rows: s.rows.map((row, j) => (j === r ? edited : row)) };
            });
            stored = { ...stored, record: { ...stored.record, sheets } };
          } else {
            const volatile = [...stored.volatile];
            volatile.splice(e.at % (volatile.length + 1), 0, { sheet: "审计", cell: e.cell, value: e.value });
            stored = { ...stored, volatile };
          }
        }
        const whole = verifyExport(stored, now);
        expect(whole.changes.length).toBeLessThan(FINDINGS_LISTED);
        expect(streamedCheck(stored, now, cut)).toEqual(whole);
        for (const c of whole.changes) if (c.what) kinds.add(c.what);
        for (const c of whole.sheets) kinds.add(c.change);
      }),
      { numRuns: 150, seed: 13 },
    );
    expect([...kinds].sort()).toEqual(["added", "format", "hiddenColumn", "hiddenRow", "hyperlink", "missing", "note", "state", "type"]);
  });

  it("lists the first FINDINGS_LISTED changes and counts the rest", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ ...GOOD_ROW, id: `T-${i + 1}`, investment: 2000 + i, signedOn: "2022-01-10" }));
    const run = await runOf(rows);
    const stored = exportRecord(run);
    let now = shownSheets(run);
    for (let r = 2; r <= 121; r++) for (const column of "ABCDEFGHIJK") now = withCell(now, 0, `${column}${r}`, "改");
    const audit = now.findIndex((s) => s.name === "审计");
    const digest = Object.entries(now[audit]!.cells).filter(([, v]) => typeof v === "string" && /^[0-9a-f]{64}$/.test(v));
    for (const [cell] of digest) now = withCell(now, audit, cell, "0");
    const whole = verifyExport(stored, now);
    expect(whole.changes.length).toBeGreaterThan(120 * 11);
    expect(whole.digests.length).toBe(1 + stored.record.sheets.length + 120);
    const streamed = streamedCheck(stored, now);
    expect(streamed).toEqual({
      ...whole,
      changes: whole.changes.slice(0, FINDINGS_LISTED),
      unlisted: { changes: whole.changes.length - FINDINGS_LISTED, digests: 0 },
    });
  });
});

describe("RerunComparison", () => {
  function streamedRerun(stored: ExportRecord, fresh: ExportRecord, cut: readonly number[]) {
    const text = exportRecordText(stored);
    const head = scan(text, [30_000]);
    if (head.kind !== "stored") throw new Error(head.kind);
    const comparison = new RerunComparison(head.stored, new RecordRows(() => pieces(text, cut)[Symbol.iterator]()));
    for (const piece of pieces(exportRecordText(fresh), [...cut].reverse())) comparison.write(piece);
    return comparison.result();
  }

  it("finds what compareRecords finds: another cap, another tracker, a sheet renamed or moved in the stored record", async () => {
    const stored = exportRecord(await runOf());
    const lowCap = modifiedPack((doc) => {
      doc.parameters.techCap.value = "500000.00";
    });
    const other = exportRecord(await runOf(ROWS.slice(1), [lowCap]));
    const same = exportRecord(await runOf());
    const renamed: ExportRecord = { ...stored, record: { ...stored.record, sheets: stored.record.sheets.map((s, i) => (i === 1 ? { ...s, name: "汇总2" } : s)) } };
    const moved: ExportRecord = { ...stored, record: { ...stored.record, sheets: [stored.record.sheets[3]!, ...stored.record.sheets.filter((_, i) => i !== 3)] } };
    for (const cut of [[30_000], [7, 1000], [1]]) {
      for (const [a, b] of [
        [stored, same],
        [stored, other],
        [other, stored],
        [renamed, same],
        [moved, other],
      ] as const) {
        expect(streamedRerun(a, b, cut)).toEqual(compareRecords(a.record, b.record));
      }
    }
    expect(compareRecords(stored.record, other.record).changes.length).toBeGreaterThan(10);
  });
});
