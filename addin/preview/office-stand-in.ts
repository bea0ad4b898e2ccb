/**
 * What the browser tests and `npm run preview` serve where the task pane
 * loads office.js from Microsoft's CDN: Microsoft's own Excel client,
 * `excel-web-16.00.debug.js` from @microsoft/office-js, unchanged, with a
 * few lines around it.
 *
 * Outside Office, office.js's loader warns "loaded outside of Office
 * client", resolves `Office.onReady` with no host and never loads the Excel
 * client; with the Excel client alone, `Office.onReady` does not exist and
 * `Office.context` is undefined (measured; see ../excel-host/README.md). So
 * two things here are ours, not Microsoft's, and they are not wire calls:
 *
 * - `Office.onReady` (resolves at once with host Excel) and `Office.context`
 *   (display language and document URL), supplied through the getter
 *   office.js itself reads, `OSF._OfficeAppFactory.getContext()`;
 * - the request context's URL: `ClientRequestContext.defaultRequestUrlAndHeaders`
 *   (excel-web-16.00.debug.js L16286), so every `Excel.run` of the pane
 *   POSTs its `ProcessQuery` to the host.
 *
 * Everything else — proxies, load and sync, batching, PropertyNotLoaded,
 * the request and response JSON — is Microsoft's client.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let client: string | null = null;

/** The unmodified Excel client of @microsoft/office-js. */
export function excelClientSource(): string {
  client ??= readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  return client;
}

export interface StandInOptions {
  /** Where the host answers `ProcessQuery`, e.g. "http://127.0.0.1:3001/host/". */
  readonly hostUrl: string;
  readonly displayLanguage: string;
  /** What `Office.context.document.url` says (the workbook's file name). */
  readonly documentUrl?: string;
}

export function officeStandIn(options: StandInOptions): string {
  const settings = JSON.stringify(options);
  return `${excelClientSource()}
;(function () {
  var settings = ${settings};
  // Office.context: office.js reads it from OSF._OfficeAppFactory.getContext(). No "requirements":
  // isSetSupported then answers true for every API set (L15234-15242).
  OSF._OfficeAppFactory = { getContext: function () { return { displayLanguage: settings.displayLanguage, contentLanguage: settings.displayLanguage, document: { url: settings.documentUrl || "" } }; } };
  Office.onReady = function (callback) {
    var info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve(info).then(function () { return callback ? callback(info) : undefined; }).then(function () { return info; });
  };
  OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = settings.hostUrl;
  window.jiebangHostUrl = settings.hostUrl;
})();
`;
}
