// The one email renderer: every mail Abo sends is a kind, a locale and its facts, turned into a
// subject, a plain-text part and an HTML part from the same blocks, so the two never disagree.
// Pure (no database, no clock): the caller gathers the facts, the texts come from lib/i18n.
import type { TBrand } from "@/components/brand/brand";
import { campaignText, initialChargeText, priceText } from "@/components/customer/plan-text";
import { failureReasonWords, type TFailureReason } from "@/lib/domain/failure-reason";
import type { TShopLook } from "@/lib/domain/shop-look";
import type { TLocale } from "@/lib/i18n/locales";
import { translator, type TTranslator } from "@/lib/i18n/translator";
import type { TPlanTerms } from "@/lib/schemas/customer-portal";
import { emailHtml, emailText, type TBlock } from "./email-layout";

/** Who the mail is to and who it is from; `appUrl` makes every link absolute; `look` the shop's colour and logo. */
type TCommon = {
  appUrl: string;
  name: string | null;
  shop: string;
  contact: string | null;
  look?: TShopLook;
};
type TMoney = { amount: number; currency: string };

export type TEmailFacts = {
  "sign-in-link": TCommon & { url: string };
  "sign-up-claim": TCommon & { product: string; url: string; days: number };
  "signup-confirmed": TCommon & {
    product: string;
    agreementId: string;
    terms: TPlanTerms;
    brand: TBrand;
    firstCharge: string | null;
  };
  receipt: TCommon & TMoney & { product: string; chargeId: string; paidAt: string };
  "renewal-notice": TCommon & {
    product: string;
    agreementId: string;
    date: string;
    brand: TBrand;
    amount: number | null;
    currency: string;
  };
  paused: TCommon & { product: string; agreementId: string; until: string };
  resumed: TCommon & { product: string; agreementId: string; nextCharge: string | null };
  "plan-changed": TCommon & { product: string; agreementId: string; terms: TPlanTerms };
  "amount-changed": TCommon & { product: string; agreementId: string; terms: TPlanTerms };
  "stop-scheduled": TCommon & { product: string; agreementId: string; date: string };
  stopped: TCommon & { product: string };
  refunded: TCommon & TMoney & { product: string; chargeId: string };
  dunning: TCommon & {
    product: string;
    agreementId: string;
    brand: TBrand;
    amount: number;
    currency: string;
    due: string | null;
    /** Failed payments in a row, and the policy's limit (null: never stops by itself). */
    failures: number;
    stopAfter: number | null;
    stopped: boolean;
    /** Vipps's failureReason for the charge; null when it gave none. */
    reason: TFailureReason | null;
  };
  "staff-invite": TCommon & { url: string; inviter: string; role: "ADMIN" | "SUPPORT"; days: number };
  "capture-warning": TCommon & {
    lines: { orderId: string; product: string; amount: number; currency: string; deadline: string }[];
  };
};

export type TEmailKind = keyof TEmailFacts;
export const EMAIL_KINDS = [
  "sign-in-link",
  "sign-up-claim",
  "signup-confirmed",
  "receipt",
  "renewal-notice",
  "paused",
  "resumed",
  "plan-changed",
  "amount-changed",
  "stop-scheduled",
  "stopped",
  "refunded",
  "dunning",
  "staff-invite",
  "capture-warning",
] as const satisfies readonly TEmailKind[];

export type TRenderedEmail = { subject: string; text: string; html: string };

type TBody = { subject: string; blocks: TBlock[]; customer?: boolean };

const longDate = (t: TTranslator, iso: string) => t.date(iso, { dateStyle: "long", timeZone: "UTC" });
const link = (facts: TCommon, path: string) => `${facts.appUrl.replace(/\/$/, "")}${path}`;
const manage = (t: TTranslator, facts: TCommon & { agreementId: string }): TBlock => ({
  action: { label: t.m.email.manage, url: link(facts, `/account/subscriptions/${facts.agreementId}`) },
});
const receiptLink = (facts: TCommon & { chargeId: string }, label: string): TBlock => ({
  action: { label, url: link(facts, `/account/receipts/${facts.chargeId}`) },
});

function terms(t: TTranslator, planTerms: TPlanTerms): string[] {
  return [
    t.format(t.m.email.signupConfirmed.price, { price: priceText(t, planTerms) }),
    campaignText(t, planTerms),
    initialChargeText(t, planTerms),
  ].filter((line): line is string => Boolean(line));
}

const BODIES: { [K in TEmailKind]: (t: TTranslator, f: TEmailFacts[K]) => TBody } = {
  "sign-in-link": (t, f) => {
    const e = t.m.email.signInLink;
    return {
      subject: e.subject,
      blocks: [{ p: e.intro }, { action: { label: e.action, url: f.url } }, { p: e.ignore }],
    };
  },
  // A sign-up typed with this address is held until its owner says it was theirs: the mail names
  // nothing the person who typed it chose (no name, no phone), only the product and the shop.
  "sign-up-claim": (t, f) => {
    const e = t.m.email.signUpClaim;
    const v = { product: f.product, shop: f.shop, days: f.days };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [{ p: t.format(e.intro, v) }, { action: { label: e.action, url: f.url } }, { p: e.ignore }],
    };
  },
  "signup-confirmed": (t, f) => {
    const e = t.m.email.signupConfirmed;
    const v = { product: f.product, shop: f.shop, brand: f.brand };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [
        { p: t.format(e.intro, v) },
        {
          list: [
            ...terms(t, f.terms),
            ...(f.firstCharge ? [t.format(e.firstCharge, { date: longDate(t, f.firstCharge) })] : []),
          ],
        },
        { p: t.format(e.paidWith, v) },
        manage(t, f),
        { action: { label: e.terms, url: link(f, "/terms") } },
      ],
    };
  },
  receipt: (t, f) => {
    const e = t.m.email.receipt;
    const v = {
      product: f.product,
      shop: f.shop,
      amount: t.money(f.amount, f.currency),
      date: longDate(t, f.paidAt),
    };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [{ p: t.format(e.intro, v) }, { p: e.attached }, receiptLink(f, e.action)],
    };
  },
  "renewal-notice": (t, f) => {
    const e = t.m.email.renewalNotice;
    const v = {
      product: f.product,
      date: longDate(t, f.date),
      brand: f.brand,
      amount: f.amount === null ? "" : t.money(f.amount, f.currency),
    };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [
        { p: t.format(f.amount === null ? e.introNoAmount : e.intro, v) },
        { p: e.change },
        manage(t, f),
      ],
    };
  },
  paused: (t, f) => {
    const e = t.m.email.paused;
    const v = { product: f.product, date: longDate(t, f.until) };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [{ p: t.format(e.intro, v) }, manage(t, f)],
    };
  },
  resumed: (t, f) => {
    const e = t.m.email.resumed;
    const v = { product: f.product, date: f.nextCharge ? longDate(t, f.nextCharge) : "" };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [{ p: t.format(f.nextCharge ? e.intro : e.introNoDate, v) }, manage(t, f)],
    };
  },
  "plan-changed": (t, f) => {
    const e = t.m.email.planChanged;
    const v = { product: f.product, price: priceText(t, f.terms) };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [{ p: t.format(e.intro, v) }, manage(t, f)],
    };
  },
  "amount-changed": (t, f) => {
    const e = t.m.email.amountChanged;
    const v = { product: f.product, price: priceText(t, f.terms) };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [{ p: t.format(e.intro, v) }, manage(t, f)],
    };
  },
  "stop-scheduled": (t, f) => {
    const e = t.m.email.stopScheduled;
    const v = { product: f.product, date: longDate(t, f.date) };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [{ p: t.format(e.intro, v) }, manage(t, f)],
    };
  },
  stopped: (t, f) => {
    const e = t.m.email.stopped;
    const v = { product: f.product };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [
        { p: t.format(e.intro, v) },
        { p: e.welcomeBack },
        { action: { label: t.m.email.manage, url: link(f, "/account") } },
      ],
    };
  },
  refunded: (t, f) => {
    const e = t.m.email.refunded;
    const v = { product: f.product, shop: f.shop, amount: t.money(f.amount, f.currency) };
    return {
      subject: t.format(e.subject, v),
      customer: true,
      blocks: [{ p: t.format(e.intro, v) }, receiptLink(f, e.action)],
    };
  },
  dunning: (t, f) => {
    const e = t.m.email.dunning;
    const v = {
      product: f.product,
      shop: f.shop,
      brand: f.brand,
      amount: t.money(f.amount, f.currency),
      date: f.due ? longDate(t, f.due) : "",
      count: f.failures,
    };
    const blocks: TBlock[] = [{ p: t.format(e.failed, v) }];
    // Vipps gives merchants only a coarse failureReason (FACTS §6.1): name it in plain words, pick
    // the steps that fit it, and send the customer to the app for the details.
    if (f.reason && f.reason !== "other")
      blocks.push({ p: t.format(e.why, { reason: failureReasonWords(f.reason, t.locale, f.brand) }) });
    if (f.stopped) blocks.push({ p: t.format(e.stopped, v) });
    else {
      if (f.reason === "technical_error") blocks.push({ p: t.format(e.technical, v) });
      else {
        const steps =
          f.reason === "charge_amount_too_high"
            ? [e.step1, e.tooHighStep2, e.tooHighStep3]
            : f.reason === "non_technical_error"
              ? [e.step1, e.profileStep2, e.profileStep3]
              : [e.step1, e.step2, e.step3];
        blocks.push({ list: steps.map((s) => t.format(s, v)), ordered: true });
      }
      blocks.push({ p: e.continues });
      if (f.stopAfter !== null && f.failures + 1 >= f.stopAfter) blocks.push({ p: e.lastChance });
      blocks.push(manage(t, f));
    }
    return { subject: t.format(f.stopped ? e.stoppedSubject : e.subject, v), customer: true, blocks };
  },
  "staff-invite": (t, f) => {
    const e = t.m.email.staffInvite;
    const v = {
      shop: f.shop,
      inviter: f.inviter,
      role: f.role === "ADMIN" ? e.roleAdmin : e.roleSupport,
      days: f.days,
    };
    return {
      subject: t.format(e.subject, v),
      blocks: [
        { p: t.format(e.intro, v) },
        { action: { label: e.action, url: f.url } },
        { p: t.format(e.expires, v) },
      ],
    };
  },
  "capture-warning": (t, f) => {
    const e = t.m.email.captureWarning;
    return {
      subject: t.format(f.lines.length === 1 ? e.subjectOne : e.subjectOther, { count: f.lines.length }),
      blocks: [
        { p: t.format(e.intro, { shop: f.shop }) },
        {
          list: f.lines.map((line) =>
            t.format(e.line, {
              orderId: line.orderId,
              product: line.product,
              amount: t.money(line.amount, line.currency),
              deadline: line.deadline.slice(0, 16).replace("T", " "),
            }),
          ),
        },
      ],
    };
  },
};

/** One email of `kind` in `locale`: its subject, and the same content as plain text and as HTML. */
export function renderEmail<K extends TEmailKind>(
  kind: K,
  locale: TLocale,
  facts: TEmailFacts[K],
): TRenderedEmail {
  const t = translator(locale);
  const body = BODIES[kind](t, facts);
  const e = t.m.email;
  const greeting = facts.name ? t.format(e.greeting, { name: facts.name }) : e.greetingNoName;
  const contact = facts.contact
    ? t.format(e.contact, { shop: facts.shop, contact: facts.contact })
    : t.format(e.contactNoAddress, { shop: facts.shop });
  const footer = body.customer ? [contact, t.format(e.why, { shop: facts.shop })] : [];
  const parts = {
    lang: locale,
    subject: body.subject,
    greeting,
    blocks: body.blocks,
    footer,
    signature: facts.shop,
    // Links and the logo are absolute, on APP_URL: a mail is read far from the site.
    look: facts.look && {
      color: facts.look.color,
      logoUrl: facts.look.logoPath ? `${facts.appUrl}${facts.look.logoPath}` : null,
      alt: facts.shop,
    },
  };
  return { subject: body.subject, text: emailText(parts), html: emailHtml(parts) };
}
