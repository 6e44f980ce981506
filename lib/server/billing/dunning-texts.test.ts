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
});
