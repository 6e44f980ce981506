import { describe, expect, it } from "vitest";
import { monthlyValue } from "@/lib/domain/periods";
import { churnKind } from "./churn";
import { campaignUntil, monthlyAmount, mrrAt, mrrByCurrency, type TMrrAgreement } from "./mrr";
import { chargeOutcome, isRecovered, paidAt, refundsOf } from "./payments";
import { slotOf } from "./series";

// The oracles the dashboard's SQL is checked against (known-dataset.test.ts, the integration and soak
// tests): each formula on small cases worked out by hand.
const agreement = (overrides: Partial<TMrrAgreement> = {}): TMrrAgreement => ({
  currency: "NOK",
  pricingType: "LEGACY",
  amount: 29_900,
  maxAmount: null,
  suggestedMaxAmount: null,
  intervalUnit: "MONTH",
  intervalCount: 1,
  campaignType: null,
  campaignPrice: null,
  campaignEnd: null,
  campaignEventDate: null,
  campaignPeriodUnit: null,
  campaignPeriodCount: null,
  campaignIntervalUnit: null,
  campaignIntervalCount: null,
  activatedAt: new Date("2030-01-01T12:00:00Z"),
  endedAt: null,
  ...overrides,
});
const at = new Date("2030-02-10T12:00:00Z");

describe("MRR", () => {
  it("normalises every interval to a month, exactly", () => {
    expect(monthlyAmount(29_900, "MONTH", 1)).toBe(29_900);
    expect(monthlyAmount(89_700, "MONTH", 3)).toBe(29_900);
    expect(monthlyAmount(52_000, "YEAR", 1)).toBe(4_333);
    expect(monthlyAmount(9_900, "WEEK", 2)).toBe(21_450);
    expect(monthlyAmount(1_000, "DAY", 1)).toBe(30_417);
    expect(monthlyAmount(6, "DAY", 1)).toBe(183); // 182.5 rounds up
  });

  it("agrees with the billing code's monthlyValue", () => {
    for (const unit of ["DAY", "WEEK", "MONTH", "YEAR"] as const) {
      for (const count of [1, 2, 3, 7, 12, 31]) {
        for (const amount of [100, 101, 999, 29_900, 52_000, 123_457]) {
          expect(monthlyAmount(amount, unit, count), `${amount} ${unit}×${count}`).toBe(
            monthlyValue(amount, { unit, count }),
          );
        }
      }
    }
  });

  it("counts only agreements active at the moment", () => {
    expect(mrrAt(agreement(), at)).toBe(29_900);
    expect(mrrAt(agreement({ activatedAt: new Date("2030-03-01T00:00:00Z") }), at)).toBe(0);
    expect(mrrAt(agreement({ activatedAt: null }), at)).toBe(0);
    expect(mrrAt(agreement({ endedAt: new Date("2030-02-10T11:00:00Z") }), at)).toBe(0);
    expect(mrrAt(agreement({ endedAt: new Date("2030-02-10T13:00:00Z") }), at)).toBe(29_900);
  });

  it("leaves out flexible prices and pay-per-use intervals", () => {
    expect(mrrAt(agreement({ pricingType: "FLEXIBLE", amount: null }), at)).toBe(0);
    expect(mrrAt(agreement({ intervalUnit: null, intervalCount: null }), at)).toBe(0);
  });

  it("takes what a variable agreement is billed (the billing calendar's variableAmount)", () => {
    expect(
      mrrAt(
        agreement({ pricingType: "VARIABLE", amount: null, maxAmount: 30_000, suggestedMaxAmount: 50_000 }),
        at,
      ),
    ).toBe(30_000);
  });

  it("counts the campaign price while the campaign lasts", () => {
    const price = agreement({
      campaignType: "PRICE_CAMPAIGN",
      campaignPrice: 9_900,
      campaignEnd: new Date("2030-03-01T00:00:00Z"),
    });
    expect(mrrAt(price, at)).toBe(9_900);
    expect(mrrAt(price, new Date("2030-03-01T00:00:00Z"))).toBe(29_900);
    const period = agreement({
      campaignType: "PERIOD_CAMPAIGN",
      campaignPrice: 100,
      campaignPeriodUnit: "DAY",
      campaignPeriodCount: 14,
    });
    expect(campaignUntil(period)?.toISOString()).toBe("2030-01-15T12:00:00.000Z");
    expect(mrrAt(period, new Date("2030-01-10T00:00:00Z"))).toBe(100);
    expect(mrrAt(period, at)).toBe(29_900);
    const event = agreement({
      campaignType: "EVENT_CAMPAIGN",
      campaignPrice: 9_900,
      campaignEventDate: new Date("2030-02-11T00:00:00Z"),
    });
    expect(mrrAt(event, at)).toBe(9_900);
    const flex = agreement({
      campaignType: "FULL_FLEX_CAMPAIGN",
      campaignPrice: 1_000,
      campaignEnd: new Date("2030-03-01T00:00:00Z"),
      campaignIntervalUnit: "WEEK",
      campaignIntervalCount: 1,
    });
    expect(mrrAt(flex, at)).toBe(4_333);
    expect(
      mrrAt(
        agreement({
          pricingType: "VARIABLE",
          campaignType: "PRICE_CAMPAIGN",
          campaignPrice: 1,
          suggestedMaxAmount: 50_000,
          amount: null,
        }),
        at,
      ),
    ).toBe(50_000);
  });

  it("sums per currency, never across", () => {
    expect(
      mrrByCurrency(
        [agreement(), agreement({ currency: "DKK", amount: 19_900 }), agreement({ amount: 100 })],
        at,
      ),
    ).toEqual({ NOK: 30_000, DKK: 19_900 });
  });
});

describe("churn", () => {
  it("calls only stops for failed payment involuntary", () => {
    expect(churnKind("FAILED_PAYMENT")).toBe("failedPayment");
    for (const cause of ["CUSTOMER", "USER_IN_APP", "STAFF", "VIPPS_ADMIN", null] as const)
      expect(churnKind(cause)).toBe("voluntary");
  });
});

describe("payments", () => {
  it("sorts charges into succeeded, failed and undecided", () => {
    for (const s of ["RESERVED", "CHARGED", "PARTIALLY_CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED"] as const)
      expect(chargeOutcome(s)).toBe("succeeded");
    expect(chargeOutcome("FAILED")).toBe("failed");
    for (const s of ["PENDING", "DUE", "PROCESSING", "CANCELLED"] as const)
      expect(chargeOutcome(s)).toBeNull();
  });

  it("calls a charge recovered when its money came after the due date", () => {
    const history = (occurred: string) => [
      { occurred: "2030-02-01T00:00:00Z", event: "CREATE", amount: 100, success: true },
      { occurred, event: "CAPTURE", amount: 100, success: true },
    ];
    const due = new Date("2030-02-10T00:00:00Z");
    expect(isRecovered({ status: "CHARGED", due, history: history("2030-02-10T07:00:00Z") })).toBe(false);
    expect(isRecovered({ status: "CHARGED", due, history: history("2030-02-12T07:00:00Z") })).toBe(true);
    expect(isRecovered({ status: "FAILED", due, history: history("2030-02-12T07:00:00Z") })).toBe(false);
    expect(isRecovered({ status: "CHARGED", due, history: null })).toBe(false);
    expect(
      paidAt([{ occurred: "2030-02-12T07:00:00Z", event: "CAPTURE", amount: 1, success: false }]),
    ).toBeNull();
  });

  it("reads refunds from the history, or the refunded amount without one", () => {
    const updatedAt = new Date("2030-02-09T00:00:00Z");
    expect(
      refundsOf({
        refundedAmount: 500,
        updatedAt,
        history: [
          { occurred: "2030-02-05T10:00:00Z", event: "REFUND", amount: 300, success: true },
          { occurred: "2030-02-06T10:00:00Z", event: "REFUND", amount: 200, success: true },
        ],
      }),
    ).toEqual([
      { at: new Date("2030-02-05T10:00:00Z"), amount: 300 },
      { at: new Date("2030-02-06T10:00:00Z"), amount: 200 },
    ]);
    expect(refundsOf({ refundedAmount: 500, updatedAt, history: null })).toEqual([
      { at: updatedAt, amount: 500 },
    ]);
    expect(refundsOf({ refundedAmount: 0, updatedAt, history: null })).toEqual([]);
  });
});

describe("series", () => {
  it("puts a change in the slot of the first instant after it", () => {
    const instants = [new Date("2030-01-01"), new Date("2030-01-02"), new Date("2030-01-03")];
    expect(slotOf(new Date("2029-12-31"), instants)).toBe(0);
    expect(slotOf(new Date("2030-01-01"), instants)).toBe(1);
    expect(slotOf(new Date("2030-01-05"), instants)).toBe(3);
  });
});
