import { randomBytes, randomUUID } from "node:crypto";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[(bytes[i] ?? 0) % ALPHANUMERIC.length];
  return out;
}

/** `agr_` + 7 alphanumerics, the shape seen in the wild (e.g. `agr_TGSuPyV`). */
export const newAgreementId = (): string => `agr_${randomAlphanumeric(7)}`;

/** 14 characters, so generated ids fit the 2023 spec's 15-character `chargeId`. */
export const newChargeId = (): string => `chr-${randomAlphanumeric(10)}`;

export const newUuid = (): string => randomUUID();

/** Digits only, like the real `transactionId` (e.g. "5001419121"). */
export function newTransactionId(): string {
  const bytes = randomBytes(10);
  let out = String(1 + ((bytes[0] ?? 0) % 9));
  for (let i = 1; i < 10; i++) out += String((bytes[i] ?? 0) % 10);
  return out;
}

export const newOpaqueToken = (): string => randomBytes(24).toString("base64url");
