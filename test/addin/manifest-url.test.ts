import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the webpack configuration is plain JavaScript
import { rewriteManifest } from "../../webpack.config.js";
import { manifestUrls } from "./manifest-urls";

describe("the production manifest", () => {
  it("points every URL and the app domain at the production address, and nothing at localhost", () => {
    const xml = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
    const production = rewriteManifest(xml, "https://addins.example.gov.cn/jiebang/") as string;
    expect(production).not.toContain("localhost");
    const urls = manifestUrls(production);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://addins.example.gov.cn/jiebang/"), url).toBe(true);
    expect(production).toContain("<AppDomain>https://addins.example.gov.cn</AppDomain>");
  });
});
