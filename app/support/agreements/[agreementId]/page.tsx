import type { Metadata } from "next";
import { AgreementFacts } from "./_components/agreement-facts";
import { ChargesTable } from "@/components/support/charges-table";
import { DisabledAction } from "@/components/support/disabled-action";
import { StatusFilter } from "@/components/support/status-filter";
import { Timeline } from "@/components/support/timeline";
import { Card } from "@/components/ui/card";
import { ChargeStatus } from "@/lib/generated/prisma/enums";
import { requireStaffContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { agreementStatusInText } from "@/components/support/words";
import { earliestDue } from "@/lib/domain/billing-calendar";
import { getAgreementView } from "@/lib/server/support/get-agreement-view";
import { getTimeline } from "@/lib/server/support/get-timeline";
import { orNotFound } from "@/lib/server/or-not-found";
import { AgreementStopForm, RefreshAgreementButton } from "./_components/agreement-stop-form";
import { AgreementUpdateForm } from "./_components/agreement-update-form";
import { ChargeCreateForm } from "./_components/charge-create-form";
import { idParamOrNotFound } from "@/lib/server/id-param";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.support.agreement.metaTitle };
}

const STATUSES = Object.values(ChargeStatus);
// The charges Vipps MobilePay cancels when an agreement stops.
const OPEN = ["PENDING", "DUE", "RESERVED"] as const;

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ agreementId: string }>;
  searchParams: Promise<{ status?: string | string[] }>;
}) {
  const agreementId = idParamOrNotFound((await params).agreementId);
  const { user, ctx } = await requireStaffContext(`/support/agreements/${agreementId}`);
  const wanted = [(await searchParams).status ?? []]
    .flat()
    .filter((s): s is ChargeStatus => (STATUSES as string[]).includes(s));
  const {
    agreement: a,
    charges,
    statusCounts,
  } = await orNotFound(getAgreementView(ctx, agreementId, wanted));
  const timeline = await getTimeline(ctx, { agreementId });
  const t = await getTranslator();
  const m = t.m.support.agreement;
  const active = a.status === "ACTIVE" && a.vippsAgreementId;
  const why =
    a.status === "PENDING"
      ? m.waitingForApproval
      : t.format(m.ended, { status: agreementStatusInText(t, a.status) });
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t.format(m.title, { id: a.vippsAgreementId ?? a.id })}</h1>
      <Card aria-labelledby="agreement-details">
        <h2 id="agreement-details" className="mb-3 text-lg font-semibold">
          {t.m.support.common.details}
        </h2>
        <AgreementFacts t={t} agreement={a} />
        <div className="mt-4">
          <RefreshAgreementButton locale={t.locale} agreementId={a.id} />
        </div>
      </Card>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card aria-labelledby="update-heading">
          <h2 id="update-heading" className="mb-3 text-lg font-semibold">
            {m.update}
          </h2>
          {active ? (
            <AgreementUpdateForm locale={t.locale} agreement={a} />
          ) : (
            <DisabledAction label={m.updateForm.submit} reason={why} />
          )}
        </Card>
        <Card aria-labelledby="create-charge-heading">
          <h2 id="create-charge-heading" className="mb-3 text-lg font-semibold">
            {m.newCharge}
          </h2>
          {active ? (
            <ChargeCreateForm
              locale={t.locale}
              agreementId={a.id}
              currency={a.currency}
              retryDays={a.retryDays}
              firstDue={earliestDue(ctx.now).toISOString().slice(0, 10)}
              allowUnscheduled={a.salesUnit.allowUnscheduled}
            />
          ) : (
            <DisabledAction label={m.chargeForm.submit} reason={why} />
          )}
        </Card>
        <Card aria-labelledby="stop-heading">
          <h2 id="stop-heading" className="mb-3 text-lg font-semibold">
            {m.stop}
          </h2>
          {active ? (
            <AgreementStopForm
              locale={t.locale}
              agreement={{
                id: a.id,
                productName: a.productName,
                customerName: a.customer?.name ?? a.customer?.email ?? t.m.support.common.theCustomer,
              }}
              needsAdmin={a.merchant.stopRequiresAdmin && user.role !== "ADMIN"}
              reservedCharges={statusCounts.RESERVED ?? 0}
              openCharges={OPEN.reduce((sum, status) => sum + (statusCounts[status] ?? 0), 0)}
            />
          ) : (
            <DisabledAction label={m.stopForm.submit} reason={why} />
          )}
        </Card>
      </div>
      <Card aria-labelledby="charges-heading">
        <h2 id="charges-heading" className="mb-3 text-lg font-semibold">
          {m.charges}
        </h2>
        <StatusFilter t={t} statuses={STATUSES} selected={wanted} counts={statusCounts} />
        <ChargesTable t={t} charges={charges} caption={m.chargesCaption} />
      </Card>
      <Timeline t={t} entries={timeline} title={m.timeline} />
    </main>
  );
}
