// Offline checks of the add-in only XML manifest (manifest.xml): well formed,
// elements in the order the XSDs demand, resources complete and bilingual,
// and every URL pointing at a file the build emits.

import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, it } from "vitest";
import {
  DEV_BASE,
  type XmlElement,
  emittedPath,
  manifestAppDomains,
  manifestUrls,
  parseXml,
  sourceOf,
  walk,
} from "./manifest-urls";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MANIFEST = join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");
let parseError: Error | null = null;
let root: XmlElement;
try {
  root = parseXml(xml);
} catch (error) {
  parseError = error as Error;
  root = parseXml("<OfficeApp/>");
}
/** The checks of the manifest's content run only when it is well formed; the first test reports why not. */
const wellFormed = parseError === null;
const DIST = join(ROOT, "dist");
const HAS_DIST = existsSync(DIST) && statSync(DIST).isDirectory();

const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

// ------------------------------------------------------------------ helpers --

function child(el: XmlElement, name: string): XmlElement {
  const found = el.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`<${el.name}> (line ${el.line}) has ${found.length} <${name}>, expected 1`);
  return found[0]!;
}

function path(...names: string[]): XmlElement {
  return names.reduce(child, root);
}

function attr(el: XmlElement, name: string): string {
  const value = el.attrs.get(name);
  if (value === undefined) throw new Error(`<${el.name}> (line ${el.line}) has no ${name} attribute`);
  return value;
}

function where(el: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) names.unshift(e.name);
  return `${names.join("/")} (line ${el.line})`;
}

/** One element of an xs:sequence: its name and how often it may occur. */
type Particle = readonly [name: string, min: number, max: number];
const MANY = Number.POSITIVE_INFINITY;

/**
 * The problems of `el`'s children against an xs:sequence: a child the
 * sequence does not know, a child out of order, too many or too few of one.
 */
function sequenceProblems(el: XmlElement, sequence: readonly Particle[]): string[] {
  const problems: string[] = [];
  const order = `expected order ${sequence.map(([n]) => n).join(", ")}`;
  let last: { index: number; child: XmlElement } | null = null;
  for (const c of el.children) {
    const index = sequence.findIndex(([name]) => name === c.name);
    if (index < 0) {
      problems.push(`<${c.name}> (line ${c.line}) is not a child the XSD allows in ${where(el)}`);
    } else if (last && index < last.index) {
      problems.push(`<${c.name}> (line ${c.line}) must come before <${last.child.name}> in ${where(el)}: ${order}`);
    } else {
      last = { index, child: c };
    }
  }
  for (const [name, min, max] of sequence) {
    const count = el.children.filter((c) => c.name === name).length;
    if (count < min) problems.push(`${where(el)} needs ${min === 1 ? "a" : `at least ${min}`} <${name}>, has ${count}`);
    if (count > max) problems.push(`${where(el)} may have at most ${max} <${name}>, has ${count}`);
  }
  return problems;
}

function readPng(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error(`${file} has no PNG signature`);
  const chunks: { type: string; data: Buffer }[] = [];
  let off = 8;
  while (off < png.length) {
    if (off + 12 > png.length) throw new Error(`${file}: truncated chunk at byte ${off}`);
    const length = png.readUInt32BE(off);
    const type = png.toString("latin1", off + 4, off + 8);
    const end = off + 8 + length;
    if (end + 4 > png.length) throw new Error(`${file}: chunk ${type} runs past the end`);
    if (crc32(png.subarray(off + 4, end)) !== png.readUInt32BE(end)) throw new Error(`${file}: bad CRC in chunk ${type}`);
    chunks.push({ type, data: png.subarray(off + 8, end) });
    off = end + 4;
  }
  const [ihdr] = chunks;
  if (!ihdr || ihdr.type !== "IHDR" || ihdr.data.length !== 13) throw new Error(`${file}: IHDR is not the first chunk`);
  if (chunks.at(-1)?.type !== "IEND") throw new Error(`${file}: IEND is not the last chunk`);
  const width = ihdr.data.readUInt32BE(0);
  const height = ihdr.data.readUInt32BE(4);
  const [depth, colourType, , , interlace] = [ihdr.data[8]!, ihdr.data[9]!, ihdr.data[10], ihdr.data[11], ihdr.data[12]];
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colourType];
  if (!channels) throw new Error(`${file}: unknown colour type ${colourType}`);
  if (interlace === 0) {
    const idat = Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data));
    const raw = inflateSync(idat);
    const expected = height * (1 + Math.ceil((width * channels * depth) / 8));
    if (raw.length !== expected) throw new Error(`${file}: image data is ${raw.length} bytes, expected ${expected}`);
  }
  return { width, height };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The file a development URL stands for: under dist/ when there is a build, else the source the build copies. */
function emittedFile(url: string): { file: string; label: string } {
  const rel = emittedPath(url);
  if (HAS_DIST) return { file: join(DIST, rel), label: `dist/${rel}` };
  const source = sourceOf(rel);
  if (!source) throw new Error(`${url}: the build emits no ${rel}`);
  return { file: join(ROOT, source), label: source };
}

// ------------------------------------------------------------------- checks --

const urls = wellFormed ? manifestUrls(xml) : [];
const RESOURCE_KINDS = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"] as const;
type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Every resource of VersionOverrides/Resources with its kind and id. */
function definitions(): { kind: ResourceKind; def: XmlElement; id: string }[] {
  const resources = path("VersionOverrides", "Resources");
  return RESOURCE_KINDS.flatMap((kind) =>
    resources.children.filter((c) => c.name === kind).flatMap((list) => list.children.map((def) => ({ kind, def, id: attr(def, "id") }))),
  );
}

function resource(id: string): { kind: ResourceKind; def: XmlElement } {
  const found = definitions().filter((d) => d.id === id);
  if (found.length !== 1) throw new Error(`resource ${id} is defined ${found.length} times`);
  return found[0]!;
}

const buttons = (): XmlElement[] => [...walk(root)].filter((el) => el.name === "Control");
const group = (): XmlElement => path("VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "ExtensionPoint", "OfficeTab", "Group");

describe("manifest.xml is well formed", () => {
  it("parses as XML, with the OfficeApp root of a task-pane add-in in the 1.1 namespace", () => {
    expect(parseError?.message ?? null, "manifest.xml is not well formed").toBeNull();
    expect(root.name).toBe("OfficeApp");
    expect(root.ns).toBe(NS_APP);
    expect(root.attrs.get("xmlns:xsi")).toBe(NS_XSI);
    expect(root.attrs.get("xmlns:bt")).toBe(NS_BT);
    expect(root.attrs.get("xsi:type")).toBe("TaskPaneApp");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  it.each([
    ["a mismatched end tag", "<a><b></a></b>"],
    ["an unclosed element", "<a><b/>"],
    ["an unquoted attribute", "<a x=1/>"],
    ["a duplicated attribute", '<a x="1" x="2"/>'],
    ["attributes run together", '<a x="1"y="2"/>'],
    ["a bare ampersand", "<a>salt & pepper</a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["'<' in an attribute value", '<a x="<"/>'],
    ["'--' inside a comment", "<a><!-- a -- b --></a>"],
    ["two root elements", "<a/><b/>"],
    ["text after the root", "<a/>x"],
    ["an undeclared prefix", "<bt:a/>"],
    ["a misplaced XML declaration", '<a/><?xml version="1.0"?>'],
    ["a control character", "<a>\u0001</a>"],
    ["a DOCTYPE", "<!DOCTYPE a><a/>"],
  ])("the checker itself rejects %s", (_, bad) => {
    expect(() => parseXml(bad)).toThrow(/line \d+:/);
  });

  it("the checker accepts what XML allows", () => {
    const el = parseXml(
      "\uFEFF<?xml version='1.0'?>\n<!-- c --><a xmlns:p='urn:p' p:x=\"&lt;&#x4E00;&#20013;\"><![CDATA[<&>]]>&amp;<p:b/><?pi x?></a>\n",
    );
    expect(el.attrs.get("p:x")).toBe("<一中");
    expect(el.text).toBe("<&>&");
    expect(el.children[0]?.ns).toBe("urn:p");
  });

});

describe.skipIf(!wellFormed)("manifest.xml follows the XSDs", () => {
  it("OfficeApp has the required elements, in the order of OfficeAppManifestV1_1.xsd for a TaskPaneApp", () => {
    const required = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    // The XSD's sequence, with the optional elements this add-in does not use.
    const sequence: Particle[] = [
      ["Id", 1, 1],
      ["AlternateId", 0, 1],
      ["Version", 1, 1],
      ["ProviderName", 1, 1],
      ["DefaultLocale", 1, 1],
      ["DisplayName", 1, 1],
      ["Description", 1, 1],
      ["IconUrl", 1, 1],
      ["HighResolutionIconUrl", 1, 1],
      ["SupportUrl", 1, 1],
      ["AppDomains", 1, 1],
      ["Hosts", 1, 1],
      ["Requirements", 1, 1],
      ["DefaultSettings", 1, 1],
      ["Permissions", 1, 1],
      ["Dictionary", 0, 1],
      ["VersionOverrides", 1, 1],
      ["ExtendedOverrides", 0, 1],
    ];
    expect(sequenceProblems(root, sequence)).toEqual([]);
    expect(root.children.map((c) => c.name).filter((n) => required.includes(n))).toEqual(required);
  });

  it("every element of VersionOverrides V1.0 is in the order of TaskPaneAppVersionOverridesV1_0.xsd", () => {
    const sequences: Record<string, Particle[]> = {
      DisplayName: [["Override", 0, MANY]],
      Description: [["Override", 0, MANY]],
      AppDomains: [["AppDomain", 1, MANY]],
      Hosts: [["Host", 1, MANY]],
      Requirements: [
        ["Sets", 0, 1],
        ["Methods", 0, 1],
      ],
      Sets: [["Set", 1, MANY]],
      DefaultSettings: [["SourceLocation", 1, 1]],
      VersionOverrides: [
        ["Description", 0, 1],
        ["Requirements", 0, 1],
        ["Hosts", 0, 1],
        ["Resources", 0, 1],
        ["WebApplicationInfo", 0, 1],
        ["EquivalentAddins", 0, 1],
      ],
      "VersionOverrides/Host": [
        ["Runtimes", 0, 1],
        ["AllFormFactors", 0, 1],
        ["DesktopFormFactor", 0, 1],
      ],
      DesktopFormFactor: [
        ["GetStarted", 0, 1],
        ["FunctionFile", 0, 1],
        ["ExtensionPoint", 1, MANY],
      ],
      GetStarted: [
        ["Title", 1, 1],
        ["Description", 1, 1],
        ["LearnMoreUrl", 1, 1],
      ],
      ExtensionPoint: [
        ["OfficeTab", 0, MANY],
        ["CustomTab", 0, MANY],
      ],
      OfficeTab: [["Group", 1, MANY]],
      Group: [
        ["Label", 1, 1],
        ["Icon", 1, 1],
        ["Control", 1, MANY],
      ],
      Control: [
        ["Label", 1, 1],
        ["Supertip", 1, 1],
        ["Icon", 1, 1],
        ["Action", 1, 1],
      ],
      Supertip: [
        ["Title", 1, 1],
        ["Description", 1, 1],
      ],
      Icon: [["bt:Image", 3, MANY]],
      Action: [
        ["TaskpaneId", 0, 1],
        ["SourceLocation", 1, 1],
        ["Title", 0, 1],
      ],
      Resources: [
        ["bt:Images", 0, 1],
        ["bt:Urls", 0, 1],
        ["bt:ShortStrings", 0, 1],
        ["bt:LongStrings", 0, 1],
      ],
      "bt:Images": [["bt:Image", 1, MANY]],
      "bt:Urls": [["bt:Url", 1, MANY]],
      "bt:ShortStrings": [["bt:String", 1, MANY]],
      "bt:LongStrings": [["bt:String", 1, MANY]],
      "bt:String": [["bt:Override", 0, MANY]],
    };
    const problems: string[] = [];
    let checked = 0;
    for (const el of walk(root)) {
      if (el === root) continue;
      const inOverrides = [...ancestors(el)].some((a) => a.name === "VersionOverrides");
      const key = el.name === "Host" && inOverrides ? "VersionOverrides/Host" : el.name;
      const sequence = sequences[key];
      if (sequence) {
        problems.push(...sequenceProblems(el, sequence));
        checked++;
      } else if (el.children.length > 0) {
        problems.push(`no sequence to check the children of ${where(el)} against`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it("VersionOverrides is V1.0 of the task-pane schema, for Excel, on the Home tab", () => {
    const overrides = path("VersionOverrides");
    expect(overrides.ns).toBe(NS_OVERRIDES);
    expect(attr(overrides, "xsi:type")).toBe("VersionOverridesV1_0");
    expect(attr(path("VersionOverrides", "Hosts", "Host"), "xsi:type")).toBe("Workbook");
    const extension = path("VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "ExtensionPoint");
    expect(attr(extension, "xsi:type")).toBe("PrimaryCommandSurface");
    expect(attr(child(extension, "OfficeTab"), "id")).toBe("TabHome");
    for (const el of walk(root)) if (el.name.startsWith("bt:")) expect(el.ns, where(el)).toBe(NS_BT);
  });
});

describe.skipIf(!wellFormed)("manifest.xml describes jiebang", () => {
  it("office-addin-manifest reads it and finds the same add-in", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info).toMatchObject({
      id: path("Id").text,
      version: "0.1.0.0",
      providerName: "jiebang",
      defaultLocale: "zh-CN",
      displayName: attr(path("DisplayName"), "DefaultValue"),
      officeAppType: "TaskPaneApp",
      permissions: "ReadWriteDocument",
      hosts: ["Workbook"],
      iconUrl: `${DEV_BASE}assets/icon-32.png`,
      highResolutionIconUrl: `${DEV_BASE}assets/icon-64.png`,
      defaultSettings: { sourceLocation: `${DEV_BASE}taskpane.html` },
    });
  });

  it("has a fixed GUID, version 0.1.0.0, provider jiebang, zh-CN by default, for Excel", () => {
    expect(path("Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(path("Version").text).toBe("0.1.0.0");
    expect(path("ProviderName").text).toBe("jiebang");
    expect(path("DefaultLocale").text).toBe("zh-CN");
    expect(path("Hosts").children.map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
  });

  it("asks for ReadWriteDocument and ExcelApi 1.10 (comments, settings)", () => {
    expect(path("Permissions").text).toBe("ReadWriteDocument");
    const sets = path("Requirements", "Sets").children.map((s) => [attr(s, "Name"), attr(s, "MinVersion")]);
    expect(sets).toContainEqual(["ExcelApi", "1.10"]);
  });

  it("one button on the Home tab opens the task pane; the function file is commands.html", () => {
    expect(buttons()).toHaveLength(1);
    const [button] = buttons();
    expect(attr(button!, "xsi:type")).toBe("Button");
    const action = child(button!, "Action");
    expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
    expect(child(action, "TaskpaneId").text.trim()).not.toBe("");
    const url = (el: XmlElement) => attr(resource(attr(el, "resid")).def, "DefaultValue");
    expect(url(child(action, "SourceLocation"))).toBe(`${DEV_BASE}taskpane.html`);
    expect(attr(path("DefaultSettings", "SourceLocation"), "DefaultValue")).toBe(`${DEV_BASE}taskpane.html`);
    expect(url(path("VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "FunctionFile"))).toBe(`${DEV_BASE}commands.html`);
    const started = path("VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "GetStarted");
    expect(url(child(started, "LearnMoreUrl"))).toBe(`${DEV_BASE}assets/help.html`);
    expect(attr(path("SupportUrl"), "DefaultValue")).toBe(`${DEV_BASE}assets/help.html`);
  });
});

describe.skipIf(!wellFormed)("manifest.xml resources", () => {
  it("defines every resid it uses exactly once, of the kind the element needs, and nothing unused", () => {
    const ids = definitions().map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), "resource ids defined twice").toEqual([]);
    const kindFor = (el: XmlElement): ResourceKind => {
      if (el.name === "bt:Image") return "bt:Images";
      if (["LearnMoreUrl", "FunctionFile", "SourceLocation", "Runtime"].includes(el.name)) return "bt:Urls";
      if (el.name === "Description") return "bt:LongStrings";
      return "bt:ShortStrings"; // Label, Title, Namespace
    };
    const uses = [...walk(root)].filter((el) => el.attrs.has("resid"));
    expect(uses.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const use of uses) {
      const id = attr(use, "resid");
      const found = definitions().filter((d) => d.id === id);
      if (found.length !== 1) problems.push(`${where(use)} uses ${id}, defined ${found.length} times`);
      else if (found[0]!.kind !== kindFor(use)) problems.push(`${where(use)} uses ${id}, a ${found[0]!.kind} resource, not ${kindFor(use)}`);
    }
    expect(problems).toEqual([]);
    const used = new Set(uses.map((u) => attr(u, "resid")));
    expect(ids.filter((id) => !used.has(id)), "resources nothing uses").toEqual([]);
    for (const id of ids) expect(id.length, `${id}: the XSD allows 32 characters`).toBeLessThanOrEqual(32);
  });

  it("every string is zh-CN by default with one en-US override, within the XSD's lengths", () => {
    const HAN = /\p{Script=Han}/u;
    const strings = [
      { el: path("DisplayName"), max: 125 },
      { el: path("Description"), max: 250 },
      ...definitions().filter((d) => d.kind === "bt:ShortStrings").map((d) => ({ el: d.def, max: 125 })),
      ...definitions().filter((d) => d.kind === "bt:LongStrings").map((d) => ({ el: d.def, max: 250 })),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const { el, max } of strings) {
      const fallback = attr(el, "DefaultValue");
      expect(fallback, `${where(el)}: the default is zh-CN`).toMatch(HAN);
      expect([...fallback].length, where(el)).toBeLessThanOrEqual(max);
      const overrides = el.children.filter((c) => c.name === "Override" || c.name === "bt:Override");
      // Office falls back to DefaultLocale (zh-CN) for a locale without an override, so each English locale
      // Office ships in carries the English text (Microsoft Learn, "Localization for Office Add-ins").
      expect(overrides.map((o) => attr(o, "Locale")), `${where(el)}: English overrides`).toEqual(["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-SG", "en-ZA"]);
      const english = attr(overrides[0]!, "Value");
      expect(new Set(overrides.map((o) => attr(o, "Value"))).size, `${where(el)}: one English text`).toBe(1);
      expect(english, where(el)).toMatch(/[A-Za-z]{3}/);
      expect(english).not.toBe(fallback);
      expect([...english].length, where(el)).toBeLessThanOrEqual(max);
    }
  });

  it("the group and the button have icons of 16, 32 and 80 px; IconUrl is 32 px, HighResolutionIconUrl 64 px", () => {
    for (const el of [group(), ...buttons()]) {
      const images = child(el, "Icon").children;
      expect(images.map((i) => attr(i, "size")), where(el)).toEqual(["16", "32", "80"]);
      for (const image of images) {
        const url = attr(resource(attr(image, "resid")).def, "DefaultValue");
        expect(url, where(image)).toBe(`${DEV_BASE}assets/icon-${attr(image, "size")}.png`);
      }
    }
    expect(attr(path("IconUrl"), "DefaultValue")).toBe(`${DEV_BASE}assets/icon-32.png`);
    expect(attr(path("HighResolutionIconUrl"), "DefaultValue")).toBe(`${DEV_BASE}assets/icon-64.png`);
  });
});

describe.skipIf(!wellFormed)("manifest.xml URLs", () => {
  it(`every URL starts with the development base ${DEV_BASE}, and manifestUrls finds them all`, () => {
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const url of urls) expect(url.startsWith(DEV_BASE), url).toBe(true);
    // Outside namespace declarations and AppDomain, no URL escapes manifestUrls.
    const elsewhere = xml
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/\sxmlns(:\w+)?="[^"]*"/g, "")
      .replace(/<AppDomain>[^<]*<\/AppDomain>/g, "")
      .match(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^"'<\s]*/g);
    expect([...new Set(elsewhere)].sort()).toEqual([...urls].sort());
  });

  it("AppDomains holds the add-in's origin, written as Office wants it: a protocol, no path, no trailing slash", () => {
    const domains = manifestAppDomains(xml);
    expect(domains).toEqual([DEV_BASE.replace(/\/$/, "")]);
    for (const domain of domains) expect(domain).toMatch(/^https:\/\/[^/]+$/);
  });

  it.each(urls)("%s points at a file the build emits", (url) => {
    const { file, label } = emittedFile(url);
    const why = HAS_DIST
      ? `${label} is missing: rebuild, or make the webpack config emit it`
      : `there is no dist/ yet and ${label}, from which webpack emits ${emittedPath(url)}, does not exist`;
    expect(existsSync(file), `${url}: ${why}`).toBe(true);
  });
});

describe("the add-in icons", () => {
  it.each([16, 32, 64, 80, 128])("icon-%i.png exists and is a valid PNG of that many pixels square", (size) => {
    for (const file of new Set([join(ROOT, "addin", "assets", `icon-${size}.png`), emittedFile(`${DEV_BASE}assets/icon-${size}.png`).file])) {
      expect(existsSync(file), `${file} is missing (node addin/assets/make-icons.mjs draws it)`).toBe(true);
      expect(readPng(file), file).toEqual({ width: size, height: size });
    }
  });
});

function* ancestors(el: XmlElement): Generator<XmlElement> {
  for (let e = el.parent; e; e = e.parent) yield e;
}
