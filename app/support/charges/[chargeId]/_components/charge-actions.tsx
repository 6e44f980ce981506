import { DisabledAction } from "@/components/support/disabled-action";
import { Alert } from "@/components/ui/alert";
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

const lower = (status: string) => status.toLowerCase().replace(/_/g, " ");

/** Capture, cancel and refund where the charge allows it; otherwise the button, disabled, says why. */
export function ChargeActions({
  charge,
  allowed,
  isAdmin,
}: {
  charge: TChargeFacts;
  allowed: TChargeView["allowed"];
  isAdmin: boolean;
}) {
  if (!allowed.atVipps) {
    return (
      <div className="flex flex-col gap-4">
        <DisabledAction
          label="Capture, cancel or refund"
          reason="This charge has not reached Vipps MobilePay (planned or refused), so there is nothing to change there."
        />
        <RefreshChargeButton chargeId={charge.id} />
      </div>
    );
  }
  if (allowed.inProgress) {
    // One money operation at a time per charge: the server refuses another until this one settles.
    return (
      <div className="flex flex-col gap-4">
        <Alert title="In progress">{allowed.inProgress}</Alert>
        <DisabledAction
          label="Capture, cancel or refund"
          reason="Possible again once the operation above is done."
        />
        <RefreshChargeButton chargeId={charge.id} />
      </div>
    );
  }
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <section aria-label="Capture">
        <h3 className="mb-2 font-semibold">Capture</h3>
        {allowed.capturable > 0 ? (
          <CaptureForm charge={charge} capturable={allowed.capturable} />
        ) : (
          <DisabledAction
            label="Capture"
            reason={
              allowed.captureClosed ??
              `Only reserved charges can be captured; this one is ${lower(charge.status)}.`
            }
          />
        )}
      </section>
      <section aria-label="Cancel">
        <h3 className="mb-2 font-semibold">Cancel</h3>
        {allowed.cancellable ? (
          <CancelForm charge={charge} />
        ) : (
          <DisabledAction
            label="Cancel charge"
            reason={`Only pending, due or reserved charges can be cancelled; this one is ${lower(charge.status)}.`}
          />
        )}
      </section>
      <section aria-label="Refund">
        <h3 className="mb-2 font-semibold">Refund</h3>
        {allowed.refundable > 0 ? (
          <RefundForm
            charge={charge}
            refundable={allowed.refundable}
            threshold={allowed.refundAdminThreshold}
            refundedSoFar={allowed.refundedSoFar}
            isAdmin={isAdmin}
          />
        ) : (
          <DisabledAction
            label="Refund"
            reason={
              allowed.refundClosed ??
              `Nothing to refund: only captured money can be refunded; this charge is ${lower(charge.status)}.`
            }
          />
        )}
      </section>
      <div className="lg:col-span-3">
        <RefreshChargeButton chargeId={charge.id} />
      </div>
    </div>
  );
}
