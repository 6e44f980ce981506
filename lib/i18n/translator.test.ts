import { describe, expect, it } from "vitest";
import { translator } from "./translator";

// Formatters are built once per locale and options and then reused: reuse must never mix them up.
describe("translator formats", () => {
  it("money in each locale's own way, whole amounts without decimals", () => {
    expect(translator("nb").money(19_900, "NOK")).toMatch(/^199\s?kr$/);
    expect(translator("nb").money(19_950, "NOK")).toMatch(/^199,50\s?kr$/);
    expect(translator("da").money(4_900, "DKK")).toMatch(/^49\s?kr\.$/);
    expect(translator("fi").money(1_250, "EUR")).toMatch(/^12,50\s?€$/);
    expect(translator("en").money(1_250, "EUR")).toBe("€12.50");
    expect(translator("nb").money(19_900, "NOK")).toMatch(/^199\s?kr$/);
  });

  it("dates with the default style and with options asked for, per locale", () => {
    const date = "2030-03-09T12:00:00Z";
    expect(translator("en").date(date)).toBe("9 Mar 2030");
    expect(translator("en").date(date, { dateStyle: "long", timeZone: "UTC" })).toBe("9 March 2030");
    expect(translator("nb").date(date, { dateStyle: "long", timeZone: "UTC" })).toBe("9. mars 2030");
    expect(translator("fi").date(date)).toBe("9.3.2030");
    expect(translator("en").date(date)).toBe("9 Mar 2030");
  });
});
