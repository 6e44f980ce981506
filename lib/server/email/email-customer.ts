import "server-only";
import { SHOP_LOOK_SELECT, shopLookOf } from "@/lib/domain/shop-look";
import { brandOf } from "@/components/brand/brand";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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
  type TOpenCharge,
} from "@/lib/server/customer-portal/summarize-agreement";
import { queueEmail, queueEmails, type TEmail } from "./queue-email";
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

// What a mail about an agreement tells: the agreement (its summary), its customer and its shop.
const MAIL_SELECT = {
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
} as const satisfies Prisma.AgreementSelect;

type TMailRow = Prisma.AgreementGetPayload<{ select: typeof MAIL_SELECT }>;
type TLoaded = NonNullable<ReturnType<typeof recipientOf>>;

// The charges a summary counts on (its next charge); read only for the kinds that tell one.
const OPEN_CHARGES_WHERE = {
  status: { in: [...OPEN_CHARGE_STATUSES] },
  sendState: { not: "REJECTED" },
} as const satisfies Prisma.ChargeWhereInput;
const OPEN_CHARGE_SELECT = { agreementId: true, status: true, due: true, amount: true } as const;
const KINDS_WITH_SUMMARY = new Set<TAgreementEmailKind>([
  "signup-confirmed",
  "resumed",
  "plan-changed",
  "amount-changed",
  "renewal-notice",
]);

async function loadAgreement(tx: Tx | undefined, agreementId: string) {
  const row = await (tx ?? db).agreement.findUnique({ where: { id: agreementId }, select: MAIL_SELECT });
  return row && recipientOf(row);
}

/** The row's recipient, its language and what every mail about the agreement says; null without an address. */
function recipientOf(row: TMailRow) {
  const { customer, merchant } = row;
  if (!customer?.email || !row.customerId) return null;
  const common = {
    appUrl: env().APP_URL,
    name: customer.name,
    shop: merchant.name,
    contact: merchant.supportEmail ?? merchant.supportPhone,
    look: shopLookOf(merchant),
  };
  const to = { to: customer.email, customerId: row.customerId, agreementId: row.id };
  return { row, common, to, locale: preferredLocale(customer.locale, merchant.defaultLocale) };
}

/**
 * The mail of `kind` about the loaded agreement at `at`, or null when there is none to send (the
 * rule of each kind: one place for one by one and for many at once). `open`: its open charges.
 */
function agreementEmail(
  kind: TAgreementEmailKind,
  loaded: TLoaded,
  open: TOpenCharge[],
  at: Date,
): TEmail | null {
  const { row, common, locale } = loaded;
  const agreementId = row.id;
  let summarized: ReturnType<typeof summarizeAgreement> | undefined;
  const summary = () => (summarized ??= summarizeAgreement(row, open, at));
  const base = { ...common, product: agreementProductName(row, locale), agreementId };
  const brand = brandOf(row.market, at);
  let facts: TEmailFacts[TAgreementEmailKind];
  let dedupeKey: string | undefined;
  switch (kind) {
    case "signup-confirmed":
      facts = { ...base, terms: summary().terms, brand, firstCharge: summary().nextCharge?.date ?? null };
      dedupeKey = `signup-confirmed:${agreementId}`;
      break;
    case "paused":
      if (!row.pausedUntil) return null;
      facts = { ...base, until: isoDay(row.pausedUntil)! };
      break;
    case "resumed":
      facts = { ...base, nextCharge: summary().nextCharge?.date ?? null };
      break;
    case "plan-changed":
    case "amount-changed":
      facts = { ...base, terms: summary().terms };
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
    case "renewal-notice": {
      // The date and amount the account page shows (a pause or a planned stop is accounted for).
      const { nextCharge, stopAt } = summary();
      if (!nextCharge || stopAt) return null;
      facts = {
        ...base,
        brand,
        date: nextCharge.date,
        amount: row.pricingType === "LEGACY" ? nextCharge.amount : null,
        currency: row.currency,
      };
      dedupeKey = `renewal-notice:${agreementId}:${nextCharge.date}`;
      break;
    }
  }
  const rendered = renderEmail(kind, locale, facts as never);
  return { ...loaded.to, ...rendered, kind, locale, dedupeKey };
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
  const open = KINDS_WITH_SUMMARY.has(kind)
    ? await (tx ?? db).charge.findMany({
        where: { agreementId, ...OPEN_CHARGES_WHERE },
        select: OPEN_CHARGE_SELECT,
      })
    : [];
  const email = agreementEmail(kind, loaded, open, ctx.now);
  return email && queueEmail(email, { tx });
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

// The mail a move of status tells: approval confirms the sign-up, a stop (in the app too) confirms it.
function kindOfMove(from: AgreementStatus, to: AgreementStatus): TAgreementEmailKind | null {
  if (from === "PENDING" && to === "ACTIVE") return "signup-confirmed";
  if (from === "ACTIVE" && to === "STOPPED") return "stopped";
  return null;
}

/** The hook of applyVippsAgreement: the mail of the agreement's move (kindOfMove), if any. */
export const emailAgreementMove = async (
  ctx: TServerContext,
  tx: Tx,
  agreementId: string,
  from: AgreementStatus,
  to: AgreementStatus,
) => {
  const kind = kindOfMove(from, to);
  return kind ? emailAgreement(ctx, kind, agreementId, tx) : null;
};

export type TAgreementMove = { agreementId: string; from: AgreementStatus; to: AgreementStatus };

/**
 * The hook of applyVippsAgreements: the mails of many moves, exactly those emailAgreementMove
 * would queue for each (the same rows, rule, language and once-only keys), read together (one
 * findMany, not one per agreement) and written in one statement, in `tx`. Returns how many were
 * queued.
 */
export const emailAgreementMoves = async (ctx: TServerContext, tx: Tx, moves: TAgreementMove[]) => {
  const kinds = new Map<string, TAgreementEmailKind>();
  for (const move of moves) {
    const kind = kindOfMove(move.from, move.to);
    if (kind) kinds.set(move.agreementId, kind);
  }
  if (!kinds.size) return 0;
  // Only customers with an address: a burst without any costs this one query.
  const rows = await tx.agreement.findMany({
    where: { id: { in: [...kinds.keys()] }, customer: { email: { not: null } } },
    select: MAIL_SELECT,
  });
  const summarized = rows.filter((row) => KINDS_WITH_SUMMARY.has(kinds.get(row.id)!)).map((row) => row.id);
  const open = summarized.length
    ? await tx.charge.findMany({
        where: { agreementId: { in: summarized }, ...OPEN_CHARGES_WHERE },
        select: OPEN_CHARGE_SELECT,
      })
    : [];
  const openOf = new Map<string, TOpenCharge[]>();
  for (const charge of open)
    openOf.set(charge.agreementId, [...(openOf.get(charge.agreementId) ?? []), charge]);
  const emails = rows.flatMap((row) => {
    const loaded = recipientOf(row);
    const email = loaded && agreementEmail(kinds.get(row.id)!, loaded, openOf.get(row.id) ?? [], ctx.now);
    return email ? [email] : [];
  });
  return queueEmails(emails, tx);
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
