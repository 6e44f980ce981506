import { describe, expect, it } from "vitest";
import type { TLocale } from "@/lib/i18n/locales";
import { brandingItem } from "./checklist-document";

const text = (market: string, at: string, locale: TLocale = "en") => {
  const block = brandingItem({ locale }, market, new Date(at)).blocks[0];
  return block?.kind === "p" ? block.text : "";
};

describe("go-live checklist branding item", () => {
  it("names MobilePay for Danish and Finnish sales units before 12 January 2027 (Copenhagen) and Vipps from then", () => {
    for (const market of ["DK", "FI"]) {
      expect(text(market, "2027-01-11T22:59:59Z")).toContain(`(${market}) shows MobilePay now`);
      expect(text(market, "2027-01-11T23:00:00Z")).toContain(`(${market}) shows Vipps now`);
      expect(text(market, "2027-01-11T23:00:00Z")).toContain("2027-01-11 23:00:00 UTC");
    }
  });

  it("names Vipps for a Norwegian sales unit on both sides of the date", () => {
    expect(text("NO", "2026-12-01T00:00:00Z")).toContain("(NO) shows Vipps now");
    expect(text("NO", "2027-02-01T00:00:00Z")).toContain("(NO) shows Vipps now");
  });

  it("speaks the reader's language, with the status word in it", () => {
    expect(text("DK", "2026-12-01T00:00:00Z", "da")).toContain("(DK) viser MobilePay nu");
    expect(brandingItem({ locale: "fi" }, "FI", new Date("2027-02-01T00:00:00Z")).statusText).toBe("Täyttyy");
    expect(brandingItem({ locale: "en" }, "FI", new Date("2027-02-01T00:00:00Z")).statusText).toBe("Met");
  });
});
