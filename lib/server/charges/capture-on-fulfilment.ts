import "server-only";
import { db } from "@/lib/db";
import { capturable, inFlight } from "@/lib/domain/charge-status";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { captureCharge } from "./capture-charge";

/**
 * Captures the whole remaining reservation of a RESERVE_CAPTURE charge when its order has been
 * fulfilled (shipped): capturing before delivery is not allowed. Captures already on their way
 * are counted, so calling it twice captures nothing more. Done as ctx.actor.
 */
export const captureOnFulfilment = async (
  ctx: TServerContext,
  input: { chargeId: string; reason?: string },
) => {
  const charge = await db.charge.findUnique({
    where: { id: input.chargeId, agreement: { merchantId: ctx.merchantId } },
  });
  if (!charge) throw new AppError("NOT_FOUND", "theChargeWasNotFound");
  if (charge.transactionType !== "RESERVE_CAPTURE") throw new AppError("CONFLICT", "capturedDirectly");
  const pending = await db.vippsOperation.findMany({
    where: { chargeId: charge.id, kind: "CAPTURE_CHARGE", status: "PENDING" },
    select: { kind: true, status: true, amount: true },
  });
  const amount = capturable(charge) - inFlight(pending, "CAPTURE_CHARGE");
  if (amount <= 0) return { captured: 0 };
  await captureCharge(ctx, { chargeId: charge.id, amount, reason: input.reason ?? "Order fulfilled" });
  return { captured: amount };
};
