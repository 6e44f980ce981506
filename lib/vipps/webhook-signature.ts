// The HMAC-SHA256 scheme Vipps MobilePay uses to sign webhook deliveries (FACTS §9):
//   content hash   = base64(sha256(raw body))
//   string to sign = "POST\n" + path and query + "\n" + x-ms-date + ";" + host + ";" + content hash
//   signature      = base64(HMAC-SHA256(key = the secret's UTF-8 bytes, string to sign))
// Host, path and query are those of the URL we registered, not what a proxy in front of us sees.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export type TSignedRequest = { method?: string; url: string; date: string; body: string };

export function signWebhook(secret: string, request: TSignedRequest) {
  const url = new URL(request.url);
  const contentHash = createHash("sha256").update(request.body, "utf8").digest("base64");
  const toSign = `${request.method ?? "POST"}\n${url.pathname}${url.search}\n${request.date};${url.host};${contentHash}`;
  const signature = createHmac("sha256", Buffer.from(secret, "utf8")).update(toSign, "utf8").digest("base64");
  return {
    contentHash,
    signature,
    authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
  };
}

export type TVerifyResult = { ok: true } | { ok: false; reason: string };

export function verifyWebhook(
  secret: string,
  registeredUrl: string,
  headers: { date: string | null; contentSha256: string | null; authorization: string | null },
  rawBody: string,
): TVerifyResult {
  if (!headers.date || !headers.contentSha256 || !headers.authorization) {
    return { ok: false, reason: "missing x-ms-date, x-ms-content-sha256 or Authorization" };
  }
  const expected = signWebhook(secret, { url: registeredUrl, date: headers.date, body: rawBody });
  if (!safeEqual(expected.contentHash, headers.contentSha256))
    return { ok: false, reason: "content hash mismatch" };
  if (!safeEqual(expected.authorization, headers.authorization))
    return { ok: false, reason: "signature mismatch" };
  return { ok: true };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** How far x-ms-date may be from our clock: a signed delivery older than this is a replay. */
export const WEBHOOK_DATE_WINDOW_MS = 5 * 60_000;

/**
 * The delivery's x-ms-date (RFC 1123, covered by the signature) is within the window of one of our
 * clocks. Each delivery attempt is signed as it is sent, so a retry of a refused one can still get in.
 */
export function isFreshWebhookDate(date: string | null, clocks: Date[]): boolean {
  const sent = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(sent)) return false;
  return clocks.some((clock) => Math.abs(clock.getTime() - sent) <= WEBHOOK_DATE_WINDOW_MS);
}
