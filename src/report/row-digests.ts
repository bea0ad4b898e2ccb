import { TextStore } from "../tracker";
import type { RowDigest } from "./audit-record";

const HEX = "0123456789abcdef";

/** The value of a lower-case hex digit's character code. */
const nibble = (code: number): number => (code <= 0x39 ? code - 0x30 : code - 0x57);

/**
 * Each decision row's digest as verify recomputes them, kept compact until
 * the audit sheet's digest section is compared: the row in a typed array,
 * the SHA-256 as its 32 bytes, the source row and id as their JSON in flat
 * text blocks. About 70 bytes a row, against some 190 as objects of strings,
 * which at a million rows is what verify held most of.
 */
export class RowDigestList implements Iterable<RowDigest> {
  private rows = new Uint32Array(1024);
  private hashes = new Uint8Array(1024 * 32);
  private readonly texts = new TextStore();
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(d: RowDigest): void {
    if (!/^[0-9a-f]{64}$/.test(d.sha256)) throw new Error(`RowDigestList: not a SHA-256 in hex: ${d.sha256}`);
    if (this.count === this.rows.length) {
      const rows = new Uint32Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
      const hashes = new Uint8Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    const i = this.count++;
    this.rows[i] = d.row;
    // Two hex digits a byte, read off the character codes (checked above): no substring a byte on verify's per-row path.
    for (let k = 0; k < 32; k++) this.hashes[i * 32 + k] = (nibble(d.sha256.charCodeAt(2 * k)) << 4) | nibble(d.sha256.charCodeAt(2 * k + 1));
    this.texts.push(JSON.stringify([d.sourceRow, d.id]));
  }

  *[Symbol.iterator](): Iterator<RowDigest> {
    this.texts.finish();
    for (let i = 0; i < this.count; i++) {
      const [sourceRow, id] = JSON.parse(this.texts.at(i)!) as [RowDigest["sourceRow"], RowDigest["id"]];
      let sha256 = "";
      for (let k = 0; k < 32; k++) {
        const b = this.hashes[i * 32 + k]!;
        sha256 += HEX[b >> 4]! + HEX[b & 15]!;
      }
      yield { row: this.rows[i]!, sourceRow, id, sha256 };
    }
  }
}
