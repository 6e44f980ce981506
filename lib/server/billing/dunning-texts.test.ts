import { describe, expect, it } from "vitest";
import { brandOf } from "@/components/brand/brand";
import { dunningEmail, type TDunningFacts } from "./dunning-texts";

const facts: TDunningFacts = {
  name: "Kari",
  product: "Kaffeabonnement",
  merchant: "Fjordkaffe",
  brand: "Vipps",
  amount: "299 kr",
  due: "15. mars 2030",
  contact: "hjelp@fjordkaffe.example",
  failures: 1,
  stopAfter: 3,
  stopped: false,
  reason: null,
};

describe("dunning emails", () => {
  it("tell the customer, in their language, how to fix it in the app of their market", () => {
    const nb = dunningEmail("nb", facts);
    expect(nb.subject).toBe("Betalingen for Kaffeabonnement gikk ikke gjennom");
    expect(nb.text).toContain("1. Åpne Vipps-appen.");
    expect(nb.text).toContain("hjelp@fjordkaffe.example");
    expect(nb.text).not.toContain("stopper vi");
    const da = dunningEmail("da", { ...facts, brand: "MobilePay" });
    expect(da.text).toContain("Åbn MobilePay-appen.");
    expect(dunningEmail("fi", { ...facts, brand: "MobilePay" }).text).toContain("Avaa MobilePay-sovellus.");
    expect(dunningEmail("en", facts).subject).toBe("Your payment for Kaffeabonnement did not go through");
  });

  it("name MobilePay in Denmark and Finland before 12 January 2027 and Vipps from then (Copenhagen midnight)", () => {
    const at = (iso: string, market: string) => ({ ...facts, brand: brandOf(market, new Date(iso)) });
    expect(dunningEmail("da", at("2027-01-11T22:59:00Z", "DK")).text).toContain("Åbn MobilePay-appen.");
    expect(dunningEmail("da", at("2027-01-11T23:00:00Z", "DK")).text).toContain("Åbn Vipps-appen.");
    expect(dunningEmail("fi", at("2027-01-11T22:59:00Z", "FI")).text).toContain("Avaa MobilePay-sovellus.");
    const fi = dunningEmail("fi", at("2027-01-12T08:00:00Z", "FI"));
    expect(fi.text).toContain("Avaa Vipps-sovellus.");
    expect(fi.text).not.toContain("MobilePay");
  });

  it("warn before the policy stops the subscription, and say so when it has", () => {
    expect(dunningEmail("en", { ...facts, failures: 2 }).text).toContain(
      "If the next payment fails too, we will stop the subscription.",
    );
    expect(dunningEmail("en", { ...facts, failures: 2, stopAfter: null }).text).not.toContain("we will stop");
    const stopped = dunningEmail("nb", { ...facts, failures: 3, stopped: true });
    expect(stopped.subject).toBe("Abonnementet ditt på Kaffeabonnement er stoppet");
    expect(stopped.text).toContain("feilet 3 ganger på rad");
    expect(stopped.text).not.toContain("Åpne Vipps-appen");
  });

  it("pick the reason's words and steps: card, limit, profile, or nothing to do for a technical error", () => {
    const card = dunningEmail("en", { ...facts, reason: "user_action_required" }).text;
    expect(card).toContain("Reason: the card was refused – it may have expired, be blocked or lack funds.");
    expect(card).toContain("Check that the card on the agreement is valid");
    const tooHigh = dunningEmail("nb", { ...facts, reason: "charge_amount_too_high" }).text;
    expect(tooHigh).toContain("Årsak: beløpet var høyere enn grensen som er satt for avtalen.");
    expect(tooHigh).toContain("3. Øk maksbeløpet på avtalen til minst 299 kr");
    expect(tooHigh).not.toContain("Sjekk at kortet");
    const profile = dunningEmail("da", { ...facts, reason: "non_technical_error" }).text;
    expect(profile).toContain("Årsag: betalingsprofilen kunne ikke bruges");
    expect(profile).toContain("3. Kan du ikke ordne det der, så kontakt Fjordkaffe.");
    const technical = dunningEmail("fi", { ...facts, reason: "technical_error" }).text;
    expect(technical).toContain("Syy: tekninen vika palvelussa Vipps tai pankissa.");
    expect(technical).toContain("sinun ei tarvitse tehdä mitään");
    expect(technical).not.toContain("1. ");
    // A reason Abo does not know: no guess, the general card steps.
    const other = dunningEmail("en", { ...facts, reason: "other" }).text;
    expect(other).not.toContain("Reason:");
    expect(other).toContain("The app shows why the payment failed.");
  });
});
