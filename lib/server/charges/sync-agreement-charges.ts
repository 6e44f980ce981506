import "server-only";
import { machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { issuesReceipt } from "@/lib/domain/receipts";
import type { TServerContext } from "@/lib/server/context/server-context";
import { issueReceipts } from "@/lib/server/receipts/issue-receipts";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import type { TCharge } from "@/lib/vipps/schemas";
import { applyVippsCharge, type TSyncSource } from "./apply-vipps-charge";

/**
 * Lists an agreement's (of ctx.merchantId) charges at Vipps and applies each. Charges Abo did not create (made in
 * another system) are taken in as they are, so support sees everything Vipps has.
 */
export const syncAgreementCharges = async (
  ctx: TServerContext,
  agreementId: string,
  source: TSyncSource,
): Promise<{ changed: number; imported: number }> => {
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: agreementId, merchantId: ctx.merchantId },
  });
  if (!agreement.vippsAgreementId) return { changed: 0, imported: 0 };
  const client = await getVippsClient(agreement.salesUnitId);
  const remote = await client.listCharges(agreement.vippsAgreementId);
  const local = await db.charge.findMany({
    where: { agreementId, orderId: { in: remote.map((c) => c.id) } },
  });
  const byOrderId = new Map(local.map((c) => [c.orderId, c]));
  let changed = 0;
  let imported = 0;
  for (const charge of remote) {
    const mine = byOrderId.get(charge.id);
    if (mine) {
      if ((await applyVippsCharge(ctx, mine, charge, source)).changed) changed++;
    } else {
      await importCharge(ctx, agreement, charge);
      imported++;
    }
  }
  return { changed, imported };
};

async function importCharge(
  ctx: TServerContext,
  agreement: {
    id: string;
    customerId: string | null;
    currency: "NOK" | "DKK" | "EUR";
    transactionType: "DIRECT_CAPTURE" | "RESERVE_CAPTURE";
  },
  charge: TCharge,
): Promise<void> {
  const row = await db.charge.upsert({
    where: { orderId: charge.id },
    update: {},
    create: {
      agreementId: agreement.id,
      customerId: agreement.customerId,
      orderId: charge.id,
      idempotencyKey: `ext-${charge.id}`.slice(0, 40),
      type: charge.type ?? "RECURRING",
      status: charge.status === "UNKNOWN" ? "PENDING" : charge.status,
      sendState: "SENT",
      transactionType: charge.transactionType ?? agreement.transactionType,
      amount: charge.amount,
      currency: charge.currency ?? agreement.currency,
      description: charge.description ?? "",
      due: charge.due ? new Date(charge.due) : null,
      retryDays: charge.retryDays ?? null,
      capturedAmount: charge.summary?.captured ?? 0,
      refundedAmount: charge.summary?.refunded ?? 0,
      cancelledAmount: charge.summary?.cancelled ?? 0,
      failureReason: charge.failureReason ?? null,
      failureDescription: charge.failureDescription ?? null,
      externalId: charge.externalId ?? null,
      transactionId: charge.transactionId ?? null,
      history: charge.history ?? undefined,
      lastSyncedAt: machineNow(),
    },
    select: { id: true, status: true, capturedAmount: true },
  });
  if (issuesReceipt(row.status, row.capturedAmount))
    await db.$transaction((tx) => issueReceipts(ctx, tx, row.id));
}
