/**
 * Open bytes of an .xlsx as a new workbook in Excel, for the user to look at
 * and save. `Application.createWorkbook(base64)` (ExcelApi 1.8, Microsoft
 * Learn, Excel.Application) works on every host, where a Blob link download
 * is ignored in Excel for Mac's WKWebView (office-js #2700, #4681). It is
 * called on the door's own context, not through the global
 * `Excel.createWorkbook`, which makes a request context of its own.
 */
export async function openWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.run(async (context) => {
    // In office.js 1.1.110 (excel-web-16.00.debug.js L28071-28074) but not in @types/office-js; the global
    // Excel.createWorkbook calls exactly this outside Excel on the web (L26423-26424).
    const application = context.workbook.application as unknown as { createWorkbook(base64File: string): { open(): void } };
    application.createWorkbook(base64Of(bytes)).open();
    await context.sync();
  });
}

/** Base64 without Node's Buffer: the door runs in the task pane. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
