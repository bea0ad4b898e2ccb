import { checkUscc } from "./uscc";
import { normalizeLabel } from "./text";
import type { RowValues } from "./read";

/** Where a project was first reported: the file (as the run names it), the sheet and the worksheet row. */
export interface ProjectRef {
  /**
   * The first row's file, when it is another source than the row's own;
   * empty within one source. A message then names the sheet alone, so no
   * digested text holds a file's name (renaming a tracker changes no digest).
   */
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

/**
 * Who a row's issuer is, as rows are compared for what counts once per
 * issuer or per project: its valid USCC (null when it has none) and its name
 * normalised as headers are (Simplified, NFKC, no spaces); null when the row
 * names no issuer. Two rows name the same issuer when both USCCs are valid
 * and equal, or, when either has none, when the names are equal.
 */
export function issuerIdentity(values: RowValues): { readonly uscc: string | null; readonly name: string } | null {
  if (!values.issuer.ok) return null;
  const check = values.issuerUscc.ok ? checkUscc(values.issuerUscc.value) : null;
  return { uscc: check?.valid ? check.code : null, name: normalizeLabel(values.issuer.value) };
}

type Key = readonly [number, number];

/** Two independent 32-bit hashes of a text's UTF-16 code units (FNV-1a; and a multiply-xorshift with a final mix). */
function keyOf(text: string): Key {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return [a >>> 0, (b ^ (b >>> 16)) >>> 0];
}

/**
 * 64-bit keys, each with the number of the first project it was seen with:
 * an open-addressed table of typed arrays, 12 bytes a slot and at most half
 * full, whatever the texts' length. A slot whose project number is 0 is free
 * (numbers are stored plus one).
 */
class KeyTable {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private ref = new Uint32Array(1024);
  private size = 0;

  get([h, l]: Key): number | undefined {
    const mask = this.ref.length - 1;
    for (let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask; this.ref[i] !== 0; i = (i + 1) & mask) {
      if (this.hi[i] === h && this.lo[i] === l) return this.ref[i]! - 1;
    }
    return undefined;
  }

  add([h, l]: Key, project: number): void {
    if ((this.size + 1) * 2 > this.ref.length) this.grow();
    this.put(h, l, project + 1);
    this.size++;
  }

  private put(h: number, l: number, stored: number): void {
    const mask = this.ref.length - 1;
    let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    while (this.ref[i] !== 0) i = (i + 1) & mask;
    this.hi[i] = h;
    this.lo[i] = l;
    this.ref[i] = stored;
  }

  private grow(): void {
    const { hi, lo, ref } = this;
    this.hi = new Uint32Array(ref.length * 2);
    this.lo = new Uint32Array(ref.length * 2);
    this.ref = new Uint32Array(ref.length * 2);
    for (let i = 0; i < ref.length; i++) if (ref[i] !== 0) this.put(hi[i]!, lo[i]!, ref[i]!);
  }
}

/**
 * The projects seen so far, across every source of a run, to catch one
 * reported twice. Two rows are the same project when they have the same
 * normalised project name and lead solver, and the same issuer: by USCC when
 * both rows have a valid one, else by the issuer's normalised name
 * (Simplified, NFKC, no spaces, as headers are compared). A row without an
 * issuer, a project name or a solver is never a repeat.
 *
 * The first occurrence of a project is kept: a few bytes of it (two 64-bit
 * keys of its texts, its row, its source) whatever the texts' length. Keys
 * are 64-bit hashes, so two different projects share one with a chance of
 * about n² / 2⁶⁵ (3 × 10⁻⁸ at a million rows); the message names the first
 * row, so a person can tell.
 */
export class ProjectIndex {
  private readonly byName = new KeyTable();
  private readonly byUscc = new KeyTable();
  private rows = new Uint32Array(256);
  private sourceOf = new Uint16Array(256);
  private withUscc = new Uint8Array(256);
  private count = 0;
  private readonly sources: Array<{ readonly file: string; readonly sheet: string }> = [];

  /** The rows that follow come from this file and sheet. */
  beginSource(file: string, sheet: string): void {
    this.sources.push({ file, sheet });
  }

  /**
   * The first row of the project this row repeats, or null; a row that
   * repeats none is remembered as its project's first.
   */
  repeatOf(values: RowValues, row: number): ProjectRef | null {
    const { name, solver } = values;
    const issuer = issuerIdentity(values);
    if (!issuer || !name.ok || !solver.ok || solver.value.length === 0) return null;
    if (this.sources.length === 0) this.beginSource("", "");
    const rest = `\u0000${normalizeLabel(name.value)}\u0000${normalizeLabel(solver.value[0]!)}`;
    const uscc = issuer.uscc;
    const nameKey = keyOf(`n${issuer.name}${rest}`);
    const usccKey = uscc === null ? null : keyOf(`u${uscc}${rest}`);
    let first = usccKey === null ? undefined : this.byUscc.get(usccKey);
    const named = this.byName.get(nameKey);
    // By name only when the two rows do not both have a valid USCC (then the USCC decides, above).
    if (named !== undefined && !(uscc !== null && this.withUscc[named] === 1)) first = first === undefined ? named : Math.min(first, named);
    if (first !== undefined) {
      const at = this.sourceOf[first]!;
      const source = this.sources[at]!;
      return { file: at === this.sources.length - 1 ? "" : source.file, sheet: source.sheet, row: this.rows[first]! };
    }
    const project = this.remember(row, uscc !== null);
    if (named === undefined) this.byName.add(nameKey, project);
    if (usccKey !== null) this.byUscc.add(usccKey, project);
    return null;
  }

  private remember(row: number, withUscc: boolean): number {
    if (this.count === this.rows.length) {
      const grow = <T extends Uint32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.rows = grow(this.rows, (n) => new Uint32Array(n));
      this.sourceOf = grow(this.sourceOf, (n) => new Uint16Array(n));
      this.withUscc = grow(this.withUscc, (n) => new Uint8Array(n));
    }
    const project = this.count++;
    this.rows[project] = row;
    this.sourceOf[project] = this.sources.length - 1;
    this.withUscc[project] = withUscc ? 1 : 0;
    return project;
  }
}
