import type { Metadata } from "next";
import Link from "next/link";
import { ChargesTable } from "@/components/support/charges-table";
import { DataTable } from "@/components/support/data-table";
import { EmailsTable } from "./_components/emails-table";
import { FieldList } from "@/components/support/field-list";
import { day, money, time } from "@/components/support/format";
import { intervalText } from "@/components/support/words";
import { AgreementStatusBadge } from "@/components/support/status-badge";
import { Timeline } from "@/components/support/timeline";
import { Card } from "@/components/ui/card";
import { requireStaffContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { getCustomerView } from "@/lib/server/support/get-customer-view";
import { getTimeline } from "@/lib/server/support/get-timeline";
import { orNotFound } from "@/lib/server/or-not-found";
import { idParamOrNotFound } from "@/lib/server/id-param";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.support.customer.metaTitle };
}

export default async function CustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const customerId = idParamOrNotFound((await params).customerId);
  const { ctx } = await requireStaffContext(`/support/customers/${customerId}`);
  const {
    customer: c,
    charges,
    chargeCount,
    chargesShown,
    emails,
  } = await orNotFound(getCustomerView(ctx, customerId));
  const timeline = await getTimeline(ctx, { customerId });
  const t = await getTranslator();
  const m = t.m.support.customer;
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{c.name ?? c.email ?? c.phone ?? m.metaTitle}</h1>
      <Card aria-labelledby="customer-details">
        <h2 id="customer-details" className="mb-3 text-lg font-semibold">
          {t.m.support.common.details}
        </h2>
        <FieldList
          items={[
            [m.email, c.email],
            [m.phone, c.phone ? `+${c.phone}` : null],
            [m.marketLanguage, `${c.market ?? "–"} / ${c.locale ?? "–"}`],
            [m.vippsSub, c.vippsSub],
            [m.since, time(c.createdAt)],
            [
              m.account,
              c.user
                ? t.format(m.signsInAs, { email: c.user.email, time: time(c.user.lastLoginAt) })
                : m.noSignIn,
            ],
            [m.id, c.id],
          ]}
        />
      </Card>
      <Card aria-labelledby="agreements-heading">
        <h2 id="agreements-heading" className="mb-3 text-lg font-semibold">
          {t.format(m.agreementsHeading, { count: c.agreements.length })}
        </h2>
        <DataTable
          caption={m.agreements}
          head={[m.agreement, m.product, m.status, m.price, m.interval, m.nextCharge, m.created]}
          empty={m.noAgreements}
          rows={c.agreements.map((a) => ({
            key: a.id,
            cells: [
              <Link key="a" href={`/support/agreements/${a.id}`} className="font-mono text-xs underline">
                {a.vippsAgreementId ?? a.id}
              </Link>,
              a.productName,
              <AgreementStatusBadge key="s" t={t} status={a.status} />,
              a.pricingType === "VARIABLE"
                ? t.format(m.upTo, { amount: money(a.suggestedMaxAmount, a.currency) })
                : money(a.amount, a.currency),
              intervalText(t, a.intervalUnit, a.intervalCount),
              day(a.nextChargeDate),
              day(a.createdAt),
            ],
          }))}
        />
      </Card>
      <Card aria-labelledby="charges-heading">
        <h2 id="charges-heading" className="mb-3 text-lg font-semibold">
          {chargeCount > chargesShown
            ? t.format(m.chargesHeadingSome, { count: chargeCount, shown: chargesShown })
            : t.format(m.chargesHeading, { count: chargeCount })}
        </h2>
        <ChargesTable t={t} charges={charges} caption={m.chargesCaption} />
      </Card>
      <Card aria-labelledby="emails-heading">
        <h2 id="emails-heading" className="mb-3 text-lg font-semibold">
          {t.format(m.emailsHeading, { count: emails.length })}
        </h2>
        <EmailsTable t={t} emails={emails} />
      </Card>
      <Timeline t={t} entries={timeline} title={m.timeline} />
    </main>
  );
}
