import "server-only";
import { db } from "@/lib/db";
import { nextChargePollAt } from "@/lib/domain/billing-schedule";
import type { TServerContext } from "@/lib/server/context/server-context";

/** Stores when the charge is to be read from Vipps next (null once it is final), counted from `at` or ctx.now. */
export const scheduleChargePoll = async (
  ctx: TServerContext,
  chargeId: string,
  at: Date = ctx.now,
): Promise<Date | null> => {
  const charge = await db.charge.findFirst({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    select: {
      type: true,
      status: true,
      due: true,
      retryDays: true,
      createdAt: true,
      captureDeadline: true,
      sendState: true,
    },
  });
  if (!charge || charge.sendState !== "SENT") return null;
  // An initial charge waiting for approval is settled with its agreement (agreement.poll).
  const next = charge.type === "INITIAL" && charge.status === "PENDING" ? null : nextChargePollAt(charge, at);
  await db.charge.update({ where: { id: chargeId }, data: { nextPollAt: next } });
  return next;
};
