import Link from "next/link";
import { stopExplanation } from "@/lib/domain/stop-explanation";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TAgreementView } from "@/lib/server/support/get-agreement-view";
import { FieldList } from "@/components/support/field-list";
import { day, money, time } from "@/components/support/format";
import { intervalText } from "@/components/support/words";
import { AgreementStatusBadge } from "@/components/support/status-badge";

/** Every field of an agreement (the return token excepted: it opens the customer's return page). */
export function AgreementFacts({
  t,
  agreement: a,
}: {
  t: TTranslator;
  agreement: TAgreementView["agreement"];
}) {
  const m = t.m.support.agreement.facts;
  const c = a.currency;
  return (
    <FieldList
      items={[
        [m.status, <AgreementStatusBadge key="s" t={t} status={a.status} />],
        [
          m.vippsId,
          <span key="v" className="font-mono">
            {a.vippsAgreementId ?? m.notSent}
          </span>,
        ],
        [m.aboId, `${a.id} / ${a.externalId}`],
        [m.vippsUuid, a.vippsUuid],
        [
          m.customer,
          a.customer ? (
            <Link key="c" href={`/support/customers/${a.customer.id}`} className="underline">
              {a.customer.name ?? a.customer.email}
            </Link>
          ) : a.claim ? (
            // A sign-up typed with an existing customer's email, not proven theirs (SignUpClaim).
            t.format(m.heldSignUp, { email: a.claim.email })
          ) : (
            m.noCustomer
          ),
        ],
        [m.product, a.product?.name ?? a.productName],
        [m.productNameAtVipps, a.productName],
        [m.productDescription, a.productDescription],
        [
          m.pricing,
          `${a.pricingType}${a.amount !== null ? `: ${money(a.amount, c)}` : ""}${a.suggestedMaxAmount !== null ? t.format(m.suggestedMax, { amount: money(a.suggestedMaxAmount, c) }) : ""}${a.maxAmount !== null ? t.format(m.customersMax, { amount: money(a.maxAmount, c) }) : ""}`,
        ],
        [m.interval, intervalText(t, a.intervalUnit, a.intervalCount)],
        [m.transactionType, `${a.transactionType} / ${a.retryDays}`],
        [m.processingMode, a.processingMode],
        [
          m.campaign,
          a.campaignType
            ? `${a.campaignType} ${money(a.campaignPrice, c)}${a.campaignExplanation ? `: ${a.campaignExplanation}` : ""}`
            : null,
        ],
        [
          m.initialCharge,
          a.initialChargeAmount !== null
            ? `${money(a.initialChargeAmount, c)} ${a.initialChargeTransactionType ?? ""} “${a.initialChargeDescription ?? ""}”`
            : null,
        ],
        [m.testData, a.isTest ? m.isTest : null],
        [
          m.salesUnit,
          `${a.salesUnit.name} (MSN ${a.salesUnit.msn}, ${a.salesUnit.market}, ${a.salesUnit.environment.toLowerCase()})`,
        ],
        [m.phone, a.phoneNumber],
        [m.scope, a.scope ? `${a.scope} / ${a.vippsSub ?? "–"}` : null],
        [m.terms, time(a.termsAcceptedAt)],
        [m.created, `${time(a.createdAt)} / ${time(a.activatedAt)}`],
        [
          a.status === "EXPIRED" ? m.ended : m.stopped,
          a.stoppedAt
            ? `${time(a.stoppedAt)}${a.stopActor ? t.format(m.stoppedBy, { actor: a.stopActor }) : ""} (${a.stopCause ?? "?"})${a.stopReason ? `: ${a.stopReason}` : ""}`
            : null,
        ],
        [m.whyStopped, a.stoppedAt ? stopExplanation(a.stopCause, a.stopActor, t.locale) : null],
        [
          m.nextCharge,
          a.nextChargeDate
            ? t.format(m.nextChargeValue, { date: day(a.nextChargeDate), period: a.nextPeriodIndex })
            : null,
        ],
        [m.pausedStops, a.pausedUntil || a.stopAt ? `${day(a.pausedUntil)} / ${time(a.stopAt)}` : null],
        [m.failuresInARow, a.consecutiveFailures],
        [m.draftKey, a.draftIdempotencyKey],
        [m.lastRead, time(a.lastSyncedAt)],
      ]}
    />
  );
}
