import { describe, expect, it } from "vitest";
import { monthlyValue } from "../periods";
import { churnKind, churnRate } from "./churn";
import { toCsv } from "./csv";
import {
  campaignUntil,
  lastChargedAmount,
  monthlyAmount,
  mrrAt,
  mrrByCurrency,
  variableAmount,
  type TMrrAgreement,
} from "./mrr";
import { chargeOutcome, failedPaymentRate, isRecovered, paidAt, refundsOf } from "./payments";
import { bucketStarts, levelInstants, parseRange } from "./range";
import { levelsFromSlots, slotOf } from "./series";
import { projectCharges } from "./upcoming";

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

  it("takes what a variable agreement is billed: its amount, else the user's max, never above the suggested max", () => {
    expect(variableAmount({ amount: null, maxAmount: 30_000, suggestedMaxAmount: 50_000 })).toBe(30_000);
    expect(variableAmount({ amount: 60_000, maxAmount: 30_000, suggestedMaxAmount: 50_000 })).toBe(50_000);
    expect(variableAmount({ amount: null, maxAmount: null, suggestedMaxAmount: 50_000 })).toBe(50_000);
    expect(
      mrrAt(
        agreement({ pricingType: "VARIABLE", amount: null, maxAmount: 30_000, suggestedMaxAmount: 50_000 }),
        at,
      ),
    ).toBe(30_000);
  });

  it("counts a variable agreement at what it was last charged, its chosen amount before that", () => {
    const charge = (amount: number, due: string, status: "CHARGED" | "FAILED" | "REFUNDED", id = due) => ({
      id,
      type: "RECURRING",
      status,
      amount,
      due: new Date(`${due}T00:00:00Z`),
      createdAt: new Date(`${due}T00:00:00Z`),
    });
    const charges = [
      charge(12_000, "2030-01-01", "CHARGED"),
      charge(17_500, "2030-02-01", "REFUNDED"),
      charge(40_000, "2030-03-01", "FAILED"),
    ];
    expect(lastChargedAmount(charges)).toBe(17_500);
    expect(lastChargedAmount([{ ...charges[0]!, type: "UNSCHEDULED" }])).toBeNull();
    const variable = agreement({ pricingType: "VARIABLE", amount: 50_000, suggestedMaxAmount: 50_000 });
    expect(mrrAt(variable, at)).toBe(50_000);
    expect(mrrAt({ ...variable, lastChargedAmount: lastChargedAmount(charges) }, at)).toBe(17_500);
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

  it("divides churned by active at the start plus started (Stripe)", () => {
    expect(churnRate({ churned: 2, activeAtStart: 6, started: 4 })).toBe(0.2);
    expect(churnRate({ churned: 0, activeAtStart: 0, started: 0 })).toBeNull();
  });
});

describe("payments", () => {
  it("sorts charges into succeeded, failed and undecided", () => {
    for (const s of ["RESERVED", "CHARGED", "PARTIALLY_CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED"] as const)
      expect(chargeOutcome(s)).toBe("succeeded");
    expect(chargeOutcome("FAILED")).toBe("failed");
    for (const s of ["PENDING", "DUE", "PROCESSING", "CANCELLED"] as const)
      expect(chargeOutcome(s)).toBeNull();
    expect(failedPaymentRate({ failed: 2, succeeded: 5 })).toBeCloseTo(2 / 7);
    expect(failedPaymentRate({ failed: 0, succeeded: 0 })).toBeNull();
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

describe("time range", () => {
  const today = new Date("2030-02-10T15:00:00Z");

  it("has presets cut into days, weeks or months", () => {
    const d30 = parseRange({}, today);
    expect(d30.ok && d30.range).toMatchObject({
      preset: "30d",
      from: new Date("2030-01-12T00:00:00Z"),
      to: new Date("2030-02-11T00:00:00Z"),
      bucket: "day",
    });
    expect(bucketStarts(d30.range)).toHaveLength(30);
    const d90 = parseRange({ range: "90d" }, today).range;
    expect(d90.bucket).toBe("week");
    expect(bucketStarts(d90)).toHaveLength(13);
    const m12 = parseRange({ range: "12m" }, today).range;
    // The current month only up to today: the range never runs into the future.
    expect(m12).toMatchObject({
      from: new Date("2029-03-01T00:00:00Z"),
      to: new Date("2030-02-11T00:00:00Z"),
      bucket: "month",
    });
    expect(bucketStarts(m12).map((d) => d.toISOString().slice(0, 7))).toEqual([
      "2029-03",
      "2029-04",
      "2029-05",
      "2029-06",
      "2029-07",
      "2029-08",
      "2029-09",
      "2029-10",
      "2029-11",
      "2029-12",
      "2030-01",
      "2030-02",
    ]);
  });

  it("takes custom dates and refuses impossible ones", () => {
    const custom = parseRange({ range: "custom", from: "2029-12-01", to: "2030-01-31" }, today);
    expect(custom.ok && custom.range).toMatchObject({
      from: new Date("2029-12-01T00:00:00Z"),
      to: new Date("2030-02-01T00:00:00Z"),
      bucket: "day",
    });
    expect(parseRange({ range: "custom", from: "2029-01-01", to: "2030-01-31" }, today).range.bucket).toBe(
      "month",
    );
    const reversed = parseRange({ range: "custom", from: "2030-02-01", to: "2030-01-01" }, today);
    expect(reversed.ok ? {} : reversed.errors).toEqual({
      to: "The end date must be on or after the start date.",
    });
    const future = parseRange({ range: "custom", from: "2030-01-01", to: "2030-03-01" }, today);
    expect(future.ok ? {} : future.errors).toEqual({ to: "The end date cannot be after today." });
    const bad = parseRange({ range: "custom", from: "2030-02-30", to: "" }, today);
    expect(bad.ok ? {} : Object.keys(bad.errors)).toEqual(["from", "to"]);
    expect(bad.range.preset).toBe("30d");
  });

  it("reads levels at each bucket's end, but not after now", () => {
    const range = parseRange({ range: "7d" }, today).range;
    const instants = levelInstants(range, today);
    expect(instants[0]).toEqual(new Date("2030-02-05T00:00:00Z"));
    expect(instants.at(-1)).toEqual(today);
  });

  it("adds changes up into levels", () => {
    const instants = [new Date("2030-01-01"), new Date("2030-01-02"), new Date("2030-01-03")];
    expect(slotOf(new Date("2029-12-31"), instants)).toBe(0);
    expect(slotOf(new Date("2030-01-01"), instants)).toBe(1);
    expect(slotOf(new Date("2030-01-05"), instants)).toBe(3);
    expect(
      levelsFromSlots(
        new Map([
          [0, 5],
          [1, 2],
          [2, -3],
          [3, 100],
        ]),
        3,
      ),
    ).toEqual([5, 7, 4]);
  });
});

describe("upcoming charges", () => {
  const today = new Date("2030-02-10T00:00:00Z");
  const base = {
    pricingType: "LEGACY" as const,
    pricing: { amount: 9_900 },
    suggestedMaxAmount: null,
    maxAmount: null,
    pausedUntil: null,
    stopAt: null,
  };

  it("projects each period in the window, due on its first day but never before tomorrow", () => {
    const plan = { anchor: new Date("2029-12-22T00:00:00Z"), interval: { unit: "WEEK" as const, count: 2 } };
    expect(
      projectCharges({ ...base, plan, nextPeriodIndex: 4 }, today).map((c) => [
        c.due.toISOString().slice(0, 10),
        c.amount,
      ]),
    ).toEqual([
      ["2030-02-16", 9_900],
      ["2030-03-02", 9_900],
    ]);
    const late = projectCharges(
      {
        ...base,
        plan: { anchor: new Date("2030-02-10T00:00:00Z"), interval: { unit: "MONTH" as const, count: 1 } },
        nextPeriodIndex: 0,
      },
      today,
    );
    expect(late.map((c) => c.due.toISOString().slice(0, 10))).toEqual(["2030-02-11", "2030-03-10"]);
  });

  it("skips pauses, stops and flexible prices", () => {
    const plan = { anchor: new Date("2030-01-01T00:00:00Z"), interval: { unit: "WEEK" as const, count: 1 } };
    expect(
      projectCharges(
        { ...base, plan, nextPeriodIndex: 6, pausedUntil: new Date("2030-02-20T00:00:00Z") },
        today,
      ).map((c) => c.due.toISOString().slice(0, 10)),
    ).toEqual(["2030-02-26", "2030-03-05", "2030-03-12"]);
    expect(
      projectCharges({ ...base, plan, nextPeriodIndex: 6, stopAt: new Date("2030-02-20T00:00:00Z") }, today),
    ).toHaveLength(2);
    expect(projectCharges({ ...base, pricingType: "FLEXIBLE", plan, nextPeriodIndex: 6 }, today)).toEqual([]);
  });
});

describe("CSV", () => {
  it("quotes text, defuses formulas and keeps numbers plain", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", -5],
          ["=SUM(A1)", null],
          ['say "hi"', 1.5],
        ],
      ),
    ).toBe('a,b\r\n"x,y",-5\r\n\'=SUM(A1),\r\n"say ""hi""",1.5\r\n');
  });
});
