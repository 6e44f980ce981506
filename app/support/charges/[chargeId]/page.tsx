import type { Metadata } from "next";
import Link from "next/link";
import { brandOf } from "@/components/brand/brand";
import { ChargeFacts } from "./_components/charge-facts";
import { ChargeHistory } from "./_components/charge-history";
import { LiveChargeState } from "./_components/live-charge-state";
import { Timeline } from "@/components/support/timeline";
import { Card } from "@/components/ui/card";
import { requireStaffContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { defaultRefundDescription } from "@/lib/domain/refund";
import { getChargeState } from "@/lib/server/support/get-charge-state";
import { getChargeView } from "@/lib/server/support/get-charge-view";
import { getTimeline } from "@/lib/server/support/get-timeline";
import { orNotFound } from "@/lib/server/or-not-found";
import { ChargeActions } from "./_components/charge-actions";
import { idParamOrNotFound } from "@/lib/server/id-param";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.support.charge.metaTitle };
}

export default async function ChargePage({ params }: { params: Promise<{ chargeId: string }> }) {
  const chargeId = idParamOrNotFound((await params).chargeId);
  const { user, ctx } = await requireStaffContext(`/support/charges/${chargeId}`);
  const view = await orNotFound(getChargeView(ctx, chargeId));
  const [timeline, state] = await Promise.all([
    getTimeline(ctx, { chargeId }),
    getChargeState(ctx, chargeId),
  ]);
  const t = await getTranslator();
  const m = t.m.support.charge;
  const { charge } = view;
  const customer = charge.agreement.customer;
  return (
    <main id="main" className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-neutral-700">
          {customer ? (
            <Link href={`/support/customers/${customer.id}`} className="underline">
              {customer.name ?? customer.email ?? t.m.support.common.customer}
            </Link>
          ) : (
            t.m.support.common.noCustomer
          )}{" "}
          ·{" "}
          <Link href={`/support/agreements/${charge.agreementId}`} className="underline">
            {charge.agreement.productName}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t.format(m.title, { orderId: charge.orderId })}</h1>
        {state ? (
          <LiveChargeState key={state.updatedAt} locale={t.locale} chargeId={charge.id} initial={state} />
        ) : null}
      </div>
      <Card aria-labelledby="charge-details">
        <h2 id="charge-details" className="mb-3 text-lg font-semibold">
          {t.m.support.common.details}
        </h2>
        <ChargeFacts t={t} charge={charge} />
      </Card>
      <Card aria-labelledby="charge-actions">
        <h2 id="charge-actions" className="mb-3 text-lg font-semibold">
          {m.actions}
        </h2>
        <ChargeActions
          t={t}
          charge={{
            id: charge.id,
            orderId: charge.orderId,
            status: charge.status,
            currency: charge.currency,
            amount: charge.amount,
            captured: charge.capturedAmount,
            customerName: customer?.name ?? customer?.email ?? t.m.support.common.theCustomer,
            brand: brandOf(charge.agreement.market, ctx.now),
            refundDescription: defaultRefundDescription(customer, charge.agreement.market),
          }}
          allowed={view.allowed}
          isAdmin={user.role === "ADMIN"}
        />
      </Card>
      <Card aria-labelledby="charge-history">
        <h2 id="charge-history" className="mb-3 text-lg font-semibold">
          {m.history}
        </h2>
        <ChargeHistory
          t={t}
          history={charge.history}
          operations={view.operations}
          currency={charge.currency}
        />
      </Card>
      <Timeline t={t} entries={timeline} title={m.timeline} />
    </main>
  );
}
