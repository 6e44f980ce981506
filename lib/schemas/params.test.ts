import { describe, expect, it } from "vitest";
import { hasInvalidPercentEscape, ZDateParam, ZIdParam, ZSearchText } from "./params";

describe("URL parameters", () => {
  it("ids: our ids, orderIds and tokens; nothing that could not be one", () => {
    for (const good of ["clx0abc123", "abo-2030-05-ab12", "s1a2b3c4_0"])
      expect(ZIdParam.parse(good)).toBe(good);
    for (const bad of ["", "\u0000", "a\u0000", "a b", "../x", "%FF", "ø", "x".repeat(101)])
      expect(ZIdParam.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("dates: only days that exist", () => {
    expect(ZDateParam.parse("2030-02-28")).toBe("2030-02-28");
    expect(ZDateParam.parse("2028-02-29")).toBe("2028-02-29");
    for (const bad of ["9999-99-99", "2030-02-30", "2030-13-01", "2030-1-1", "", "2030-05-01\u0000"])
      expect(ZDateParam.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("search text: storable, trimmed, bounded", () => {
    expect(ZSearchText(10).parse("  Åse  ")).toBe("Åse");
    expect(ZSearchText(10).safeParse("\u0000").success).toBe(false);
    expect(ZSearchText(3).safeParse("abcd").success).toBe(false);
  });

  it("paths: escapes that are not UTF-8 are found", () => {
    for (const bad of ["/support/charges/%FF", "/products/%C0%AF", "/a/%E2%82", "/a/%"])
      expect(hasInvalidPercentEscape(bad), bad).toBe(true);
    for (const good of ["/support/charges/abc", "/products/bl%C3%A5b%C3%A6r", "/a/%00", "/a/%F0%9F%98%80"])
      expect(hasInvalidPercentEscape(good), good).toBe(false);
  });
});
