import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { brandOf } from "@/components/brand/brand";
import { PrintButton } from "@/components/customer/print-button";
import { requireCustomer } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { getReceipt } from "@/lib/server/customer-portal/get-receipt";
import { idParamOrNotFound } from "@/lib/server/id-param";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.receipt.title };
}

/** A printable receipt for one payment of the signed-in customer (print to PDF from the browser). */
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParamOrNotFound((await params).id);
  const user = await requireCustomer(`/account/receipts/${encodeURIComponent(id)}`);
  const [t, receipt, clock] = await Promise.all([
    getTranslator(),
    getReceipt({ customerId: user.customerId, chargeId: id }),
    now(),
  ]);
  if (!receipt) notFound();
  const { charge, shop } = receipt;
  const r = t.m.receipt;
  const net = charge.capturedAmount - charge.refundedAmount;
  const rows: [string, string][] = [
    [r.paidOn, t.date(charge.paidAt ?? charge.due ?? "", { dateStyle: "long", timeZone: "UTC" })],
    [r.item, `${receipt.productName}: ${charge.description}`],
    ...(charge.periodStart && charge.periodEnd
      ? [[r.period, `${t.date(charge.periodStart)} – ${t.date(charge.periodEnd)}`] as [string, string]]
      : []),
    [r.amount, t.money(charge.capturedAmount, charge.currency)],
    ...(charge.refundedAmount > 0
      ? [[r.refunded, `− ${t.money(charge.refundedAmount, charge.currency)}`] as [string, string]]
      : []),
    [r.method, brandOf(receipt.market, clock)],
    [r.reference, charge.reference],
    ...(charge.transactionId ? [[r.transaction, charge.transactionId] as [string, string]] : []),
  ];
  return (
    <article
      className="flex flex-col gap-6 rounded-xl border border-neutral-200 bg-white p-6 print:border-0 print:p-0"
      aria-labelledby="receipt-title"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href="/account" className="inline-flex min-h-11 items-center text-sm underline">
          ← {t.m.account.allSubscriptions}
        </Link>
        <PrintButton label={r.print} />
      </div>
      <header className="flex flex-col gap-1">
        <h1 id="receipt-title" className="text-2xl font-semibold">
          {r.title}
        </h1>
        <p className="text-lg">{shop.name}</p>
      </header>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h2 className="text-sm font-medium text-neutral-700">{r.seller}</h2>
          <p>{shop.name}</p>
          {shop.supportEmail ? <p>{shop.supportEmail}</p> : null}
          {shop.supportPhone ? <p>{shop.supportPhone}</p> : null}
        </div>
        <div>
          <h2 className="text-sm font-medium text-neutral-700">{r.customer}</h2>
          {receipt.customer.name ? <p>{receipt.customer.name}</p> : null}
          {receipt.customer.email ? <p>{receipt.customer.email}</p> : null}
        </div>
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 border-y border-neutral-200 py-4 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm font-medium text-neutral-700">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="flex items-baseline justify-between text-xl font-semibold">
        <span>{r.total}</span>
        <span>{t.money(net, charge.currency)}</span>
      </p>
      <p className="text-sm text-neutral-700">
        {t.format(r.questions, { shop: shop.name })} {shop.supportEmail ?? shop.supportPhone ?? ""}
      </p>
    </article>
  );
}
