import "server-only";
import { machineMs } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { Prisma, type Agreement } from "@/lib/generated/prisma/client";
import { upcomingCharges } from "@/lib/domain/billing-calendar";
import { FORECAST_DAYS, forecastKeyAt, type TForecastKey } from "@/lib/domain/metrics/forecast";
import { addDays } from "@/lib/domain/periods";
import { calendarAgreementOf, type TCalendarColumns } from "@/lib/server/agreements/billing-plan";
import type { TServerContext } from "@/lib/server/context/server-context";

type TRow = Pick<
  Agreement,
  TCalendarColumns | "id" | "status" | "customerId" | "isTest" | "currency" | "nextChargeDate"
> & {
  environment: "TEST" | "PRODUCTION";
  /** The row's version (xmin): the flag is cleared only if nobody changed the row meanwhile. */
  version: string;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Agreements whose forecast is stale: flagged by the trigger, or ACTIVE and computed at another key. */
export const staleForecastSql = (
  key: TForecastKey,
) => Prisma.sql`(a."forecastStale" OR (a.status = 'ACTIVE' AND (
  a."forecastDay" IS NULL
  OR (a."forecastDay", a."forecastEarliest") < (${day(key.day)}::date, ${day(key.earliest)}::date)
  OR (a."forecastDay", a."forecastEarliest") > (${day(key.day)}::date, ${day(key.earliest)}::date))))`;

/**
 * Recomputes the dashboard's forecast of stale agreements (the forecast.refresh job, every minute):
 * per batch, in one transaction, their ForecastCharge rows are replaced by the billing calendar's
 * charges due through today + FORECAST_DAYS, ForecastDaily is moved by the difference, and the flag
 * is cleared with the key it was computed at. Agreements no longer ACTIVE (or not counted by the
 * dashboard) keep no rows. Rows are locked FOR UPDATE, so a change to an agreement waits for the
 * batch or lands after it and flags it again; batches of all workers take turns (an advisory lock),
 * so ForecastDaily's increments never cross. The forecast is the installation's, like the rollup
 * (scope.ts): every merchant's stale agreements, computed at ctx.now.
 */
export const refreshForecast = async (
  ctx: TServerContext,
  options: { batchSize?: number; maxBatches?: number } = {},
) => {
  await afterBilling();
  const at = ctx.now;
  const key = forecastKeyAt(at);
  const last = addDays(key.day, FORECAST_DAYS);
  const batchSize = options.batchSize ?? 2_000;
  let agreements = 0;
  let charges = 0;
  for (let batch = 0; batch < (options.maxBatches ?? Infinity); batch++) {
    const done = await db.$transaction((tx) => refreshBatch(tx, { at, key, last, batchSize }), {
      timeout: 120_000,
      maxWait: 30_000,
    });
    agreements += done.agreements;
    charges += done.charges;
    // A short batch was the last; one that cleared nothing (all changed or held meanwhile) waits for the next run.
    if (done.agreements < batchSize || done.cleared === 0) break;
  }
  // A run over most of the book (a new day, a first run) flips the flag on every row: new statistics
  // at once, so the panel's look-up of stale agreements keeps its index instead of waiting for autovacuum.
  if (agreements >= ANALYZE_AFTER)
    await db.$executeRaw`ANALYZE "Agreement", "ForecastCharge", "ForecastDaily"`;
  return { agreements, charges };
};

const ANALYZE_AFTER = 10_000;

async function refreshBatch(
  tx: Tx,
  { at, key, last, batchSize }: { at: Date; key: TForecastKey; last: Date; batchSize: number },
): Promise<{ agreements: number; charges: number; cleared: number }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('forecast.refresh'))`;
  const rows = await tx.$queryRaw<TRow[]>`
    SELECT a.id, a.status::text AS status, a."customerId", a."isTest", a.currency::text AS currency,
      u.environment::text AS environment, a."pricingType", a.amount, a."suggestedMaxAmount", a."maxAmount",
      a."intervalUnit", a."intervalCount", a."billingAnchor", a."anchorPeriodIndex", a."nextPeriodIndex",
      a."pausedUntil", a."stopAt", a."campaignType", a."campaignPrice", a."campaignEnd", a."campaignEventDate",
      a."campaignPeriodUnit", a."campaignPeriodCount", a."campaignEndPeriod", a."nextChargeDate",
      a.xmin::text AS version
    FROM "Agreement" a JOIN "SalesUnit" u ON u.id = a."salesUnitId"
    WHERE ${staleForecastSql(key)}
    LIMIT ${batchSize}`;
  if (rows.length === 0) return { agreements: 0, charges: 0, cleared: 0 };
  const ids = rows.map((r) => r.id);
  const fresh = { agreementId: [] as string[], periodIndex: [] as number[], due: [] as string[] };
  const money = { amount: [] as number[], currency: [] as string[], environment: [] as string[] };
  for (const row of rows) {
    // The dashboard's scope (scope.ts): real customers' agreements, ACTIVE ones for what is coming.
    if (row.status !== "ACTIVE" || !row.customerId || row.isTest) continue;
    // Billing keeps nextChargeDate at the start of the next period it will plan: one that starts
    // after the window has nothing in it (as the dashboard has always read it).
    if (!row.nextChargeDate || row.nextChargeDate > last) continue;
    for (const charge of upcomingCharges(calendarAgreementOf(row), at, last)) {
      fresh.agreementId.push(row.id);
      fresh.periodIndex.push(charge.periodIndex);
      fresh.due.push(day(charge.due));
      money.amount.push(charge.amount);
      money.currency.push(row.currency);
      money.environment.push(row.environment);
    }
  }
  // Take the old rows out of the daily sums, then put the new ones in.
  await tx.$executeRaw`
    WITH old AS (DELETE FROM "ForecastCharge" WHERE "agreementId" = ANY(${ids}::text[]) RETURNING *),
    sums AS (
      SELECT environment, "computedDay", "computedEarliest", due, currency, SUM(amount) AS amount, COUNT(*)::int AS count
      FROM old GROUP BY environment, "computedDay", "computedEarliest", due, currency)
    UPDATE "ForecastDaily" d SET amount = d.amount - s.amount, count = d.count - s.count FROM sums s
    WHERE d.environment = s.environment AND d."computedDay" = s."computedDay"
      AND d."computedEarliest" = s."computedEarliest" AND d.due = s.due AND d.currency = s.currency`;
  await tx.$executeRaw`DELETE FROM "ForecastDaily" WHERE count = 0`;
  if (fresh.agreementId.length > 0)
    await tx.$executeRaw`
      WITH added AS (
        INSERT INTO "ForecastCharge" ("agreementId", "periodIndex", due, amount, currency, environment, "computedDay", "computedEarliest")
        SELECT f.*, ${day(key.day)}::date, ${day(key.earliest)}::date
        FROM unnest(${fresh.agreementId}::text[], ${fresh.periodIndex}::int[], ${fresh.due}::date[],
          ${money.amount}::int[], ${money.currency}::"Currency"[], ${money.environment}::"VippsEnvironment"[]) AS f
        RETURNING *)
      INSERT INTO "ForecastDaily" (environment, "computedDay", "computedEarliest", due, currency, amount, count)
      SELECT environment, "computedDay", "computedEarliest", due, currency, SUM(amount), COUNT(*)::int
      FROM added GROUP BY environment, "computedDay", "computedEarliest", due, currency
      ON CONFLICT (environment, "computedDay", "computedEarliest", due, currency)
      DO UPDATE SET amount = "ForecastDaily".amount + EXCLUDED.amount, count = "ForecastDaily".count + EXCLUDED.count`;
  // The agreements are read without a lock: billing takes them FOR UPDATE SKIP LOCKED, and would pass
  // over any the forecast held. A row changed since it was read (another xmin) stays stale for the
  // next run, and one billing holds right now is left for it too. Only forecast columns change here,
  // so the staleness trigger leaves the flag cleared.
  const cleared = await tx.$executeRaw`
    UPDATE "Agreement" a SET "forecastStale" = false, "forecastDay" = ${day(key.day)}::date,
      "forecastEarliest" = ${day(key.earliest)}::date
    WHERE a.id IN (
      SELECT x.id FROM "Agreement" x
      JOIN unnest(${ids}::text[], ${rows.map((r) => r.version)}::text[]) AS read(id, version) ON read.id = x.id
      WHERE x.xmin::text = read.version
      FOR UPDATE OF x SKIP LOCKED)`;
  return { agreements: rows.length, charges: fresh.agreementId.length, cleared };
}

// Billing takes due agreements FOR UPDATE SKIP LOCKED, and would pass over one whose flag this job
// is clearing at that moment (planning it a minute late). Both fire on the same minute, so the
// refresh first lets a billing run that is due or running finish, for at most this long.
const BILLING_WAIT_MS = 10_000;

async function afterBilling(): Promise<void> {
  const [queue] = await db.$queryRaw<
    { exists: boolean }[]
  >`SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`;
  if (!queue?.exists) return; // no job queue here (a benchmark's database): no billing to wait for
  const until = machineMs() + BILLING_WAIT_MS;
  while (machineMs() < until) {
    // A run killed with its worker stays "active" until pg-boss expires it: only recent ones count.
    const [row] = await db.$queryRaw<{ busy: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM pgboss.job WHERE name = 'billing.run'
          AND ((state IN ('created', 'retry') AND start_after <= now())
            OR (state = 'active' AND started_on > now() - interval '2 minutes'))) AS busy`;
    if (!row?.busy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
