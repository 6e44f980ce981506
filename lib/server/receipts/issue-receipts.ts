import "server-only";
import type { Tx } from "@/lib/db";
import { STANDARD_VAT_RATE, issuesReceipt, sellerOf, vatIncluded } from "@/lib/domain/receipts";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { assignReceiptNumber } from "./assign-receipt-number";

/**
 * Brings a charge's sales documents up to date inside the caller's transaction: its receipt once
 * the capture is complete, and a credit note, referring to that receipt, for each refund not yet
 * credited. Idempotent; the charge row is locked first, so two callers cannot both issue. Issued
 * at ctx.now, for a charge of ctx.merchantId.
 */
export const issueReceipts = async (ctx: TServerContext, tx: Tx, chargeId: string): Promise<void> => {
  await tx.$queryRaw`SELECT id FROM "Charge" WHERE id = ${chargeId} FOR UPDATE`;
  const charge = await tx.charge.findUnique({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    select: {
      status: true,
      capturedAmount: true,
      refundedAmount: true,
      currency: true,
      receipts: { select: { id: true, kind: true, amount: true, vatRate: true, seller: true } },
      agreement: {
        select: {
          salesUnitId: true,
          market: true,
          product: { select: { prices: { select: { market: true, vatRate: true } } } },
          merchant: {
            select: {
              name: true,
              legalName: true,
              addressLine: true,
              postalCode: true,
              city: true,
              companyCountry: true,
              orgNumber: true,
              vatRegistered: true,
            },
          },
        },
      },
    },
  });
  if (!charge) throw new AppError("NOT_FOUND", "chargeNotFound");
  if (!issuesReceipt(charge.status, charge.capturedAmount)) return;
  const { agreement } = charge;
  const issuedAt = ctx.now;
  const base = { salesUnitId: agreement.salesUnitId, chargeId, currency: charge.currency, issuedAt };

  let receipt = charge.receipts.find((r) => r.kind === "RECEIPT");
  if (!receipt) {
    const seller = sellerOf(agreement.merchant);
    const productRate = agreement.product?.prices.find((p) => p.market === agreement.market)?.vatRate;
    const vatRate = seller.vatRegistered ? (productRate ?? STANDARD_VAT_RATE[agreement.market]) : 0;
    receipt = await tx.receipt.create({
      data: {
        ...base,
        kind: "RECEIPT",
        number: await assignReceiptNumber(tx, agreement.salesUnitId),
        amount: charge.capturedAmount,
        vatRate,
        vatAmount: vatIncluded(charge.capturedAmount, vatRate),
        seller,
      },
      select: { id: true, kind: true, amount: true, vatRate: true, seller: true },
    });
  }

  const credited = charge.receipts
    .filter((r) => r.kind === "CREDIT_NOTE")
    .reduce((sum, r) => sum + r.amount, 0);
  const toCredit = charge.refundedAmount - credited;
  if (toCredit <= 0) return;
  // A credit note corrects its receipt, so it repeats that receipt's seller and VAT rate.
  await tx.receipt.create({
    data: {
      ...base,
      kind: "CREDIT_NOTE",
      number: await assignReceiptNumber(tx, agreement.salesUnitId),
      correctsId: receipt.id,
      amount: toCredit,
      vatRate: receipt.vatRate,
      vatAmount: vatIncluded(toCredit, receipt.vatRate),
      seller: receipt.seller ?? {},
    },
  });
};
