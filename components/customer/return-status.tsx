"use client";

import { useQuery } from "@tanstack/react-query";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { isFinalStatus, returnPollDelayMs, returnStatusQuery } from "@/lib/queries/subscribe";
import type { TReturnStatus } from "@/lib/schemas/customer-portal";
import type { TBrand } from "@/components/brand/brand";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** The outcome of a sign-up, polled until it is final; the live region announces the change. */
export function ReturnStatus({
  token,
  initial,
  brand,
  locale,
}: {
  token: string;
  initial: TReturnStatus;
  /** The brand on Abo's clock, chosen on the server (the browser's clock is not Abo's). */
  brand: TBrand;
  locale: TLocale;
}) {
  const t = translator(locale);
  const query = useQuery({
    ...returnStatusQuery(token),
    initialData: initial,
    initialDataUpdatedAt: 0,
    refetchInterval: (q) =>
      q.state.data && isFinalStatus(q.state.data.status) ? false : returnPollDelayMs(q.state.dataUpdateCount),
    refetchIntervalInBackground: true,
    retry: false,
  });
  const status = query.data;
  const values = { brand, product: status.productName };
  const again = status.productSlug ? `/products/${status.productSlug}?market=${status.market}` : "/";

  let title: string;
  let body: string;
  let tone: string;
  if (status.status === "ACTIVE") {
    [title, body, tone] = [
      t.format(t.m.subscribe.activeTitle, values),
      t.m.subscribe.activeBody,
      "border-green-300 bg-green-50",
    ];
  } else if (status.status === "EXPIRED" && status.firstPaymentFailed) {
    const why = {
      user_action_required: t.m.subscribe.paymentFailedUserAction,
      charge_amount_too_high: t.m.subscribe.paymentFailedTooHigh,
      technical_error: t.m.subscribe.paymentFailedTechnical,
      non_technical_error: t.m.subscribe.paymentFailedOther,
      other: t.m.subscribe.paymentFailedOther,
    }[status.firstPaymentFailed.reason];
    [title, body, tone] = [
      t.m.subscribe.paymentFailedTitle,
      t.format(why, values),
      "border-red-300 bg-red-50",
    ];
  } else if (status.status === "EXPIRED") {
    [title, body, tone] = [
      t.m.subscribe.expiredTitle,
      // Vipps tells the merchant nothing when a user under 18 is refused (since 9 Dec 2025): the
      // request just expires, so the page names that possibility.
      t.format(t.m.subscribe.expiredBody, values),
      "border-neutral-300 bg-white",
    ];
  } else if (status.status === "STOPPED" && status.stopCause === "REJECTED") {
    [title, body, tone] = [
      t.format(t.m.subscribe.rejectedTitle, values),
      t.m.subscribe.rejectedBody,
      "border-neutral-300 bg-white",
    ];
  } else if (status.status === "STOPPED") {
    [title, body, tone] = [
      t.format(t.m.subscribe.stoppedTitle, values),
      t.m.subscribe.stoppedBody,
      "border-neutral-300 bg-white",
    ];
  } else {
    [title, body, tone] = [
      t.format(t.m.subscribe.pendingTitle, values),
      t.format(t.m.subscribe.pendingBody, values),
      "border-amber-300 bg-amber-50",
    ];
  }

  return (
    <section
      aria-labelledby="return-status-title"
      className={cn("flex flex-col gap-4 rounded-xl border p-5 shadow-sm", tone)}
    >
      <div role="status" aria-live="polite" className="flex flex-col gap-2" data-status={status.status}>
        <h2 id="return-status-title" className="text-xl font-semibold">
          {title}
        </h2>
        <p>{body}</p>
      </div>
      {status.status === "PENDING" ? (
        <>
          <p className="text-sm text-neutral-800">{t.format(t.m.subscribe.stillWaiting, values)}</p>
          {query.isError ? <p className="text-sm font-medium text-red-800">{t.m.subscribe.offline}</p> : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={() => void query.refetch()} aria-busy={query.isFetching}>
              {query.isFetching ? t.m.subscribe.checking : t.m.subscribe.checkNow}
            </Button>
            {query.dataUpdatedAt ? (
              <span className="text-sm text-neutral-700">
                {t.format(t.m.subscribe.lastChecked, {
                  time: t.date(new Date(query.dataUpdatedAt), { timeStyle: "medium" }),
                })}
              </span>
            ) : null}
          </div>
        </>
      ) : status.status === "ACTIVE" ? (
        <>
          <div>
            <ButtonLink href={status.manageUrl}>{t.m.subscribe.activeNext}</ButtonLink>
          </div>
          {/* Shown to every sign-up alike: whether the address already had an account is not told here. */}
          <p className="text-sm text-neutral-800">{t.m.subscribe.activeAccountHint}</p>
        </>
      ) : (
        <div>
          <ButtonLink href={again}>{t.m.subscribe.startAgain}</ButtonLink>
        </div>
      )}
    </section>
  );
}
