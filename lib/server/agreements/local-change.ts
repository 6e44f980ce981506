import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agreementSnapshot } from "@/lib/domain/agreement-snapshot";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import type { TServerContext } from "@/lib/server/context/server-context";
import { emailLocalChange } from "@/lib/server/email/email-customer";

// Changes to an agreement that live in Abo only (a pause, a stop planned for period end): Vipps has
// no such state, so what Vipps must know is done by cancelling the charges the change makes void.

export type TLocalChange = {
  agreement: { id: string; customerId: string | null };
  /** What must still hold when the change is written (compare-and-set against a concurrent change). */
  guard: Prisma.AgreementWhereInput;
  data: Prisma.AgreementUpdateManyMutationInput;
  action: string;
  reason?: string;
  before: ReturnType<typeof agreementSnapshot>;
  /** The open RECURRING charges the change makes void. */
  voids?: { which: Prisma.ChargeWhereInput; reason: string };
  /** More writes that belong to the change (the customer's stop feedback), in its transaction. */
  also?: (tx: Tx) => Promise<unknown>;
};

/**
 * Writes the change, cancels the voided charges never sent to Vipps, and writes the audit entry,
 * in one transaction: all of it or nothing. Charges already at Vipps are cancelled there after the
 * commit, each as its own audited operation (a Vipps call cannot join a database transaction); if
 * one fails, the change stands, the failure is in the audit log, and the error is shown. The
 * context's actor makes the change; the agreement was loaded within the context's merchant.
 */
export async function commitLocalChange(ctx: TServerContext, input: TLocalChange) {
  const { after, sent } = await db.$transaction(async (tx) => {
    const moved = await tx.agreement.updateMany({
      where: { ...input.guard, id: input.agreement.id, merchantId: ctx.merchantId },
      data: input.data,
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "subscriptionChangedJustNow");
    const open = input.voids
      ? await tx.charge.findMany({
          where: {
            ...input.voids.which,
            agreementId: input.agreement.id,
            type: "RECURRING",
            status: { in: ["PENDING", "DUE"] },
          },
          select: { id: true, sendState: true },
        })
      : [];
    const unsent = open.filter((c) => c.sendState !== "SENT").map((c) => c.id);
    if (unsent.length)
      await tx.charge.updateMany({
        where: { id: { in: unsent }, status: { in: ["PENDING", "DUE"] } },
        data: { status: "CANCELLED" },
      });
    await input.also?.(tx);
    const after = agreementSnapshot(
      await tx.agreement.findUniqueOrThrow({ where: { id: input.agreement.id } }),
    );
    await recordAudit(
      ctx,
      {
        action: input.action,
        target: { type: "agreement", id: input.agreement.id },
        customerId: input.agreement.customerId,
        agreementId: input.agreement.id,
        reason: input.reason,
        before: input.before,
        after,
      },
      tx,
    );
    await emailLocalChange(ctx, tx, input.action, input.agreement.id);
    return { after, sent: open.filter((c) => c.sendState === "SENT").map((c) => c.id) };
  });
  for (const chargeId of sent) await cancelCharge(ctx, { chargeId, reason: input.voids!.reason });
  return after;
}
