import type { Metadata } from "next";
import Link from "next/link";
import { ChargesTable } from "@/components/support/charges-table";
import { DataTable } from "@/components/support/data-table";
import { EmailsTable } from "./_components/emails-table";
import { FieldList } from "@/components/support/field-list";
import { day, interval, money, time } from "@/components/support/format";
import { AgreementStatusBadge } from "@/components/support/status-badge";
import { Timeline } from "@/components/support/timeline";
import { Card } from "@/components/ui/card";
import { requireStaffContext } from "@/lib/auth/server-context";
import { getCustomerView } from "@/lib/server/support/get-customer-view";
import { getTimeline } from "@/lib/server/support/get-timeline";
import { orNotFound } from "@/lib/server/or-not-found";
import { idParamOrNotFound } from "@/lib/server/id-param";

export const metadata: Metadata = { title: "Customer" };

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
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{c.name ?? c.email ?? c.phone ?? "Customer"}</h1>
      <Card aria-labelledby="customer-details">
        <h2 id="customer-details" className="mb-3 text-lg font-semibold">
          Details
        </h2>
        <FieldList
          items={[
            ["Email", c.email],
            ["Phone", c.phone ? `+${c.phone}` : null],
            ["Market / language", `${c.market ?? "–"} / ${c.locale ?? "–"}`],
            ["Vipps sub", c.vippsSub],
            ["Customer since", time(c.createdAt)],
            [
              "Account",
              c.user ? `signs in as ${c.user.email}, last ${time(c.user.lastLoginAt)}` : "no sign-in yet",
            ],
            ["Abo customer id", c.id],
          ]}
        />
      </Card>
      <Card aria-labelledby="agreements-heading">
        <h2 id="agreements-heading" className="mb-3 text-lg font-semibold">
          Agreements ({c.agreements.length})
        </h2>
        <DataTable
          caption="Agreements"
          head={["Agreement", "Product", "Status", "Price", "Interval", "Next charge", "Created"]}
          empty="No agreements."
          rows={c.agreements.map((a) => ({
            key: a.id,
            cells: [
              <Link key="a" href={`/support/agreements/${a.id}`} className="font-mono text-xs underline">
                {a.vippsAgreementId ?? a.id}
              </Link>,
              a.productName,
              <AgreementStatusBadge key="s" status={a.status} />,
              a.pricingType === "VARIABLE"
                ? `up to ${money(a.suggestedMaxAmount, a.currency)}`
                : money(a.amount, a.currency),
              interval(a.intervalUnit, a.intervalCount),
              day(a.nextChargeDate),
              day(a.createdAt),
            ],
          }))}
        />
      </Card>
      <Card aria-labelledby="charges-heading">
        <h2 id="charges-heading" className="mb-3 text-lg font-semibold">
          Charges ({chargeCount}
          {chargeCount > chargesShown ? `, newest ${chargesShown} shown` : ""})
        </h2>
        <ChargesTable charges={charges} caption="Charges of this customer" />
      </Card>
      <Card aria-labelledby="emails-heading">
        <h2 id="emails-heading" className="mb-3 text-lg font-semibold">
          Emails ({emails.length})
        </h2>
        <EmailsTable emails={emails} />
      </Card>
      <Timeline entries={timeline} title="Customer timeline" />
    </main>
  );
}
