"use client";

import { useRef } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { checkMoneyInput, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { DisabledAction } from "@/components/support/disabled-action";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { supportWording } from "@/components/support/support-wording";
import { Button } from "@/components/ui/button";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { Field, SelectField } from "@/components/ui/form-controls";
import { money as formatStaffMoney } from "@/components/support/format";
import { parseMoney, toMajorString } from "@/lib/domain/money";
import { REFUND_REASON_CODES } from "@/lib/domain/refund";
import { ZRefundChargeInput } from "@/lib/schemas/support";
import { refundChargeAction } from "../actions";
import type { TChargeFacts } from "./charge-actions";
import { useAmountFollowing } from "./use-amount-following";

type TInput = Parameters<typeof refundChargeAction>[0];
type TStaged = { input: TInput; amount: number; description: string; reason: string };

/**
 * A refund: no amount is suggested (refunding everything by mistake cannot be undone), the reason
 * is chosen from a list, and the text the customer sees starts in the customer's language.
 */
export function RefundForm({
  locale,
  charge,
  refundable,
  threshold,
  refundedSoFar,
  isAdmin,
}: {
  locale: TLocale;
  charge: TChargeFacts;
  refundable: number;
  threshold: number | null;
  refundedSoFar: number;
  isAdmin: boolean;
}) {
  const t = translator(locale);
  const m = t.m.support.charge.refundForm;
  const reasonOptions = [
    { value: "", label: m.chooseReason },
    ...REFUND_REASON_CODES.map((value) => ({ value, label: m.reasons[value] })),
  ];
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(refundChargeAction, {
    wording: supportWording(t.m),
    onSuccess: () => formRef.current?.reset(),
  });
  const confirm = useConfirmStep<TStaged>();
  const [amount, setAmount] = useAmountFollowing(refundable, () => "");
  const money = (minor: number) => formatStaffMoney(minor, charge.currency);
  const typed = parseMoney(amount);
  // The limit is per charge, in total: what is already refunded counts (the server checks it too).
  const needsAdmin = !isAdmin && threshold !== null && typed !== null && refundedSoFar + typed > threshold;
  const already = refundedSoFar > 0 ? t.format(m.already, { amount: money(refundedSoFar) }) : "";
  const limit =
    threshold !== null && !isAdmin ? t.format(m.limit, { threshold: money(threshold), already }) : "";
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
        const input = {
          chargeId: charge.id,
          amount: v.amount ?? "",
          description: v.description ?? "",
          reasonCode: v.reasonCode ?? "",
          reasonDetails: v.reasonDetails ?? "",
        } as TInput;
        const checked = checkMoneyInput(ZRefundChargeInput, input, refundable, charge.currency, t.m);
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
          hint={t.format(m.amountHint, { amount: money(refundable) }) + limit}
        />
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => setAmount(toMajorString(refundable))}
        >
          {t.format(m.refundAll, { amount: money(refundable) })}
        </Button>
        <SelectField
          label={m.why}
          name="reasonCode"
          options={reasonOptions}
          defaultValue=""
          error={action.fieldErrors.reasonCode}
        />
        <Field
          label={m.details}
          name="reasonDetails"
          error={action.fieldErrors.reasonDetails}
          hint={m.detailsHint}
        />
        <Field
          label={m.description}
          name="description"
          defaultValue={charge.refundDescription}
          error={action.fieldErrors.description}
          hint={t.format(m.descriptionHint, { brand: charge.brand })}
        />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title={m.confirmTitle}
          confirmLabel={t.format(m.confirm, { amount: money(staged.amount) })}
          backLabel={t.m.support.common.back}
          pending={action.isPending}
          danger
          onBack={confirm.back}
        >
          <p className="font-medium">
            {t.format(m.effect, {
              amount: money(staged.amount),
              captured: money(charge.captured),
              customer: charge.customerName,
              orderId: charge.orderId,
              description: staged.description,
              brand: charge.brand,
            })}
          </p>
          <p>
            {staged.amount === refundable
              ? m.nothingLeft
              : t.format(m.left, { left: money(refundable - staged.amount) })}{" "}
            {m.final}
          </p>
          <p>{t.format(t.m.support.common.auditReason, { reason: staged.reason })}</p>
        </ConfirmPanel>
      ) : needsAdmin ? (
        <DisabledAction label={m.submit} reason={t.format(m.needsAdmin, { threshold: money(threshold!) })} />
      ) : (
        <Button type="submit" disabled={action.isPending} className="self-start">
          {action.isPending ? m.refunding : m.submit}
        </Button>
      )}
      <ActionFeedback t={t} action={action} />
    </form>
  );
}
