import "server-only";
import type { IntervalUnit } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { periodStart } from "@/lib/domain/billing-calendar";
import { SUGGESTED_MAX_CAP } from "@/lib/domain/product-rules";
import { requireActiveAtVipps } from "@/lib/domain/active-at-vipps";
import { agreementSnapshot } from "@/lib/domain/agreement-snapshot";
import { AppError } from "@/lib/errors";
import type { TUpdateAgreement } from "@/lib/vipps/schemas";
import type { TServerContext } from "@/lib/server/context/server-context";
import { auditedOperation } from "@/lib/server/operations/audited-operation";
import { emailAgreement } from "@/lib/server/email/email-customer";
import { billingPlanOf } from "./billing-plan";
import { loadAgreementForAction } from "./load-agreement";

export type TAgreementChanges = {
  productName?: string;
  productDescription?: string;
  /** LEGACY only: the price per interval, in minor units. */
  amount?: number;
  /** VARIABLE only: the suggested ceiling (the user is not notified). */
  suggestedMaxAmount?: number;
  interval?: { unit: IntervalUnit; count: number };
  /** A change of plan: the product the agreement now belongs to. */
  productId?: string;
  /** VARIABLE only, Abo only: the amount the customer chose, charged each period (Vipps has no such field). */
  chosenAmount?: number;
  /** A plan change ended the campaign from this period (lib/domain/plan-change.ts); Abo only. */
  campaignEndPeriod?: number;
};

/**
 * Changes what Vipps shows and what future charges will be; charges already made keep their amounts.
 * The context's actor makes the change; another merchant's agreement is not found.
 */
export const updateAgreement = async (
  ctx: TServerContext,
  input: { agreementId: string; changes: TAgreementChanges; reason?: string },
) => {
  const agreement = await loadAgreementForAction(ctx, input.agreementId);
  const vippsAgreementId = requireActiveAtVipps(agreement);
  const { changes } = input;
  const body: TUpdateAgreement = {};
  const fieldErrors: Record<string, string> = {};

  if (changes.productName !== undefined) {
    const name = changes.productName.trim();
    if (name.length < 1 || name.length > 45) fieldErrors.productName = "1 to 45 characters";
    else if (name !== agreement.productName) body.productName = name;
  }
  if (changes.productDescription !== undefined) {
    const description = changes.productDescription.trim();
    if (description.length > 100) fieldErrors.productDescription = "At most 100 characters";
    else if (description !== (agreement.productDescription ?? "")) body.productDescription = description;
  }
  if (changes.amount !== undefined) {
    if (agreement.pricingType !== "LEGACY")
      fieldErrors.amount = "Only fixed-price (LEGACY) agreements have a price to change";
    else if (!Number.isSafeInteger(changes.amount) || changes.amount < 100)
      fieldErrors.amount = "At least 1.00";
    else if (changes.amount !== agreement.amount) body.pricing = { amount: changes.amount };
  }
  if (changes.suggestedMaxAmount !== undefined) {
    const cap = SUGGESTED_MAX_CAP[agreement.currency];
    if (agreement.pricingType !== "VARIABLE")
      fieldErrors.suggestedMaxAmount = "Only variable-price agreements have a suggested maximum";
    else if (
      !Number.isSafeInteger(changes.suggestedMaxAmount) ||
      changes.suggestedMaxAmount < 100 ||
      changes.suggestedMaxAmount > cap
    ) {
      fieldErrors.suggestedMaxAmount = `Between 1.00 and ${cap / 100} ${agreement.currency}`;
    } else if (changes.suggestedMaxAmount !== agreement.suggestedMaxAmount)
      body.pricing = { suggestedMaxAmount: changes.suggestedMaxAmount };
  }
  if (changes.interval) {
    const { unit, count } = changes.interval;
    if (!Number.isInteger(count) || count < 1 || count > 31)
      fieldErrors.interval = "Every 1 to 31 days, weeks, months or years";
    else if (unit !== agreement.intervalUnit || count !== agreement.intervalCount)
      body.interval = { type: "RECURRING", period: { unit, count } };
  }
  if (changes.chosenAmount !== undefined) {
    if (agreement.pricingType !== "VARIABLE") fieldErrors.amount = "Only variable-price agreements";
    else if (!Number.isSafeInteger(changes.chosenAmount) || changes.chosenAmount < 100)
      fieldErrors.amount = "At least 1.00";
  }
  if (Object.keys(fieldErrors).length)
    throw new AppError("BAD_INPUT", "fieldsNeedALook", {}, { fieldErrors });
  const localOnly =
    changes.productId !== undefined ||
    (changes.chosenAmount !== undefined && changes.chosenAmount !== agreement.amount) ||
    changes.campaignEndPeriod !== undefined;
  if (Object.keys(body).length === 0 && !localOnly) throw new AppError("BAD_INPUT", "nothingWasChanged");

  return auditedOperation(
    ctx,
    {
      action: changes.productId ? "agreement.change-plan" : "agreement.update",
      target: { type: "agreement", id: agreement.id },
      customerId: agreement.customerId,
      agreementId: agreement.id,
      reason: input.reason,
      before: agreementSnapshot(agreement),
    },
    {
      kind: "UPDATE_AGREEMENT",
      salesUnitId: agreement.salesUnitId,
      agreementId: agreement.id,
      request: body as Record<string, unknown>,
    },
    (client, idempotencyKey) =>
      Object.keys(body).length
        ? client.updateAgreement(vippsAgreementId, body, { idempotencyKey })
        : Promise.resolve(),
    async () => {
      const data: Parameters<typeof db.agreement.update>[0]["data"] = {
        productName: body.productName,
        productDescription: body.productDescription,
        amount: body.pricing && "amount" in body.pricing ? body.pricing.amount : changes.chosenAmount,
        suggestedMaxAmount:
          body.pricing && "suggestedMaxAmount" in body.pricing ? body.pricing.suggestedMaxAmount : undefined,
        productId: changes.productId,
        campaignEndPeriod: changes.campaignEndPeriod,
      };
      const plan = billingPlanOf(agreement);
      if (body.interval?.type === "RECURRING") {
        // Re-anchor at the next period to charge: earlier periods keep their dates and numbers.
        data.intervalUnit = body.interval.period.unit;
        data.intervalCount = body.interval.period.count;
        if (plan) {
          data.billingAnchor = periodStart(plan, agreement.nextPeriodIndex);
          data.anchorPeriodIndex = agreement.nextPeriodIndex;
        }
      }
      const updated = await db.agreement.update({ where: { id: agreement.id }, data });
      if (changes.productId || body.pricing || body.interval)
        await emailAgreement(changes.productId ? "plan-changed" : "amount-changed", agreement.id);
      return agreementSnapshot(updated);
    },
  );
};
