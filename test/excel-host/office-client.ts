/**
 * Microsoft's Excel client (`@microsoft/office-js` dist/excel-web-16.00.debug.js)
 * loaded in Node's own realm, as a browser would run it, and routed in-process
 * to an ExcelHost: every `Excel.run(async (context) => …)` of the door then
 * talks JSON (`POST …/ProcessQuery`) to the host, with no network.
 *
 * What this relies on (measured in /tmp/wire/NOTES.md, lines of the debug build):
 * - the script needs `window`, `document` (getElementById, getElementsByTagName,
 *   createElement), `navigator`, `location` at load time (L4336);
 * - `OfficeExtension.HttpUtility.setCustomSendRequestFunc(fn)` replaces HTTP
 *   (L13036, L13089-13101); `fn` gets `{method, url, headers, body}` and
 *   returns `{statusCode, headers, body}`;
 * - `ClientRequestContext.defaultRequestUrlAndHeaders` is the URL every
 *   `new Excel.RequestContext()` (hence every `Excel.run(batch)`) uses (L16276-16292);
 *   a URL not under http://document.localhost gets the HttpRequestExecutor (L16472-16479);
 * - `OfficeExtension.Utility._synchronousCleanup = true` makes `Excel.run` wait
 *   for its `_RemoveReference` clean-up request before it resolves.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import type { ExcelHost } from "../../addin/excel-host";

const LOADED = Symbol.for("jiebang.officeClientLoaded");
const HOST_URL = "http://excel-host.invalid/";

export interface OfficeClient {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
}

function element(tag: string): Record<string, unknown> {
  const el: Record<string, unknown> = {
    tagName: tag.toUpperCase(),
    style: {},
    children: [],
    childNodes: [],
    attributes: {},
    innerHTML: "",
    textContent: "",
    setAttribute(this: { attributes: Record<string, string> }, k: string, v: unknown) {
      this.attributes[k] = String(v);
    },
    getAttribute(this: { attributes: Record<string, string> }, k: string) {
      return this.attributes[k] ?? null;
    },
    appendChild: (c: unknown) => c,
    removeChild: (c: unknown) => c,
    insertBefore: (c: unknown) => c,
    addEventListener() {},
    removeEventListener() {},
    getElementsByTagName: () => [],
    querySelector: () => null,
    querySelectorAll: () => [],
  };
  Object.defineProperty(el, "href", {
    get(this: { _href?: string }) {
      return this._href ?? "";
    },
    set(this: Record<string, unknown>, v: string) {
      const u = new URL(v, "http://127.0.0.1/");
      Object.assign(this, { _href: u.href, protocol: u.protocol, host: u.host, hostname: u.hostname, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash });
    },
  });
  return el;
}

function storage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, String(v)),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
    key: (i: number) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

/** Browser stand-ins the client reads at load time; only those Node lacks. */
function installBrowserGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  const head = element("head");
  const define = (name: string, value: unknown, replace = false) => {
    if (!replace && name in g && g[name] !== undefined) return;
    Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: true });
  };
  define("document", {
    readyState: "complete",
    cookie: "",
    referrer: "",
    documentElement: element("html"),
    head,
    body: element("body"),
    getElementById: () => null,
    getElementsByTagName: (t: string) => (t.toLowerCase() === "head" ? [head] : []),
    querySelector: () => null,
    querySelectorAll: () => [],
    createElement: element,
    createTextNode: (t: string) => ({ textContent: t }),
    addEventListener() {},
    removeEventListener() {},
  });
  const here = new URL("http://127.0.0.1/taskpane.html");
  define("location", { href: here.href, protocol: here.protocol, host: here.host, hostname: here.hostname, port: here.port, pathname: here.pathname, search: "", hash: "", origin: here.origin });
  // Node 20 has a global `navigator` (userAgent "Node.js/20"); the client wants a browser's.
  define("navigator", { userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", language: "en-US", languages: ["en-US"] }, true);
  define("localStorage", storage());
  define("sessionStorage", storage());
  define("addEventListener", () => {});
  define("removeEventListener", () => {});
  define("postMessage", () => {});
  for (const name of ["window", "self", "top", "parent"]) define(name, g);
}

/** Load Microsoft's client once into this realm; installs `Excel`, `OfficeExtension`, `Office`, `OSF` as globals. */
export function loadOfficeClient(): OfficeClient {
  const g = globalThis as Record<string | symbol, unknown>;
  if (!g[LOADED]) {
    installBrowserGlobals();
    const require = createRequire(import.meta.url);
    const file = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
    vm.runInThisContext(readFileSync(file, "utf8"), { filename: "excel-web-16.00.debug.js" });
    g[LOADED] = true;
  }
  return { Excel: g.Excel as typeof Excel, OfficeExtension: g.OfficeExtension as typeof OfficeExtension };
}

export interface ConnectOptions {
  /** `Office.context.displayLanguage` / `Office.context.document.url`, through `OSF._OfficeAppFactory` (NOTES 4). */
  readonly officeContext?: { readonly displayLanguage?: string; readonly documentUrl?: string };
}

interface SendRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** Route every Excel.run to this host (in-process). Returns a disconnect. */
export function connect(host: ExcelHost, options: ConnectOptions = {}): () => void {
  const { OfficeExtension: OE } = loadOfficeClient();
  const internals = OE as unknown as {
    HttpUtility: { setCustomSendRequestFunc(fn: ((request: SendRequest) => Promise<unknown>) | null): void };
    ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
    Utility: { _synchronousCleanup: boolean };
  };
  internals.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const answer = host.processQuery(body);
    return { statusCode: answer.status, headers: { "content-type": "application/json; charset=utf-8" }, body: answer.body };
  });
  internals.ClientRequestContext.defaultRequestUrlAndHeaders = HOST_URL;
  internals.Utility._synchronousCleanup = true;
  const g = globalThis as Record<string, unknown>;
  const osf = g.OSF as Record<string, unknown> | undefined;
  const previousFactory = osf?._OfficeAppFactory;
  if (osf && options.officeContext) {
    const { displayLanguage, documentUrl } = options.officeContext;
    osf._OfficeAppFactory = { getContext: () => ({ displayLanguage, document: { url: documentUrl ?? "" } }) };
  }
  return () => {
    internals.HttpUtility.setCustomSendRequestFunc(null);
    internals.ClientRequestContext.defaultRequestUrlAndHeaders = null;
    if (osf && options.officeContext) osf._OfficeAppFactory = previousFactory;
  };
}
