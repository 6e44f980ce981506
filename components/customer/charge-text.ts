import { failedChargeText } from "@/lib/domain/failure-reason";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TChargeDto } from "@/lib/schemas/customer-portal";
import type { TBrand } from "@/components/brand/brand";

/**
 * Every charge status in plain words. A failed one says why, from Vipps's failureReason, and what to
 * do in the Vipps/MobilePay app (which shows the details; merchants get only the reason, FACTS §6.1).
 * A DUE charge whose date has passed is being retried day by day.
 */
export function explainCharge(
  t: TTranslator,
  c: Pick<TChargeDto, "status" | "due" | "currency" | "capturedAmount" | "refundedAmount"> &
    Partial<Pick<TChargeDto, "failureReason">>,
  brand: TBrand,
  today: string,
): string {
  const e = t.m.charges.explain;
  const values = {
    brand,
    date: c.due ? t.date(c.due) : "",
    captured: t.money(c.capturedAmount, c.currency),
    refunded: t.money(c.refundedAmount, c.currency),
  };
  if (c.status === "FAILED" && c.failureReason) return failedChargeText(c.failureReason, t.locale, brand);
  if (c.status === "DUE" && c.due && c.due < today) return t.format(e.RETRYING, values);
  return t.format(e[c.status], values);
}
