"use server";

import { staffAction } from "@/lib/actions/client";
import { revalidateAfter } from "@/lib/actions/revalidate-after";
import type { TLocale } from "@/lib/i18n/locales";
import { format, translator } from "@/lib/i18n/translator";
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

// Whether stopping needs the admin role (Merchant.stopRequiresAdmin) is decided in lib/server.
const page = (agreementId: string) => `/support/agreements/${agreementId}`;
const done = (message: string, extra: Record<string, string> = {}) => ({ message, ...extra });
// Messages in the staff member's language (chosen when the action's context was built).
const text = (ctx: { server: { locale: TLocale } }) => translator(ctx.server.locale).m.support;

export const updateAgreementAction = staffAction
  .metadata({ name: "support.update-agreement" })
  .inputSchema(ZUpdateAgreementInput)
  .action(({ parsedInput: { agreementId, reason, intervalUnit, intervalCount, ...fields }, ctx }) =>
    revalidateAfter(page(agreementId), async () => {
      const interval =
        intervalUnit && intervalCount ? { unit: intervalUnit, count: intervalCount } : undefined;
      await updateAgreement(ctx.server, { agreementId, changes: { ...fields, interval }, reason });
      return done(text(ctx).agreement.updateForm.done);
    }),
  );

export const stopAgreementAction = staffAction
  .metadata({ name: "support.stop-agreement" })
  .inputSchema(ZStopAgreementInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.agreementId), async () => {
      await stopAgreement(ctx.server, parsedInput);
      return done(text(ctx).agreement.stopForm.done);
    }),
  );

export const createChargeAction = staffAction
  .metadata({ name: "support.create-charge" })
  .inputSchema(ZCreateChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.agreementId), async () => {
      const charge = await createAdHocCharge(ctx.server, parsedInput);
      const { chargeForm } = text(ctx).agreement;
      return done(format(chargeForm.done, { orderId: charge.orderId, status: charge.status }), {
        chargeId: charge.id,
        orderId: charge.orderId,
      });
    }),
  );

export const refreshAgreementAction = staffAction
  .metadata({ name: "support.refresh-agreement" })
  .inputSchema(ZRefreshAgreementInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.agreementId), async () => {
      const r = await refreshAgreementForStaff(ctx.server, { agreementId: parsedInput.agreementId });
      return done(
        format(text(ctx).agreement.refresh.done, {
          status: r.status,
          changed: r.chargesChanged,
          imported: r.chargesImported,
        }),
      );
    }),
  );
