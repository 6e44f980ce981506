import "server-only";
import { db } from "@/lib/db";
import type { TReceiptData } from "@/lib/domain/receipt-fields";
import { issuesReceipt, type TSeller } from "@/lib/domain/receipts";
import type { TServerContext } from "@/lib/server/context/server-context";
import { issueReceipts } from "./issue-receipts";
import { isoDay } from "@/lib/domain/periods";

type THistoryEntry = { occurred?: string; event?: string; success?: boolean };

/**
 * A charge's receipt and credit notes, of ctx.merchantId. A customer (ctx.actor) reads only their own
 * charges'; others may narrow it to one customer's with `customerId` (a receipt email to them). Documents
 * not yet issued for money already moved (charges from before receipts were numbered, or written by
 * the seed) are issued now, the same way. Null when there is no such charge or nothing was paid.
 */
export const loadReceipt = async (
  ctx: TServerContext,
  input: { chargeId: string; customerId?: string | null },
): Promise<TReceiptData | null> => {
  const { chargeId } = input;
  const customerId = ctx.actor.type === "CUSTOMER" ? ctx.actor.customerId : (input.customerId ?? undefined);
  const found = await db.charge.findFirst({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId, customerId } },
    select: {
      status: true,
      capturedAmount: true,
      refundedAmount: true,
      receipts: { select: { kind: true, amount: true } },
    },
  });
  if (!found || !issuesReceipt(found.status, found.capturedAmount)) return null;
  const credited = found.receipts.filter((r) => r.kind === "CREDIT_NOTE").reduce((s, r) => s + r.amount, 0);
  if (!found.receipts.some((r) => r.kind === "RECEIPT") || found.refundedAmount > credited)
    await db.$transaction((tx) => issueReceipts(ctx, tx, chargeId));

  const charge = await db.charge.findUniqueOrThrow({
    where: { id: chargeId },
    select: {
      description: true,
      periodStart: true,
      periodEnd: true,
      orderId: true,
      transactionId: true,
      history: true,
      updatedAt: true,
      receipts: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          kind: true,
          number: true,
          issuedAt: true,
          seller: true,
          amount: true,
          currency: true,
          vatRate: true,
          vatAmount: true,
          corrects: { select: { number: true, issuedAt: true } },
        },
      },
      agreement: {
        select: {
          productName: true,
          market: true,
          customer: { select: { name: true, email: true } },
          merchant: { select: { name: true, supportEmail: true, supportPhone: true } },
        },
      },
    },
  });
  const history = Array.isArray(charge.history) ? (charge.history as THistoryEntry[]) : [];
  const captured = history.find((h) => h.event === "CAPTURE" && h.success !== false)?.occurred;
  const { agreement } = charge;
  return {
    chargeId,
    market: agreement.market,
    productName: agreement.productName,
    description: charge.description,
    periodStart: isoDay(charge.periodStart),
    periodEnd: isoDay(charge.periodEnd),
    paidAt: captured ?? charge.updatedAt.toISOString(),
    reference: charge.orderId,
    transactionId: charge.transactionId,
    buyer: { name: agreement.customer?.name ?? null, email: agreement.customer?.email ?? null },
    contact: {
      shopName: agreement.merchant.name,
      email: agreement.merchant.supportEmail,
      phone: agreement.merchant.supportPhone,
    },
    documents: charge.receipts.map((r) => ({
      ...r,
      issuedAt: r.issuedAt.toISOString(),
      seller: r.seller as TSeller,
      corrects: r.corrects
        ? { number: r.corrects.number, issuedAt: r.corrects.issuedAt.toISOString() }
        : null,
    })),
  };
};
