import { describe, expect, it } from "vitest";
import { TextIndex, TextStore } from "../../src/tracker";
import { prng } from "../bench/generate-tracker";

const words = ["包钢", "稀土", "JB-2022-", "研究院", "有限公司", "x", "", "鄂尔多斯", "Ａ", "_x000D_"];

function randomText(random: () => number): string {
  let text = "";
  const n = Math.floor(random() * 4);
  for (let i = 0; i < n; i++) text += words[Math.floor(random() * words.length)]! + (random() < 0.5 ? String(Math.floor(random() * 50)) : "");
  return text;
}

describe("TextStore", () => {
  it("gives back every text by its number, across blocks", () => {
    const store = new TextStore();
    const long = "长".repeat((1 << 20) - 3);
    const texts = ["a", long, "bc", "", "研发投入", long + "z", "end", "café", "x".repeat(1 << 20), "NMG-JB-2022-000001", "y".repeat(0xffff), "é".repeat(0xfffe), ...Array.from({ length: 3000 }, (_, i) => `P-${i}`)];
    const numbers = texts.map((t) => store.push(t));
    store.finish();
    expect(numbers).toEqual(texts.map((_, i) => i));
    expect(texts.map((_, i) => store.at(i))).toEqual(texts);
    expect(store.at(-1)).toBeUndefined();
    expect(store.at(texts.length)).toBeUndefined();
    expect(store.at(1.5)).toBeUndefined();
  });
});

describe("TextIndex", () => {
  it("answers as a Map does, over many texts with shared prefixes (a property over 20 seeds)", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = prng(seed);
      const index = new TextIndex();
      const map = new Map<string, number>();
      for (let i = 0; i < 3000; i++) {
        const text = randomText(random);
        expect(index.get(text)).toBe(map.get(text));
        if (!map.has(text)) {
          map.set(text, i);
          index.add(text, i);
        }
      }
      expect(index.size).toBe(map.size);
      for (const [text, value] of map) expect(index.get(text)).toBe(value);
    }
  });

  it("tells apart texts whose hashes meet", () => {
    // FNV-1a (32-bit) gives these two the same hash; the index compares the texts.
    const index = new TextIndex();
    const [a, b] = collidingPair();
    index.add(a, 1);
    expect(index.get(b)).toBeUndefined();
    index.add(b, 2);
    expect([index.get(a), index.get(b)]).toEqual([1, 2]);
  });
});

/** Two different texts with the same 32-bit FNV-1a hash, found by search. */
function collidingPair(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const text = `JB-${i}`;
    let h = 0x811c9dc5;
    for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const hash = h >>> 0;
    const other = seen.get(hash);
    if (other !== undefined) return [other, text];
    seen.set(hash, text);
  }
}
