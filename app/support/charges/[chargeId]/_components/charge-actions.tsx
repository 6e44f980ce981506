import { DisabledAction } from "@/components/support/disabled-action";
import { Alert } from "@/components/ui/alert";
import { chargeStatusInText } from "@/components/support/words";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TChargeView } from "@/lib/server/support/get-charge-view";
import { CaptureForm } from "./capture-form";
import { CancelForm, RefreshChargeButton } from "./charge-state-forms";
import { RefundForm } from "./refund-form";

/** What the forms say about the charge in their confirmation steps. */
export type TChargeFacts = {
  id: string;
  orderId: string;
  status: string;
  currency: string;
  amount: number;
  captured: number;
  customerName: string;
  brand: "Vipps" | "MobilePay";
  /** The refund text in the customer's language. */
  refundDescription: string;
};

/** Capture, cancel and refund where the charge allows it; otherwise the button, disabled, says why. */
export function ChargeActions({
  t,
  charge,
  allowed,
  isAdmin,
}: {
  t: TTranslator;
  charge: TChargeFacts;
  allowed: TChargeView["allowed"];
  isAdmin: boolean;
}) {
  const m = t.m.support.charge.actionsPanel;
  const status = chargeStatusInText(t, charge.status);
  if (!allowed.atVipps) {
    return (
      <div className="flex flex-col gap-4">
        <DisabledAction label={m.anyAction} reason={m.notAtVipps} />
        <RefreshChargeButton locale={t.locale} chargeId={charge.id} />
      </div>
    );
  }
  if (allowed.inProgress) {
    // One money operation at a time per charge: the server refuses another until this one settles.
    return (
      <div className="flex flex-col gap-4">
        <Alert title={m.inProgress}>{allowed.inProgress}</Alert>
        <DisabledAction label={m.anyAction} reason={m.afterOperation} />
        <RefreshChargeButton locale={t.locale} chargeId={charge.id} />
      </div>
    );
  }
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <section aria-label={m.capture}>
        <h3 className="mb-2 font-semibold">{m.capture}</h3>
        {allowed.capturable > 0 ? (
          <CaptureForm locale={t.locale} charge={charge} capturable={allowed.capturable} />
        ) : (
          <DisabledAction
            label={m.capture}
            reason={allowed.captureClosed ?? t.format(m.notCapturable, { status })}
          />
        )}
      </section>
      <section aria-label={m.cancel}>
        <h3 className="mb-2 font-semibold">{m.cancel}</h3>
        {allowed.cancellable ? (
          <CancelForm locale={t.locale} charge={charge} />
        ) : (
          <DisabledAction
            label={t.m.support.charge.cancelForm.submit}
            reason={t.format(m.notCancellable, { status })}
          />
        )}
      </section>
      <section aria-label={m.refund}>
        <h3 className="mb-2 font-semibold">{m.refund}</h3>
        {allowed.refundable > 0 ? (
          <RefundForm
            locale={t.locale}
            charge={charge}
            refundable={allowed.refundable}
            threshold={allowed.refundAdminThreshold}
            refundedSoFar={allowed.refundedSoFar}
            isAdmin={isAdmin}
          />
        ) : (
          <DisabledAction
            label={m.refund}
            reason={allowed.refundClosed ?? t.format(m.notRefundable, { status })}
          />
        )}
      </section>
      <div className="lg:col-span-3">
        <RefreshChargeButton locale={t.locale} chargeId={charge.id} />
      </div>
    </div>
  );
}
