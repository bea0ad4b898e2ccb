/**
 * Many texts kept compact, by number: a workbook's shared strings, the ids a
 * run has seen. A tracker of a million rows holds a few million distinct
 * strings (names, addresses), and as separate strings each costs its header
 * and, as an XML parser hands them out, may keep the parser's whole text
 * chunk alive (V8 slices). Here the texts are joined into flat blocks of
 * about a megabyte and each item is a (block, start, length) triple in typed
 * arrays: 8 bytes an item beside its characters (a length of 65,535 or more
 * is kept aside). An item's text is cut out of its block when asked for.
 */
const BLOCK_CHARS = 1 << 20;

/** Texts of ASCII only are kept one byte a character (V8 keeps a join of two-byte slices two bytes a character, even of ASCII). */
const ascii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};
const decoder = new TextDecoder();

export class TextStore {
  private readonly blocks: string[] = [];
  /** The block being filled with texts of any characters: its number, its pieces. */
  private open = -1;
  private pending: string[] = [];
  private pendingChars = 0;
  /** The block being filled with ASCII texts: its number, its bytes. */
  private openAscii = -1;
  private asciiBytes = new Uint8Array(0);
  private asciiLength = 0;
  private block = new Uint16Array(1024);
  private start = new Uint32Array(1024);
  private length = new Uint16Array(1024);
  /** Lengths of 65,535 and more, by item. */
  private readonly long = new Map<number, number>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Keeps `text`; returns its number. */
  push(text: string): number {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    if (text.length >= 0xffff) {
      this.length[i] = 0xffff;
      this.long.set(i, text.length);
    } else this.length[i] = text.length;
    if (ascii(text)) {
      if (this.openAscii >= 0 && this.asciiLength + text.length > BLOCK_CHARS) this.sealAscii();
      if (this.openAscii < 0) {
        this.openAscii = this.newBlock();
        this.asciiBytes = new Uint8Array(Math.max(BLOCK_CHARS, text.length));
      }
      this.block[i] = this.openAscii;
      this.start[i] = this.asciiLength;
      for (let k = 0; k < text.length; k++) this.asciiBytes[this.asciiLength++] = text.charCodeAt(k);
    } else {
      if (this.open >= 0 && this.pendingChars + text.length > BLOCK_CHARS) this.seal();
      if (this.open < 0) this.open = this.newBlock();
      this.block[i] = this.open;
      this.start[i] = this.pendingChars;
      this.pending.push(text);
      this.pendingChars += text.length;
    }
    return i;
  }

  /** No more items for now: the open blocks are joined (more may follow, in new blocks). */
  finish(): void {
    this.seal();
    this.sealAscii();
  }

  /** Item `i`'s text, or undefined when there is no such item. */
  at(i: number): string | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) return undefined;
    const b = this.block[i]!;
    if (b === this.open) this.seal();
    else if (b === this.openAscii) this.sealAscii();
    const s = this.start[i]!;
    const length = this.length[i] === 0xffff ? this.long.get(i)! : this.length[i]!;
    return this.blocks[b]!.slice(s, s + length);
  }

  private newBlock(): number {
    if (this.blocks.length === 0xffff) throw new RangeError("TextStore: more than 65,535 blocks of text");
    return this.blocks.push("") - 1;
  }

  private seal(): void {
    if (this.open < 0) return;
    // A join makes one flat string that holds no reference to the pieces it was made from.
    this.blocks[this.open] = this.pending.join("");
    this.open = -1;
    this.pending = [];
    this.pendingChars = 0;
  }

  private sealAscii(): void {
    if (this.openAscii < 0) return;
    this.blocks[this.openAscii] = decoder.decode(this.asciiBytes.subarray(0, this.asciiLength));
    this.openAscii = -1;
    this.asciiBytes = new Uint8Array(0);
    this.asciiLength = 0;
  }

  /** Half as much room again: the arrays are most of what an item costs. */
  private grow(): void {
    const size = Math.ceil(this.start.length * 1.5);
    const block = new Uint16Array(size);
    const start = new Uint32Array(size);
    const length = new Uint16Array(size);
    block.set(this.block);
    start.set(this.start);
    length.set(this.length);
    this.block = block;
    this.start = start;
    this.length = length;
  }
}
