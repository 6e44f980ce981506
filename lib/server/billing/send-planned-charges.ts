import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { earliestDue } from "@/lib/domain/billing-calendar";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { sendPlannedCharge } from "@/lib/server/charges/send-planned-charge";
import { buildContext } from "@/lib/server/context/build-context";
import type { TServerContext } from "@/lib/server/context/server-context";
import { VippsProblemError } from "@/lib/vipps/errors";
import { cancelOrphanedCharges } from "./cancel-orphaned-charges";
import { claimPlannedCharges, type TClaimedCharge } from "./claim-planned-charges";
import { releaseCharges } from "./release-charges";
import { scheduleChargePoll } from "./schedule-charge-poll";
import { runConcurrently } from "@/lib/run-concurrently";
import { BULK_MAX, RETRY_SOON_MS, sendChargeBatch, type TSendOutcome } from "./send-charge-batch";

/** At or below this many, charges go one by one (FACTS §4.7); above, in bulk (§4.8). */
export const SINGLE_MAX = 5;
// Batches in flight at once per process; each lane claims its own charges.
const LANES = 3;

/**
 * Sends PLANNED charges to Vipps until none is left or Vipps asks us to wait (429 + Retry-After):
 * then it stops and returns retryAfterMs, so the job reschedules itself instead of spinning.
 * With `whilePlanning`, it also waits for charges still being planned (the run pipelines both).
 * With `fixedNow`, every batch is sent at `ctx.now` (the demo seed replays billing in the past).
 */
export const sendPlannedCharges = async (
  ctx: TServerContext,
  options: { lanes?: number; whilePlanning?: () => boolean; fixedNow?: boolean } = {},
): Promise<TSendOutcome> => {
  const planning = options.whilePlanning ?? (() => false);
  const total: TSendOutcome = { sent: 0, rejected: 0, released: 0 };
  await cancelOrphanedCharges();
  const lane = async () => {
    // The run's context serves a lane's first batch; each later one takes a fresh context (Abo's clock
    // read again, as before): a run can send for minutes, waiting for the planner, and a batch's lease
    // and retry times count from when it is claimed.
    for (let batchCtx = ctx; ; batchCtx = options.fixedNow ? ctx : await withFreshNow(ctx)) {
      const batch = await withSlot(async () => {
        const claimed = await claim(batchCtx);
        return claimed.length
          ? {
              claimed,
              outcome: await sendClaimed(batchCtx, await dueNotBeforeTomorrow(batchCtx, claimed)),
            }
          : null;
      });
      if (!batch) {
        if (!planning()) return;
        await sleep(200);
        continue;
      }
      const { claimed, outcome } = batch;
      total.sent += outcome.sent;
      total.rejected += outcome.rejected;
      total.released += outcome.released;
      if (outcome.retryAfterMs !== undefined) {
        total.retryAfterMs = Math.max(total.retryAfterMs ?? 0, outcome.retryAfterMs);
        return;
      }
      if (claimed.length < BULK_MAX && !planning()) return;
    }
  };
  await Promise.all(Array.from({ length: options.lanes ?? LANES }, lane));
  if (total.sent || total.rejected || total.released) logger.info(total, "charges sent");
  return total;
};

// Per process: at most LANES batches in flight, however many billing jobs run at once (more would
// only queue up at Vipps and time out), and claims one after another, so each takes whole batches.
const slots = { free: LANES, waiting: [] as (() => void)[] };
let claiming: Promise<unknown> = Promise.resolve();

async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (slots.free > 0) slots.free--;
  else await new Promise<void>((resolve) => slots.waiting.push(resolve));
  try {
    return await fn();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free++;
  }
}

/** The same actor and merchant with Abo's clock read again. */
const withFreshNow = (ctx: TServerContext) =>
  buildContext({ actor: ctx.actor, merchantId: ctx.merchantId, locale: ctx.locale });

function claim(ctx: TServerContext): Promise<TClaimedCharge[]> {
  const next = claiming.then(() =>
    claimPlannedCharges(ctx, { leaseUntil: new Date(ctx.now.getTime() + leaseMs()), limit: BULK_MAX }),
  );
  claiming = next.catch(() => undefined);
  return next;
}

async function sendClaimed(ctx: TServerContext, claimed: TClaimedCharge[]): Promise<TSendOutcome> {
  // The bulk endpoint has no processingMode (FACTS §4.8), so single-attempt charges go one by one.
  const bulk = claimed.filter(
    (c) => c.type === "RECURRING" && c.due && c.processingMode !== "SINGLE_ATTEMPT",
  );
  if (bulk.length <= SINGLE_MAX) return sendSingles(ctx, claimed);
  const outcome = await sendSingles(
    ctx,
    claimed.filter((c) => !bulk.includes(c)),
  );
  const bySalesUnit = new Map<string, TClaimedCharge[]>();
  for (const charge of bulk) {
    const group = bySalesUnit.get(charge.salesUnitId) ?? [];
    group.push(charge);
    bySalesUnit.set(charge.salesUnitId, group);
  }
  for (const [salesUnitId, charges] of bySalesUnit) {
    let result: TSendOutcome;
    try {
      result = await sendChargeBatch(ctx, salesUnitId, charges);
    } catch (error) {
      // The whole batch refused (not item by item): each charge goes alone and gets its own answer.
      if (!(error instanceof VippsProblemError)) throw error;
      logger.warn({ err: error, salesUnitId }, "charge batch refused as a whole; sending one by one");
      result = await sendSingles(ctx, charges);
    }
    outcome.sent += result.sent;
    outcome.rejected += result.rejected;
    outcome.released += result.released;
    if (result.retryAfterMs !== undefined)
      outcome.retryAfterMs = Math.max(outcome.retryAfterMs ?? 0, result.retryAfterMs);
  }
  return outcome;
}

async function sendSingles(ctx: TServerContext, claimed: TClaimedCharge[]): Promise<TSendOutcome> {
  const outcome: TSendOutcome = { sent: 0, rejected: 0, released: 0 };
  if (claimed.length === 0) return outcome;
  const rows = await db.charge.findMany({
    where: { id: { in: claimed.map((c) => c.id) }, sendState: "PLANNED" },
  });
  const merchantOf = new Map(claimed.map((c) => [c.id, c.merchantId]));
  await runConcurrently(rows, 4, async (charge) => {
    try {
      const result = await sendPlannedCharge({ ...ctx, merchantId: merchantOf.get(charge.id)! }, charge);
      if (result === "sent") {
        outcome.sent++;
        await scheduleChargePoll(ctx, charge.id);
      } else outcome.rejected++;
    } catch (error) {
      const retryAfterMs =
        error instanceof AppError && error.code === "RATE_LIMITED"
          ? (error.details.retryAfterMs ?? 60_000)
          : RETRY_SOON_MS;
      logger.warn(
        { err: error, chargeId: charge.id, orderId: charge.orderId },
        "charge not sent yet; it will be sent again",
      );
      await releaseCharges(ctx, [charge.id], retryAfterMs);
      outcome.released++;
      outcome.retryAfterMs = Math.max(outcome.retryAfterMs ?? 0, retryAfterMs);
    }
  });
  return outcome;
}

/**
 * A charge that waited past midnight before its due date (an outage) would be refused as due too
 * soon, so it moves to the first day Vipps accepts; its orderId and key stay, and if an earlier attempt did reach
 * Vipps, the conflict is resolved by reading the charge back (send-planned-charge.ts).
 */
async function dueNotBeforeTomorrow(
  ctx: TServerContext,
  claimed: TClaimedCharge[],
): Promise<TClaimedCharge[]> {
  const tomorrow = earliestDue(ctx.now);
  const late = claimed.filter((c) => c.type === "RECURRING" && c.due && c.due < tomorrow).map((c) => c.id);
  if (late.length === 0) return claimed;
  await db.charge.updateMany({ where: { id: { in: late } }, data: { due: tomorrow } });
  return claimed.map((c) => (late.includes(c.id) ? { ...c, due: tomorrow } : c));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Long enough for one call with all its retries; a dead sender's charges are free again after it. */
function leaseMs(): number {
  const config = env();
  return (
    config.VIPPS_MAX_ATTEMPTS * (config.VIPPS_TIMEOUT_MS + config.VIPPS_MAX_INLINE_RETRY_AFTER_MS) + 2_000
  );
}
