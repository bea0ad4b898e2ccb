import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { ExcelHost, type ExcelHostOptions } from "../../addin/excel-host";
import { handleHostRequest, type HostState } from "../../addin/preview/host-server";
import { officeStandIn } from "../../addin/preview/office-stand-in";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = join(ROOT, "dist");
export const DIST_PREVIEW = join(ROOT, "dist-preview");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface PaneServer {
  readonly url: string;
  /** The simulated Excel the pane's office.js talks to: requests arrive at /host/ProcessQuery. */
  readonly state: HostState;
  close(): Promise<void>;
}

/** Serve a built directory over HTTP on a free local port, with the simulated Excel host under /host/. */
export async function serve(directory: string): Promise<PaneServer> {
  const state: HostState = { host: null, displayLanguage: "zh-CN", documentName: "", version: 0 };
  let base = "";
  const server: Server = createServer((request, response) => {
    void handleHostRequest(state, request, response, base).then((handled) => {
      if (handled) return;
      const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      const file = join(directory, path === "/" ? "index.html" : path);
      if (!file.startsWith(directory) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(readFileSync(file));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return { url: base, state, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--font-render-hinting=none"],
  });
}

/**
 * Open the built task pane, unchanged, with Microsoft's Excel client standing where office.js loads from the
 * CDN (addin/preview/office-stand-in.ts) and this workbook in the simulated host its requests go to.
 */
export async function openPane(page: Page, server: PaneServer, workbook: Uint8Array, displayLanguage = "zh-CN", options: ExcelHostOptions = {}): Promise<ExcelHost> {
  const host = await ExcelHost.fromXlsx(workbook, options);
  server.state.host = host;
  server.state.displayLanguage = displayLanguage;
  const script = officeStandIn({ hostUrl: `${server.url}/host/`, displayLanguage, documentUrl: server.state.documentName });
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: script }));
  await page.goto(`${server.url}/taskpane.html`);
  return host;
}

/** What the add-in left in the simulated workbook. */
export function workbookFacts(host: ExcelHost, summarySheet: string) {
  const sheets = host.sheetNames();
  return { sheets, comments: host.comments(), charts: sheets.includes(summarySheet) ? host.charts(summarySheet) : [], requests: [...host.requests], selection: host.selection() };
}
