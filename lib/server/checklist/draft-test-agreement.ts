import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { returnToken } from "@/lib/crypto/random-ids";
import { draftAgreementKey } from "@/lib/domain/ids";
import { env } from "@/lib/env";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { toAppError } from "@/lib/server/vipps/to-app-error";
import type { TDraftAgreement } from "@/lib/vipps/schemas";

export const TEST_AMOUNT = 1_000;

/**
 * A test agreement for the go-live verification: stored in Abo first (no customer, so it never
 * shows in anyone's account), drafted at Vipps with its stored key, then force accepted with the
 * test user (PATCH …/accept, test environment only). It has no interval (pay per use), so Abo's
 * scheduler never bills it; the verification makes its charges by hand. Marked as test data
 * (isTest), so no figure or work list counts it. The sales unit must be ctx.merchantId's.
 */
export const draftTestAgreement = async (
  ctx: TServerContext,
  input: { salesUnitId: string; label: string; phone: string },
) => {
  const unit = await db.salesUnit.findUniqueOrThrow({
    where: { id: input.salesUnitId, merchantId: ctx.merchantId },
    select: { merchantId: true, market: true, currency: true },
  });
  const id = `chk${randomUUID().replace(/-/g, "").slice(0, 22)}`;
  const token = returnToken();
  const productName = "Abo go-live check";
  const productDescription = `Vipps MobilePay go-live verification: ${input.label}`.slice(0, 100);
  await db.agreement.create({
    data: {
      id,
      merchantId: unit.merchantId,
      salesUnitId: input.salesUnitId,
      market: unit.market,
      currency: unit.currency,
      pricingType: "LEGACY",
      amount: TEST_AMOUNT,
      productName,
      productDescription,
      transactionType: "RESERVE_CAPTURE",
      retryDays: 2,
      externalId: id,
      returnToken: token,
      draftIdempotencyKey: draftAgreementKey(id),
      phoneNumber: input.phone,
      termsAcceptedAt: ctx.now,
      isTest: true,
    },
  });
  const appUrl = env().APP_URL;
  const draft: TDraftAgreement = {
    pricing: { type: "LEGACY", currency: unit.currency, amount: TEST_AMOUNT },
    productName,
    productDescription,
    merchantRedirectUrl: `${appUrl}/subscribe/return/${token}`,
    merchantAgreementUrl: `${appUrl}/account/subscriptions/${id}`,
    externalId: id,
    countryCode: unit.market,
    phoneNumber: input.phone,
  };
  const client = await getVippsClient(input.salesUnitId);
  try {
    const response = await client.draftAgreement(draft, { idempotencyKey: draftAgreementKey(id) });
    await db.agreement.update({
      where: { id },
      data: {
        vippsAgreementId: response.agreementId,
        vippsUuid: response.uuid ?? null,
        vippsConfirmationUrl: response.vippsConfirmationUrl ?? null,
      },
    });
    return { agreementId: id, vippsAgreementId: response.agreementId };
  } catch (error) {
    // Never born (or, after a lost answer, left PENDING at Vipps, where it expires in 10 minutes).
    await db.agreement.update({ where: { id }, data: { status: "EXPIRED", stopCause: "EXPIRED" } });
    throw toAppError(error);
  }
};

/** Stands in for the test user's approval in the app (test environment only), on a unit of ctx.merchantId's. */
export const forceAccept = async (
  ctx: TServerContext,
  input: {
    salesUnitId: string;
    agreementId: string;
    vippsAgreementId: string;
    phone: string;
  },
) => {
  const client = await getVippsClient(input.salesUnitId);
  try {
    await client.forceAcceptAgreement(input.vippsAgreementId, input.phone, {
      idempotencyKey: `chk-accept-${input.agreementId}`.slice(0, 40),
    });
  } catch (error) {
    throw toAppError(error);
  }
};

/** Reads the agreement (of ctx.merchantId) from Vipps until it leaves PENDING, for a few seconds at most. */
export const settleAgreement = async (
  ctx: TServerContext,
  agreementId: string,
  attempts = 5,
): Promise<string> => {
  for (let i = 0; ; i++) {
    const { to } = await refreshAgreement(ctx, agreementId, "refresh");
    if (to !== "PENDING" || i >= attempts - 1) return to;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
};
