import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkUscc, normalizeUscc, usccCheckCharacter } from "../../src/tracker";

/** The GB 32100-2015 alphabet: digits and capitals without I, O, S, V, Z. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const VALID = "91350100M000100Y43";

describe("checkUscc (GB 32100-2015)", () => {
  it("accepts the standard's example code 91350100M000100Y43", () => {
    expect(checkUscc(VALID)).toEqual({ valid: true, code: VALID, areaCode: "350100" });
  });

  it("rejects 91350100M000100Y4Z, whose last character is not the check character", () => {
    const result = checkUscc("91350100M000100Y4Z");
    expect(result.valid).toBe(false);
  });

  it("rejects a code of allowed characters whose check character is wrong, saying it is the checksum", () => {
    expect(checkUscc("91350100M000100Y44")).toMatchObject({ valid: false, why: "checksum" });
  });

  it("reads a code written in lower case", () => {
    expect(checkUscc("91350100m000100y43")).toMatchObject({ valid: true, code: VALID });
  });

  it("reads a code written with spaces and hyphens between its groups", () => {
    expect(checkUscc(" 9135 0100-M000 100Y-43 ")).toMatchObject({ valid: true, code: VALID });
  });

  it("reads a code typed with full-width characters", () => {
    expect(checkUscc("９１３５０１００Ｍ０００１００Ｙ４３")).toMatchObject({ valid: true, code: VALID });
    expect(checkUscc("９１３５０１００ｍ０００１００ｙ４３")).toMatchObject({ valid: true, code: VALID });
  });

  it("normalises a code to the 18 upper-case half-width characters", () => {
    expect(normalizeUscc(" ９１３５-0100 m000100y43\u3000")).toBe(VALID);
  });

  it("rejects a code that is one character short or one too long as a length problem", () => {
    expect(checkUscc(VALID.slice(0, 17))).toMatchObject({ valid: false, why: "length" });
    expect(checkUscc(`${VALID}0`)).toMatchObject({ valid: false, why: "length" });
    expect(checkUscc("")).toMatchObject({ valid: false, why: "length" });
  });

  it.each(["I", "O", "S", "V", "Z"])("rejects a code containing the forbidden letter %s as a character problem", (letter) => {
    const code = `${VALID.slice(0, 8)}${letter}${VALID.slice(9)}`;
    expect(checkUscc(code)).toMatchObject({ valid: false, why: "character" });
  });

  it("rejects a code containing punctuation other than hyphens", () => {
    expect(checkUscc("91350100M000100Y4.")).toMatchObject({ valid: false });
  });

  it("accepts a Baotou enterprise code made with usccCheckCharacter and reports its area code 150200", () => {
    const first17 = "91150200MA0N8K1X7";
    const code = first17 + usccCheckCharacter(first17);
    expect(code).toHaveLength(18);
    expect(checkUscc(code)).toEqual({ valid: true, code, areaCode: "150200" });
  });

  it("accepts a public-institution code (12…) of a Beijing institute and reports its Beijing area code", () => {
    const first17 = "12110000400012345";
    const code = first17 + usccCheckCharacter(first17);
    expect(checkUscc(code)).toMatchObject({ valid: true, areaCode: "110000" });
  });

  it("computes the check character of the standard's example as 3", () => {
    expect(usccCheckCharacter(VALID.slice(0, 17))).toBe("3");
  });

  it("accepts every code whose 18th character is the one usccCheckCharacter computes", () => {
    const first17 = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 17, maxLength: 17 });
    fc.assert(
      fc.property(first17, (head) => {
        const result = checkUscc(head + usccCheckCharacter(head));
        expect(result).toMatchObject({ valid: true, areaCode: head.slice(2, 8) });
      }),
    );
  });

  it("rejects any valid code in which a single character is changed to another character of the alphabet", () => {
    const first17 = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 17, maxLength: 17 });
    const mutation = fc.tuple(first17, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: ALPHABET.length - 1 }));
    fc.assert(
      fc.property(mutation, ([head, position, shift]) => {
        const code = head + usccCheckCharacter(head);
        const original = code[position]!;
        const replacement = ALPHABET[(ALPHABET.indexOf(original) + shift) % ALPHABET.length]!;
        expect(replacement).not.toBe(original);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(checkUscc(changed)).toMatchObject({ valid: false, why: "checksum" });
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects every single-character change of the standard's example code", () => {
    for (let position = 0; position < 18; position++) {
      for (const replacement of ALPHABET) {
        if (replacement === VALID[position]) continue;
        const changed = VALID.slice(0, position) + replacement + VALID.slice(position + 1);
        expect(checkUscc(changed).valid, changed).toBe(false);
      }
    }
  });
});
