import { describe, expect, it } from "vitest";
import { Decimal, decimalFromCellNumber, FEN_HALF_UP, parseUnit, percent, round, toYuan, yuanDisplay, yuanInWords, yuanString } from "../../src/money";

describe("exact money", () => {
  it("computes 0.3 × 1,234,567.85 as exactly 370,370.355 and rounds it half up to 370,370.36", () => {
    const exact = new Decimal("0.3").times("1234567.85");
    expect(exact.toFixed()).toBe("370370.355");
    expect(round(exact, FEN_HALF_UP).toFixed(2)).toBe("370370.36");
    // The binary float product is not the exact amount.
    expect(String(0.3 * 1234567.85)).not.toBe("370370.355");
  });

  it("rounds 0.3 × 2,500,000.05 = 750,000.015 up to 750,000.02", () => {
    expect(round(new Decimal("0.3").times("2500000.05"), FEN_HALF_UP).toFixed(2)).toBe("750000.02");
    // The same in binary floating point loses the half fen.
    expect(Math.round(0.3 * 2500000.05 * 100) / 100).toBe(750000.01);
  });

  it("honours the rounding modes a pack may choose", () => {
    const amount = new Decimal("750000.015");
    expect(round(amount, { places: 2, mode: "half-even" }).toFixed(2)).toBe("750000.02");
    expect(round(new Decimal("750000.025"), { places: 2, mode: "half-even" }).toFixed(2)).toBe("750000.02");
    expect(round(amount, { places: 2, mode: "down" }).toFixed(2)).toBe("750000.01");
    expect(round(amount, { places: 0, mode: "half-up" }).toFixed(0)).toBe("750000");
    expect(round(new Decimal("0.011"), { places: 2, mode: "up" }).toFixed(2)).toBe("0.02");
    expect(round(new Decimal("0.015"), { places: 2, mode: "half-down" }).toFixed(2)).toBe("0.01");
  });

  it("reads a spreadsheet number as the decimal Excel shows (15 significant digits)", () => {
    expect(decimalFromCellNumber(1234567.85).toFixed()).toBe("1234567.85");
    expect(decimalFromCellNumber(0.1 + 0.2).toFixed()).toBe("0.3");
    expect(decimalFromCellNumber(2600).toFixed()).toBe("2600");
    expect(() => decimalFromCellNumber(Number.NaN)).toThrow();
  });

  it("converts 万元 and 亿元 to yuan exactly", () => {
    expect(toYuan(new Decimal("1.9"), "亿元").toFixed()).toBe("190000000");
    expect(toYuan(new Decimal("1234.56789"), "万元").toFixed()).toBe("12345678.9");
    expect(toYuan(new Decimal("5"), "元").toFixed()).toBe("5");
  });

  it("parses --unit spellings in Chinese and English", () => {
    expect(parseUnit("万元")).toBe("万元");
    expect(parseUnit("亿元")).toBe("亿元");
    expect(parseUnit("元")).toBe("元");
    expect(parseUnit("yuan")).toBe("元");
    expect(parseUnit("10k yuan")).toBe("万元");
    expect(parseUnit("万")).toBe("万元");
    expect(parseUnit("dollars")).toBeNull();
  });

  it("formats amounts for JSON, for people and in policy words", () => {
    expect(yuanString(new Decimal("7800000"))).toBe("7800000.00");
    expect(yuanString(new Decimal("0.005"))).toBe("0.01");
    expect(yuanDisplay(new Decimal("55000000"))).toBe("55,000,000.00");
    expect(yuanDisplay(new Decimal("-1234.5"))).toBe("-1,234.50");
    expect(yuanInWords(new Decimal("10000000"), "zh-CN")).toBe("1000万元");
    expect(yuanInWords(new Decimal("200000000"), "zh-CN")).toBe("2亿元");
    expect(yuanInWords(new Decimal("190000000"), "zh-CN")).toBe("19000万元");
    expect(yuanInWords(new Decimal("10000000"), "en")).toBe("10 million yuan");
    expect(percent(new Decimal("0.3"))).toBe("30%");
  });
});
