import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "./money";

describe("money", () => {
  it("parses what people type", () => {
    expect(parseMoney("149")).toBe(14_900);
    expect(parseMoney("149,5")).toBe(14_950);
    expect(parseMoney("149.50")).toBe(14_950);
    expect(parseMoney("1 490,00 kr")).toBe(149_000);
    expect(parseMoney(" 0 ")).toBe(0);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "-5", "1,234.50", "12.345", "abc", "1e3", "NaN", "12,", "99999999999999999999"]) {
      expect(parseMoney(bad)).toBeNull();
    }
  });

  it("formats per locale and currency", () => {
    expect(formatMoney(14_900, "NOK", "nb-NO")).toMatch(/149\s?kr|kr\s?149/);
    expect(formatMoney(14_950, "EUR", "fi-FI")).toMatch(/149,50\s?€/);
    expect(formatMoney(14_950, "DKK", "da-DK")).toMatch(/149,50\s?kr\./);
  });
});
