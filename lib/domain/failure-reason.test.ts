import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import {
  FAILURE_REASONS,
  failedChargeText,
  failureReasonForStaff,
  failureReasonOf,
  failureReasonWords,
} from "./failure-reason";

describe("failureReason in plain words", () => {
  it("knows Vipps's four values, calls anything else other, and nothing null", () => {
    for (const reason of FAILURE_REASONS) expect(failureReasonOf(reason)).toBe(reason);
    expect(failureReasonOf("insufficient_funds")).toBe("other");
    expect(failureReasonOf(null)).toBeNull();
    expect(failureReasonOf("")).toBeNull();
  });

  it("has words and an action for every reason in every language, with no placeholder left", () => {
    for (const locale of LOCALES) {
      for (const reason of [...FAILURE_REASONS, "other"] as const) {
        const words = failureReasonWords(reason, locale, "MobilePay");
        expect(words, `${locale} ${reason}`).toMatch(/\S{3}/);
        const text = failedChargeText(reason, locale, "MobilePay");
        expect(text, `${locale} ${reason}`).toContain(words);
        expect(text, `${locale} ${reason}`).not.toMatch(/\{\w+\}/);
      }
    }
    expect(failureReasonWords("technical_error", "nb", "Vipps")).toBe(
      "en teknisk feil hos Vipps eller banken",
    );
  });

  it("gives support the words in their language with Vipps's own value beside them", () => {
    expect(failureReasonForStaff("charge_amount_too_high", "en")).toBe(
      "The amount was above the limit set for the agreement (charge_amount_too_high)",
    );
    expect(failureReasonForStaff("technical_error", "en")).toBe(
      "A technical problem at Vipps MobilePay or the bank (technical_error)",
    );
    expect(failureReasonForStaff("something_new", "en")).toBe("No reason was given (something_new)");
    expect(failureReasonForStaff("technical_error", "nb")).toBe(
      "En teknisk feil hos Vipps MobilePay eller banken (technical_error)",
    );
    expect(failureReasonForStaff(null, "fi")).toBeNull();
  });
});
