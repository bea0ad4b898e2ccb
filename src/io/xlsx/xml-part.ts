import { SaxesParser } from "saxes";
import { damaged, type XlsxLimits } from "./limits";
import type { ByteSource } from "./byte-source";
import { partChunks, type InflateBudget } from "./read-part";
import type { ZipEntry } from "./zip-directory";

/** Attributes of an element by their name as written (prefix included: `r:id`). */
export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  /** An element opens; `name` is its local name, whatever prefix the writer used (`x:row` is `row`). */
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Character data (entities decoded), in pieces as the parser meets it. */
  text?(text: string): void;
  /**
   * Once `done()` says so (asked after each chunk), the rest of the part is
   * not parsed: its text goes to `text` as it is decoded, for a scan that
   * needs less than XML (see skimSheet). The rest is still inflated, counted
   * and checked against its CRC-32.
   */
  readonly skim?: { done(): boolean; text(text: string): void };
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The value of the attribute with this local name, whatever its prefix (`r:id`, `ns0:id`). */
export function attributeByLocalName(attributes: Attributes, local: string): string | undefined {
  if (attributes[local] !== undefined) return attributes[local];
  for (const [name, value] of Object.entries(attributes)) if (localName(name) === local && name.includes(":")) return value;
  return undefined;
}

/** A byte order mark says UTF-16 (OPC allows UTF-8 and UTF-16 parts); anything else is read as UTF-8. */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true });
  return new TextDecoder("utf-8", { fatal: true });
}

/**
 * Parse one XML part as it is inflated. Bytes are decoded with one streaming
 * decoder for the whole part, so a character split between two chunks is
 * joined, never replaced by U+FFFD; a byte sequence that is not UTF-8 at all
 * refuses the file. Nothing of the part is held beyond the current chunk.
 */
export function parseXmlPart(bytes: ByteSource, entry: ZipEntry, file: string, limits: XlsxLimits, budget: InflateBudget, handlers: XmlHandlers): void {
  for (const _ of parseXmlPartSteps(bytes, entry, file, limits, budget, handlers));
}

/** The same as parseXmlPart, a chunk of the part at a time: the caller may do other work between steps (what the handlers collected). */
export function* parseXmlPartSteps(bytes: ByteSource, entry: ZipEntry, file: string, limits: XlsxLimits, budget: InflateBudget, handlers: XmlHandlers): Generator<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const where = { "zh-CN": `部件「${entry.name}」`, en: `part “${entry.name}”` };
  const fail = (detail: string) => damaged(file, { "zh-CN": `${where["zh-CN"]}不是完好的 XML（${detail}）`, en: `${where.en} is not well-formed XML (${detail})` });
  parser.on("error", (error) => {
    throw fail(error.message);
  });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Attributes));
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  let decoder: TextDecoder | null = null;
  const decode = (chunk: Uint8Array, stream: boolean): string => {
    try {
      return decoder!.decode(chunk, { stream });
    } catch {
      throw damaged(file, { "zh-CN": `${where["zh-CN"]}含有无效的字符编码`, en: `${where.en} holds invalid character encoding` });
    }
  };
  let skimming = false;
  for (const chunk of partChunks(bytes, entry, file, limits, budget)) {
    decoder ??= decoderFor(chunk);
    if (skimming) handlers.skim!.text(decode(chunk, true));
    else {
      parser.write(decode(chunk, true));
      skimming = handlers.skim?.done() ?? false;
    }
    yield;
  }
  if (skimming) handlers.skim!.text(decode(new Uint8Array(0), false));
  else {
    if (decoder) parser.write(decode(new Uint8Array(0), false));
    parser.close();
  }
}
