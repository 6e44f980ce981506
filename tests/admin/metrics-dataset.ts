// A small book whose dashboard figures are worked out by hand (below, in EXPECTED): the unit tests
// check the formulas against it, the integration test the SQL, the end-to-end test the page.
// Dates are relative to `now` (at 12:00 UTC on day D), so the book looks the same whenever it runs.

export type TDatasetAgreement = {
  key: string;
  customer: string | null;
  market: "NO" | "DK";
  currency: "NOK" | "DKK";
  status: "PENDING" | "ACTIVE" | "STOPPED" | "EXPIRED";
  pricingType: "LEGACY" | "VARIABLE" | "FLEXIBLE";
  amount: number | null;
  suggestedMaxAmount: number | null;
  maxAmount: number | null;
  intervalUnit: "DAY" | "WEEK" | "MONTH" | "YEAR" | null;
  intervalCount: number | null;
  campaignType: "PRICE_CAMPAIGN" | null;
  campaignPrice: number | null;
  campaignEnd: Date | null;
  activatedAt: Date | null;
  stoppedAt: Date | null;
  stopCause: "CUSTOMER" | "USER_IN_APP" | "FAILED_PAYMENT" | null;
  billingAnchor: Date | null;
  nextPeriodIndex: number;
  stopAt: Date | null;
};

export type TDatasetCharge = {
  key: string;
  agreement: string;
  type: "INITIAL" | "RECURRING";
  status: "PENDING" | "CHARGED" | "FAILED" | "CANCELLED" | "REFUNDED" | "PARTIALLY_REFUNDED";
  amount: number;
  due: Date | null;
  refundedAmount: number;
  capturedAmount: number;
  history: { occurred: string; event: string; amount: number; success: boolean }[];
  createdAt: Date;
};

const DAY = 86_400_000;

export function metricsDataset(now: Date) {
  const noon = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12);
  const at = (days: number) => new Date(noon + days * DAY);
  const date = (days: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  const base = {
    market: "NO" as const,
    currency: "NOK" as const,
    status: "ACTIVE" as const,
    pricingType: "LEGACY" as const,
    suggestedMaxAmount: null,
    maxAmount: null,
    intervalUnit: "MONTH" as const,
    intervalCount: 1,
    campaignType: null,
    campaignPrice: null,
    campaignEnd: null,
    stoppedAt: null,
    stopCause: null,
    billingAnchor: null,
    nextPeriodIndex: 0,
    stopAt: null,
  };
  const agreements: TDatasetAgreement[] = [
    { ...base, key: "A1", customer: "C1", amount: 29_900, activatedAt: at(-100) },
    { ...base, key: "A2", customer: "C2", amount: 52_000, intervalUnit: "YEAR", activatedAt: at(-200) },
    {
      ...base,
      key: "A3",
      customer: "C3",
      amount: 9_900,
      intervalUnit: "WEEK",
      intervalCount: 2,
      activatedAt: at(-50),
      billingAnchor: date(-50),
      nextPeriodIndex: 4,
    },
    {
      ...base,
      key: "A4",
      customer: "C4",
      pricingType: "VARIABLE",
      amount: null,
      suggestedMaxAmount: 50_000,
      maxAmount: 30_000,
      activatedAt: at(-10),
      billingAnchor: date(-10),
      nextPeriodIndex: 1,
    },
    {
      ...base,
      key: "A5",
      customer: "C5",
      pricingType: "FLEXIBLE",
      amount: null,
      intervalUnit: null,
      intervalCount: null,
      activatedAt: at(-30),
    },
    {
      ...base,
      key: "A6",
      customer: "C6",
      amount: 19_900,
      campaignType: "PRICE_CAMPAIGN",
      campaignPrice: 9_900,
      campaignEnd: at(20),
      activatedAt: at(-5),
    },
    {
      ...base,
      key: "A7",
      customer: "C7",
      amount: 29_900,
      status: "STOPPED",
      activatedAt: at(-60),
      stoppedAt: at(-10),
      stopCause: "CUSTOMER",
    },
    {
      ...base,
      key: "A8",
      customer: "C8",
      amount: 29_900,
      status: "STOPPED",
      activatedAt: at(-90),
      stoppedAt: at(-3),
      stopCause: "FAILED_PAYMENT",
    },
    {
      ...base,
      key: "A9",
      customer: "C9",
      amount: 29_900,
      status: "STOPPED",
      activatedAt: at(-400),
      stoppedAt: at(-40),
      stopCause: "USER_IN_APP",
    },
    {
      ...base,
      key: "A10",
      customer: "C10",
      market: "DK",
      currency: "DKK",
      amount: 19_900,
      activatedAt: at(-20),
    },
    { ...base, key: "A11", customer: "C11", amount: 29_900, status: "PENDING", activatedAt: null },
    // The go-live verification's agreements have no customer and never count.
    {
      ...base,
      key: "A12",
      customer: null,
      amount: 1_000,
      intervalUnit: null,
      intervalCount: null,
      activatedAt: at(-6),
    },
    {
      ...base,
      key: "A13",
      customer: "C1",
      amount: 7_900,
      activatedAt: at(-15),
      billingAnchor: date(-15),
      nextPeriodIndex: 1,
      stopAt: at(5),
    },
  ];
  const paid = (days: number, amount: number, extra: TDatasetCharge["history"] = []) => [
    {
      occurred: new Date(noon + days * DAY - 5 * 3_600_000).toISOString(),
      event: "CAPTURE",
      amount,
      success: true,
    },
    ...extra,
  ];
  const charge = (
    key: string,
    agreement: string,
    status: TDatasetCharge["status"],
    amount: number,
    dueDays: number | null,
    history: TDatasetCharge["history"] = [],
    refunded = 0,
  ): TDatasetCharge => ({
    key,
    agreement,
    type: dueDays === null ? "INITIAL" : "RECURRING",
    status,
    amount,
    due: dueDays === null ? null : date(dueDays),
    refundedAmount: refunded,
    capturedAmount: ["CHARGED", "REFUNDED", "PARTIALLY_REFUNDED"].includes(status) ? amount : 0,
    history,
    createdAt: at((dueDays ?? -5) - 3),
  });
  const refund = (days: number, amount: number) => ({
    occurred: at(days).toISOString(),
    event: "REFUND",
    amount,
    success: true,
  });
  const charges: TDatasetCharge[] = [
    charge("K1", "A1", "CHARGED", 29_900, -20, paid(-20, 29_900)),
    charge("K2", "A3", "CHARGED", 9_900, -25, paid(-25, 9_900)),
    // Paid two days after its due date: Vipps's retries recovered it.
    charge("K3", "A3", "CHARGED", 9_900, -11, paid(-9, 9_900)),
    charge("K4", "A8", "FAILED", 29_900, -15),
    charge("K5", "A8", "FAILED", 29_900, -45),
    charge("K6", "A7", "CHARGED", 29_900, -28, paid(-28, 29_900)),
    charge("K7", "A13", "REFUNDED", 7_900, -14, paid(-14, 7_900, [refund(-7, 7_900)]), 7_900),
    {
      ...charge("K8", "A6", "PARTIALLY_REFUNDED", 9_900, null, [], 5_000),
      history: [
        { occurred: at(-5).toISOString(), event: "CAPTURE", amount: 9_900, success: true },
        refund(-4, 5_000),
      ],
    },
    charge("K9", "A10", "FAILED", 19_900, -19),
    charge("K10", "A1", "CANCELLED", 29_900, -2),
    charge("K11", "A12", "FAILED", 1_000, -5),
    charge("K12", "A1", "PENDING", 29_900, 2),
  ];
  return { agreements, charges };
}

/** Worked out by hand for metricsDataset, with the 30-day range (D−29 … D) and `now` at D 12:00 UTC. */
export const EXPECTED = {
  // A1 29 900 + A2 52 000/12 = 4 333 + A3 9 900 × 52/24 = 21 450 + A4 30 000 (its max) + A6 9 900
  // (campaign price until D+20) + A13 7 900; A5 is flexible; A7–A9 stopped; A11 pending; A12 no customer.
  mrrNow: { NOK: 103_483, DKK: 19_900 },
  // C1 (A1, A13), C2, C3, C4, C5, C6, C10.
  subscribersNow: 7,
  // At D−29: A1, A2, A3, A5, A7, A8.
  activeAtStart: 6,
  // A4, A6, A10, A13.
  started: 4,
  churnedVoluntary: 1,
  churnedFailedPayment: 1,
  // 2 ÷ (6 + 4).
  churnRate: 0.2,
  // Decided RECURRING charges due in range: K1, K2, K3, K6, K7 succeeded; K4, K9 failed (K5 is
  // before the range, K8 is an initial charge, K10 cancelled, K11 has no customer, K12 pending).
  succeeded: 5,
  failed: 2,
  failedRate: 2 / 7,
  recovered: { NOK: 9_900 },
  refunded: { NOK: 12_900 },
  refunds: 2,
  // K12 29 900 (created, due D+2); A4's period 1 (≈ D+18…D+21) 30 000; A3's periods 4 and 5 (D+6,
  // D+20) 9 900 each; A13's next period falls after its scheduled stop.
  upcoming: { NOK: 79_700 },
  upcomingCount: 4,
} as const;

/** The dataset's agreements as the pure MRR formulas take them. */
export function asMrrAgreement(a: TDatasetAgreement) {
  return {
    ...a,
    campaignEventDate: null,
    campaignPeriodUnit: null,
    campaignPeriodCount: null,
    campaignIntervalUnit: null,
    campaignIntervalCount: null,
    endedAt: a.status === "ACTIVE" || a.status === "PENDING" ? null : a.stoppedAt,
  };
}
