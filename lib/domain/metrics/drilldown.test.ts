import { describe, expect, it } from "vitest";
import { drilldownHref, GLOSSARY_ENTRIES } from "./figures";
import { GLOSSARY_SQL } from "./glossary-sql";
import { lastChargedAmount, monthlyValueAt } from "./subscription-value";

const charge = (due: string, amount: number, status: "CHARGED" | "FAILED" | "RESERVED" = "CHARGED") => ({
  type: "RECURRING" as const,
  status,
  due: new Date(`${due}T00:00:00Z`),
  amount,
});

describe("MRR with a variable price at its last charged amount", () => {
  const variable = {
    pricingType: "VARIABLE" as const,
    amount: null,
    maxAmount: 30_000,
    suggestedMaxAmount: 50_000,
    intervalUnit: "WEEK" as const,
    intervalCount: 2,
    campaignType: null,
    campaignPrice: null,
    campaignEnd: null,
    campaignEventDate: null,
    campaignPeriodUnit: null,
    campaignPeriodCount: null,
    campaignIntervalUnit: null,
    campaignIntervalCount: null,
    activatedAt: new Date("2030-01-01T10:00:00Z"),
  };

  it("takes the latest taken charge due on or before the moment, by due date", () => {
    const charges = [
      charge("2030-01-15", 20_000),
      charge("2030-01-29", 25_000, "RESERVED"),
      charge("2030-02-12", 9_000, "FAILED"),
    ];
    expect(lastChargedAmount(charges, new Date("2030-01-28T23:00:00Z"))).toBe(20_000);
    expect(lastChargedAmount(charges, new Date("2030-01-29T00:00:00Z"))).toBe(25_000);
    expect(lastChargedAmount(charges, new Date("2030-03-01T00:00:00Z"))).toBe(25_000);
    expect(lastChargedAmount(charges, new Date("2030-01-10T00:00:00Z"))).toBeNull();
  });

  it("is worth its last charge per month, else what it will be charged", () => {
    const at = new Date("2030-02-01T00:00:00Z");
    // 25 000 every two weeks: 25 000 × 52 ÷ 24 = 54 166.7 → 54 167.
    expect(monthlyValueAt(variable, at, 25_000)).toBe(54_167);
    // Not charged yet: its max amount (under the suggested maximum), 30 000 × 52 ÷ 24 = 65 000.
    expect(monthlyValueAt(variable, at, null)).toBe(65_000);
    // Flexible prices have no recurring amount.
    expect(monthlyValueAt({ ...variable, pricingType: "FLEXIBLE" }, at, 25_000)).toBe(0);
  });
});

describe("drill-down links and the glossary", () => {
  it("carry the range, and the currency only for money figures", () => {
    expect(
      drilldownHref("mrr", { range: "30d", from: "2030-01-01", to: "2030-01-30", currency: "NOK" }),
    ).toBe("/admin/dashboard/mrr?range=30d&currency=NOK");
    expect(
      drilldownHref("new", { range: "custom", from: "2030-01-01", to: "2030-01-30", currency: "NOK" }),
    ).toBe("/admin/dashboard/new?range=custom&from=2030-01-01&to=2030-01-30");
  });

  it("has SQL for every entry", () => {
    for (const entry of GLOSSARY_ENTRIES) expect(GLOSSARY_SQL[entry].length, entry).toBeGreaterThan(20);
  });
});
