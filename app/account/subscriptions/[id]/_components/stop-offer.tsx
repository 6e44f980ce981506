"use client";

import { useActionForm } from "@/lib/actions/use-action-form";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TStopReason } from "@/lib/domain/stop-reasons";
import type { TStopOfferDto } from "@/lib/schemas/customer-portal";
import { acceptStopOfferAction } from "../actions";
import type { TBrand } from "@/components/brand/brand";
import { Button } from "@/components/ui/button";
import { customerWording } from "@/components/customer/action-errors";
import { priceText } from "@/components/customer/plan-text";
import { useFocusOnError, useFocusOnMount } from "./form-helpers";
import { FormMessage } from "./form-message";

type TProps = {
  t: TTranslator;
  agreementId: string;
  brand: TBrand;
  currency: string;
  offer: NonNullable<TStopOfferDto>;
  reasonCode: TStopReason | undefined;
  onDone: (message: string) => void;
  onDecline: () => void;
};

/**
 * The product's offer, shown once on the way to a stop. Both answers are plain buttons of the same
 * size side by side; declining goes straight on to the stop's own confirmation, nothing else.
 */
export function StopOffer({ t, agreementId, brand, currency, offer, reasonCode, onDone, onDecline }: TProps) {
  const m = t.m.manage;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const {
    execute,
    isPending,
    formError: error,
  } = useActionForm(acceptStopOfferAction, {
    wording: customerWording(t.m, brand),
    onSuccess: ({ data }) =>
      onDone(
        data.kind === "PAUSE"
          ? t.format(m.paused, {
              date: t.date(data.pausedUntil ?? (offer.kind === "PAUSE" ? offer.until : "")),
            })
          : t.format(m.planChanged, { product: data.productName ?? "" }),
      ),
  });
  const form = useFocusOnError(error);
  return (
    <form
      ref={form}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const id = String(new FormData(event.currentTarget).get("agreementId") ?? "");
        execute({ agreementId: id, reasonCode, offer: offer.kind });
      }}
    >
      <input type="hidden" name="agreementId" value={agreementId} />
      <h4 ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {m.offerTitle}
      </h4>
      {offer.kind === "PAUSE" ? (
        <>
          <p>{t.format(m.offerPause, { date: t.date(offer.until) })}</p>
          <p>
            {offer.nextCharge
              ? t.format(m.confirmPauseNext, {
                  amount: t.money(offer.nextCharge.amount, currency),
                  date: t.date(offer.nextCharge.date),
                })
              : m.confirmPauseNoNext}
          </p>
        </>
      ) : (
        <p>{t.format(m.offerPlan, { product: offer.plan.name, price: priceText(t, offer.plan.terms) })}</p>
      )}
      <FormMessage message={error} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="secondary" disabled={isPending} aria-busy={isPending}>
          {offer.kind === "PAUSE" ? m.acceptPause : t.format(m.acceptPlan, { product: offer.plan.name })}
        </Button>
        <Button type="button" variant="secondary" onClick={onDecline} disabled={isPending}>
          {m.declineOffer}
        </Button>
      </div>
    </form>
  );
}
