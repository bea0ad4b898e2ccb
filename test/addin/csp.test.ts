import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const BUILT = new URL("../../dist/taskpane.html", import.meta.url);
const SOURCE = new URL("../../addin/taskpane/taskpane.html", import.meta.url);

function policyOf(html: string): Map<string, string[]> {
  const content = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1];
  if (!content) throw new Error("no Content-Security-Policy meta tag");
  return new Map(content.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe("the task pane's Content-Security-Policy", () => {
  for (const [what, url] of [["the source page", SOURCE], ["the built page", BUILT]] as const) {
    it(`${what} allows only the add-in's own scripts and office.js, and no inline or evaluated code`, () => {
      if (!existsSync(url)) throw new Error(`${url.pathname} is missing: run npm run build (npm test does)`);
      const policy = policyOf(readFileSync(url, "utf8"));
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'none'"]);
      // office.js's own traffic: its telemetry posts to Aria's collectors (dist/ariatelemetry/aria-web-telemetry.js,
      // loaded by excel-web-16.00.debug.js L6921), and its trust prompt is a frame of the office.js CDN (AgaveErrorUX, L5942-5952).
      expect(policy.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com", "https://*.pipe.aria.microsoft.com"]);
      expect(policy.get("frame-src")).toEqual(["https://appsforoffice.microsoft.com"]);
      for (const values of policy.values()) {
        expect(values).not.toContain("'unsafe-inline'");
        expect(values).not.toContain("'unsafe-eval'");
        expect(values).not.toContain("*");
      }
    });
  }
});
