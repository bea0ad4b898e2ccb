import { TextStore } from "./text-store";

/**
 * A map from text to a whole number (a row) that costs a few dozen bytes an
 * entry, for what a run must remember of every row it has passed, such as
 * the first row of each project id. A Map of strings costs about 70 bytes an
 * entry here (its table and each key's string); this keeps the keys in a
 * TextStore and open-addresses them by FNV-1a hash in typed arrays, and
 * compares the text itself whenever hashes meet, so it answers exactly.
 */
export class TextIndex {
  private readonly keys = new TextStore();
  private hashes = new Uint32Array(1024);
  private values = new Int32Array(1024);
  /** Slot → entry number + 1 (0: empty); a power of two, at most half full. */
  private slots = new Uint32Array(2048);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(text: string): number | undefined {
    const hash = fnv1a(text);
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = this.slots[i]!;
      if (entry === 0) return undefined;
      if (this.hashes[entry - 1] === hash && this.keys.at(entry - 1) === text) return this.values[entry - 1];
    }
  }

  /** Remembers `value` for `text`, which must not be in the index yet (ask `get` first). */
  add(text: string, value: number): void {
    if (this.count === this.hashes.length) {
      this.hashes = widen(this.hashes, new Uint32Array(this.hashes.length * 2));
      this.values = widen(this.values, new Int32Array(this.values.length * 2));
    }
    const hash = fnv1a(text);
    const entry = this.keys.push(text);
    this.hashes[entry] = hash;
    this.values[entry] = value;
    this.count++;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let i = this.hashes[entry]! & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Uint32Array(size);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }
}

function widen<T extends Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** FNV-1a over the UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
