import { describe, expect, it } from "vitest";
import { brandOf } from "@/components/brand/brand";
import { LOCALES } from "@/lib/i18n/locales";
import type { TPlanTerms } from "@/lib/schemas/customer-portal";
import { EMAIL_KINDS, renderEmail, type TEmailFacts, type TEmailKind } from "./render-email";

const common = {
  appUrl: "https://abo.example",
  name: "Kari",
  shop: "Fjordkaffe",
  contact: "hjelp@fjordkaffe.example",
};
const terms: TPlanTerms = {
  pricingType: "LEGACY",
  currency: "NOK",
  amount: 29_900,
  suggestedMaxAmount: null,
  maxAmount: null,
  interval: { unit: "MONTH", count: 1 },
  campaign: null,
  initialCharge: null,
};
const dunning: TEmailFacts["dunning"] = {
  ...common,
  product: "Kaffeabonnement",
  agreementId: "agr1",
  brand: "Vipps",
  amount: 29_900,
  currency: "NOK",
  due: "2030-03-15",
  failures: 1,
  stopAfter: 3,
  stopped: false,
  reason: null,
};

/** One example of every kind: what a unit test can say about all of them at once. */
const EXAMPLES: { [K in TEmailKind]: TEmailFacts[K] } = {
  "sign-in-link": { ...common, url: "https://abo.example/api/auth/callback/email?token=t&email=k" },
  "sign-up-claim": {
    ...common,
    name: null,
    product: "Kaffe",
    url: "https://abo.example/subscribe/claim/t",
    days: 7,
  },
  "signup-confirmed": {
    ...common,
    product: "Kaffe",
    agreementId: "agr1",
    terms,
    brand: "Vipps",
    firstCharge: "2030-04-01",
  },
  receipt: {
    ...common,
    product: "Kaffe",
    chargeId: "chg1",
    paidAt: "2030-03-01",
    amount: 29_900,
    currency: "NOK",
  },
  "renewal-notice": {
    ...common,
    product: "Kaffe",
    agreementId: "agr1",
    date: "2030-04-01",
    brand: "Vipps",
    amount: 99_900,
    currency: "NOK",
  },
  paused: { ...common, product: "Kaffe", agreementId: "agr1", until: "2030-05-01" },
  resumed: { ...common, product: "Kaffe", agreementId: "agr1", nextCharge: "2030-04-01" },
  "plan-changed": { ...common, product: "Kaffe stor", agreementId: "agr1", terms },
  "amount-changed": { ...common, product: "Kaffe", agreementId: "agr1", terms },
  "stop-scheduled": { ...common, product: "Kaffe", agreementId: "agr1", date: "2030-04-01" },
  stopped: { ...common, product: "Kaffe" },
  refunded: { ...common, product: "Kaffe", chargeId: "chg1", amount: 10_000, currency: "NOK" },
  dunning,
  "staff-invite": {
    ...common,
    url: "https://abo.example/setup/invite/x",
    inviter: "a@b.c",
    role: "ADMIN",
    days: 7,
  },
  "capture-warning": {
    ...common,
    lines: [
      { orderId: "o-1", product: "Kaffe", amount: 9_900, currency: "DKK", deadline: "2030-03-01T10:00:00Z" },
    ],
  },
};

describe("renderEmail", () => {
  it("renders every kind in every language, with the same links in the text and the HTML", () => {
    for (const kind of EMAIL_KINDS)
      for (const locale of LOCALES) {
        const mail = renderEmail(kind, locale, EXAMPLES[kind] as never);
        const where = `${kind} ${locale}`;
        expect(mail.subject, where).not.toMatch(/\{\w+\}|\bundefined\b|\bnull\b/);
        expect(mail.text, where).not.toMatch(/\{\w+\}|\bundefined\b|\bnull\b/);
        expect(mail.html, where).toContain(`<html lang="${locale}">`);
        const textLinks = mail.text.match(/https:\/\/\S+/g) ?? [];
        const htmlLinks = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
        expect(htmlLinks, where).toEqual(textLinks);
        for (const link of textLinks) expect(link.startsWith("https://abo.example/"), where).toBe(true);
      }
  });

  it("escapes what it puts into HTML", () => {
    const mail = renderEmail("stopped", "en", { ...EXAMPLES.stopped, product: "<b>Kaffe</b> & te" });
    expect(mail.html).toContain("&lt;b&gt;Kaffe&lt;/b&gt; &amp; te");
    expect(mail.html).not.toContain("<b>Kaffe");
    expect(mail.text).toContain("<b>Kaffe</b> & te");
  });

  it("confirms a sign-up with what was agreed", () => {
    const mail = renderEmail("signup-confirmed", "nb", EXAMPLES["signup-confirmed"]);
    expect(mail.subject).toBe("Abonnementet ditt på Kaffe har startet");
    expect(mail.text).toMatch(/Pris: 299\s?kr per måned/);
    expect(mail.text).toContain("Første betaling: 1. april 2030");
    expect(mail.text).toContain("https://abo.example/account/subscriptions/agr1");
    expect(mail.text).toContain("https://abo.example/terms");
  });
});

describe("dunning emails", () => {
  const text = (locale: (typeof LOCALES)[number], facts: Partial<TEmailFacts["dunning"]> = {}) =>
    renderEmail("dunning", locale, { ...dunning, ...facts });

  it("tell the customer, in their language, how to fix it in the app of their market", () => {
    const nb = text("nb");
    expect(nb.subject).toBe("Betalingen for Kaffeabonnement gikk ikke gjennom");
    expect(nb.text).toContain("1. Åpne Vipps-appen.");
    expect(nb.text).toContain("hjelp@fjordkaffe.example");
    expect(nb.text).not.toContain("stopper vi");
    expect(text("da", { brand: "MobilePay" }).text).toContain("Åbn MobilePay-appen.");
    expect(text("fi", { brand: "MobilePay" }).text).toContain("Avaa MobilePay-sovellus.");
    expect(text("en").subject).toBe("Your payment for Kaffeabonnement did not go through");
  });

  it("name MobilePay in Denmark and Finland before 12 January 2027 and Vipps from then (Copenhagen midnight)", () => {
    const at = (iso: string, market: string) => ({ brand: brandOf(market, new Date(iso)) });
    expect(text("da", at("2027-01-11T22:59:00Z", "DK")).text).toContain("Åbn MobilePay-appen.");
    expect(text("da", at("2027-01-11T23:00:00Z", "DK")).text).toContain("Åbn Vipps-appen.");
    expect(text("fi", at("2027-01-11T22:59:00Z", "FI")).text).toContain("Avaa MobilePay-sovellus.");
    const fi = text("fi", at("2027-01-12T08:00:00Z", "FI"));
    expect(fi.text).toContain("Avaa Vipps-sovellus.");
    expect(fi.text).not.toContain("MobilePay");
  });

  it("warn before the policy stops the subscription, and say so when it has", () => {
    expect(text("en", { failures: 2 }).text).toContain(
      "If the next payment fails too, we will stop the subscription.",
    );
    expect(text("en", { failures: 2, stopAfter: null }).text).not.toContain("we will stop");
    const stopped = text("nb", { failures: 3, stopped: true });
    expect(stopped.subject).toBe("Abonnementet ditt på Kaffeabonnement er stoppet");
    expect(stopped.text).toContain("feilet 3 ganger på rad");
    expect(stopped.text).not.toContain("Åpne Vipps-appen");
  });

  it("pick the reason's words and steps: card, limit, profile, or nothing to do for a technical error", () => {
    const card = text("en", { reason: "user_action_required" }).text;
    expect(card).toContain("Reason: the card was refused – it may have expired, be blocked or lack funds.");
    expect(card).toContain("Check that the card on the agreement is valid");
    const tooHigh = text("nb", { reason: "charge_amount_too_high" }).text;
    expect(tooHigh).toContain("Årsak: beløpet var høyere enn grensen som er satt for avtalen.");
    expect(tooHigh).toMatch(/3\. Øk maksbeløpet på avtalen til minst 299\skr/);
    expect(tooHigh).not.toContain("Sjekk at kortet");
    const profile = text("da", { reason: "non_technical_error" }).text;
    expect(profile).toContain("Årsag: betalingsprofilen kunne ikke bruges");
    expect(profile).toContain("3. Kan du ikke ordne det der, så kontakt Fjordkaffe.");
    const technical = text("fi", { reason: "technical_error" }).text;
    expect(technical).toContain("Syy: tekninen vika palvelussa Vipps tai pankissa.");
    expect(technical).toContain("sinun ei tarvitse tehdä mitään");
    expect(technical).not.toContain("1. ");
    // A reason Abo does not know: no guess, the general card steps.
    const other = text("en", { reason: "other" }).text;
    expect(other).not.toContain("Reason:");
    expect(other).toContain("The app shows why the payment failed.");
  });
});
