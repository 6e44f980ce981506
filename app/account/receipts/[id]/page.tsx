import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/customer/print-button";
import { ReceiptView } from "@/components/customer/receipt-view";
import { requireCustomerContext } from "@/lib/auth/server-context";
import { renderReceipts } from "@/lib/domain/receipt-fields";
import { getTranslator } from "@/lib/i18n/server";
import { getReceipt } from "@/lib/server/customer-portal/get-receipt";
import { getShopLook } from "@/lib/server/merchant/get-shop";
import { idParamOrNotFound } from "@/lib/server/id-param";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.receipt.title };
}

/** The receipt for one payment of the signed-in customer, and a credit note for each refund; printable and as PDF. */
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParamOrNotFound((await params).id);
  const { ctx } = await requireCustomerContext(`/account/receipts/${encodeURIComponent(id)}`);
  const [t, receipt, look] = await Promise.all([
    getTranslator(),
    getReceipt(ctx, { chargeId: id }),
    getShopLook(ctx),
  ]);
  if (!receipt) notFound();
  const r = t.m.receipt;
  const { contact } = receipt;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href="/account" className="inline-flex min-h-11 items-center text-sm underline">
          ← {t.m.account.allSubscriptions}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <a
            href={`/account/receipts/${encodeURIComponent(id)}/pdf`}
            className="inline-flex min-h-11 items-center text-sm underline"
          >
            {r.pdf}
          </a>
          <PrintButton label={r.print} />
        </div>
      </div>
      {/* The receipt is the page's heading; each credit note after it is a section of its own. */}
      {renderReceipts(receipt, t).map((doc, index) => (
        <ReceiptView
          key={doc.id}
          doc={doc}
          heading={index === 0 ? "h1" : "h2"}
          logo={look.logoPath ? { path: look.logoPath, alt: contact.shopName } : null}
        />
      ))}
      <p className="text-sm text-neutral-700">
        {t.format(r.questions, { shop: contact.shopName })} {contact.email ?? contact.phone ?? ""}
      </p>
    </div>
  );
}
