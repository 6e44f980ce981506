// The dashboard's upcoming charges from the forecast the worker keeps (forecast.refresh, fired by the
// real worker's clock scheduler): after each scheduled run the panel equals the direct computation
// over every agreement (tests/oracles/upcoming-direct.ts, the query before the forecast), whether
// an agreement changed through raw SQL, through the app's own functions, or the calendar's earliest
// due date moved at 21:00 UTC. Between runs it is exact too: stale agreements are computed inline.
import { afterAll, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { forecastKeyAt } from "@/lib/domain/metrics/forecast";
import { UPCOMING_DAYS } from "@/lib/domain/metrics/upcoming";
import { pauseAgreement } from "@/lib/server/agreements/pause-agreement";
import { queryUpcoming } from "@/lib/server/admin/dashboard/query-upcoming";
import { staleForecastSql } from "@/lib/server/admin/dashboard/refresh-forecast";
import type { TActor } from "@/lib/server/actor";
import type { Child } from "../../scripts/lib/processes";
import { waitFor } from "../shared/wait-for";
import { createActiveAgreement, createMerchant } from "../factories";
import { setBothClocks, startWorker } from "../integration/billing-fixtures";
import { upcomingDirect } from "../oracles/upcoming-direct";
import { testContext } from "../shared/server-context";

const scope = { environment: "TEST" as const };
const staff: TActor = { type: "STAFF", id: "staff-1", email: "agent@abo.test", role: "ADMIN" };
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const workers: Child[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
});

/** Moves both clocks a minute on, so the every-minute cron fires on Abo's clock. */
async function nextMinute(): Promise<void> {
  await setBothClocks(new Date((await now()).getTime() + 60_000).toISOString());
}

/** Agreements the panel would compute inline: flagged, or ACTIVE and computed at another key. */
async function staleCount(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Agreement" a WHERE ${staleForecastSql(forecastKeyAt(await now()))}`;
  return row!.n;
}

/** The panel and the oracle at one instant. */
async function both() {
  const at = await now();
  const [panel, direct] = await Promise.all([
    queryUpcoming(await testContext({ now: at }), scope, UPCOMING_DAYS),
    upcomingDirect(scope, at, UPCOMING_DAYS),
  ]);
  return { panel, direct };
}

/** Waits for a scheduled run that leaves nothing stale, then the panel must equal the oracle. */
async function afterScheduledRun(): Promise<Awaited<ReturnType<typeof both>>> {
  await nextMinute();
  await waitFor(async () => (await staleCount()) === 0, 60_000);
  const seen = await both();
  expect(seen.panel).toEqual(seen.direct);
  return seen;
}

async function seedBook() {
  const { merchant, salesUnits } = await createMerchant();
  const customer = await db.customer.create({
    data: { merchantId: merchant.id, email: "forecast@example.no", phone: "4799000001" },
  });
  let n = 0;
  const agreement = (fields: Record<string, unknown>) => {
    const key = `fc-${++n}`;
    return db.agreement.create({
      data: {
        merchantId: merchant.id,
        salesUnitId: salesUnits.NO.id,
        customerId: customer.id,
        status: "ACTIVE",
        market: "NO",
        currency: "NOK",
        pricingType: "LEGACY",
        amount: 19_900,
        intervalUnit: "WEEK",
        intervalCount: 1,
        productName: key,
        transactionType: "DIRECT_CAPTURE",
        retryDays: 2,
        externalId: key,
        returnToken: `rt-${key}`,
        draftIdempotencyKey: `agr-${key}`,
        activatedAt: date("2030-04-01"),
        nextPeriodIndex: 0,
        // Every first period starts after the billing horizon (lead time 3 days), so the scheduler
        // leaves these Abo-only agreements alone and the calendar alone decides what is coming.
        ...fields,
      } as Parameters<typeof db.agreement.create>[0]["data"],
    });
  };
  const anchored = (day: string, fields: Record<string, unknown> = {}) =>
    agreement({ billingAnchor: date(day), nextChargeDate: date(day), ...fields });
  const kinds = {
    monthly: await agreement({
      intervalUnit: "MONTH",
      amount: 29_900,
      billingAnchor: date("2030-04-14"),
      nextPeriodIndex: 1,
      nextChargeDate: date("2030-05-14"),
    }),
    weekly: await anchored("2030-05-15"),
    variable: await anchored("2030-05-20", {
      pricingType: "VARIABLE",
      intervalUnit: "MONTH",
      amount: 35_000,
      suggestedMaxAmount: 50_000,
    }),
    priceCampaign: await anchored("2030-05-14", {
      campaignType: "PRICE_CAMPAIGN",
      campaignPrice: 9_900,
      campaignEnd: date("2030-05-28"),
    }),
    periodCampaign: await anchored("2030-05-14", {
      intervalUnit: "MONTH",
      campaignType: "PERIOD_CAMPAIGN",
      campaignPrice: 100,
      campaignPeriodUnit: "WEEK",
      campaignPeriodCount: 2,
    }),
    paused: await anchored("2030-05-14", { pausedUntil: date("2030-05-25") }),
    stopping: await anchored("2030-05-14", { stopAt: date("2030-05-24"), stopCause: "CUSTOMER" }),
    danish: await anchored("2030-05-16", {
      salesUnitId: salesUnits.DK.id,
      market: "DK",
      currency: "DKK",
      amount: 9_900,
    }),
    finnish: await anchored("2030-05-18", {
      salesUnitId: salesUnits.FI.id,
      market: "FI",
      currency: "EUR",
      amount: 1_500,
    }),
    // Period 0 starts tomorrow; nextChargeDate (which only the scheduler reads) keeps it off the
    // billing run, so the calendar's due date for it is seen moving at 21:00 UTC.
    rolling: await agreement({
      billingAnchor: date("2030-05-11"),
      nextChargeDate: date("2030-05-20"),
      amount: 4_900,
    }),
    // Left out of the panel: a test agreement, one without a customer, a stopped and a flexible one.
    test: await anchored("2030-05-15", { isTest: true }),
    noCustomer: await anchored("2030-05-15", { customerId: null }),
    stopped: await anchored("2030-05-15", { status: "STOPPED", stoppedAt: date("2030-05-01") }),
    flexible: await anchored("2030-05-15", { pricingType: "FLEXIBLE", amount: null }),
  };
  // A charge already made and not taken yet counts as it stands.
  await db.charge.create({
    data: {
      agreementId: kinds.monthly.id,
      customerId: customer.id,
      orderId: "fc-open-1",
      idempotencyKey: "fc-open-1",
      type: "RECURRING",
      status: "DUE",
      sendState: "SENT",
      transactionType: "DIRECT_CAPTURE",
      amount: 29_900,
      currency: "NOK",
      description: "April",
      due: date("2030-05-12"),
      periodIndex: 0,
    },
  });
  return kinds;
}

describe("the dashboard's forecast, kept by the scheduled forecast.refresh", () => {
  it("matches the direct calendar computation after every scheduled run, whatever changed", async () => {
    await setBothClocks("2030-05-10T12:00:00Z");
    const kinds = await seedBook();
    // A real sign-up (weekly): the billing run plans its first period, which marks it stale too.
    const { agreement: real } = await createActiveAgreement({
      product: { intervalUnit: "WEEK", prices: [{ market: "NO", currency: "NOK", amount: 14_900 }] },
    });
    workers.push(await startWorker("forecast-worker", { SCHEDULER_TICK_MS: "200" }));

    const first = await afterScheduledRun();
    // The panel came from the forecast (nothing stale left to compute inline) and it is not empty.
    expect(await db.forecastCharge.count()).toBeGreaterThan(20);
    expect(new Set(first.panel.map((r) => r.currency))).toEqual(new Set(["NOK", "DKK", "EUR"]));
    const rows = (agreementId: string) =>
      db.forecastCharge.findMany({ where: { agreementId }, orderBy: { periodIndex: "asc" } });
    for (const excluded of [kinds.test, kinds.noCustomer, kinds.stopped, kinds.flexible])
      expect(await rows(excluded.id)).toEqual([]);
    expect((await rows(kinds.stopping.id)).map((r) => r.due)).toEqual([
      date("2030-05-14"),
      date("2030-05-21"),
    ]);
    expect((await rows(kinds.rolling.id))[0]).toMatchObject({
      due: date("2030-05-11"),
      computedEarliest: date("2030-05-11"),
    });

    // Raw SQL, past every function of the app: the trigger marks it stale at once, the panel stays
    // exact meanwhile (computed inline), and the next scheduled run recomputes it.
    await db.$executeRaw`UPDATE "Agreement" SET "pausedUntil" = '2030-05-30' WHERE id = ${kinds.weekly.id}`;
    expect((await db.agreement.findUniqueOrThrow({ where: { id: kinds.weekly.id } })).forecastStale).toBe(
      true,
    );
    const between = await both();
    expect(between.panel).toEqual(between.direct);
    expect(between.panel).not.toEqual(first.panel);
    await afterScheduledRun();
    expect((await rows(kinds.weekly.id)).map((r) => r.due)).toEqual([date("2030-06-05")]);

    // A status change in raw SQL: a stopped agreement's rows go.
    await db.$executeRaw`UPDATE "Agreement" SET status = 'STOPPED', "stoppedAt" = now() WHERE id = ${kinds.danish.id}`;
    await afterScheduledRun();
    expect(await rows(kinds.danish.id)).toEqual([]);

    // The app's own function: a pause through pauseAgreement (audited, told to Vipps as the app does).
    expect((await rows(real.id)).length).toBeGreaterThan(0);
    await pauseAgreement(await testContext({ actor: staff }), {
      agreementId: real.id,
      until: date("2030-06-20"),
    });
    await afterScheduledRun();
    expect(await rows(real.id)).toEqual([]);

    // 21:30 UTC: the earliest due date Vipps accepts is the day after tomorrow. Every ACTIVE
    // agreement's forecast is now stale by its key; the panel stays exact, and the next run rolls it.
    await setBothClocks("2030-05-10T21:30:00Z");
    expect(await staleCount()).toBeGreaterThan(10);
    const rolled = await both();
    expect(rolled.panel).toEqual(rolled.direct);
    await afterScheduledRun();
    expect((await rows(kinds.rolling.id))[0]).toMatchObject({
      due: date("2030-05-12"),
      computedDay: date("2030-05-10"),
      computedEarliest: date("2030-05-12"),
    });
    expect(await db.forecastDaily.count({ where: { computedEarliest: date("2030-05-11") } })).toBe(0);

    // No scheduled job failed along the way.
    const failed = await db.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.job WHERE state = 'failed'`;
    expect(failed).toEqual([]);
  }, 300_000);
});
