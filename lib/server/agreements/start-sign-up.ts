import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { returnToken } from "@/lib/crypto/random-ids";
import { draftAgreementKey, initialChargeIds } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/queue/client";
import { findActiveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { toAppError } from "@/lib/server/vipps/to-app-error";
import { VippsProblemError, isRetryable } from "@/lib/vipps/errors";
import { machineMs } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { CLAIM_LINK_MS, newClaimToken } from "@/lib/crypto/claim-token";
import type { TServerContext } from "@/lib/server/context/server-context";
import { sendClaimLink } from "@/lib/server/sign-up-claims/send-claim-link";
import { buildDraftRequest } from "./build-draft-request";
import { resolveSignUpCustomer } from "./sign-up-customer";

export type TSignUp = {
  productId: string;
  market: Market;
  email: string;
  phone: string;
  name?: string;
  locale?: string;
  termsAccepted: boolean;
  /** VARIABLE: the amount per interval the customer chose (default: the product's cap), at most the cap. */
  amount?: number;
};

const RESUME_PENDING_MS = 8 * 60_000;

/**
 * Starts a subscription: the agreement (with its orderIds and Idempotency-Key) is stored first,
 * then drafted at Vipps, and the customer is sent to vippsConfirmationUrl. The outcome is learned
 * by polling and webhooks, never from the redirect. A customer who starts the same product again
 * within a few minutes gets the pending agreement back instead of a duplicate. An email that
 * belongs to an existing customer does not put the agreement in their account (SignUpClaim).
 * Visitors start it through the system: the product must be one of the context's merchant.
 */
export const startSignUp = async (
  ctx: TServerContext,
  input: TSignUp,
): Promise<{ agreementId: string; confirmationUrl: string; returnToken: string }> => {
  if (!input.termsAccepted) {
    throw new AppError(
      "BAD_INPUT",
      "acceptTerms",
      {},
      {
        fieldErrors: { termsAccepted: "acceptTerms" },
      },
    );
  }
  const product = await db.product.findFirst({
    where: { id: input.productId, merchantId: ctx.merchantId },
    include: { prices: true },
  });
  const price = product?.prices.find((p) => p.market === input.market);
  if (!product || product.status !== "LIVE" || !price) throw new AppError("NOT_FOUND", "notOnSale");
  const chosen = chosenAmount(product.pricingType, price.suggestedMaxAmount, input.amount);
  const salesUnit = await findActiveSalesUnit(ctx, input.market);
  if (!salesUnit) throw new AppError("CONFLICT", "noSalesUnitInCountry");

  const email = input.email.trim().toLowerCase();
  const owner = await resolveSignUpCustomer(ctx, {
    email,
    phone: input.phone,
    name: input.name,
    locale: input.locale,
    market: input.market,
  });

  // The same person starting again within minutes gets their pending request back; a typed email
  // alone is not enough (it would show another person's confirmation page and phone), so the phone
  // must match too.
  const pending = await db.agreement.findFirst({
    where: {
      merchantId: ctx.merchantId,
      OR: [{ customerId: owner.customerId ?? owner.heldFor }, { claim: { email } }],
      productId: product.id,
      phoneNumber: input.phone,
      status: "PENDING",
      vippsConfirmationUrl: { not: null },
      createdAt: { gt: new Date(machineMs() - RESUME_PENDING_MS) },
    },
    orderBy: { createdAt: "desc" },
  });
  if (pending)
    return {
      agreementId: pending.id,
      confirmationUrl: pending.vippsConfirmationUrl!,
      returnToken: pending.returnToken,
    };

  const id = `a${randomUUID().replace(/-/g, "").slice(0, 24)}`;
  const token = returnToken();
  const initial = product.initialChargeDescription && price.initialChargeAmount ? initialChargeIds(id) : null;
  const draft = buildDraftRequest({
    product,
    price,
    market: input.market,
    phone: input.phone,
    agreementId: id,
    returnToken: token,
    appUrl: env().APP_URL,
    initialOrderId: initial?.orderId,
    suggestedMaxAmount: chosen ?? undefined,
  });

  // Held for an existing customer: bound later by Vipps (their verified phone) or by the link
  // mailed to the address (lib/server/sign-up-claims).
  const claim = owner.heldFor
    ? { ...newClaimToken(), expiresAt: new Date(ctx.now.getTime() + CLAIM_LINK_MS) }
    : null;
  await db.$transaction(async (tx) => {
    await tx.agreement.create({
      data: {
        id,
        merchantId: ctx.merchantId,
        salesUnitId: salesUnit.id,
        customerId: owner.customerId,
        productId: product.id,
        market: input.market,
        currency: price.currency,
        pricingType: product.pricingType,
        // VARIABLE: the chosen amount is what Abo charges and the ceiling the user approves at Vipps.
        amount: chosen ?? price.amount,
        suggestedMaxAmount: chosen ?? price.suggestedMaxAmount,
        intervalUnit: product.intervalUnit,
        intervalCount: product.intervalCount,
        productName: product.name,
        productDescription: product.description,
        transactionType: product.transactionType,
        retryDays: product.retryDays,
        processingMode: product.processingMode,
        campaignType: product.campaignType,
        campaignPrice: price.campaignPrice,
        campaignEnd: product.campaignEnd,
        campaignPeriodUnit: product.campaignPeriodUnit,
        campaignPeriodCount: product.campaignPeriodCount,
        campaignEventDate: product.campaignEventDate,
        campaignEventText: product.campaignEventText,
        initialChargeAmount: initial ? price.initialChargeAmount : null,
        initialChargeDescription: initial ? product.initialChargeDescription : null,
        initialChargeTransactionType: initial
          ? (product.initialChargeTransactionType ?? product.transactionType)
          : null,
        externalId: id,
        returnToken: token,
        draftIdempotencyKey: draftAgreementKey(id),
        phoneNumber: input.phone,
        scope: product.scope,
        termsAcceptedAt: ctx.now,
      },
    });
    if (claim) {
      await tx.signUpClaim.create({
        data: { agreementId: id, email, tokenHash: claim.tokenHash, expiresAt: claim.expiresAt },
      });
    }
    if (initial && draft.initialCharge) {
      await tx.charge.create({
        data: {
          agreementId: id,
          customerId: owner.customerId,
          orderId: initial.orderId,
          idempotencyKey: initial.idempotencyKey,
          type: "INITIAL",
          transactionType: draft.initialCharge.transactionType,
          amount: draft.initialCharge.amount,
          currency: price.currency,
          description: draft.initialCharge.description,
        },
      });
    }
  });

  const confirmationUrl = await sendDraft(ctx, id);
  if (claim && owner.heldFor) {
    await sendClaimLink(ctx, {
      email,
      token: claim.token,
      productName: product.name,
      customerId: owner.heldFor,
    }).catch((error: unknown) =>
      logger.warn({ err: error, agreementId: id }, "could not mail the sign-up claim link"),
    );
  }
  return { agreementId: id, confirmationUrl, returnToken: token };
};

/**
 * Drafts a stored agreement at Vipps with its stored key. Also used to finish a draft whose answer
 * was lost: the same key returns the same agreement. A refusal removes the never-born agreement.
 * Another merchant's agreement is not found.
 */
export const sendDraft = async (ctx: TServerContext, agreementId: string): Promise<string> => {
  const agreement = await db.agreement.findFirstOrThrow({
    where: { id: agreementId, merchantId: ctx.merchantId },
    include: { product: { include: { prices: true } }, charges: { where: { type: "INITIAL" } } },
  });
  if (agreement.vippsConfirmationUrl) return agreement.vippsConfirmationUrl;
  const price = agreement.product?.prices.find((p) => p.market === agreement.market);
  if (!agreement.product || !price) throw new AppError("NOT_FOUND", "notOnSale");
  const draft = buildDraftRequest({
    product: agreement.product,
    price,
    market: agreement.market,
    phone: agreement.phoneNumber ?? undefined,
    agreementId: agreement.id,
    returnToken: agreement.returnToken,
    appUrl: env().APP_URL,
    initialOrderId: agreement.charges[0]?.orderId,
    suggestedMaxAmount: agreement.suggestedMaxAmount ?? undefined,
  });
  const client = await getVippsClient(agreement.salesUnitId);
  let response;
  try {
    response = await client.draftAgreement(draft, { idempotencyKey: agreement.draftIdempotencyKey });
  } catch (error) {
    if (error instanceof VippsProblemError && !isRetryable(error)) {
      await db.$transaction([
        db.charge.deleteMany({ where: { agreementId } }),
        db.agreement.delete({ where: { id: agreementId } }),
      ]);
    }
    throw toAppError(error);
  }
  await db.$transaction([
    db.agreement.update({
      where: { id: agreementId },
      data: {
        vippsAgreementId: response.agreementId,
        vippsUuid: response.uuid ?? null,
        vippsConfirmationUrl: response.vippsConfirmationUrl ?? null,
        nextPollAt: new Date(machineMs() + 5_000),
      },
    }),
    db.charge.updateMany({ where: { agreementId, type: "INITIAL" }, data: { sendState: "SENT" } }),
  ]);
  // FACTS §8: start polling about 5 s after the redirect, then every few seconds until final.
  await enqueue("agreement.poll", { agreementId, attempt: 0 }, { startAfter: 5 });
  return response.vippsConfirmationUrl ?? `${env().APP_URL}/subscribe/return/${agreement.returnToken}`;
};

/** VARIABLE pricing: the amount chosen, within 1.00 and the product's cap (a field error otherwise). */
function chosenAmount(pricingType: string, cap: number | null, amount: number | undefined): number | null {
  if (pricingType !== "VARIABLE" || cap === null) return null;
  if (amount === undefined) return cap;
  if (!Number.isSafeInteger(amount) || amount < 100 || amount > cap)
    throw new AppError(
      "BAD_INPUT",
      "chooseAmountWithinLimits",
      {},
      {
        fieldErrors: { amount: "amountRange" },
      },
    );
  return amount;
}
