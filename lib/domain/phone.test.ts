import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone } from "./phone";

describe("normalizePhone", () => {
  it("reads what people type in each market", () => {
    expect(normalizePhone("41234567", "NO")).toBe("4741234567");
    expect(normalizePhone("+47 412 34 567", "NO")).toBe("4741234567");
    expect(normalizePhone("0047 41234567", "NO")).toBe("4741234567");
    expect(normalizePhone("4712345678", "NO")).toBe("4712345678");
    expect(normalizePhone("12 34 56 78", "DK")).toBe("4512345678");
    expect(normalizePhone("040 123 4567", "FI")).toBe("358401234567");
    expect(normalizePhone("+358 40 123 4567", "FI")).toBe("358401234567");
    expect(normalizePhone("358401234567", "FI")).toBe("358401234567");
  });

  it("refuses numbers of another market and things that are not numbers", () => {
    expect(normalizePhone("+45 12345678", "NO")).toBeNull();
    expect(normalizePhone("1234", "NO")).toBeNull();
    expect(normalizePhone("412345678", "NO")).toBeNull();
    expect(normalizePhone("kari@example.no", "NO")).toBeNull();
    expect(normalizePhone("", "DK")).toBeNull();
    expect(normalizePhone("+47 4123456x", "NO")).toBeNull();
  });

  it("formats a stored number for display", () => {
    expect(formatPhone("4741234567")).toBe("+47 41 23 45 67");
    expect(formatPhone("358401234567")).toBe("+358 401 23 45 67");
  });
});
