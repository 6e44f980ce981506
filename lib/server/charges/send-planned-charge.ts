import "server-only";
import type { Charge } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { VippsProblemError, isRetryable } from "@/lib/vipps/errors";
import { toAppError } from "@/lib/server/vipps/to-app-error";
import { refreshCharge } from "./refresh-charge";

/**
 * Creates a PLANNED charge at Vipps with the orderId and Idempotency-Key stored on its row. Safe to
 * repeat: Vipps replays the answer for the same key, and an orderId it already has counts as sent.
 * Returns "sent", or "rejected" when Vipps refused it (the problem is stored on the charge). The
 * charge's agreement must be of ctx.merchantId.
 */
export const sendPlannedCharge = async (
  ctx: TServerContext,
  charge: Charge,
): Promise<"sent" | "rejected"> => {
  if (charge.sendState !== "PLANNED") return charge.sendState === "SENT" ? "sent" : "rejected";
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: charge.agreementId, merchantId: ctx.merchantId },
    select: { vippsAgreementId: true, salesUnitId: true, processingMode: true },
  });
  const client = await getVippsClient(agreement.salesUnitId);
  try {
    await client.createCharge(
      agreement.vippsAgreementId!,
      {
        amount: charge.amount,
        transactionType: charge.transactionType,
        description: charge.description,
        orderId: charge.orderId,
        ...(charge.type === "UNSCHEDULED"
          ? { type: "UNSCHEDULED" as const }
          : {
              type: "RECURRING" as const,
              due: charge.due!.toISOString().slice(0, 10),
              retryDays: charge.retryDays ?? 0,
              // Sent only when it is not Vipps's default, so requests stay as they were for everyone else.
              ...(agreement.processingMode === "SINGLE_ATTEMPT"
                ? { processingMode: "SINGLE_ATTEMPT" as const, retryDays: 0 }
                : {}),
            }),
        ...(charge.externalId ? { externalId: charge.externalId } : {}),
      },
      { idempotencyKey: charge.idempotencyKey },
    );
  } catch (error) {
    if (error instanceof VippsProblemError && !isRetryable(error)) {
      if (
        error.status === 409 &&
        (await existsAtVipps(client, agreement.vippsAgreementId!, charge.orderId))
      ) {
        // Our orderId is already there (created by an earlier attempt whose answer was lost).
        await markSent(charge.id);
        return "sent";
      }
      await db.charge.update({
        where: { id: charge.id },
        data: {
          sendState: "REJECTED",
          status: "FAILED",
          creationProblem: error.problem as object,
          failureDescription: error.problem.detail ?? error.problem.title,
        },
      });
      return "rejected";
    }
    throw toAppError(error);
  }
  await markSent(charge.id);
  await refreshCharge(ctx, charge.id, "action").catch(() => undefined);
  return "sent";
};

async function markSent(chargeId: string): Promise<void> {
  await db.charge.updateMany({ where: { id: chargeId, sendState: "PLANNED" }, data: { sendState: "SENT" } });
}

async function existsAtVipps(
  client: Awaited<ReturnType<typeof getVippsClient>>,
  agreementId: string,
  orderId: string,
): Promise<boolean> {
  try {
    await client.getCharge(agreementId, orderId);
    return true;
  } catch {
    return false;
  }
}
