import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextCharge } from "@/lib/domain/billing-calendar";
import type { TCurrentAgreement } from "@/lib/domain/plan-change";
import { isoDay, toDateOnly } from "@/lib/domain/periods";
import { productTextFor, type TProductTextRow } from "@/lib/domain/product-text";
import type { TLocale } from "@/lib/i18n/locales";
import { calendarAgreementOf } from "@/lib/server/agreements/billing-plan";
import { AGREEMENT_TERMS_SELECT, agreementTerms } from "./plan-terms";
import type { TSubscriptionSummary } from "@/lib/schemas/customer-portal";

export const SUMMARY_SELECT = {
  id: true,
  status: true,
  productName: true,
  market: true,
  createdAt: true,
  activatedAt: true,
  stoppedAt: true,
  stopCause: true,
  stopAt: true,
  pausedUntil: true,
  billingAnchor: true,
  anchorPeriodIndex: true,
  nextPeriodIndex: true,
  campaignEndPeriod: true,
  ...AGREEMENT_TERMS_SELECT,
  product: { select: { slug: true, texts: { select: { locale: true, name: true, description: true } } } },
} as const satisfies Prisma.AgreementSelect;

export type TSummaryRow = Prisma.AgreementGetPayload<{ select: typeof SUMMARY_SELECT }>;
export type TOpenCharge = { agreementId: string; status: string; due: Date | null; amount: number };

/**
 * `locale` (customer pages): the product's name in that language where the product still exists and
 * the merchant gave one; otherwise, and without a locale (emails), the name stored at sign-up, which
 * is the one the Vipps app shows.
 */
export function summarizeAgreement(
  row: TSummaryRow,
  open: TOpenCharge[],
  now: Date,
  locale?: TLocale,
): TSubscriptionSummary {
  const today = toDateOnly(now);
  const mine = open.filter((c) => c.agreementId === row.id);
  const next = nextCharge({ ...calendarAgreementOf(row), status: row.status, planned: mine }, now);
  const paymentProblem =
    row.status === "ACTIVE" &&
    mine.some((c) => c.status === "FAILED" || (c.status === "DUE" && c.due !== null && c.due < today));
  return {
    id: row.id,
    status: row.status,
    productName: locale ? agreementProductName(row, locale) : row.productName,
    productSlug: row.product?.slug ?? null,
    market: row.market,
    terms: agreementTerms(row),
    campaignEnded: row.campaignEndPeriod !== null && row.campaignType !== null,
    createdAt: row.createdAt.toISOString(),
    activatedAt: row.activatedAt?.toISOString() ?? null,
    stoppedAt: row.stoppedAt?.toISOString() ?? null,
    stopCause: row.stopCause,
    stopAt: row.status === "ACTIVE" ? (row.stopAt?.toISOString() ?? null) : null,
    pausedUntil:
      row.status === "ACTIVE" && row.pausedUntil && row.pausedUntil > today ? isoDay(row.pausedUntil) : null,
    nextCharge: next ? { date: isoDay(next.date)!, amount: next.amount } : null,
    paymentProblem,
  };
}

/**
 * The agreement's product as the customer reads it: the merchant's name for their language while
 * the product exists, else the name stored at sign-up (what the Vipps app shows).
 */
export function agreementProductName(
  row: { productName: string; product: { texts: TProductTextRow[] } | null },
  locale: TLocale,
): string {
  return row.product
    ? productTextFor({ name: row.productName, description: null, texts: row.product.texts }, locale).name
    : row.productName;
}

/** The agreement as the billing calendar reads it, with its charges planned and not yet settled. */
export function currentAgreementOf(row: TSummaryRow, open: TOpenCharge[], at: Date): TCurrentAgreement {
  return { ...calendarAgreementOf(row), now: at, planned: open };
}
