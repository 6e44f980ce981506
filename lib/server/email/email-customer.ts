import "server-only";
import { SHOP_LOOK_SELECT, shopLookOf } from "@/lib/domain/shop-look";
import { brandOf } from "@/components/brand/brand";
import { db, type Tx } from "@/lib/db";
import type { AgreementStatus, ChargeStatus } from "@/lib/generated/prisma/enums";
import { OPEN_CHARGE_STATUSES } from "@/lib/domain/billing-calendar";
import { renderEmail, type TEmailFacts } from "@/lib/email/render-email";
import { env } from "@/lib/env";
import { preferredLocale } from "@/lib/i18n/locales";
import type { TServerContext } from "@/lib/server/context/server-context";
import {
  agreementProductName,
  SUMMARY_SELECT,
  summarizeAgreement,
} from "@/lib/server/customer-portal/summarize-agreement";
import { queueEmail } from "./queue-email";
import { isoDay } from "@/lib/domain/periods";

// The customer's confirmations, queued in the transaction of the change they confirm (so a change
// that rolls back mails nothing, and a committed one cannot lose its mail). Each hook is one call.
// Each mail is in the customer's own language (stored, else the shop's), never the context's: the
// context only gives the moment (`ctx.now`). The caller has already found the agreement or charge
// within its ctx.merchantId, so a hook reads it by id (a mail is never lost to a context built for
// another merchant, e.g. by a job serving all of them).

export type TAgreementEmailKind =
  | "signup-confirmed"
  | "paused"
  | "resumed"
  | "plan-changed"
  | "amount-changed"
  | "stop-scheduled"
  | "stopped"
  | "renewal-notice";

async function loadAgreement(tx: Tx | undefined, agreementId: string) {
  const row = await (tx ?? db).agreement.findUnique({
    where: { id: agreementId },
    select: {
      ...SUMMARY_SELECT,
      customerId: true,
      customer: { select: { email: true, name: true, locale: true } },
      merchant: {
        select: {
          name: true,
          supportEmail: true,
          supportPhone: true,
          defaultLocale: true,
          ...SHOP_LOOK_SELECT,
        },
      },
    },
  });
  if (!row?.customer?.email || !row.customerId) return null;
  const { customer, merchant } = row;
  const common = {
    appUrl: env().APP_URL,
    name: customer.name,
    shop: merchant.name,
    contact: merchant.supportEmail ?? merchant.supportPhone,
    look: shopLookOf(merchant),
  };
  const to = { to: customer.email!, customerId: row.customerId, agreementId };
  return { row, common, to, locale: preferredLocale(customer.locale, merchant.defaultLocale) };
}

/**
 * Queues the customer's mail about a change to an agreement, in `tx` when given; nothing when they
 * have no address.
 */
export const emailAgreement = async (
  ctx: TServerContext,
  kind: TAgreementEmailKind,
  agreementId: string,
  tx?: Tx,
) => {
  const loaded = await loadAgreement(tx, agreementId);
  if (!loaded) return null;
  const { row, common, locale } = loaded;
  const at = ctx.now;
  const open = await (tx ?? db).charge.findMany({
    where: { agreementId, status: { in: [...OPEN_CHARGE_STATUSES] }, sendState: { not: "REJECTED" } },
    select: { agreementId: true, status: true, due: true, amount: true },
  });
  const summary = summarizeAgreement(row, open, at);
  const base = { ...common, product: agreementProductName(row, locale), agreementId };
  const brand = brandOf(row.market, at);
  let facts: TEmailFacts[TAgreementEmailKind];
  let dedupeKey: string | undefined;
  switch (kind) {
    case "signup-confirmed":
      facts = { ...base, terms: summary.terms, brand, firstCharge: summary.nextCharge?.date ?? null };
      dedupeKey = `signup-confirmed:${agreementId}`;
      break;
    case "paused":
      if (!row.pausedUntil) return null;
      facts = { ...base, until: isoDay(row.pausedUntil)! };
      break;
    case "resumed":
      facts = { ...base, nextCharge: summary.nextCharge?.date ?? null };
      break;
    case "plan-changed":
    case "amount-changed":
      facts = { ...base, terms: summary.terms };
      break;
    case "stop-scheduled":
      if (!row.stopAt) return null;
      facts = { ...base, date: isoDay(row.stopAt)! };
      dedupeKey = `stop-scheduled:${agreementId}:${isoDay(row.stopAt)}`;
      break;
    case "stopped":
      // The dunning mail already says a stop for failed payments; a rejected sign-up never started.
      if (row.stopCause === "FAILED_PAYMENT" || row.stopCause === "REJECTED" || !row.activatedAt) return null;
      facts = base;
      dedupeKey = `stopped:${agreementId}`;
      break;
    case "renewal-notice":
      // The date and amount the account page shows (a pause or a planned stop is accounted for).
      if (!summary.nextCharge || summary.stopAt) return null;
      facts = {
        ...base,
        brand,
        date: summary.nextCharge.date,
        amount: row.pricingType === "LEGACY" ? summary.nextCharge.amount : null,
        currency: row.currency,
      };
      dedupeKey = `renewal-notice:${agreementId}:${summary.nextCharge.date}`;
      break;
  }
  const rendered = renderEmail(kind, locale, facts as never);
  return queueEmail({ ...loaded.to, ...rendered, kind, locale, dedupeKey }, { tx });
};

/**
 * Queues the customer's mail about money on a charge: the receipt when it became CHARGED (its PDF
 * is attached when sent), or a refund of `refunded` more minor units (once per refunded total).
 */
export const emailCharge = async (
  ctx: TServerContext,
  kind: "receipt" | "refunded",
  chargeId: string,
  amounts: { captured: number; refunded: number; refundedBefore?: number },
  tx?: Tx,
) => {
  const charge = await (tx ?? db).charge.findUnique({
    where: { id: chargeId },
    select: { agreementId: true, currency: true },
  });
  if (!charge) return null;
  const loaded = await loadAgreement(tx, charge.agreementId);
  if (!loaded) return null;
  const at = ctx.now;
  const base = {
    ...loaded.common,
    product: agreementProductName(loaded.row, loaded.locale),
    chargeId,
    currency: charge.currency,
  };
  const rendered =
    kind === "receipt"
      ? renderEmail("receipt", loaded.locale, { ...base, amount: amounts.captured, paidAt: at.toISOString() })
      : renderEmail("refunded", loaded.locale, {
          ...base,
          amount: amounts.refunded - (amounts.refundedBefore ?? 0),
        });
  const dedupeKey = kind === "receipt" ? `receipt:${chargeId}` : `refunded:${chargeId}:${amounts.refunded}`;
  return queueEmail({ ...loaded.to, ...rendered, kind, chargeId, locale: loaded.locale, dedupeKey }, { tx });
};

const KIND_OF_LOCAL_CHANGE: Record<string, TAgreementEmailKind> = {
  "agreement.pause": "paused",
  "agreement.resume": "resumed",
  "agreement.schedule-stop": "stop-scheduled",
};

/** The hook of commitLocalChange: a pause, resume or stop at period end mails its confirmation. */
export const emailLocalChange = async (ctx: TServerContext, tx: Tx, action: string, agreementId: string) => {
  const kind = KIND_OF_LOCAL_CHANGE[action];
  return kind ? emailAgreement(ctx, kind, agreementId, tx) : null;
};

/** The hook of applyVippsAgreement: approval confirms the sign-up, a stop (in the app too) confirms it. */
export const emailAgreementMove = async (
  ctx: TServerContext,
  tx: Tx,
  agreementId: string,
  from: AgreementStatus,
  to: AgreementStatus,
) => {
  if (from === "PENDING" && to === "ACTIVE") return emailAgreement(ctx, "signup-confirmed", agreementId, tx);
  if (from === "ACTIVE" && to === "STOPPED") return emailAgreement(ctx, "stopped", agreementId, tx);
  return null;
};

type TLedger = { status: ChargeStatus; capturedAmount: number; refundedAmount: number };

/** The hook of applyVippsCharge: a receipt when a charge becomes CHARGED, a notice for each refund. */
export const emailChargeMove = async (
  ctx: TServerContext,
  tx: Tx,
  chargeId: string,
  before: TLedger,
  after: TLedger,
) => {
  const amounts = {
    captured: after.capturedAmount,
    refunded: after.refundedAmount,
    refundedBefore: before.refundedAmount,
  };
  if (after.status === "CHARGED" && before.status !== "CHARGED")
    await emailCharge(ctx, "receipt", chargeId, amounts, tx);
  if (after.refundedAmount > before.refundedAmount) await emailCharge(ctx, "refunded", chargeId, amounts, tx);
};
