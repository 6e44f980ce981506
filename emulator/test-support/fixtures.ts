import type { Agreement, Charge } from "../domain/types";

export const T0 = Date.UTC(2030, 0, 15, 12, 0, 0);

export function makeAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: "agr_TEST001",
    uuid: "9c2ca95c-245f-4a2e-aab2-4a08eb78e6fb",
    msn: "123456",
    status: "PENDING",
    productName: "Avis",
    pricing: { type: "LEGACY", currency: "NOK", amount: 10_000 },
    interval: { unit: "MONTH", count: 1 },
    campaign: null,
    created: T0,
    start: null,
    stop: null,
    merchantAgreementUrl: "https://example.com/a",
    merchantRedirectUrl: "https://example.com/r",
    countryCode: "NO",
    phoneNumber: null,
    userPhoneNumber: null,
    scope: null,
    sub: null,
    consentAt: null,
    isApp: false,
    skipLandingPage: false,
    confirmationToken: "token",
    initialChargeId: null,
    stopActor: null,
    pendingDecision: null,
    ...overrides,
  };
}

export function makeCharge(overrides: Partial<Charge> = {}): Charge {
  return {
    id: "chr-TEST000001",
    msn: "123456",
    agreementId: "agr_TEST001",
    amount: 10_000,
    currency: "NOK",
    description: "January",
    due: "2030-01-20",
    status: "PENDING",
    type: "RECURRING",
    transactionType: "DIRECT_CAPTURE",
    retryDays: 2,
    processingMode: "MULTIPLE_ATTEMPTS",
    transactionId: null,
    externalId: null,
    failureReason: null,
    failureDescription: null,
    captured: 0,
    refunded: 0,
    cancelled: 0,
    history: [],
    created: T0,
    firstAttemptDay: null,
    nextAttemptAt: null,
    reservedAt: null,
    capturedAt: null,
    processingUntil: null,
    ...overrides,
  };
}
