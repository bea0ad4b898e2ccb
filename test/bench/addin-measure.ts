/**
 * The add-in's figure: the task pane's path on a 100,000-row tracker through
 * Microsoft's Excel client and the simulated host (addin/excel-host, Excel's
 * request limits enforced): read the tracker, decide it (in-process here; in
 * the pane this runs in a Web Worker), write the results back. Reports the
 * ProcessQuery requests, as the host saw them, and the wall time.
 */
import { readFileSync } from "node:fs";
import { readSource, writeRun } from "../../addin/excel";
import { ExcelHost } from "../../addin/excel-host";
import { connect, loadOfficeClient } from "../excel-host/office-client";
import { DecideSession } from "../../addin/taskpane/decide-session";
import { summaryNameFor } from "../../addin/taskpane/pane";
import { addinMeasurements } from "./addin-hook";

addinMeasurements.push({
  name: "office.js on the simulated host: read, decide, write back",
  rows: 100_000,
  async measure({ trackerFile, rows }) {
    loadOfficeClient();
    const workbook = await ExcelHost.fromXlsx(new Uint8Array(readFileSync(trackerFile)));
    const disconnect = connect(workbook);
    try {
      const sheet = workbook.sheetNames()[0]!;
      workbook.resetRequests();
      const started = performance.now();
      const read = await readSource({ kind: "sheet", name: sheet, sheet });
      const response = await new DecideSession().decide({
        range: read.range,
        ourColumns: read.ourColumns,
        // The pane's bundled pack, as its file's text (the bundler's ?raw import is not available under tsx).
        packs: [{ text: readFileSync(new URL("../../rules/nmg/2021-12.json", import.meta.url), "utf8"), source: "rules/nmg/2021-12.json" }],
        map: {},
        unit: null,
        lang: "zh-CN",
        at: new Date().toISOString(),
        file: "tracker.xlsx",
        resultColumn: read.lastColumn + 1,
        summaryName: summaryNameFor("zh-CN", read.sheetNames, read.previous),
      });
      await writeRun(response.plan, read.previous, { before: read.range, sheetsBefore: read.sheetNames });
      const ms = performance.now() - started;
      const biggest = Math.max(...workbook.requests.map((r) => r.requestBytes));
      return {
        rows,
        syncs: workbook.requests.length,
        ms,
        note: `${workbook.requests.length} ProcessQuery requests (${read.syncs} reads); largest request ${(biggest / 1e6).toFixed(1)} MB (limit 5 MB)`,
      };
    } finally {
      disconnect();
    }
  },
});
