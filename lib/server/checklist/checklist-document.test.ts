import { describe, expect, it } from "vitest";
import { brandingItem } from "./checklist-document";

const text = (market: string, at: string) => {
  const block = brandingItem(market, new Date(at)).blocks[0];
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
});
