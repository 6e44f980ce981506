import Link from "next/link";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TChargeDto } from "@/lib/schemas/customer-portal";
import type { TBrand } from "@/components/brand/brand";
import { Badge } from "@/components/ui/badge";
import { CHARGE_TONE } from "@/components/status/status-tones";
import { explainCharge } from "./charge-text";

export function ChargeList({
  t,
  charges,
  brand,
  today,
}: {
  t: TTranslator;
  charges: TChargeDto[];
  brand: TBrand;
  today: string;
}) {
  if (charges.length === 0) return <p>{t.m.charges.empty}</p>;
  return (
    <ol className="flex flex-col divide-y divide-neutral-200">
      {charges.map((c) => (
        <li
          key={c.id}
          className="flex flex-col gap-2 py-4 sm:flex-row sm:items-start sm:justify-between"
          data-charge-status={c.status}
        >
          <div className="flex flex-col gap-1">
            <p className="font-medium">
              {c.due ? t.date(c.due) : null} · {t.m.charges.type[c.type]}
            </p>
            <p className="text-sm text-neutral-800">{c.description}</p>
            {c.periodStart && c.periodEnd ? (
              <p className="text-sm text-neutral-700">
                {t.format(t.m.charges.period, { start: t.date(c.periodStart), end: t.date(c.periodEnd) })}
              </p>
            ) : null}
            <p className="text-sm">{explainCharge(t, c, brand, today)}</p>
          </div>
          <div className="flex shrink-0 flex-row items-center gap-3 sm:flex-col sm:items-end">
            <span className="text-lg font-semibold">{t.money(c.amount, c.currency)}</span>
            <Badge tone={CHARGE_TONE[c.status]}>{t.m.charges.status[c.status]}</Badge>
            {c.hasReceipt ? (
              <Link
                href={`/account/receipts/${c.id}`}
                className="inline-flex min-h-11 items-center underline"
                aria-label={t.format(t.m.charges.receiptFor, {
                  description: c.description,
                  date: c.due ? t.date(c.due) : "",
                })}
              >
                {t.m.charges.receipt}
              </Link>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
