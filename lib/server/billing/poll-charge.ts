import "server-only";
import { db } from "@/lib/db";
import { applyVippsCharge, type TSyncSource } from "@/lib/server/charges/apply-vipps-charge";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { VippsProblemError } from "@/lib/vipps/errors";
import { markChargeRejected } from "./mark-charge-rejected";
import { scheduleChargePoll } from "./schedule-charge-poll";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TPollOutcome = {
  result: "applied" | "missing" | "skipped" | "rate-limited";
  retryAfterMs?: number;
};

/**
 * Reads one charge from Vipps and applies it, then plans the next look (FACTS §6.3 cadence, see
 * nextChargePollAt). A PLANNED charge found at Vipps counts as sent (its create answer was lost).
 * A charge Vipps does not have was never created (a batch item that failed later), so it is
 * marked rejected, unless `missingIsPending` (just after a batch, creation may still be under way).
 */
export const pollCharge = async (
  ctx: TServerContext,
  chargeId: string,
  options: { source?: TSyncSource; missingIsPending?: boolean } = {},
): Promise<TPollOutcome> => {
  const charge = await db.charge.findFirst({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    include: { agreement: { select: { vippsAgreementId: true, salesUnitId: true, merchantId: true } } },
  });
  if (!charge?.agreement.vippsAgreementId || charge.sendState === "REJECTED") return { result: "skipped" };
  const client = await getVippsClient(charge.agreement.salesUnitId);
  let remote;
  try {
    remote = await client.getCharge(charge.agreement.vippsAgreementId, charge.orderId);
  } catch (error) {
    if (!(error instanceof VippsProblemError)) throw error;
    if (error.status === 429) {
      const retryAfterMs = error.retryAfterMs ?? 30_000;
      await db.charge.update({
        where: { id: chargeId },
        data: { nextPollAt: new Date(ctx.now.getTime() + retryAfterMs) },
      });
      return { result: "rate-limited", retryAfterMs };
    }
    if (error.status !== 404) throw error;
    if (charge.sendState === "PLANNED" || charge.type === "INITIAL" || options.missingIsPending)
      return { result: "missing" };
    await markChargeRejected(ctx, chargeId, {
      title: "Not created",
      detail: "Vipps MobilePay has no charge with this orderId: its creation failed.",
    });
    return { result: "missing" };
  }
  await db.charge.updateMany({ where: { id: chargeId, sendState: "PLANNED" }, data: { sendState: "SENT" } });
  const { agreement: _agreement, ...row } = charge;
  await applyVippsCharge(ctx, { ...row, sendState: "SENT" }, remote, options.source ?? "poll");
  await scheduleChargePoll(ctx, chargeId);
  return { result: "applied" };
};
