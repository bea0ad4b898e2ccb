// Reading the add-in manifest without a DOM: a small strict XML parser (enough
// of XML 1.0 and Namespaces in XML to reject anything that is not well formed),
// the URLs the manifest makes Office load, and where the build emits each one.

/** The development base every manifest URL starts with; the build substitutes the production base. */
export const DEV_BASE = "https://localhost:3000/";

export interface XmlElement {
  /** The qualified name as written, e.g. `bt:Image`. */
  readonly name: string;
  /** The namespace URI the element's prefix (or the default namespace) is bound to, or null. */
  readonly ns: string | null;
  /** Attributes by qualified name, values with references decoded. */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The character data directly inside the element, references decoded. */
  text: string;
  readonly line: number;
  readonly parent: XmlElement | null;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "XmlError";
  }
}

const NAME = /[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?/y;
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_DECL =
  /<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>/y;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/y;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/**
 * Parses a whole XML document and returns its root element. Throws an
 * XmlError naming the line for anything that is not well formed: an unclosed
 * or mismatched tag, an unquoted, duplicated or `<`-holding attribute, a bad
 * `&` reference, `--` in a comment, `]]>` in text, a character XML forbids,
 * text or a second element outside the root, a DOCTYPE, or a namespace
 * prefix that is not declared.
 */
export function parseXml(source: string): XmlElement {
  const src = source.startsWith("\uFEFF") ? source.slice(1) : source;
  let pos = 0;

  function lineAt(at: number): number {
    let line = 1;
    for (let i = 0; i < at && i < src.length; i++) if (src.charCodeAt(i) === 10) line++;
    return line;
  }
  function fail(message: string, at: number = pos): never {
    throw new XmlError(message, lineAt(at));
  }

  const bad = NOT_XML_CHAR.exec(src);
  if (bad) fail(`character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML`, bad.index);

  const skipSpace = (): boolean => {
    const start = pos;
    while (pos < src.length && " \t\r\n".includes(src[pos]!)) pos++;
    return pos > start;
  };
  const readName = (what: string): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(src);
    if (!m) return fail(`expected ${what}`);
    pos += m[0].length;
    return m[0];
  };
  const decode = (raw: string, at: number): string => {
    let out = "";
    let i = 0;
    while (i < raw.length) {
      const amp = raw.indexOf("&", i);
      if (amp < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, amp);
      REFERENCE.lastIndex = amp;
      const m = REFERENCE.exec(raw);
      if (!m) return fail("'&' must start a reference such as &amp; or &#x4E00;", at + amp);
      if (m[1]) out += PREDEFINED[m[1]]!;
      else {
        const code = m[2] ? Number.parseInt(m[2], 10) : Number.parseInt(m[3]!, 16);
        const ch = code <= 0x10ffff ? String.fromCodePoint(code) : "\u0000";
        if (NOT_XML_CHAR.test(ch)) fail(`character reference ${m[0]} is not an XML character`, at + amp);
        out += ch;
      }
      i = amp + m[0].length;
    }
    return out;
  };
  const comment = (): void => {
    const end = src.indexOf("-->", pos + 4);
    if (end < 0) fail("unclosed comment");
    const body = src.slice(pos + 4, end);
    if (body.includes("--") || body.endsWith("-")) fail("'--' is not allowed inside a comment");
    pos = end + 3;
  };
  const processingInstruction = (): void => {
    pos += 2;
    const target = readName("a processing-instruction target");
    if (target.toLowerCase() === "xml") fail("the XML declaration may only open the document");
    const end = src.indexOf("?>", pos);
    if (end < 0) fail("unclosed processing instruction");
    if (end > pos && !skipSpace()) fail("expected whitespace after the processing-instruction target");
    pos = end + 2;
  };
  const misc = (): void => {
    for (;;) {
      skipSpace();
      if (src.startsWith("<!--", pos)) comment();
      else if (src.startsWith("<!DOCTYPE", pos)) fail("a DOCTYPE is not allowed in a manifest");
      else if (src.startsWith("<?", pos)) processingInstruction();
      else return;
    }
  };

  const resolve = (qname: string, scope: ReadonlyMap<string, string>, isAttribute: boolean, at: number): string | null => {
    const colon = qname.indexOf(":");
    if (colon < 0) return isAttribute ? null : (scope.get("") ?? null);
    const prefix = qname.slice(0, colon);
    if (prefix === "xml") return XML_NS;
    const uri = scope.get(prefix);
    if (uri === undefined) fail(`namespace prefix '${prefix}' is not declared`, at);
    return uri ?? null;
  };

  const element = (parent: XmlElement | null, inherited: ReadonlyMap<string, string>): XmlElement => {
    const start = pos;
    pos++; // '<'
    const name = readName("an element name");
    const attrs = new Map<string, string>();
    const attrAt = new Map<string, number>();
    let selfClosing = false;
    for (;;) {
      const spaced = skipSpace();
      if (src.startsWith("/>", pos)) {
        pos += 2;
        selfClosing = true;
        break;
      }
      if (src[pos] === ">") {
        pos++;
        break;
      }
      if (pos >= src.length) fail(`unclosed start tag <${name}>`, start);
      if (!spaced) fail(`expected whitespace, '>' or '/>' in <${name}>`);
      const at = pos;
      const attr = readName(`an attribute name or '>' in <${name}>`);
      skipSpace();
      if (src[pos] !== "=") fail(`attribute ${attr} of <${name}> has no '='`);
      pos++;
      skipSpace();
      const quote = src[pos];
      if (quote !== '"' && quote !== "'") fail(`the value of attribute ${attr} of <${name}> is not quoted`);
      const end = src.indexOf(quote!, pos + 1);
      if (end < 0) fail(`unclosed value of attribute ${attr} of <${name}>`);
      const raw = src.slice(pos + 1, end);
      if (raw.includes("<")) fail(`'<' in the value of attribute ${attr} of <${name}>`);
      if (attrs.has(attr)) fail(`attribute ${attr} appears twice in <${name}>`, at);
      // Attribute-value normalisation: whitespace characters become spaces.
      attrs.set(attr, decode(raw, pos + 1).replace(/[\t\n\r]/g, " "));
      attrAt.set(attr, at);
      pos = end + 1;
    }

    const scope = new Map(inherited);
    for (const [attr, value] of attrs) {
      if (attr === "xmlns") scope.set("", value);
      else if (attr.startsWith("xmlns:")) {
        if (value === "") fail(`namespace prefix '${attr.slice(6)}' is bound to an empty URI`, attrAt.get(attr));
        scope.set(attr.slice(6), value);
      }
    }
    const expanded = new Set<string>();
    for (const attr of attrs.keys()) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue;
      const uri = resolve(attr, scope, true, attrAt.get(attr)!);
      const key = `{${uri ?? ""}}${attr.slice(attr.indexOf(":") + 1)}`;
      if (expanded.has(key)) fail(`attribute ${attr} of <${name}> repeats an expanded name`, attrAt.get(attr));
      expanded.add(key);
    }
    const el: XmlElement = {
      name,
      ns: resolve(name, scope, false, start),
      attrs,
      children: [],
      text: "",
      line: lineAt(start),
      parent,
    };
    if (selfClosing) return el;

    for (;;) {
      if (pos >= src.length) fail(`<${name}> is never closed`, start);
      if (src.startsWith("</", pos)) {
        const at = pos;
        pos += 2;
        const closing = readName("an element name after '</'");
        skipSpace();
        if (src[pos] !== ">") fail(`expected '>' to end </${closing}>`);
        pos++;
        if (closing !== name) fail(`</${closing}> closes <${name}> (opened on line ${el.line})`, at);
        return el;
      }
      if (src.startsWith("<!--", pos)) comment();
      else if (src.startsWith("<![CDATA[", pos)) {
        const end = src.indexOf("]]>", pos + 9);
        if (end < 0) fail("unclosed CDATA section");
        el.text += src.slice(pos + 9, end);
        pos = end + 3;
      } else if (src.startsWith("<!", pos)) fail("markup declarations are not allowed here");
      else if (src.startsWith("<?", pos)) processingInstruction();
      else if (src[pos] === "<") el.children.push(element(el, scope));
      else {
        const next = src.indexOf("<", pos);
        const end = next < 0 ? src.length : next;
        const raw = src.slice(pos, end);
        if (raw.includes("]]>")) fail("']]>' is not allowed in text", pos + raw.indexOf("]]>"));
        el.text += decode(raw, pos);
        pos = end;
      }
    }
  };

  if (src.startsWith("<?xml", pos) && /\s/.test(src[5] ?? "")) {
    XML_DECL.lastIndex = 0;
    const m = XML_DECL.exec(src);
    if (!m) fail("malformed XML declaration");
    pos = m[0].length;
  }
  misc();
  if (src[pos] !== "<") fail(pos >= src.length ? "no root element" : "text outside the root element");
  const root = element(null, new Map());
  misc();
  if (pos < src.length) fail(src[pos] === "<" ? "a second root element" : "text after the root element");
  return root;
}

/** Every element of the tree, depth first in document order. */
export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const child of el.children) yield* walk(child);
}

const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/**
 * The URLs of the files the manifest makes Office load, in document order,
 * each once: every attribute value that is a URL (the DefaultValue and
 * Override Value of IconUrl, HighResolutionIconUrl, SupportUrl,
 * SourceLocation, bt:Image and bt:Url). Namespace declarations are not URLs of
 * files, nor are AppDomain values, which are origins (see manifestAppDomains).
 */
export function manifestUrls(xml: string): string[] {
  const urls = new Set<string>();
  for (const el of walk(parseXml(xml))) {
    for (const [attr, value] of el.attrs) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue;
      if (URL_LIKE.test(value.trim())) urls.add(value.trim());
    }
  }
  return [...urls];
}

/** The values of OfficeApp/AppDomains/AppDomain. */
export function manifestAppDomains(xml: string): string[] {
  return [...walk(parseXml(xml))].filter((el) => el.name === "AppDomain" && el.parent?.name === "AppDomains").map((el) => el.text.trim());
}

/** The path of a development URL under the build's output directory, e.g. `assets/icon-16.png`. */
export function emittedPath(url: string): string {
  if (!url.startsWith(DEV_BASE)) throw new Error(`${url} does not start with ${DEV_BASE}`);
  return decodeURIComponent(url.slice(DEV_BASE.length).replace(/[?#].*$/, ""));
}

/**
 * Where the build takes an emitted file from, relative to the project root:
 * webpack makes taskpane.html and commands.html from their templates under
 * addin/, and copies addin/assets/ to assets/. Null for a path the build does
 * not produce.
 */
export function sourceOf(path: string): string | null {
  if (path === "taskpane.html") return "addin/taskpane/taskpane.html";
  if (path === "commands.html") return "addin/commands/commands.html";
  if (path.startsWith("assets/") && !path.includes("..")) return `addin/${path}`;
  return null;
}
