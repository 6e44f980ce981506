import { describe, expect, it } from "vitest";
import { ZChangeAmountInput, ZPauseSubscriptionInput, ZStopSubscriptionInput } from "./account";
import { ZStartSubscriptionInput } from "./subscribe";

const firstIssue = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((i) => [String(i.path[0]), i.message]);

describe("sign-up form", () => {
  const valid = {
    slug: "kaffe",
    market: "NO" as const,
    email: " Kari@Example.no ",
    phone: "412 34 567",
    termsAccepted: true,
  };

  it("reads the phone in the market's format and lower-cases the email", () => {
    expect(ZStartSubscriptionInput.parse(valid)).toMatchObject({
      email: "kari@example.no",
      phone: "4741234567",
      name: undefined,
    });
    expect(ZStartSubscriptionInput.parse({ ...valid, market: "FI", phone: "040 123 4567" }).phone).toBe(
      "358401234567",
    );
  });

  it("takes a name as plain text: no web address or markup a mail program would turn into a link", () => {
    for (const name of ["Kari http://evil.example", "www.evil.example", "<a href=x>Kari</a>"])
      expect(firstIssue(ZStartSubscriptionInput.safeParse({ ...valid, name }))).toEqual([
        ["name", "plainName"],
      ]);
    expect(ZStartSubscriptionInput.parse({ ...valid, name: "Kari Nordmann-Ødegård" }).name).toBe(
      "Kari Nordmann-Ødegård",
    );
  });

  it("names each bad field with a message key", () => {
    expect(firstIssue(ZStartSubscriptionInput.safeParse({ ...valid, email: "kari" }))).toEqual([
      ["email", "invalidEmail"],
    ]);
    expect(firstIssue(ZStartSubscriptionInput.safeParse({ ...valid, phone: "123" }))).toEqual([
      ["phone", "invalidPhone"],
    ]);
    expect(firstIssue(ZStartSubscriptionInput.safeParse({ ...valid, phone: "" }))).toEqual([
      ["phone", "required"],
    ]);
    expect(firstIssue(ZStartSubscriptionInput.safeParse({ ...valid, termsAccepted: false }))).toEqual([
      ["termsAccepted", "acceptTerms"],
    ]);
    // The amount of a variable price: money as typed, never under 1.00 (the product's cap is the server's).
    expect(firstIssue(ZStartSubscriptionInput.safeParse({ ...valid, amount: "mye" }))).toEqual([
      ["amount", "invalidAmount"],
    ]);
    for (const amount of ["0", "0,99"])
      expect(firstIssue(ZStartSubscriptionInput.safeParse({ ...valid, amount }))).toEqual([
        ["amount", "amountRange"],
      ]);
    expect(ZStartSubscriptionInput.parse({ ...valid, amount: "249,50" }).amount).toBe(24_950);
    expect(firstIssue(ZStartSubscriptionInput.safeParse({ ...valid, name: "x".repeat(101) }))).toEqual([
      ["name", "tooLong"],
    ]);
    // All at once: a wrong phone is named even when the terms are not accepted yet.
    expect(
      firstIssue(
        ZStartSubscriptionInput.safeParse({ ...valid, phone: "+45 12345678", termsAccepted: false }),
      ),
    ).toEqual([
      ["termsAccepted", "acceptTerms"],
      ["phone", "invalidPhone"],
    ]);
  });
});

describe("manage forms", () => {
  it("stop: when is required, the reason at most 500 characters", () => {
    expect(firstIssue(ZStopSubscriptionInput.safeParse({ agreementId: "a1", when: "LATER" }))).toEqual([
      ["when", "chooseWhen"],
    ]);
    expect(
      firstIssue(
        ZStopSubscriptionInput.safeParse({ agreementId: "a1", when: "NOW", reason: "x".repeat(501) }),
      ),
    ).toEqual([["reason", "tooLong"]]);
    expect(ZStopSubscriptionInput.safeParse({ agreementId: "a1'; DROP", when: "NOW" }).success).toBe(false);
  });

  it("pause: a calendar date", () => {
    expect(firstIssue(ZPauseSubscriptionInput.safeParse({ agreementId: "a1", until: "" }))).toEqual([
      ["until", "invalidDate"],
    ]);
    expect(ZPauseSubscriptionInput.parse({ agreementId: "a1", until: "2030-05-01" }).until).toBe(
      "2030-05-01",
    );
  });

  it("text PostgreSQL cannot store is refused at its field, in every form", () => {
    const pause = { agreementId: "a1", until: "2030-05-01" };
    expect(firstIssue(ZPauseSubscriptionInput.safeParse({ ...pause, reason: "Ferie\u0000" }))).toEqual([
      ["reason", "badText"],
    ]);
    expect(firstIssue(ZStopSubscriptionInput.safeParse({ ...pause, when: "NOW", reason: "\uD800" }))).toEqual(
      [["reason", "badText"]],
    );
    expect(ZPauseSubscriptionInput.parse({ ...pause, reason: "Ferie på Ærø 🏖️" }).reason).toBe(
      "Ferie på Ærø 🏖️",
    );
  });

  it("amount: what people type, into minor units", () => {
    expect(ZChangeAmountInput.parse({ agreementId: "a1", amount: "249,50" }).amount).toBe(24_950);
    expect(firstIssue(ZChangeAmountInput.safeParse({ agreementId: "a1", amount: "mye" }))).toEqual([
      ["amount", "invalidAmount"],
    ]);
  });
});
