import { describe, expect, it } from "vitest";
import { BRAND_CHANGE_AT, brandOf, brandsAt } from "./brand";

describe("brandOf", () => {
  it("names MobilePay in Denmark and Finland until the change, and Vipps from it", () => {
    for (const market of ["DK", "FI"]) {
      expect(brandOf(market, new Date("2026-12-06T12:00:00Z"))).toBe("MobilePay");
      expect(brandOf(market, new Date("2027-01-12T12:00:00Z"))).toBe("Vipps");
      expect(brandOf(market, new Date("2030-06-01T00:00:00Z"))).toBe("Vipps");
    }
  });

  it("always names Vipps in Norway", () => {
    expect(brandOf("NO", new Date("2026-12-06T12:00:00Z"))).toBe("Vipps");
    expect(brandOf("NO", new Date("2027-01-12T12:00:00Z"))).toBe("Vipps");
  });

  it("switches at midnight in Copenhagen (23:00 UTC), not at midnight UTC or in Oslo's evening", () => {
    expect(BRAND_CHANGE_AT.toISOString()).toBe("2027-01-11T23:00:00.000Z");
    expect(brandOf("DK", new Date("2027-01-11T22:59:59.999Z"))).toBe("MobilePay");
    expect(brandOf("DK", new Date("2027-01-11T23:00:00.000Z"))).toBe("Vipps");
    // Midnight UTC is already an hour into 12 January in Copenhagen.
    expect(brandOf("FI", new Date("2027-01-12T00:00:00.000Z"))).toBe("Vipps");
    // 12 January at 00:00 in Copenhagen, expressed in Copenhagen's own time zone.
    const copenhagen = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Copenhagen",
      dateStyle: "short",
      timeStyle: "short",
      hourCycle: "h23",
    }).format(BRAND_CHANGE_AT);
    expect(copenhagen).toBe("2027-01-12, 00:00");
  });

  it("gives every market its brand at once", () => {
    expect(brandsAt(new Date("2027-01-10T00:00:00Z"))).toEqual({
      NO: "Vipps",
      DK: "MobilePay",
      FI: "MobilePay",
    });
    expect(brandsAt(new Date("2027-01-13T00:00:00Z"))).toEqual({ NO: "Vipps", DK: "Vipps", FI: "Vipps" });
  });
});
