import type { TTranslator } from "@/lib/i18n/translator";
import type { TChargeDto } from "@/lib/server/customer-portal/types";
import type { TBrand } from "@/components/brand/brand";

/**
 * Every charge status in plain words. Problems point to the Vipps/MobilePay app, where the customer
 * can fix them: merchants are not told why a payment failed (FACTS §11.5). A DUE charge whose date
 * has passed is being retried day by day.
 */
export function explainCharge(
  t: TTranslator,
  c: Pick<TChargeDto, "status" | "due" | "currency" | "capturedAmount" | "refundedAmount">,
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
  if (c.status === "DUE" && c.due && c.due < today) return t.format(e.RETRYING, values);
  return t.format(e[c.status], values);
}
