/**
 * `npm run preview` as a user sees it: the preview page with the real pane in its frame, Microsoft's Excel
 * client in the pane, and every change to the simulated workbook arriving at the host as a ProcessQuery
 * request (served here as the dev server serves it: dist-preview/ plus addin/preview/host-server.ts).
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, DIST_PREVIEW, launchChromium, ROOT, serve, type PaneServer } from "./support";

if (!existsSync(join(DIST_PREVIEW, "index.html"))) throw new Error("The preview test needs the built preview: run `npm run build` first (npm test does).");
if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei (.ci/run does).`);

let browser: Browser;
let server: PaneServer;
beforeAll(async () => {
  server = await serve(DIST_PREVIEW);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("npm run preview", () => {
  it("runs the pane on Microsoft's client, draws what the host's workbook holds, and downloads it", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await page.goto(`${server.url}/`);
    const pane = page.frameLocator("#pane");
    await pane.getByTestId("run").waitFor({ timeout: 60_000 });
    await expect.poll(() => pane.getByTestId("mapping").textContent(), { timeout: 30_000 }).toContain("表头在第 3 行");
    const host = server.state.host!;
    const before = host.requests.length;
    expect(before).toBeGreaterThan(0);
    await pane.getByTestId("run").click();
    await expect.poll(() => pane.getByTestId("message").textContent(), { timeout: 60_000 }).toContain("完成");
    // The pane's writes reached the host as ProcessQuery requests, and the page shows them.
    expect(host.requests.length).toBeGreaterThan(before);
    expect(host.cell("2022年第一批", "V4").value).toBe("予以资助");
    await expect.poll(() => page.locator("#grid").textContent(), { timeout: 10_000 }).toContain("予以资助");
    await expect.poll(() => page.locator("#syncs").textContent()).toMatch(/^ProcessQuery × \d+$/);
    mkdirSync(join(ROOT, "out", "screenshots"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "out", "screenshots", "preview.png") });

    const download = page.waitForEvent("download");
    await page.locator("#download").click();
    const file = await download;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await file.path())!);
    expect(book.getWorksheet("2022年第一批")!.getCell("V4").value).toBe("予以资助");
    expect(book.worksheets.map((w) => w.name)).toContain("汇总");
    await page.close();
  });
});
