/**
 * The add-in worker's memory: the heap a DecideSession (what the pane's Web
 * Worker runs) holds once it has decided a tracker read through Microsoft's
 * Excel client from the simulated host, and its peak while deciding, both
 * above the heap before (after a full collection). Prints one JSON line.
 *
 *   node --expose-gc --import tsx test/bench/addin-memory.ts out/bench/tracker-100000.xlsx
 */
import { readFileSync } from "node:fs";
import { readSource } from "../../addin/excel";
import { ExcelHost } from "../../addin/excel-host";
import { connect, loadOfficeClient } from "../excel-host/office-client";
import { DecideSession } from "../../addin/taskpane/decide-session";
const gc = (globalThis as { gc?: () => void }).gc!;
loadOfficeClient();
const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: addin-memory.ts <tracker.xlsx>   (run with node --expose-gc --import tsx)\n");
  process.exit(2);
}
if (typeof gc !== "function") {
  process.stderr.write("addin-memory.ts needs node --expose-gc\n");
  process.exit(2);
}
const workbook = await ExcelHost.fromXlsx(new Uint8Array(readFileSync(file)));
const disconnect = connect(workbook);
const sheet = workbook.sheetNames()[0]!;
const read = await readSource({ kind: "sheet", name: sheet, sheet });
disconnect();
gc();
const before = process.memoryUsage().heapUsed;
const session = new DecideSession();
// Kept reachable to the end: what the pane's worker holds between deciding and exporting.
(globalThis as { keptSession?: DecideSession }).keptSession = session;
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
await session.decide({ range: read.range, ourColumns: read.ourColumns, packs: [{ text: readFileSync(new URL("../../rules/nmg/2021-12.json", import.meta.url), "utf8"), source: "rules/nmg/2021-12.json" }], map: {}, unit: null, lang: "zh-CN", at: new Date().toISOString(), file: "tracker.xlsx", resultColumn: read.lastColumn + 1, summaryName: "汇总" });
clearInterval(timer);
gc();
const held = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ rows: read.range.values.length, heldMB: +(held / 1e6).toFixed(1), peakAboveBeforeMB: +((peak - before) / 1e6).toFixed(1) }));
