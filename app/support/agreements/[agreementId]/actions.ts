"use server";

import { staffAction } from "@/lib/actions/client";
import { revalidateAfter } from "@/lib/actions/revalidate-after";
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
const page = (agreementId: string) => `/support/agreements/${agreementId}`;
const done = (message: string, extra: Record<string, string> = {}) => ({ message, ...extra });

export const updateAgreementAction = staffAction
  .metadata({ name: "support.update-agreement" })
  .inputSchema(ZUpdateAgreementInput)
  .action(({ parsedInput: { agreementId, reason, intervalUnit, intervalCount, ...fields }, ctx }) =>
    revalidateAfter(page(agreementId), async () => {
      const interval =
        intervalUnit && intervalCount ? { unit: intervalUnit, count: intervalCount } : undefined;
      await updateAgreement(ctx.server, { agreementId, changes: { ...fields, interval }, reason });
      return done("Agreement updated at Vipps MobilePay.");
    }),
  );

export const stopAgreementAction = staffAction
  .metadata({ name: "support.stop-agreement" })
  .inputSchema(ZStopAgreementInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.agreementId), async () => {
      await stopAgreement(ctx.server, parsedInput);
      return done("Agreement stopped.");
    }),
  );

export const createChargeAction = staffAction
  .metadata({ name: "support.create-charge" })
  .inputSchema(ZCreateChargeInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter(page(parsedInput.agreementId), async () => {
      const charge = await createAdHocCharge({ ...parsedInput, actor: staffActor(ctx.user) });
      return done(`Charge ${charge.orderId} created (${charge.status}).`, {
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
      const r = await refreshAgreementForStaff({
        agreementId: parsedInput.agreementId,
        actor: staffActor(ctx.user),
      });
      return done(
        `Read from Vipps MobilePay: ${r.status}; ${r.chargesChanged} charges changed, ${r.chargesImported} new.`,
      );
    }),
  );
