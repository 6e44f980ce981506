import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { draftAgreementKey, initialChargeIds, returnToken } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/jobs/client";
import { findActiveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { toAppError } from "@/lib/server/vipps/to-app-error";
import { VippsProblemError, isRetryable } from "@/lib/vipps/errors";
import { buildDraftRequest } from "./build-draft-request";

export type TSignUp = {
  productId: string;
  market: Market;
  email: string;
  phone: string;
  name?: string;
  locale?: string;
  termsAccepted: boolean;
};

const RESUME_PENDING_MS = 8 * 60_000;

/**
 * Starts a subscription: the agreement (with its orderIds and Idempotency-Key) is stored first,
 * then drafted at Vipps, and the customer is sent to vippsConfirmationUrl. The outcome is learned
 * by polling and webhooks, never from the redirect. A customer who starts the same product again
 * within a few minutes gets the pending agreement back instead of a duplicate.
 */
export const startSignUp = async (
  input: TSignUp,
): Promise<{ agreementId: string; confirmationUrl: string; returnToken: string }> => {
  if (!input.termsAccepted) {
    throw new AppError("BAD_INPUT", "Please accept the terms to continue.", {
      fieldErrors: { termsAccepted: "Required" },
    });
  }
  const product = await db.product.findUnique({ where: { id: input.productId }, include: { prices: true } });
  const price = product?.prices.find((p) => p.market === input.market);
  if (!product || product.status !== "LIVE" || !price)
    throw new AppError("NOT_FOUND", "This subscription is not on sale.");
  const salesUnit = await findActiveSalesUnit(input.market);
  if (!salesUnit) throw new AppError("CONFLICT", "This shop cannot take subscriptions in this country yet.");

  const email = input.email.trim().toLowerCase();
  const customer = await upsertCustomer({
    merchantId: product.merchantId,
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
      customerId: customer.id,
      productId: product.id,
      phoneNumber: input.phone,
      status: "PENDING",
      vippsConfirmationUrl: { not: null },
      createdAt: { gt: new Date(Date.now() - RESUME_PENDING_MS) },
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
  });

  await db.$transaction(async (tx) => {
    await tx.agreement.create({
      data: {
        id,
        merchantId: product.merchantId,
        salesUnitId: salesUnit.id,
        customerId: customer.id,
        productId: product.id,
        market: input.market,
        currency: price.currency,
        pricingType: product.pricingType,
        amount: price.amount,
        suggestedMaxAmount: price.suggestedMaxAmount,
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
        termsAcceptedAt: new Date(),
      },
    });
    if (initial && draft.initialCharge) {
      await tx.charge.create({
        data: {
          agreementId: id,
          customerId: customer.id,
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

  const confirmationUrl = await sendDraft(id);
  return { agreementId: id, confirmationUrl, returnToken: token };
};

/**
 * Drafts a stored agreement at Vipps with its stored key. Also used to finish a draft whose answer
 * was lost: the same key returns the same agreement. A refusal removes the never-born agreement.
 */
export const sendDraft = async (agreementId: string): Promise<string> => {
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    include: { product: { include: { prices: true } }, charges: { where: { type: "INITIAL" } } },
  });
  if (agreement.vippsConfirmationUrl) return agreement.vippsConfirmationUrl;
  const price = agreement.product?.prices.find((p) => p.market === agreement.market);
  if (!agreement.product || !price) throw new AppError("NOT_FOUND", "This subscription is not on sale.");
  const draft = buildDraftRequest({
    product: agreement.product,
    price,
    market: agreement.market,
    phone: agreement.phoneNumber ?? undefined,
    agreementId: agreement.id,
    returnToken: agreement.returnToken,
    appUrl: env().APP_URL,
    initialOrderId: agreement.charges[0]?.orderId,
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
        nextPollAt: new Date(Date.now() + 5_000),
      },
    }),
    db.charge.updateMany({ where: { agreementId, type: "INITIAL" }, data: { sendState: "SENT" } }),
  ]);
  // FACTS §8: start polling about 5 s after the redirect, then every few seconds until final.
  await enqueue("agreement.poll", { agreementId, attempt: 0 }, { startAfter: 5 });
  return response.vippsConfirmationUrl ?? `${env().APP_URL}/subscribe/return/${agreement.returnToken}`;
};

async function upsertCustomer(input: {
  merchantId: string;
  email: string;
  phone: string;
  name?: string;
  locale?: string;
  market: Market;
}) {
  const byEmail = await db.customer.findUnique({ where: { email: input.email } });
  const phoneTaken = await db.customer.findUnique({ where: { phone: input.phone }, select: { id: true } });
  const phone = phoneTaken && phoneTaken.id !== byEmail?.id ? undefined : input.phone;
  if (byEmail) {
    return db.customer.update({
      where: { id: byEmail.id },
      data: {
        phone: byEmail.phone ?? phone,
        name: byEmail.name ?? input.name,
        locale: input.locale ?? byEmail.locale,
      },
    });
  }
  return db.customer.create({
    data: {
      merchantId: input.merchantId,
      email: input.email,
      phone,
      name: input.name,
      locale: input.locale,
      market: input.market,
    },
  });
}
