"use client";

import { useActionForm } from "@/lib/actions/use-action-form";
import { useState } from "react";
import type { TTranslator } from "@/lib/i18n/translator";
import { STOP_REASONS, type TStopReason } from "@/lib/domain/stop-reasons";
import { ZStopSubscriptionInput } from "@/lib/schemas/account";
import type { TStopOfferDto } from "@/lib/schemas/customer-portal";
import { stopOfferAction, stopSubscriptionAction } from "../actions";
import type { TBrand } from "@/components/brand/brand";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { customerWording } from "@/components/customer/action-errors";
import { RadioGroup, TextareaField } from "@/components/ui/form-controls";
import { ConfirmStep } from "./confirm-step";
import { checkInput, useFocusOnError } from "./form-helpers";
import { StopOffer } from "./stop-offer";

type TProps = {
  t: TTranslator;
  agreementId: string;
  productName: string;
  brand: TBrand;
  currency: string;
  periodEndsAt: string | null;
  stopAt: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
};

type TStep = "edit" | "offer-loading" | "offer" | "confirm";

/**
 * Stop at period end (default) or now: a reason from the fixed list and a comment (both optional),
 * then, once per attempt, the product's offer if it has one, then the confirmation that it is final.
 */
export function StopForm({
  t,
  agreementId,
  productName,
  brand,
  currency,
  periodEndsAt,
  stopAt,
  onDone,
  onCancel,
}: TProps) {
  const canWait = Boolean(periodEndsAt) && !stopAt;
  const [when, setWhen] = useState<"PERIOD_END" | "NOW">(canWait ? "PERIOD_END" : "NOW");
  const [reasonCode, setReasonCode] = useState<TStopReason | undefined>(undefined);
  const [reason, setReason] = useState("");
  const [step, setStep] = useState<TStep>("edit");
  // Asked for once per attempt (this form's life): going back and on again does not ask twice.
  const [offer, setOffer] = useState<{ asked: boolean; shown: TStopOfferDto }>({ asked: false, shown: null });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const offerQuery = useActionForm(stopOfferAction, {
    wording: customerWording(t.m, brand),
    onSuccess: ({ data }) => {
      setOffer({ asked: true, shown: data.offer });
      setStep(data.offer ? "offer" : "confirm");
    },
    // No offer to show is no reason to keep someone from stopping.
    onError: () => setStep("confirm"),
  });
  const { execute, isPending, fieldErrors, formError } = useActionForm(stopSubscriptionAction, {
    wording: customerWording(t.m, brand),
    onSuccess: ({ data }) =>
      onDone(
        data.stoppedNow || !data.stopAt
          ? t.m.manage.stoppedNow
          : t.format(t.m.manage.stopScheduled, { date: t.date(data.stopAt) }),
      ),
    onError: ({ error }) => {
      if (error.validationErrors || error.serverError?.fieldErrors) setStep("edit");
    },
  });
  const errors = { ...fieldErrors, ...clientErrors };
  const form = useFocusOnError(errors.reasonCode || errors.reason || errors.when);
  const m = t.m.manage;

  if (step === "offer-loading") return <p aria-live="polite">{m.offerLoading}</p>;
  if (step === "offer" && offer.shown) {
    return (
      <StopOffer
        t={t}
        agreementId={agreementId}
        brand={brand}
        currency={currency}
        offer={offer.shown}
        reasonCode={reasonCode}
        onDone={onDone}
        onDecline={() => setStep("confirm")}
      />
    );
  }
  if (step === "confirm") {
    return (
      <ConfirmStep
        title={t.format(m.confirmStopTitle, { product: productName })}
        error={formError}
        pending={isPending}
        agreementId={agreementId}
        confirmLabel={m.confirmStop}
        backLabel={m.keep}
        danger
        onConfirm={(id) =>
          execute({ agreementId: id, when, reasonCode, offerShown: offer.shown?.kind ?? "NONE", reason })
        }
        onBack={() => setStep("edit")}
      >
        <p>
          {when === "NOW"
            ? t.format(m.confirmStopNow, { brand })
            : t.format(m.confirmStopPeriodEnd, { brand, date: periodEndsAt ? t.date(periodEndsAt) : "" })}
        </p>
        <p className="font-medium">{m.finalWarning}</p>
      </ConfirmStep>
    );
  }
  return (
    <form
      ref={form}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const input = { agreementId, when, reasonCode, reason };
        const problems = checkInput(ZStopSubscriptionInput, input, t.m);
        setClientErrors(problems);
        if (Object.keys(problems).length > 0) return;
        if (offer.asked) return setStep("confirm");
        setStep("offer-loading");
        offerQuery.execute({ agreementId });
      }}
    >
      {stopAt ? <p className="font-medium">{t.format(m.endingNote, { date: t.date(stopAt) })}</p> : null}
      {canWait ? (
        <RadioGroup
          legend={m.stopWhen}
          name="when"
          value={when}
          onChange={(value) => setWhen(value as "PERIOD_END" | "NOW")}
          error={errors.when}
          options={[
            {
              value: "PERIOD_END",
              label: t.format(m.stopAtPeriodEnd, { date: t.date(periodEndsAt!) }),
              hint: m.stopAtPeriodEndHint,
            },
            { value: "NOW", label: m.stopNow, hint: m.stopNowHint },
          ]}
        />
      ) : null}
      <RadioGroup
        legend={m.reasonLegend}
        name="reasonCode"
        value={reasonCode ?? ""}
        onChange={(value) => setReasonCode(value as TStopReason)}
        error={errors.reasonCode}
        options={STOP_REASONS.map((code) => ({ value: code, label: m.reasons[code] }))}
      />
      <TextareaField
        label={m.reason}
        hint={m.reasonHint}
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
      <Alert tone="warning">{m.finalWarning}</Alert>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger">
          {stopAt ? m.stopNowInstead : m.continue}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {m.keep}
        </Button>
      </div>
    </form>
  );
}
