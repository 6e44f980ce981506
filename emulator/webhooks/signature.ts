import { createHash, createHmac } from "node:crypto";

// FACTS §9: HMAC-SHA256 over "POST\n<path+query>\n<x-ms-date>;<host>;<content hash>", keyed with the
// UTF-8 bytes of the secret string (not base64-decoded).

export const contentHash = (body: string): string =>
  createHash("sha256").update(body, "utf8").digest("base64");

export const stringToSign = (pathAndQuery: string, date: string, host: string, hash: string): string =>
  `POST\n${pathAndQuery}\n${date};${host};${hash}`;

export const hmacSignature = (secret: string, message: string): string =>
  createHmac("sha256", Buffer.from(secret, "utf8")).update(message, "utf8").digest("base64");

export type SignedHeaders = { "x-ms-date": string; "x-ms-content-sha256": string; authorization: string };

export function signWebhook(input: {
  secret: string;
  url: string;
  date: string;
  body: string;
}): SignedHeaders {
  const target = new URL(input.url);
  const hash = contentHash(input.body);
  const signature = hmacSignature(
    input.secret,
    stringToSign(target.pathname + target.search, input.date, target.host, hash),
  );
  return {
    "x-ms-date": input.date,
    "x-ms-content-sha256": hash,
    authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
  };
}
