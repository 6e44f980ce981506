import Link from "next/link";
import { stopExplanation } from "@/lib/domain/stop-explanation";
import type { TAgreementView } from "@/lib/server/support/get-agreement-view";
import { FieldList } from "@/components/support/field-list";
import { day, interval, money, time } from "@/components/support/format";
import { AgreementStatusBadge } from "@/components/support/status-badge";

/** Every field of an agreement (the return token excepted: it opens the customer's return page). */
export function AgreementFacts({ agreement: a }: { agreement: TAgreementView["agreement"] }) {
  const c = a.currency;
  return (
    <FieldList
      items={[
        ["Status", <AgreementStatusBadge key="s" status={a.status} />],
        [
          "Vipps agreement id",
          <span key="v" className="font-mono">
            {a.vippsAgreementId ?? "(not sent yet)"}
          </span>,
        ],
        ["Abo agreement id / externalId", `${a.id} / ${a.externalId}`],
        ["Vipps uuid", a.vippsUuid],
        [
          "Customer",
          a.customer ? (
            <Link key="c" href={`/support/customers/${a.customer.id}`} className="underline">
              {a.customer.name ?? a.customer.email}
            </Link>
          ) : a.claim ? (
            // A sign-up typed with an existing customer's email, not proven theirs (SignUpClaim).
            `Held sign-up, typed as ${a.claim.email}: not in that customer's account until Vipps confirms their phone or the emailed link is used`
          ) : (
            "No customer (e.g. a go-live check)"
          ),
        ],
        ["Product", a.product?.name ?? a.productName],
        ["Product name at Vipps", a.productName],
        ["Product description", a.productDescription],
        [
          "Pricing",
          `${a.pricingType}${a.amount !== null ? `: ${money(a.amount, c)}` : ""}${a.suggestedMaxAmount !== null ? `, suggested max ${money(a.suggestedMaxAmount, c)}` : ""}${a.maxAmount !== null ? `, customer's max ${money(a.maxAmount, c)}` : ""}`,
        ],
        ["Interval", interval(a.intervalUnit, a.intervalCount)],
        ["Transaction type / retry days", `${a.transactionType} / ${a.retryDays}`],
        ["Processing mode (each charge)", a.processingMode],
        [
          "Campaign",
          a.campaignType
            ? `${a.campaignType} ${money(a.campaignPrice, c)}${a.campaignExplanation ? `: ${a.campaignExplanation}` : ""}`
            : null,
        ],
        [
          "Initial charge",
          a.initialChargeAmount !== null
            ? `${money(a.initialChargeAmount, c)} ${a.initialChargeTransactionType ?? ""} “${a.initialChargeDescription ?? ""}”`
            : null,
        ],
        [
          "Test data",
          a.isTest ? "Yes: made by the go-live verification, left out of figures and work lists" : null,
        ],
        [
          "Sales unit",
          `${a.salesUnit.name} (MSN ${a.salesUnit.msn}, ${a.salesUnit.market}, ${a.salesUnit.environment.toLowerCase()})`,
        ],
        ["Phone at sign-up", a.phoneNumber],
        ["Scope / Vipps sub", a.scope ? `${a.scope} / ${a.vippsSub ?? "–"}` : null],
        ["Terms accepted", time(a.termsAcceptedAt)],
        ["Created / activated", `${time(a.createdAt)} / ${time(a.activatedAt)}`],
        [
          a.status === "EXPIRED" ? "Ended" : "Stopped",
          a.stoppedAt
            ? `${time(a.stoppedAt)}${a.stopActor ? ` by ${a.stopActor}` : ""} (${a.stopCause ?? "?"})${a.stopReason ? `: ${a.stopReason}` : ""}`
            : null,
        ],
        ["Why it stopped", a.stoppedAt ? stopExplanation(a.stopCause, a.stopActor) : null],
        ["Next charge", a.nextChargeDate ? `${day(a.nextChargeDate)} (period #${a.nextPeriodIndex})` : null],
        [
          "Paused until / stops at",
          a.pausedUntil || a.stopAt ? `${day(a.pausedUntil)} / ${time(a.stopAt)}` : null,
        ],
        ["Failed charges in a row", a.consecutiveFailures],
        ["Draft Idempotency-Key", a.draftIdempotencyKey],
        ["Last read from Vipps", time(a.lastSyncedAt)],
      ]}
    />
  );
}
