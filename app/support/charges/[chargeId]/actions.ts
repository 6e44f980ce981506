"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/client";
import {
  ZCancelChargeInput,
  ZCaptureChargeInput,
  ZRefreshChargeInput,
  ZRefundChargeInput,
} from "@/lib/schemas/support";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { captureCharge } from "@/lib/server/charges/capture-charge";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { refreshChargeForStaff } from "@/lib/server/support/refresh-charge-for-staff";
import { staffActor } from "@/lib/server/support/staff-actor";

// Who may do what (admin above the refund threshold) is decided in lib/server, not here.
const done = (chargeId: string, message: string, status?: string) => {
  revalidatePath(`/support/charges/${chargeId}`);
  return { message, status };
};

export const refundChargeAction = staffAction
  .metadata({ name: "support.refund-charge" })
  .inputSchema(ZRefundChargeInput)
  .action(async ({ parsedInput, ctx }) => {
    const { after } = await refundCharge({ ...parsedInput, actor: staffActor(ctx.user) });
    return done(parsedInput.chargeId, "Refunded.", after.status);
  });

export const captureChargeAction = staffAction
  .metadata({ name: "support.capture-charge" })
  .inputSchema(ZCaptureChargeInput)
  .action(async ({ parsedInput, ctx }) => {
    const { after } = await captureCharge({ ...parsedInput, actor: staffActor(ctx.user) });
    return done(parsedInput.chargeId, "Captured.", after.status);
  });

export const cancelChargeAction = staffAction
  .metadata({ name: "support.cancel-charge" })
  .inputSchema(ZCancelChargeInput)
  .action(async ({ parsedInput, ctx }) => {
    const { after } = await cancelCharge({ ...parsedInput, actor: staffActor(ctx.user) });
    return done(parsedInput.chargeId, "Cancelled.", after.status);
  });

export const refreshChargeAction = staffAction
  .metadata({ name: "support.refresh-charge" })
  .inputSchema(ZRefreshChargeInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await refreshChargeForStaff({
      chargeId: parsedInput.chargeId,
      actor: staffActor(ctx.user),
    });
    return done(
      parsedInput.chargeId,
      result.changed
        ? `Updated from Vipps MobilePay: now ${result.status}.`
        : "Up to date with Vipps MobilePay.",
      result.status,
    );
  });
