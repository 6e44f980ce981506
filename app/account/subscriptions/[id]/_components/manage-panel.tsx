"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { accountKeys, subscriptionQuery } from "@/lib/queries/account";
import type { TSubscriptionDetail } from "@/lib/schemas/customer-portal";
import type { TBrand } from "@/components/brand/brand";
import { Alert } from "@/components/ui/alert";
import { AmountForm } from "./amount-form";
import { Disclosure } from "@/components/ui/disclosure";
import { PauseForm, ResumeForm } from "./pause-form";
import { PlanForm } from "./plan-form";
import { StopForm } from "./stop-form";
import { UndoStopForm } from "./undo-stop-form";

type TProps = {
  initial: TSubscriptionDetail;
  /** The brand on Abo's clock, chosen on the server (the browser's clock is not Abo's). */
  brand: TBrand;
  locale: TLocale;
  pauseDates: { min: string; max: string };
  amountCap: number;
};

/**
 * What the customer can do with one subscription. Live data: it re-reads the subscription after
 * each change and when the window regains focus (say, back from the Vipps app after stopping there).
 */
export function ManagePanel({ initial, brand, locale, pauseDates, amountCap }: TProps) {
  const t = translator(locale);
  const m = t.m.manage;
  const queryClient = useQueryClient();
  const { data: s } = useQuery({ ...subscriptionQuery(initial.id), initialData: initial, staleTime: 30_000 });
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: accountKeys.all });
  };
  const common = { t, agreementId: s.id, brand };
  return (
    <section aria-labelledby="manage-title" className="flex flex-col gap-3 print:hidden">
      <h2 id="manage-title" className="text-xl font-semibold">
        {m.title}
      </h2>
      <div aria-live="polite">
        {notice ? (
          <p className="rounded-lg border border-green-300 bg-green-50 p-4 text-sm font-medium text-green-950">
            {notice}
          </p>
        ) : null}
      </div>
      {s.status === "STOPPED" || s.status === "EXPIRED" ? <Alert tone="info">{m.ended}</Alert> : null}
      {s.status === "PENDING" ? <p>{t.format(m.pendingNote, { brand })}</p> : null}
      {s.status === "ACTIVE" ? (
        <>
          {s.stopAt ? (
            <div className="rounded-xl border border-neutral-200 bg-white p-5">
              <UndoStopForm {...common} stopAt={s.stopAt} canUndo={s.canUndoStop} onDone={done} />
            </div>
          ) : null}
          {s.pausedUntil ? (
            <div className="rounded-xl border border-neutral-200 bg-white p-5">
              <ResumeForm {...common} pausedUntil={s.pausedUntil} onDone={done} />
            </div>
          ) : null}
          {s.pausedUntil && s.canPause ? (
            <Disclosure title={m.changePauseTitle}>
              {(close) => (
                <PauseForm
                  {...common}
                  currency={s.terms.currency}
                  minDate={pauseDates.min}
                  maxDate={pauseDates.max}
                  pausedUntil={s.pausedUntil!}
                  onCancel={close}
                  onDone={(message) => (done(message), close())}
                />
              )}
            </Disclosure>
          ) : !s.pausedUntil && s.canPause ? (
            <Disclosure title={m.pauseTitle}>
              {(close) => (
                <PauseForm
                  {...common}
                  currency={s.terms.currency}
                  minDate={pauseDates.min}
                  maxDate={pauseDates.max}
                  onCancel={close}
                  onDone={(message) => (done(message), close())}
                />
              )}
            </Disclosure>
          ) : null}
          {s.planOptions.length > 0 ? (
            <Disclosure title={m.planTitle}>
              {(close) => (
                <PlanForm
                  {...common}
                  productName={s.productName}
                  terms={s.terms}
                  options={s.planOptions}
                  blockedUntil={s.planChangeBlockedUntil}
                  onCancel={close}
                  onDone={(message) => (done(message), close())}
                />
              )}
            </Disclosure>
          ) : null}
          {s.canChangeAmount ? (
            <Disclosure title={m.amountTitle}>
              {(close) => (
                <AmountForm
                  {...common}
                  terms={s.terms}
                  cap={amountCap}
                  changesFrom={s.changesFrom}
                  onCancel={close}
                  onDone={(message) => (done(message), close())}
                />
              )}
            </Disclosure>
          ) : null}
          <Disclosure title={m.stopTitle}>
            {(close) => (
              <StopForm
                {...common}
                productName={s.productName}
                currency={s.terms.currency}
                periodEndsAt={s.periodEndsAt}
                stopAt={s.stopAt}
                onCancel={close}
                onDone={(message) => (done(message), close())}
              />
            )}
          </Disclosure>
        </>
      ) : null}
    </section>
  );
}
