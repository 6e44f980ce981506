import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { nextChargePollAt } from "@/lib/domain/billing-schedule";

/** Stores when the charge is to be read from Vipps next (null once it is final). */
export const scheduleChargePoll = async (chargeId: string, at?: Date): Promise<Date | null> => {
  const charge = await db.charge.findUnique({
    where: { id: chargeId },
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
  const next =
    charge.type === "INITIAL" && charge.status === "PENDING"
      ? null
      : nextChargePollAt(charge, at ?? (await now()));
  await db.charge.update({ where: { id: chargeId }, data: { nextPollAt: next } });
  return next;
};
