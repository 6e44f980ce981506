// The dashboard's figures computed again, in plain TypeScript, from the raw rows (agreements,
// charges, their sales unit's environment and product): the rollup the database keeps
// (prisma/sql/006_dashboard_rollup.sql) must give the same. Written from the definitions in
// lib/domain/metrics/*.ts comments and README "Merchants", not from the SQL.
import { bucketStarts, levelInstants, parseRange } from "@/lib/domain/metrics/range";
import { addDays, toDateOnly } from "@/lib/domain/periods";

type TUnit = "DAY" | "WEEK" | "MONTH" | "YEAR";
type TMoney = Record<string, number>;

export type TOracleAgreement = {
  id: string;
  customerId: string | null;
  isTest: boolean;
  environment: string;
  status: string;
  currency: string;
  pricingType: string;
  amount: number | null;
  maxAmount: number | null;
  suggestedMaxAmount: number | null;
  intervalUnit: TUnit | null;
  intervalCount: number | null;
  campaignType: string | null;
  campaignPrice: number | null;
  campaignEnd: Date | null;
  campaignEventDate: Date | null;
  campaignPeriodUnit: TUnit | null;
  campaignPeriodCount: number | null;
  campaignEndPeriod: number | null;
  productCampaignIntervalUnit: TUnit | null;
  productCampaignIntervalCount: number | null;
  activatedAt: Date | null;
  stoppedAt: Date | null;
  stopCause: string | null;
  updatedAt: Date;
  billingAnchor: Date | null;
  anchorPeriodIndex: number;
  nextPeriodIndex: number;
  nextChargeDate: Date | null;
  pausedUntil: Date | null;
  stopAt: Date | null;
};

export type TOracleCharge = {
  id: string;
  agreementId: string;
  type: string;
  status: string;
  sendState: string;
  amount: number;
  currency: string;
  due: Date | null;
  refundedAmount: number;
  history: unknown;
  createdAt: Date;
  updatedAt: Date;
};

const SUCCEEDED = ["RESERVED", "CHARGED", "PARTIALLY_CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED"];
const PER_YEAR: Record<TUnit, number> = { DAY: 365, WEEK: 52, MONTH: 12, YEAR: 1 };
const DAY_MS = 86_400_000;

const monthly = (amount: number, unit: TUnit, count: number) =>
  Math.floor((2 * amount * PER_YEAR[unit] + 12 * count) / (24 * count));

/** Calendar arithmetic: months clamp to the month's last day (31 Jan + 1 month = 28/29 Feb). */
function plus(date: Date, unit: TUnit, n: number): Date {
  if (unit === "DAY") return new Date(date.getTime() + n * DAY_MS);
  if (unit === "WEEK") return new Date(date.getTime() + 7 * n * DAY_MS);
  const months = unit === "MONTH" ? n : 12 * n;
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = new Date(date);
  d.setUTCFullYear(y, m, Math.min(date.getUTCDate(), last));
  return d;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const add = (money: TMoney, currency: string, amount: number) => {
  if (amount) money[currency] = (money[currency] ?? 0) + amount;
};
const clean = (money: TMoney) => Object.fromEntries(Object.entries(money).filter(([, v]) => v !== 0));

/** A segment counts at instant X when it began before X and had not ended before X. */
const runsAt = (from: Date, until: Date | null, x: Date) => from < x && (until === null || until >= x);

function ended(a: TOracleAgreement): Date | null {
  return a.status === "STOPPED" || a.status === "EXPIRED" ? (a.stoppedAt ?? a.updatedAt) : null;
}

function lastCharged(charges: TOracleCharge[]): number | null {
  const paid = charges
    .filter((c) => c.type === "RECURRING" && SUCCEEDED.includes(c.status))
    .sort(
      (a, b) =>
        (b.due?.getTime() ?? -Infinity) - (a.due?.getTime() ?? -Infinity) ||
        b.createdAt.getTime() - a.createdAt.getTime(),
    );
  return paid[0]?.amount ?? null;
}

/** The MRR segments of a counted agreement: [from, until) at value, per month. */
function segments(a: TOracleAgreement, charges: TOracleCharge[]) {
  const start = a.activatedAt!;
  const end = ended(a);
  if (a.pricingType === "FLEXIBLE" || !a.intervalUnit || !a.intervalCount) return [];
  const unit = a.intervalUnit;
  const count = a.intervalCount;
  let campaignUntil: Date | null = null;
  if (a.pricingType === "LEGACY" && a.campaignType && a.campaignPrice !== null) {
    if (a.campaignType === "PRICE_CAMPAIGN" || a.campaignType === "FULL_FLEX_CAMPAIGN")
      campaignUntil = a.campaignEnd;
    if (a.campaignType === "EVENT_CAMPAIGN") campaignUntil = a.campaignEventDate;
    if (a.campaignType === "PERIOD_CAMPAIGN" && a.campaignPeriodCount !== null)
      campaignUntil = plus(start, a.campaignPeriodUnit ?? "YEAR", a.campaignPeriodCount);
  }
  const out: { from: Date; until: Date | null; value: number }[] = [];
  if (campaignUntil && campaignUntil > start && a.campaignPrice !== null) {
    const flex = a.campaignType === "FULL_FLEX_CAMPAIGN" && a.productCampaignIntervalUnit;
    const value = flex
      ? monthly(a.campaignPrice, a.productCampaignIntervalUnit!, a.productCampaignIntervalCount!)
      : monthly(a.campaignPrice, unit, count);
    out.push({ from: start, until: end && end < campaignUntil ? end : campaignUntil, value });
  }
  const chosen = (() => {
    const wanted = a.amount ?? a.maxAmount ?? a.suggestedMaxAmount;
    if (wanted === null) return null;
    return a.suggestedMaxAmount === null ? wanted : Math.min(wanted, a.suggestedMaxAmount);
  })();
  const price = a.pricingType === "LEGACY" ? a.amount : (lastCharged(charges) ?? chosen);
  const from = campaignUntil && campaignUntil > start ? campaignUntil : start;
  if (price !== null && (end === null || from < end))
    out.push({ from, until: end, value: monthly(price, unit, count) });
  return out;
}

/** Every charge the scheduler will ask for from today through today + 30 (days), as upcoming counts them. */
function upcomingOf(a: TOracleAgreement, today: Date, days: number) {
  const last = addDays(today, days);
  if (a.pricingType === "FLEXIBLE" || !a.billingAnchor || !a.intervalUnit || !a.intervalCount) return [];
  if (!a.nextChargeDate || a.nextChargeDate > last) return [];
  const unit = a.intervalUnit;
  const count = a.intervalCount;
  const periodCampaign =
    a.campaignType === "PERIOD_CAMPAIGN" && a.campaignPeriodUnit !== null && a.anchorPeriodIndex === 0;
  const afterCampaign = periodCampaign
    ? plus(a.billingAnchor, a.campaignPeriodUnit!, a.campaignPeriodCount ?? 0)
    : null;
  const startOf = (k: number) =>
    k === a.anchorPeriodIndex
      ? a.billingAnchor!
      : periodCampaign
        ? plus(afterCampaign!, unit, count * (k - 1))
        : plus(a.billingAnchor!, unit, count * (k - a.anchorPeriodIndex));
  const endOf = (k: number) =>
    periodCampaign
      ? plus(afterCampaign!, unit, count * k)
      : plus(a.billingAnchor!, unit, count * (k + 1 - a.anchorPeriodIndex));
  const candidates =
    unit === "DAY" ? Math.floor(days / count) + 2 : unit === "WEEK" ? Math.floor(days / (7 * count)) + 2 : 3;
  const out: { due: Date; amount: number }[] = [];
  for (let k = a.nextPeriodIndex; k <= a.nextPeriodIndex + candidates; k++) {
    const start = toDateOnly(startOf(k));
    const end = toDateOnly(endOf(k));
    let amount: number | null = a.amount;
    if (a.pricingType === "VARIABLE") {
      const wanted = a.amount ?? a.maxAmount ?? a.suggestedMaxAmount;
      amount =
        wanted === null ? null : Math.min(wanted, a.suggestedMaxAmount ?? a.amount ?? a.maxAmount ?? wanted);
    } else if (
      a.campaignPrice !== null &&
      (a.campaignEndPeriod === null || k < a.campaignEndPeriod) &&
      (((a.campaignType === "PRICE_CAMPAIGN" || a.campaignType === "FULL_FLEX_CAMPAIGN") &&
        a.campaignEnd &&
        start < a.campaignEnd) ||
        (a.campaignType === "EVENT_CAMPAIGN" && a.campaignEventDate && start < a.campaignEventDate) ||
        (a.campaignType === "PERIOD_CAMPAIGN" && k === 0))
    )
      amount = Math.min(a.campaignPrice, a.amount ?? a.campaignPrice);
    if (amount === null || amount < 100) continue;
    if (a.pausedUntil && start < toDateOnly(a.pausedUntil)) continue;
    if (a.stopAt && start >= a.stopAt) continue;
    if (end <= today || start > last) continue;
    const due = start > today ? start : addDays(today, 1);
    if (due <= last) out.push({ due, amount });
  }
  return out;
}

export function oracleDashboard(
  rows: { agreements: TOracleAgreement[]; charges: TOracleCharge[]; environment: string },
  params: { range?: string; from?: string; to?: string; now: Date },
) {
  const { now, ...rangeParams } = params;
  const { range } = parseRange(rangeParams, now);
  const starts = bucketStarts(range);
  const instants = [range.from < now ? range.from : now, ...levelInstants(range, now)];
  const inScope = (a: TOracleAgreement) =>
    a.customerId !== null && !a.isTest && a.environment === rows.environment;
  const counted = rows.agreements.filter((a) => inScope(a) && a.activatedAt !== null);
  const chargesOf = new Map<string, TOracleCharge[]>();
  for (const c of rows.charges) chargesOf.set(c.agreementId, [...(chargesOf.get(c.agreementId) ?? []), c]);
  const countedIds = new Set(counted.map((a) => a.id));
  const bucketOf = (t: Date) => {
    if (t < range.from || t >= range.to) return -1;
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= t) i++;
    return i;
  };

  const mrrAt = (x: Date) => {
    const money: TMoney = {};
    for (const a of counted)
      for (const s of segments(a, chargesOf.get(a.id) ?? []))
        if (runsAt(s.from, s.until, x)) add(money, a.currency, s.value);
    return clean(money);
  };
  const runningAt = (x: Date) => counted.filter((a) => runsAt(a.activatedAt!, ended(a), x));
  const subscribersAt = (x: Date) => new Set(runningAt(x).map((a) => a.customerId)).size;

  const buckets = starts.map((start, i) => ({
    start: isoDay(start),
    mrr: mrrAt(instants[i + 1]!),
    subscribers: subscribersAt(instants[i + 1]!),
    started: 0,
    churnedVoluntary: 0,
    churnedFailedPayment: 0,
    succeeded: 0,
    failed: 0,
    recovered: {} as TMoney,
    refunded: {} as TMoney,
  }));
  let recoveredCount = 0;
  let refunds = 0;
  for (const a of counted) {
    const b = bucketOf(a.activatedAt!);
    if (b >= 0) buckets[b]!.started++;
    const e = ended(a);
    const eb = e ? bucketOf(e) : -1;
    if (eb >= 0)
      buckets[eb]![a.stopCause === "FAILED_PAYMENT" ? "churnedFailedPayment" : "churnedVoluntary"]++;
  }
  for (const c of rows.charges) {
    if (!countedIds.has(c.agreementId)) continue;
    const history = Array.isArray(c.history)
      ? (c.history as { occurred: string; event: string; amount: number; success: boolean }[])
      : [];
    const decided = SUCCEEDED.includes(c.status) || c.status === "FAILED";
    const day = c.type === "RECURRING" ? c.due : c.type === "UNSCHEDULED" ? toDateOnly(c.createdAt) : null;
    if (decided && day) {
      const b = bucketOf(day);
      if (b >= 0) {
        const bucket = buckets[b]!;
        if (c.status === "FAILED") bucket.failed++;
        else bucket.succeeded++;
        const money = history.filter((h) => (h.event === "RESERVE" || h.event === "CAPTURE") && h.success);
        const dayAfterDue = c.due ? isoDay(addDays(c.due, 1)) : null;
        if (
          c.status !== "FAILED" &&
          dayAfterDue &&
          money.length &&
          money.every((h) => h.occurred >= dayAfterDue)
        ) {
          add(bucket.recovered, c.currency, c.amount);
          recoveredCount++;
        }
      }
    }
    if (c.refundedAmount > 0) {
      const events = history.filter((h) => h.event === "REFUND" && h.success);
      const dated = events.length
        ? events.map((h) => ({ at: new Date(h.occurred), amount: h.amount }))
        : [{ at: c.updatedAt, amount: c.refundedAmount }];
      for (const r of dated) {
        const b = bucketOf(r.at);
        if (b < 0) continue;
        add(buckets[b]!.refunded, c.currency, r.amount);
        refunds++;
      }
    }
  }

  const today = toDateOnly(now);
  const last = addDays(today, 30);
  const upcoming: { due: Date; currency: string; amount: number }[] = [];
  const active = rows.agreements.filter((a) => inScope(a) && a.status === "ACTIVE");
  const activeIds = new Set(active.map((a) => a.id));
  for (const c of rows.charges)
    if (
      activeIds.has(c.agreementId) &&
      ["PENDING", "DUE", "PROCESSING"].includes(c.status) &&
      c.sendState !== "REJECTED" &&
      c.due &&
      c.due >= today &&
      c.due <= last
    )
      upcoming.push({ due: c.due, currency: c.currency, amount: c.amount });
  for (const a of active)
    for (const p of upcomingOf(a, today, 30)) upcoming.push({ ...p, currency: a.currency });
  const upcomingDays = new Map<string, { day: string; amounts: TMoney; count: number }>();
  for (const u of upcoming.sort((x, y) => x.due.getTime() - y.due.getTime())) {
    const entry = upcomingDays.get(isoDay(u.due)) ?? { day: isoDay(u.due), amounts: {}, count: 0 };
    add(entry.amounts, u.currency, u.amount);
    entry.count++;
    upcomingDays.set(entry.day, entry);
  }
  const upcomingTotals: TMoney = {};
  for (const u of upcoming) add(upcomingTotals, u.currency, u.amount);

  const sum = (pick: (b: (typeof buckets)[number]) => number) => buckets.reduce((t, b) => t + pick(b), 0);
  const money = (pick: (b: (typeof buckets)[number]) => TMoney) => {
    const total: TMoney = {};
    for (const b of buckets) for (const [c, v] of Object.entries(pick(b))) add(total, c, v);
    return total;
  };
  return {
    buckets: buckets.map((b) => ({ ...b, recovered: clean(b.recovered), refunded: clean(b.refunded) })),
    totals: {
      mrr: mrrAt(instants.at(-1)!),
      subscribers: subscribersAt(instants.at(-1)!),
      activeAtStart: runningAt(instants[0]!).length,
      started: sum((b) => b.started),
      churnedVoluntary: sum((b) => b.churnedVoluntary),
      churnedFailedPayment: sum((b) => b.churnedFailedPayment),
      succeeded: sum((b) => b.succeeded),
      failed: sum((b) => b.failed),
      recovered: money((b) => b.recovered),
      recoveredCount,
      refunded: money((b) => b.refunded),
      refunds,
    },
    upcoming: { days: [...upcomingDays.values()], totals: upcomingTotals, count: upcoming.length },
  };
}
