/**
 * files/exceljs.xlsx, written by exceljs (the version in node_modules), from the expanded model that
 * `model.py expand` writes. generate.sh runs it: `npx tsx test/corpus/write_exceljs.ts BUILD_DIR`.
 *
 * A hidden archived tracker first; the tracker 2022年第二批 (merged title rows, rich text, an issuer merged
 * down over two rows, a hidden row and column, a formula with its cached result, notes, a list validation on
 * every 合作状态 cell, frozen panes, a sign-off row and a note under the total); and 600 generated rows in
 * 2022年第三批. exceljs stores shared strings. rewrite_wps.ts turns this file into files/wps-style.xlsx.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

export interface ModelRow {
  id: string;
  name: string;
  type: string;
  field: string;
  issuer: string;
  uscc: string;
  issuerKind: string;
  issuerLocation: string;
  paysTax: string;
  solvers: string[];
  solverLocations: string[];
  agreement: string;
  signedOn: string | null;
  investmentWan: string | null;
  major: string;
  caseAmountWan?: string;
  caseRef?: string;
  remark?: string;
  show: {
    issuerRich?: Array<[string, boolean]>;
    comment?: string;
    investmentText?: string;
    investmentFormula?: string;
    wanFormat?: boolean;
    hidden?: boolean;
    mergeIssuerWithNext?: boolean;
    lineBreakSolvers?: boolean;
    signedOnText?: string;
  };
}

interface Model {
  headers: Record<string, string>;
  signOff: { line: string; parts: string[]; note: string };
  trackers: Record<string, { title: string; subtitle?: string; archived?: boolean; rows: ModelRow[] }>;
  files: Array<{ file: string; sheets: Array<{ name: string; tracker: string; hidden?: boolean }> }>;
}

export type Layout = Record<string, { tracker: string; headerRow: number; rows: Record<string, number> }>;

const HERE = fileURLToPath(new URL(".", import.meta.url));
/** Where files/ is written: this folder, or JIEBANG_CORPUS_OUT (the test that regenerates the corpus). */
const OUT = process.env["JIEBANG_CORPUS_OUT"] ?? HERE;
const FILE = "exceljs.xlsx";

const COLUMNS = ["seq", "id", "name", "type", "field", "issuer", "uscc", "issuerKind", "issuerLocation", "paysTax", "solvers", "solverLocations", "agreement", "signedOn", "investment", "major", "caseAmount", "caseRef", "remark"] as const;
type Column = (typeof COLUMNS)[number];
const COL = Object.fromEntries(COLUMNS.map((c, i) => [c, i + 1])) as Record<Column, number>;

function date(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function num(wan: string): number {
  return Number(wan);
}

function letter(column: number): string {
  return String.fromCharCode(64 + column);
}

function archiveSheet(wb: ExcelJS.Workbook, name: string, model: Model, key: string): void {
  const tracker = model.trackers[key]!;
  const h = model.headers;
  const ws = wb.addWorksheet(name, { state: "hidden" });
  const heads = ["id", "name", "type", "issuer", "issuerKind", "issuerLocation", "paysTax", "solvers", "agreement", "signedOn", "investment", "major"].map((k) => h[k]!);
  ws.mergeCells(1, 1, 1, heads.length);
  ws.getCell(1, 1).value = tracker.title;
  ws.getRow(2).values = heads;
  tracker.rows.forEach((r, i) => {
    ws.getRow(3 + i).values = [r.id, r.name, r.type, r.issuer, r.issuerKind, r.issuerLocation, r.paysTax, r.solvers.join("、") || null, r.agreement, r.signedOn ? date(r.signedOn) : null, r.investmentWan ? num(r.investmentWan) : null, r.major];
    ws.getCell(3 + i, 10).numFmt = "yyyy-mm-dd";
  });
}

function trackerSheet(wb: ExcelJS.Workbook, name: string, model: Model, key: string, layout: Layout): void {
  const tracker = model.trackers[key]!;
  const h = model.headers;
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: 2, ySplit: 3 }] });
  const last = COLUMNS.length;
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = tracker.title;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = tracker.subtitle ?? null;
  const header = 3;
  COLUMNS.forEach((c) => {
    const cell = ws.getCell(header, COL[c]);
    cell.value = h[c]!;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  ws.getCell(header, COL.agreement).note = "已签约 / 达成合作意向 / 洽谈中 / 未揭榜";
  const first = header + 1;
  const ids: Record<string, number> = {};
  let mergeFrom: number | null = null;
  let numericSum = 0;
  tracker.rows.forEach((r, i) => {
    const row = first + i;
    ids[r.id] = row;
    const put = (c: Column, value: ExcelJS.CellValue) => {
      const cell = ws.getCell(row, COL[c]);
      cell.value = value;
      return cell;
    };
    put("seq", i + 1);
    put("id", r.id);
    put("name", r.name);
    put("type", r.type);
    put("field", r.field);
    if (mergeFrom === null) {
      put("issuer", r.show.issuerRich ? { richText: r.show.issuerRich.map(([text, bold]) => (bold ? { text, font: { bold: true } } : { text })) } : r.issuer);
      put("uscc", r.uscc);
      put("issuerKind", r.issuerKind);
      put("issuerLocation", r.issuerLocation);
      put("paysTax", r.paysTax);
    }
    if (r.show.mergeIssuerWithNext) mergeFrom = row;
    else if (mergeFrom !== null) {
      for (const c of ["issuer", "uscc", "issuerKind", "issuerLocation", "paysTax"] as const) {
        ws.mergeCells(mergeFrom, COL[c], row, COL[c]);
        ws.getCell(mergeFrom, COL[c]).alignment = { vertical: "middle" };
      }
      mergeFrom = null;
    }
    const sep = r.show.lineBreakSolvers ? "\n" : "、";
    if (r.solvers.length > 0) {
      put("solvers", r.solvers.join(sep)).alignment = { wrapText: true };
      put("solverLocations", r.solverLocations.join(sep)).alignment = { wrapText: true };
    }
    put("agreement", r.agreement).dataValidation = { type: "list", allowBlank: true, formulae: ['"已签约,达成合作意向,洽谈中,未揭榜"'] };
    if (r.show.signedOnText) put("signedOn", r.show.signedOnText);
    else if (r.signedOn) put("signedOn", date(r.signedOn)).numFmt = i % 2 ? 'yyyy"年"m"月"d"日"' : "yyyy-mm-dd";
    if (r.investmentWan !== null) {
      if (r.show.investmentText) put("investment", r.show.investmentText);
      else {
        numericSum += num(r.investmentWan);
        const value: ExcelJS.CellValue = r.show.investmentFormula ? { formula: r.show.investmentFormula, result: num(r.investmentWan) } : num(r.investmentWan);
        put("investment", value).numFmt = r.show.wanFormat ? '0.00"万元"' : "#,##0.00";
      }
    }
    put("major", r.major);
    if (r.caseAmountWan) put("caseAmount", num(r.caseAmountWan)).numFmt = "#,##0.00";
    if (r.caseRef) put("caseRef", r.caseRef);
    if (r.remark) put("remark", r.remark);
    if (r.show.comment) ws.getCell(row, COL.issuer).note = r.show.comment;
    if (r.show.hidden) ws.getRow(row).hidden = true;
  });
  const end = first + tracker.rows.length - 1;
  const total = end + 2;
  ws.getCell(total, COL.id).value = "合计";
  const inv = letter(COL.investment);
  ws.getCell(total, COL.investment).value = { formula: `SUM(${inv}${first}:${inv}${end})`, result: Math.round(numericSum * 1e6) / 1e6 };
  ws.getCell(total, COL.investment).numFmt = "#,##0.00";
  ws.getCell(total + 1, 1).value = model.signOff.line;
  ws.getCell(total + 2, 1).value = model.signOff.note;
  ws.getColumn(COL.uscc).hidden = true;
  for (const [c, width] of [["name", 30], ["issuer", 32], ["uscc", 22], ["solvers", 34], ["solverLocations", 24], ["caseRef", 20]] as const) ws.getColumn(COL[c]).width = width;
  layout[name] = { tracker: key, headerRow: header, rows: ids };
}

const BIG_COLUMNS = ["seq", "id", "name", "type", "field", "issuer", "issuerKind", "issuerLocation", "paysTax", "solvers", "solverLocations", "agreement", "signedOn", "investment", "major", "caseAmount", "caseRef", "remark"] as const;

function bigSheet(wb: ExcelJS.Workbook, name: string, model: Model, key: string, layout: Layout): void {
  const tracker = model.trackers[key]!;
  const h = model.headers;
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.mergeCells(1, 1, 1, BIG_COLUMNS.length);
  ws.getCell(1, 1).value = tracker.title;
  ws.getRow(2).values = BIG_COLUMNS.map((c) => h[c]!);
  const ids: Record<string, number> = {};
  tracker.rows.forEach((r, i) => {
    const row = 3 + i;
    ids[r.id] = row;
    const values: Record<(typeof BIG_COLUMNS)[number], ExcelJS.CellValue> = {
      seq: i + 1,
      id: r.id,
      name: r.name,
      type: r.type,
      field: r.field,
      issuer: r.issuer,
      issuerKind: r.issuerKind,
      issuerLocation: r.issuerLocation,
      paysTax: r.paysTax,
      solvers: r.solvers.join("、") || null,
      solverLocations: r.solverLocations.join("、") || null,
      agreement: r.agreement,
      signedOn: r.signedOn ? date(r.signedOn) : null,
      investment: r.investmentWan ? num(r.investmentWan) : null,
      major: r.major,
      caseAmount: r.caseAmountWan ? num(r.caseAmountWan) : null,
      caseRef: r.caseRef ?? null,
      remark: r.remark ?? null,
    };
    ws.getRow(row).values = BIG_COLUMNS.map((c) => values[c]);
    ws.getCell(row, BIG_COLUMNS.indexOf("signedOn") + 1).numFmt = "yyyy-mm-dd";
  });
  const total = 3 + tracker.rows.length;
  ws.getCell(total, 2).value = "合计";
  ws.getCell(total + 1, 1).value = model.signOff.line;
  layout[name] = { tracker: key, headerRow: 2, rows: ids };
}

async function main(build: string): Promise<void> {
  const model = JSON.parse(readFileSync(join(build, "model.json"), "utf8")) as Model;
  const spec = model.files.find((f) => f.file === FILE)!;
  const wb = new ExcelJS.Workbook();
  wb.creator = "张某";
  wb.created = new Date(Date.UTC(2022, 1, 10, 9));
  wb.modified = wb.created;
  const layout: Layout = {};
  for (const sheet of spec.sheets) {
    const tracker = model.trackers[sheet.tracker]!;
    if (tracker.archived) archiveSheet(wb, sheet.name, model, sheet.tracker);
    else if (tracker.rows.length > 100) bigSheet(wb, sheet.name, model, sheet.tracker, layout);
    else trackerSheet(wb, sheet.name, model, sheet.tracker, layout);
  }
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  writeFileSync(join(OUT, "files", FILE), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  writeFileSync(join(build, `${FILE}.layout.json`), JSON.stringify(layout, null, 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv[2]!);
}
