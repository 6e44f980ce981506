"use client";

import { useRef } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { fieldErrorsOf, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { supportWording } from "@/components/support/support-wording";
import { Button } from "@/components/ui/button";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { Field } from "@/components/ui/form-controls";
import { money } from "@/components/support/format";
import { chargeStatusInText } from "@/components/support/words";
import { ZCancelChargeInput } from "@/lib/schemas/support";
import { cancelChargeAction, refreshChargeAction } from "../actions";
import type { TChargeFacts } from "./charge-actions";

type TInput = Parameters<typeof cancelChargeAction>[0];

export function CancelForm({ locale, charge }: { locale: TLocale; charge: TChargeFacts }) {
  const t = translator(locale);
  const m = t.m.support.charge.cancelForm;
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(cancelChargeAction, {
    wording: supportWording(t.m),
    onSuccess: () => formRef.current?.reset(),
  });
  const confirm = useConfirmStep<{ input: TInput; reason: string }>();
  const left = money(charge.amount - charge.captured, charge.currency);
  const effect =
    charge.status === "PARTIALLY_CAPTURED"
      ? m.releasesRest
      : charge.status === "RESERVED"
        ? m.releasesAll
        : m.notTaken;
  const staged = confirm.staged;
  return (
    <form
      ref={formRef}
      aria-label={m.label}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = confirm.take();
        if (sending) return action.execute(sending.input);
        const input = { chargeId: charge.id, reason: formValues(event.currentTarget).reason ?? "" };
        const parsed = ZCancelChargeInput.safeParse(input);
        if (!parsed.success) return action.showFieldErrors(fieldErrorsOf(parsed.error));
        action.showFieldErrors(null);
        confirm.stage({ input, reason: parsed.data.reason });
      }}
    >
      <p className="text-sm text-neutral-700">{effect}</p>
      <fieldset disabled={Boolean(staged) || action.isPending} className="flex min-w-0 flex-col gap-3">
        <Field label={t.m.support.common.reasonForAudit} name="reason" error={action.fieldErrors.reason} />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title={m.confirmTitle}
          confirmLabel={m.confirm}
          backLabel={t.m.support.common.back}
          pending={action.isPending}
          danger
          onBack={confirm.back}
        >
          <p className="font-medium">
            {t.format(
              charge.status === "PARTIALLY_CAPTURED"
                ? m.effectRest
                : charge.status === "RESERVED"
                  ? m.effectAll
                  : m.effectDue,
              {
                left,
                customer: charge.customerName,
                orderId: charge.orderId,
                status: chargeStatusInText(t, charge.status),
              },
            )}
          </p>
          <p>{m.final}</p>
          <p>{t.format(t.m.support.common.auditReason, { reason: staged.reason })}</p>
        </ConfirmPanel>
      ) : (
        <Button type="submit" variant="danger" disabled={action.isPending} className="self-start">
          {action.isPending ? m.cancelling : m.submit}
        </Button>
      )}
      <ActionFeedback t={t} action={action} />
    </form>
  );
}

export function RefreshChargeButton({ locale, chargeId }: { locale: TLocale; chargeId: string }) {
  const t = translator(locale);
  const action = useActionForm(refreshChargeAction, { wording: supportWording(t.m) });
  return (
    <form
      aria-label={t.m.support.charge.refresh.label}
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        action.execute({ chargeId });
      }}
    >
      <Button type="submit" variant="secondary" disabled={action.isPending} className="self-start">
        {action.isPending ? t.m.support.common.reading : t.m.support.common.refreshFromVipps}
      </Button>
      <ActionFeedback t={t} action={action} />
    </form>
  );
}
