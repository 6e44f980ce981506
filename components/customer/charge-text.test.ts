import { describe, expect, it } from "vitest";
import { FAILURE_REASONS, type TFailureReason } from "@/lib/domain/failure-reason";
import { LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { explainCharge } from "./charge-text";

const STATUSES = [
  "PENDING",
  "DUE",
  "PROCESSING",
  "RESERVED",
  "PARTIALLY_CAPTURED",
  "CHARGED",
  "FAILED",
  "CANCELLED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
] as const;
const charge = (status: (typeof STATUSES)[number], due = "2030-03-20") => ({
  status,
  due,
  currency: "NOK",
  capturedAmount: 9_900,
  refundedAmount: 2_000,
});

describe("explainCharge", () => {
  it("explains every status in every language, with nothing left unfilled", () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const status of STATUSES) {
        const text = explainCharge(t, charge(status), "Vipps", "2030-03-10");
        expect(text, `${locale} ${status}`).toMatch(/\S{3}/);
        expect(text, `${locale} ${status}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("sends payment problems to the app of the customer's market", () => {
    const t = translator("en");
    expect(explainCharge(t, charge("FAILED"), "MobilePay", "2030-03-10")).toBe(
      "The payment did not go through. Open the MobilePay app to see why and to fix your card or account; we cannot see the details.",
    );
    expect(explainCharge(t, charge("DUE", "2030-03-08"), "Vipps", "2030-03-10")).toMatch(
      /^Not paid yet\. Vipps tries again each day: open the Vipps app/,
    );
    expect(explainCharge(t, charge("DUE"), "Vipps", "2030-03-10")).toBe(
      "Due on 20 Mar 2030. Vipps takes the money from your card that day.",
    );
    expect(explainCharge(translator("nb"), charge("PARTIALLY_REFUNDED"), "Vipps", "2030-03-10")).toBe(
      "Betalt; 20\u00a0kr er betalt tilbake til deg.",
    );
  });

  it("says why a payment failed, from Vipps's failureReason, and what to do, in every language", () => {
    const failed = (failureReason: TFailureReason) => ({ ...charge("FAILED"), failureReason });
    expect(explainCharge(translator("en"), failed("user_action_required"), "Vipps", "2030-03-10")).toBe(
      "The payment did not go through: the card was refused – it may have expired, be blocked or lack funds. Open the Vipps app and check or change the card on the agreement.",
    );
    expect(explainCharge(translator("nb"), failed("charge_amount_too_high"), "Vipps", "2030-03-10")).toBe(
      "Betalingen gikk ikke gjennom: beløpet var høyere enn grensen som er satt for avtalen. Åpne Vipps-appen og øk grensen på avtalen.",
    );
    expect(explainCharge(translator("da"), failed("technical_error"), "MobilePay", "2030-03-10")).toBe(
      "Betalingen gik ikke igennem: en teknisk fejl hos MobilePay eller banken. Du behøver ikke at gøre noget ved dit kort.",
    );
    for (const locale of LOCALES) {
      for (const reason of [...FAILURE_REASONS, "other"] as const) {
        const text = explainCharge(translator(locale), failed(reason), "Vipps", "2030-03-10");
        expect(text, `${locale} ${reason}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
