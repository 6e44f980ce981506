import type { TTranslator } from "@/lib/i18n/translator";
import type { TSubscriptionSummary } from "@/lib/schemas/customer-portal";
import type { TBrand } from "@/components/brand/brand";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { AGREEMENT_TONE } from "@/components/status/status-tones";
import { campaignText, priceText } from "./plan-text";

export function SubscriptionBadges({ t, s }: { t: TTranslator; s: TSubscriptionSummary }) {
  return (
    <span className="flex flex-wrap gap-2">
      {/* A paused subscription is still ACTIVE at Vipps, but to the customer it is paused: one badge. */}
      {s.pausedUntil ? (
        <Badge tone="blue">{t.m.account.paused}</Badge>
      ) : (
        <Badge tone={AGREEMENT_TONE[s.status]}>{t.m.account.status[s.status]}</Badge>
      )}
      {s.stopAt ? <Badge tone="amber">{t.m.account.ending}</Badge> : null}
    </span>
  );
}

/** Price, offer, next payment and what is going on with the subscription, in plain words. */
export function SubscriptionFacts({
  t,
  s,
  shopName,
  brand,
}: {
  t: TTranslator;
  s: TSubscriptionSummary;
  shopName: string;
  /** The brand on Abo's clock (`brandOf`), chosen by the page. */
  brand: TBrand;
}) {
  const campaign = campaignText(t, s.terms);
  const next = s.nextCharge;
  const nextText = next
    ? t.format(t.m.account.nextChargeValue, {
        amount: t.money(next.amount, s.terms.currency),
        date: t.date(next.date),
      })
    : t.m.account.noNextCharge;
  const ended = s.status === "STOPPED" || s.status === "EXPIRED";
  const stopDate = s.stoppedAt ? t.date(s.stoppedAt) : "";
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-sm font-medium text-neutral-700">{t.m.account.price}</dt>
        <dd>
          {priceText(t, s.terms)}
          {campaign ? <span className="block text-sm text-green-900">{campaign}</span> : null}
          {s.campaignEnded && !ended ? (
            <span className="block text-sm text-neutral-700">
              {t.format(t.m.account.campaignEnded, { brand })}
            </span>
          ) : null}
          {s.terms.pricingType === "VARIABLE" &&
          s.terms.maxAmount !== null &&
          s.terms.amount !== null &&
          s.terms.maxAmount < s.terms.amount ? (
            <span className="block text-sm text-neutral-700">
              {t.format(t.m.plan.yourMax, { brand, max: t.money(s.terms.maxAmount, s.terms.currency) })}
            </span>
          ) : null}
        </dd>
        {!ended && s.status !== "PENDING" ? (
          <>
            <dt className="text-sm font-medium text-neutral-700">{t.m.account.nextCharge}</dt>
            <dd>{nextText}</dd>
          </>
        ) : null}
      </dl>
      {s.status === "ACTIVE" && s.activatedAt ? (
        <p className="text-sm text-neutral-700">
          {t.format(t.m.account.startedOn, { date: t.date(s.activatedAt) })}
        </p>
      ) : null}
      {s.stopAt ? (
        <p className="font-medium">{t.format(t.m.account.endsOn, { date: t.date(s.stopAt) })}</p>
      ) : null}
      {s.pausedUntil ? (
        <p className="font-medium">{t.format(t.m.account.pausedUntil, { date: t.date(s.pausedUntil) })}</p>
      ) : null}
      {s.status === "PENDING" ? <p>{t.format(t.m.account.pendingNote, { brand })}</p> : null}
      {ended && s.stopCause ? (
        <p>{t.format(t.m.account.stopCause[s.stopCause], { date: stopDate, brand, shop: shopName })}</p>
      ) : null}
      {s.paymentProblem ? (
        <Alert tone="warning">{t.format(t.m.account.paymentProblem, { brand })}</Alert>
      ) : null}
    </div>
  );
}
