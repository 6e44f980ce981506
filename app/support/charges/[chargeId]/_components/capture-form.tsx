"use client";

import { useRef } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { checkMoneyInput, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { supportWording } from "@/components/support/support-wording";
import { Button } from "@/components/ui/button";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { Field } from "@/components/ui/form-controls";
import { money as formatStaffMoney } from "@/components/support/format";
import { toMajorString } from "@/lib/domain/money";
import { ZCaptureChargeInput } from "@/lib/schemas/support";
import { captureChargeAction } from "../actions";
import type { TChargeFacts } from "./charge-actions";
import { useAmountFollowing } from "./use-amount-following";

type TInput = Parameters<typeof captureChargeAction>[0];
type TStaged = { input: TInput; amount: number; reason: string };

export function CaptureForm({
  locale,
  charge,
  capturable,
}: {
  locale: TLocale;
  charge: TChargeFacts;
  capturable: number;
}) {
  const t = translator(locale);
  const m = t.m.support.charge.captureForm;
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(captureChargeAction, {
    wording: supportWording(t.m),
    onSuccess: () => formRef.current?.reset(),
  });
  const confirm = useConfirmStep<TStaged>();
  const [amount, setAmount] = useAmountFollowing(capturable, toMajorString);
  const money = (minor: number) => formatStaffMoney(minor, charge.currency);
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
        const v = formValues(event.currentTarget);
        const input = { chargeId: charge.id, amount: v.amount ?? "", reason: v.reason ?? "" };
        const checked = checkMoneyInput(ZCaptureChargeInput, input, capturable, charge.currency, t.m);
        if (!checked.ok) return action.showFieldErrors(checked.fieldErrors);
        action.showFieldErrors(null);
        confirm.stage({ input, ...checked.data });
      }}
    >
      <fieldset disabled={Boolean(staged) || action.isPending} className="flex min-w-0 flex-col gap-3">
        <Field
          label={m.amount}
          name="amount"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={action.fieldErrors.amount}
          hint={t.format(m.amountHint, { capturable: money(capturable), amount: money(charge.amount) })}
        />
        <Field label={t.m.support.common.reasonForAudit} name="reason" error={action.fieldErrors.reason} />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title={m.confirmTitle}
          confirmLabel={t.format(m.confirm, { amount: money(staged.amount) })}
          backLabel={t.m.support.common.back}
          pending={action.isPending}
          onBack={confirm.back}
        >
          <p className="font-medium">
            {t.format(m.effect, {
              amount: money(staged.amount),
              reserved: money(charge.amount),
              customer: charge.customerName,
              orderId: charge.orderId,
            })}
          </p>
          <p>
            {staged.amount === capturable
              ? m.nothingLeft
              : t.format(m.left, { left: money(capturable - staged.amount), customer: charge.customerName })}
          </p>
          <p>{t.format(t.m.support.common.auditReason, { reason: staged.reason })}</p>
        </ConfirmPanel>
      ) : (
        <Button type="submit" disabled={action.isPending} className="self-start">
          {action.isPending ? m.capturing : m.submit}
        </Button>
      )}
      <ActionFeedback t={t} action={action} />
    </form>
  );
}
