// Identifiers we send to Vipps. orderId becomes the Vipps chargeId: 1-50 of [A-Za-z0-9-], unique
// per sales unit. Idempotency-Key: 1-40 characters without # ? / \.
// A RECURRING charge's orderId and key are derived from agreement and period, so however often
// the scheduler runs, crashes or retries, one period can only ever ask Vipps for one charge.
// Random ids (one-off actions, return tokens) are in lib/crypto/random-ids.ts: this folder stays pure.

export function recurringChargeIds(agreementId: string, periodIndex: number) {
  return {
    orderId: `abo-${agreementId}-p${periodIndex}`,
    idempotencyKey: `chg-${agreementId}-p${periodIndex}`,
  };
}

export function initialChargeIds(agreementId: string) {
  return { orderId: `abo-${agreementId}-init`, idempotencyKey: `init-${agreementId}` };
}

export function draftAgreementKey(agreementId: string): string {
  return `agr-${agreementId}`;
}

export const ORDER_ID = /^[A-Za-z0-9-]{1,50}$/;
export const IDEMPOTENCY_KEY = /^[^#?/\\]{1,40}$/;
