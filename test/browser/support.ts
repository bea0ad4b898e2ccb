import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

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

/** Serve a built directory over HTTP on a free local port. */
export async function serve(directory: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(directory, path === "/" ? "index.html" : path);
    if (!file.startsWith(directory) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
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
 * Open the built task pane with the fake Excel host standing where office.js
 * loads from Microsoft's CDN, and load a workbook into it.
 */
export async function openPane(page: Page, baseUrl: string, workbook: Uint8Array, displayLanguage = "zh-CN"): Promise<void> {
  const fakeOffice = readFileSync(join(DIST_PREVIEW, "fake-office.js"));
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOffice }));
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.evaluate(
    async ({ base64, lang }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      await (window as unknown as { jiebangFake: { load(b: Uint8Array, o: object): Promise<void> } }).jiebangFake.load(bytes, { displayLanguage: lang });
    },
    { base64: Buffer.from(workbook).toString("base64"), lang: displayLanguage },
  );
}

interface PageFake {
  jiebangFake: {
    workbook: {
      cell(sheet: string, address: string): { value: unknown; text: string; numberFormat: string; formula?: string; fill?: string };
      sheetNames(): string[];
      comments(): Array<{ sheet: string; address: string; content: string }>;
      charts(sheet: string): Array<{ type: string; title: string }>;
      syncCount: number;
      syncLog: ReadonlyArray<{ bytes: number; cells: number; start: number; end: number }>;
      resetSyncCount(): void;
      selection: { sheet: string; address: string };
    };
  };
}

/** A cell of the fake workbook inside the page, as the add-in left it. */
export function cellOf(page: Page, sheet: string, address: string) {
  return page.evaluate(([s, a]) => (window as unknown as PageFake).jiebangFake.workbook.cell(s!, a!), [sheet, address]);
}

export function workbookFacts(page: Page, sheet: string) {
  return page.evaluate((summarySheet) => {
    const wb = (window as unknown as PageFake).jiebangFake.workbook;
    return { sheets: wb.sheetNames(), comments: wb.comments(), charts: wb.sheetNames().includes(summarySheet) ? wb.charts(summarySheet) : [], syncs: wb.syncCount, syncLog: [...wb.syncLog], selection: wb.selection };
  }, sheet);
}

export function resetSyncs(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as PageFake).jiebangFake.workbook.resetSyncCount());
}
