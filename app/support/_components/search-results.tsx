import Link from "next/link";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TSearchResults } from "@/lib/server/support/search-support";
import { DataTable } from "@/components/support/data-table";
import { day, money } from "@/components/support/format";
import { AgreementStatusBadge, ChargeStatusBadge } from "@/components/support/status-badge";

/** Search hits grouped: customers, agreements, charges. */
export function SearchResults({
  t,
  query,
  results,
}: {
  t: TTranslator;
  query: string;
  results: TSearchResults;
}) {
  const m = t.m.support.search;
  const total = results.customers.length + results.agreements.length + results.charges.length;
  if (!total) return <p role="status">{t.format(m.nothingFound, { query })}</p>;
  const link = (href: string, text: string) => (
    <Link href={href} className="underline">
      {text}
    </Link>
  );
  return (
    <div className="flex flex-col gap-6">
      <p role="status" className="text-sm text-neutral-700">
        {t.format(m.found, { count: total, query })}
      </p>
      {results.customers.length ? (
        <section aria-labelledby="hits-customers">
          <h2 id="hits-customers" className="mb-2 text-lg font-semibold">
            {t.format(m.customersHeading, { count: results.customers.length })}
          </h2>
          <DataTable
            caption={m.customers}
            head={[m.name, m.email, m.phone, m.agreements]}
            rows={results.customers.map((c) => ({
              key: c.id,
              cells: [
                link(`/support/customers/${c.id}`, c.name ?? c.email ?? c.id),
                c.email ?? "–",
                c.phone ? `+${c.phone}` : "–",
                c.agreements,
              ],
            }))}
          />
        </section>
      ) : null}
      {results.agreements.length ? (
        <section aria-labelledby="hits-agreements">
          <h2 id="hits-agreements" className="mb-2 text-lg font-semibold">
            {t.format(m.agreementsHeading, { count: results.agreements.length })}
          </h2>
          <DataTable
            caption={m.agreements}
            head={[m.agreement, m.product, m.status, m.customer]}
            rows={results.agreements.map((a) => ({
              key: a.id,
              cells: [
                link(`/support/agreements/${a.id}`, a.vippsAgreementId ?? a.id),
                a.productName,
                <AgreementStatusBadge key="s" t={t} status={a.status} />,
                a.customer
                  ? link(`/support/customers/${a.customer.id}`, a.customer.name ?? a.customer.id)
                  : "–",
              ],
            }))}
          />
        </section>
      ) : null}
      {results.charges.length ? (
        <section aria-labelledby="hits-charges">
          <h2 id="hits-charges" className="mb-2 text-lg font-semibold">
            {t.format(m.chargesHeading, { count: results.charges.length })}
          </h2>
          <DataTable
            caption={m.charges}
            head={[m.orderId, m.status, m.amount, m.due, m.customer]}
            rows={results.charges.map((c) => ({
              key: c.id,
              cells: [
                link(`/support/charges/${c.id}`, c.orderId),
                <ChargeStatusBadge key="s" t={t} status={c.status} />,
                money(c.amount, c.currency),
                day(c.due),
                c.customer
                  ? link(`/support/customers/${c.customer.id}`, c.customer.name ?? c.customer.id)
                  : "–",
              ],
            }))}
          />
        </section>
      ) : null}
    </div>
  );
}
