/**
 * The simulated Excel behind `npm run preview` and the browser tests, over
 * HTTP: Microsoft's client in the pane POSTs every `context.sync()` to
 * `/host/ProcessQuery`, answered by the host (../excel-host); the preview
 * page reads what the workbook looks like from `/host/view`. Node only: the
 * webpack dev server and the tests mount it.
 *
 *   POST /host/ProcessQuery      the client's requests (JSON in, JSON out)
 *   POST /host/load?lang=&name=  an .xlsx as the body: a fresh workbook
 *   GET  /host/office.js         Microsoft's Excel client with the stand-in (office-stand-in.ts)
 *   GET  /host/view?sheet=       the workbook as the preview's grid shows it
 *   GET  /host/workbook.xlsx     the simulated workbook, to open in Excel
 *   GET  /host/created/N.xlsx    the N-th workbook the add-in opened with createWorkbook
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ExcelHost } from "../excel-host";
import { officeStandIn } from "./office-stand-in";

const MAX_BODY = 64 * 1024 * 1024;
const VIEW_ROWS = 500;
const VIEW_COLUMNS = 40;

export interface HostState {
  host: ExcelHost | null;
  displayLanguage: string;
  documentName: string;
  /** Bumped on every request that reached the host, so a view knows when to redraw. */
  version: number;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The grid the preview draws: the shown part of one sheet, with fills, bold, comments and notes. */
export function viewOf(host: ExcelHost, sheet: string | null, version: number) {
  const names = host.sheetNames();
  const shown = sheet && names.includes(sheet) ? sheet : (host.activeSheet() ?? names[0] ?? "");
  const { rows, columns } = host.usedSize(shown);
  const cells: Array<Array<{ text: string; fill?: string; bold?: true; number?: true }>> = [];
  for (let r = 1; r <= Math.min(rows, VIEW_ROWS); r++) {
    const row = [];
    for (let c = 1; c <= Math.min(columns, VIEW_COLUMNS); c++) {
      const view = host.cell(shown, `${columnLetter(c)}${r}`);
      row.push({ text: view.text, ...(view.fill ? { fill: view.fill } : {}), ...(view.bold ? { bold: true as const } : {}), ...(view.valueType === "Double" ? { number: true as const } : {}) });
    }
    cells.push(row);
  }
  const comments = host.comments().filter((c) => c.sheet === shown).map((c) => ({ address: c.address, content: c.content }));
  const notes = host.notes().filter((n) => n.sheet === shown).map((n) => ({ address: n.address, text: n.text }));
  return { version, sheets: names, sheet: shown, cells, comments, notes, selection: host.selection(), requests: host.requests.length };
}

/** Handle a /host/… request; false when the path is not the host's. */
export async function handleHostRequest(state: HostState, request: IncomingMessage, response: ServerResponse, base: string): Promise<boolean> {
  const url = new URL(request.url ?? "/", "http://host");
  if (!url.pathname.startsWith("/host/")) return false;
  const path = url.pathname.slice("/host/".length);
  const send = (status: number, type: string, body: string | Uint8Array) => {
    response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
    response.end(body);
  };
  try {
    if (request.method === "POST" && path === "ProcessQuery") {
      if (!state.host) return send(503, "application/json", JSON.stringify({ error: { code: "ServiceNotAvailable", message: "No workbook is open." } })), true;
      const answer = state.host.processQuery((await bodyOf(request)).toString("utf8"));
      state.version++;
      send(answer.status, "application/json; charset=utf-8", answer.body);
    } else if (request.method === "POST" && path === "load") {
      state.host = await ExcelHost.fromXlsx(new Uint8Array(await bodyOf(request)));
      state.displayLanguage = url.searchParams.get("lang") ?? state.displayLanguage;
      state.documentName = url.searchParams.get("name") ?? "";
      state.version++;
      send(200, "application/json", JSON.stringify({ sheets: state.host.sheetNames() }));
    } else if (path === "office.js") {
      send(200, "text/javascript; charset=utf-8", officeStandIn({ hostUrl: `${base}/host/`, displayLanguage: state.displayLanguage, documentUrl: state.documentName }));
    } else if (path === "view") {
      if (!state.host) return send(404, "application/json", "{}"), true;
      send(200, "application/json; charset=utf-8", JSON.stringify(viewOf(state.host, url.searchParams.get("sheet"), state.version)));
    } else if (path === "workbook.xlsx") {
      if (!state.host) return send(404, "text/plain", "no workbook"), true;
      send(200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", await state.host.toXlsx());
    } else if (path.startsWith("created/")) {
      const created = state.host?.createdWorkbooks()[Number(path.slice("created/".length).replace(/\.xlsx$/, ""))];
      if (!created) return send(404, "text/plain", "no such workbook"), true;
      send(200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", created);
    } else {
      send(404, "text/plain", "not found");
    }
  } catch (error) {
    send(500, "text/plain; charset=utf-8", String((error as Error).message));
  }
  return true;
}
