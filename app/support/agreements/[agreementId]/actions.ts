"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/client";
import {
  ZCreateChargeInput,
  ZRefreshAgreementInput,
  ZStopAgreementInput,
  ZUpdateAgreementInput,
} from "@/lib/schemas/support";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import { createAdHocCharge } from "@/lib/server/charges/create-ad-hoc-charge";
import { refreshAgreementForStaff } from "@/lib/server/support/refresh-agreement-for-staff";
import { staffActor } from "@/lib/server/support/staff-actor";

// Whether stopping needs the admin role (Merchant.stopRequiresAdmin) is decided in lib/server.
const done = (agreementId: string, message: string, extra: Record<string, string> = {}) => {
  revalidatePath(`/support/agreements/${agreementId}`);
  return { message, ...extra };
};

export const updateAgreementAction = staffAction
  .metadata({ name: "support.update-agreement" })
  .inputSchema(ZUpdateAgreementInput)
  .action(async ({ parsedInput: { agreementId, reason, intervalUnit, intervalCount, ...fields }, ctx }) => {
    const interval = intervalUnit && intervalCount ? { unit: intervalUnit, count: intervalCount } : undefined;
    await updateAgreement({
      agreementId,
      changes: { ...fields, interval },
      reason,
      actor: staffActor(ctx.user),
    });
    return done(agreementId, "Agreement updated at Vipps MobilePay.");
  });

export const stopAgreementAction = staffAction
  .metadata({ name: "support.stop-agreement" })
  .inputSchema(ZStopAgreementInput)
  .action(async ({ parsedInput, ctx }) => {
    await stopAgreement({ ...parsedInput, actor: staffActor(ctx.user) });
    return done(parsedInput.agreementId, "Agreement stopped.");
  });

export const createChargeAction = staffAction
  .metadata({ name: "support.create-charge" })
  .inputSchema(ZCreateChargeInput)
  .action(async ({ parsedInput, ctx }) => {
    const charge = await createAdHocCharge({ ...parsedInput, actor: staffActor(ctx.user) });
    return done(parsedInput.agreementId, `Charge ${charge.orderId} created (${charge.status}).`, {
      chargeId: charge.id,
      orderId: charge.orderId,
    });
  });

export const refreshAgreementAction = staffAction
  .metadata({ name: "support.refresh-agreement" })
  .inputSchema(ZRefreshAgreementInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await refreshAgreementForStaff({
      agreementId: parsedInput.agreementId,
      actor: staffActor(ctx.user),
    });
    return done(
      parsedInput.agreementId,
      `Read from Vipps MobilePay: ${r.status}; ${r.chargesChanged} charges changed, ${r.chargesImported} new.`,
    );
  });
