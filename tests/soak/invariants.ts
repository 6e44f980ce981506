// The end-of-day checks. Each returns what it found wrong, as lines naming the agreement or charge;
// an empty list is a good day.
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { isDeepStrictEqual } from "node:util";
import { variableAmount } from "@/lib/domain/billing-calendar";
import { getDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { oracleDashboard } from "../admin/dashboard-oracle";
import { dashboardFigures, readRawRows } from "../admin/dashboard-raw";
import { lastChargedAmount, monthlyAmount } from "../oracles/mrr";
import type { TSoakContext } from "./context";
import { remoteState } from "./remote";
import { isoDay } from "@/lib/domain/periods";
import { testContext } from "../shared/server-context";

const OPEN_AT_VIPPS = ["PENDING", "DUE", "PROCESSING"];

type TAgreementRow = Awaited<ReturnType<typeof loadAgreements>>[number];
const loadAgreements = () =>
  db.agreement.findMany({
    where: { vippsAgreementId: { not: null }, salesUnit: { msn: "123456" } },
    include: { charges: true },
  });

/**
 * Abo and the emulator hold the same agreements and charges, with the same statuses and amounts.
 * A status Abo has not caught up with yet (a lost answer, a dropped webhook) may show at one day's
 * end — Abo looks again by itself within the day — but never at two in a row (ctx.lagging).
 */
async function sameAtVipps(ctx: TSoakContext, agreements: TAgreementRow[]): Promise<string[]> {
  const remote = await remoteState(ctx.emulator.baseUrl);
  const wrong: string[] = [];
  const lagging = new Set<string>();
  const lag = (key: string, line: string) => {
    if (ctx.lagging.has(key)) wrong.push(`${line} — and already at the previous day's end`);
    else lagging.add(key);
  };
  const seenCharges = new Set<string>();
  for (const a of agreements) {
    const r = remote.agreements.get(a.vippsAgreementId!);
    if (!r) {
      wrong.push(`agreement ${a.id} (${a.vippsAgreementId}) is not at Vipps`);
      continue;
    }
    if (r.status !== a.status)
      lag(
        `agreement ${a.id}`,
        `agreement ${a.id}: ${a.status} in Abo, ${r.status} at Vipps (stopped by ${String(r.stopActor)}; Abo synced ${a.lastSyncedAt?.toISOString()})`,
      );
    const [mine, theirs] =
      a.pricingType === "LEGACY"
        ? [a.amount, r.pricing.amount]
        : [a.suggestedMaxAmount, r.pricing.suggestedMaxAmount];
    if (a.status === "ACTIVE" && r.status === "ACTIVE" && mine !== theirs)
      wrong.push(`agreement ${a.id}: price ${mine} in Abo, ${theirs} at Vipps`);
    for (const c of a.charges) {
      const rc = remote.charges.get(c.orderId);
      if (c.sendState !== "SENT") {
        // Sent, but the answer was lost (timeout): the same request, same key, goes again.
        if (rc) {
          seenCharges.add(c.orderId);
          lag(`charge ${c.id}`, `charge ${c.id} is ${c.sendState} in Abo but exists at Vipps (${rc.status})`);
        }
        continue;
      }
      seenCharges.add(c.orderId);
      if (!rc) {
        // A sign-up's initial charge is made with the agreement; one never approved may be gone.
        if (c.type !== "INITIAL") wrong.push(`charge ${c.id} (${c.orderId}) is not at Vipps`);
        continue;
      }
      // PENDING becomes DUE at Vipps without a webhook (FACTS §6.2): both are "not attempted yet".
      const status = rc.status === "DUE" && c.status === "PENDING" ? "PENDING" : rc.status;
      const s = rc.summary ?? { captured: 0, refunded: 0, cancelled: 0 };
      const ours = `${c.status} ${c.amount} c${c.capturedAmount} r${c.refundedAmount} x${c.cancelledAmount}`;
      const theirs = `${status} ${rc.amount} c${s.captured} r${s.refunded} x${s.cancelled}`;
      if (ours !== theirs)
        lag(
          `charge ${c.id}`,
          `charge ${c.id} (${c.orderId}, agreement ${a.id}): Abo ${ours}, Vipps ${theirs} (Abo synced ${c.lastSyncedAt?.toISOString()}, next poll ${c.nextPollAt?.toISOString()}, due ${isoDay(c.due)})`,
        );
    }
  }
  const ours = new Set(agreements.map((a) => a.vippsAgreementId));
  for (const id of remote.agreements.keys())
    if (!ours.has(id)) wrong.push(`agreement ${id} exists at Vipps but not in Abo`);
  for (const rc of remote.charges.values())
    if (!seenCharges.has(rc.id) && rc.type !== "INITIAL")
      wrong.push(`charge ${rc.id} (${rc.status}) exists at Vipps but not in Abo`);
  ctx.lagging = lagging;
  return wrong;
}

/** One charge per period, none while paused or after a stop, none missing; stops carried out on time. */
function billingPeriods(ctx: TSoakContext, agreements: TAgreementRow[], at: Date): string[] {
  const wrong: string[] = [];
  const today = ctx.today;
  for (const a of agreements) {
    const recurring = a.charges.filter((c) => c.type === "RECURRING");
    const pauses = ctx.pauses.filter((p) => p.agreementId === a.id);
    for (const p of pauses)
      for (const c of recurring) {
        const start = isoDay(c.periodStart)!;
        if (start > p.from && start < p.until && c.status !== "CANCELLED")
          wrong.push(
            `agreement ${a.id}: ${c.status} charge for the period from ${start}, paused ${p.from}–${p.until}`,
          );
      }
    if (a.status !== "ACTIVE") {
      for (const c of a.charges)
        if (OPEN_AT_VIPPS.includes(c.status) && c.sendState === "SENT")
          wrong.push(`agreement ${a.id} is ${a.status} but charge ${c.id} is still ${c.status}`);
      const ended = isoDay(a.stoppedAt);
      for (const c of recurring)
        if (ended && isoDay(c.periodStart)! > ended && c.status !== "CANCELLED")
          wrong.push(
            `agreement ${a.id} stopped ${ended}: ${c.status} charge for the period from ${isoDay(c.periodStart)}`,
          );
    }
    if (a.stopAt) {
      if (a.stopAt <= at && a.status === "ACTIVE")
        wrong.push(`agreement ${a.id}: stop scheduled for ${a.stopAt.toISOString()} not carried out`);
      for (const c of recurring)
        if (c.periodStart! >= a.stopAt && !["CANCELLED", "FAILED"].includes(c.status))
          wrong.push(
            `agreement ${a.id} ends ${isoDay(a.stopAt)}: ${c.status} charge for the period from ${isoDay(c.periodStart)}`,
          );
    }
    if (a.status === "ACTIVE" && a.nextChargeDate && isoDay(a.nextChargeDate)! <= today) {
      const endsFirst = a.stopAt && a.stopAt <= a.nextChargeDate;
      if (!endsFirst)
        wrong.push(`agreement ${a.id}: the period from ${isoDay(a.nextChargeDate)} has no charge`);
    }
    if (a.status === "ACTIVE" && pauses.length === 0 && recurring.length) {
      const indexes = recurring.map((c) => c.periodIndex!).sort((x, y) => x - y);
      const gaps = indexes.filter((k, i) => i > 0 && k !== indexes[i - 1]! + 1);
      if (gaps.length) wrong.push(`agreement ${a.id}: periods ${indexes.join(",")} have gaps`);
    }
  }
  return wrong;
}

/** No money operation PENDING for more than a day. */
async function operationsFinish(ctx: TSoakContext): Promise<string[]> {
  const pending = await db.vippsOperation.findMany({
    where: { status: "PENDING" },
    select: { id: true, kind: true },
  });
  const wrong: string[] = [];
  const still = new Map<string, string>();
  for (const op of pending) {
    const since = ctx.pendingOperations.get(op.id) ?? ctx.today;
    if (since < ctx.today) wrong.push(`operation ${op.id} (${op.kind}) PENDING since ${since}`);
    still.set(op.id, since);
  }
  ctx.pendingOperations = still;
  return wrong;
}

async function noFailedJobs(): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string; output: unknown }[]>`
    SELECT name, output FROM pgboss.job WHERE state = 'failed' LIMIT 20`;
  return rows.map((r) => `job ${r.name} failed: ${JSON.stringify(r.output).slice(0, 300)}`);
}

/** The dashboard's MRR is the sum over the active agreements, per currency. */
async function mrrMatches(): Promise<string[]> {
  // Abo's clock, not the day's start: stops the worker made after the jump are dated by it.
  const dashboard = await getDashboard(await testContext(), { range: "7d" });
  const active = await db.agreement.findMany({
    where: { status: "ACTIVE", activatedAt: { not: null }, customerId: { not: null } },
    include: { charges: true },
  });
  const expected: Record<string, number> = {};
  for (const a of active) {
    const price =
      a.pricingType === "LEGACY"
        ? a.amount
        : (lastChargedAmount(a.charges) ?? variableAmount({ ...a, pricing: a }));
    if (price === null || !a.intervalUnit || !a.intervalCount) continue;
    expected[a.currency] =
      (expected[a.currency] ?? 0) + monthlyAmount(price, a.intervalUnit, a.intervalCount);
  }
  const shown = Object.fromEntries(Object.entries(dashboard.totals.mrr).filter(([, v]) => v !== 0));
  return JSON.stringify(shown) === JSON.stringify(expected)
    ? []
    : [`dashboard MRR ${JSON.stringify(shown)}, recomputed from the agreements ${JSON.stringify(expected)}`];
}

/**
 * Every figure of the dashboard (30 days, the rollup the database keeps as Abo writes) equals the
 * same figures computed again from the raw rows (tests/admin/dashboard-oracle.ts).
 */
async function rollupMatches(): Promise<string[]> {
  const at = await now();
  const dashboard = await getDashboard(await testContext({ now: at }), { range: "30d" });
  const rows = { ...(await readRawRows()), environment: dashboard.environment };
  const expected = oracleDashboard(rows, { range: "30d", now: at });
  const shown = dashboardFigures(dashboard);
  if (isDeepStrictEqual(shown, expected)) return [];
  const part = (["totals", "upcoming", "buckets"] as const).find(
    (k) => !isDeepStrictEqual(shown[k], expected[k]),
  );
  return [
    `dashboard ${part} differ from the raw rows: ${JSON.stringify(part && shown[part]).slice(0, 600)} ≠ ${JSON.stringify(part && expected[part]).slice(0, 600)}`,
  ];
}

export async function checkInvariants(ctx: TSoakContext, at: Date): Promise<string[]> {
  const agreements = await loadAgreements();
  return [
    ...(await sameAtVipps(ctx, agreements)),
    ...billingPeriods(ctx, agreements, at),
    ...(await operationsFinish(ctx)),
    ...(await noFailedJobs()),
    ...(await mrrMatches()),
    ...(await rollupMatches()),
    ...ctx.unexpected.splice(0).map((e) => `an entry point failed unexpectedly: ${e}`),
  ];
}
