// Random identifiers we send to Vipps or put in URLs, in the formats of lib/domain/ids.ts.
import { randomBytes } from "node:crypto";

/** A fresh key for a one-off action (refund, capture, cancel, stop, an ad hoc charge). */
export function randomKey(prefix: string): string {
  return `${prefix}-${randomBytes(12).toString("base64url")}`;
}

export function adHocOrderId(): string {
  return `abo-x${randomBytes(9).toString("hex")}`;
}

/** An unguessable reference for return URLs (carries no meaning, grants only a status view). */
export function returnToken(): string {
  return randomBytes(24).toString("base64url");
}
