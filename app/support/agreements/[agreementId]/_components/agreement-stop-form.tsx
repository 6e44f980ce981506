"use client";

import { useRef } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { DisabledAction } from "@/components/support/disabled-action";
import { fieldErrorsOf, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { supportWording } from "@/components/support/support-wording";
import { Button } from "@/components/ui/button";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { Field } from "@/components/ui/form-controls";
import { ZStopAgreementInput } from "@/lib/schemas/support";
import { refreshAgreementAction, stopAgreementAction } from "../actions";

type TInput = Parameters<typeof stopAgreementAction>[0];

/** Stops the agreement at Vipps now (final). Needs the admin role when the merchant says so. */
export function AgreementStopForm({
  locale,
  agreement,
  needsAdmin,
  reservedCharges,
  openCharges,
}: {
  locale: TLocale;
  agreement: { id: string; productName: string; customerName: string };
  needsAdmin: boolean;
  reservedCharges: number;
  /** Pending, due and reserved charges: Vipps MobilePay cancels them when the agreement stops. */
  openCharges: number;
}) {
  const t = translator(locale);
  const m = t.m.support.agreement.stopForm;
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(stopAgreementAction, {
    wording: supportWording(t.m),
    onSuccess: () => formRef.current?.reset(),
  });
  const confirm = useConfirmStep<{ input: TInput; reason: string }>();
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
        const input = { agreementId: agreement.id, reason: formValues(event.currentTarget).reason ?? "" };
        const parsed = ZStopAgreementInput.safeParse(input);
        if (!parsed.success) return action.showFieldErrors(fieldErrorsOf(parsed.error));
        action.showFieldErrors(null);
        confirm.stage({ input, reason: parsed.data.reason });
      }}
    >
      <p className="text-sm text-neutral-700">
        {t.format(m.intro, {
          reserved: reservedCharges ? t.format(m.reservedNow, { count: reservedCharges }) : "",
        })}
      </p>
      <fieldset disabled={Boolean(staged) || action.isPending} className="flex min-w-0 flex-col gap-3">
        <Field label={m.reason} name="reason" error={action.fieldErrors.reason} />
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
            {t.format(m.effect, {
              product: agreement.productName,
              customer: agreement.customerName,
              charges:
                openCharges === 0
                  ? m.noOpenCharges
                  : t.format(openCharges === 1 ? m.openCharges_one : m.openCharges_other, {
                      count: openCharges,
                    }),
            })}
          </p>
          <p>{t.format(m.final, { customer: agreement.customerName })}</p>
          <p>{t.format(t.m.support.common.auditReason, { reason: staged.reason })}</p>
        </ConfirmPanel>
      ) : needsAdmin ? (
        <DisabledAction label={m.submit} reason={m.needsAdmin} />
      ) : (
        <Button type="submit" variant="danger" disabled={action.isPending} className="self-start">
          {action.isPending ? m.stopping : m.submit}
        </Button>
      )}
      <ActionFeedback t={t} action={action} />
    </form>
  );
}

export function RefreshAgreementButton({ locale, agreementId }: { locale: TLocale; agreementId: string }) {
  const t = translator(locale);
  const action = useActionForm(refreshAgreementAction, { wording: supportWording(t.m) });
  return (
    <form
      aria-label={t.m.support.agreement.refresh.label}
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        action.execute({ agreementId });
      }}
    >
      <Button type="submit" variant="secondary" disabled={action.isPending} className="self-start">
        {action.isPending ? t.m.support.common.reading : t.m.support.common.refreshFromVipps}
      </Button>
      <ActionFeedback t={t} action={action} />
    </form>
  );
}
