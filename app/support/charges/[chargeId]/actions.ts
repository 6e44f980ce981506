"use server";

import { staffAction } from "@/lib/actions/client";
import { revalidateAfter } from "@/lib/actions/revalidate-after";
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

// Who may do what (admin above the refund threshold) is decided in lib/server, not here.
const page = (chargeId: string) => `/support/charges/${chargeId}`;
const done = (message: string, status?: string) => ({ message, status });

export const refundChargeAction = staffAction
  .metadata({ name: "support.refund-charge" })
  .inputSchema(ZRefundChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.chargeId), async () => {
      const { after } = await refundCharge(ctx.server, parsedInput);
      return done("Refunded.", after.status);
    }),
  );

export const captureChargeAction = staffAction
  .metadata({ name: "support.capture-charge" })
  .inputSchema(ZCaptureChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.chargeId), async () => {
      const { after } = await captureCharge(ctx.server, parsedInput);
      return done("Captured.", after.status);
    }),
  );

export const cancelChargeAction = staffAction
  .metadata({ name: "support.cancel-charge" })
  .inputSchema(ZCancelChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.chargeId), async () => {
      const { after } = await cancelCharge(ctx.server, parsedInput);
      return done("Cancelled.", after.status);
    }),
  );

export const refreshChargeAction = staffAction
  .metadata({ name: "support.refresh-charge" })
  .inputSchema(ZRefreshChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.chargeId), async () => {
      const result = await refreshChargeForStaff(ctx.server, { chargeId: parsedInput.chargeId });
      return done(
        result.changed
          ? `Updated from Vipps MobilePay: now ${result.status}.`
          : "Up to date with Vipps MobilePay.",
        result.status,
      );
    }),
  );
