"use server";

import { staffAction } from "@/lib/actions/client";
import { revalidateAfter } from "@/lib/actions/revalidate-after";
import type { TLocale } from "@/lib/i18n/locales";
import { format, translator } from "@/lib/i18n/translator";
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
// Messages in the staff member's language (chosen when the action's context was built).
const text = (ctx: { server: { locale: TLocale } }) => translator(ctx.server.locale).m.support;

export const refundChargeAction = staffAction
  .metadata({ name: "support.refund-charge" })
  .inputSchema(ZRefundChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.chargeId), async () => {
      const { after } = await refundCharge(ctx.server, parsedInput);
      return done(text(ctx).charge.refundForm.done, after.status);
    }),
  );

export const captureChargeAction = staffAction
  .metadata({ name: "support.capture-charge" })
  .inputSchema(ZCaptureChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.chargeId), async () => {
      const { after } = await captureCharge(ctx.server, parsedInput);
      return done(text(ctx).charge.captureForm.done, after.status);
    }),
  );

export const cancelChargeAction = staffAction
  .metadata({ name: "support.cancel-charge" })
  .inputSchema(ZCancelChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.chargeId), async () => {
      const { after } = await cancelCharge(ctx.server, parsedInput);
      return done(text(ctx).charge.cancelForm.done, after.status);
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
          ? format(text(ctx).charge.refresh.updated, { status: result.status })
          : text(ctx).charge.refresh.upToDate,
        result.status,
      );
    }),
  );
