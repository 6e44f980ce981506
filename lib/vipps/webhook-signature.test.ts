import { describe, expect, it } from "vitest";
import { isFreshWebhookDate, signWebhook, verifyWebhook } from "./webhook-signature";

// The official test vector from Vipps MobilePay's webhook request-authentication page.
const vector = {
  secret: "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==",
  url: "https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63",
  date: "Thu, 30 Mar 2023 08:38:32 GMT",
  body: '{"some-unique-content":"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world"}',
  contentHash: "lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=",
  signature: "agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=",
};

describe("webhook signature", () => {
  it("reproduces the official test vector byte for byte", () => {
    const signed = signWebhook(vector.secret, { url: vector.url, date: vector.date, body: vector.body });
    expect(signed.contentHash).toBe(vector.contentHash);
    expect(signed.signature).toBe(vector.signature);
    expect(signed.authorization).toBe(
      `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${vector.signature}`,
    );
  });

  const headers = {
    date: vector.date,
    contentSha256: vector.contentHash,
    authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${vector.signature}`,
  };

  it("accepts the vector", () => {
    expect(verifyWebhook(vector.secret, vector.url, headers, vector.body)).toEqual({ ok: true });
  });

  it("rejects an altered body, a forged signature, another secret, another URL and missing headers", () => {
    expect(verifyWebhook(vector.secret, vector.url, headers, vector.body.replace("hello", "hallo")).ok).toBe(
      false,
    );
    expect(
      verifyWebhook(
        vector.secret,
        vector.url,
        { ...headers, authorization: headers.authorization.replace("agAi", "agAj") },
        vector.body,
      ).ok,
    ).toBe(false);
    expect(verifyWebhook("another-secret", vector.url, headers, vector.body).ok).toBe(false);
    expect(verifyWebhook(vector.secret, "https://webhook.site/other", headers, vector.body).ok).toBe(false);
    expect(verifyWebhook(vector.secret, vector.url, { ...headers, date: null }, vector.body).ok).toBe(false);
  });
});

describe("webhook freshness", () => {
  const at = new Date("2030-09-02T10:00:00Z");
  it("accepts x-ms-date within five minutes either way of our clock", () => {
    expect(isFreshWebhookDate("Mon, 02 Sep 2030 10:00:00 GMT", [at])).toBe(true);
    expect(isFreshWebhookDate("Mon, 02 Sep 2030 09:55:00 GMT", [at])).toBe(true);
    expect(isFreshWebhookDate("Mon, 02 Sep 2030 10:05:00 GMT", [at])).toBe(true);
  });

  it("refuses an old, a future, a missing and an unreadable date", () => {
    expect(isFreshWebhookDate("Mon, 02 Sep 2030 09:54:59 GMT", [at])).toBe(false);
    expect(isFreshWebhookDate("Mon, 02 Sep 2030 10:05:01 GMT", [at])).toBe(false);
    expect(isFreshWebhookDate(vector.date, [at])).toBe(false);
    expect(isFreshWebhookDate("Wed, 01 Jan 2020 00:00:00 GMT", [at])).toBe(false);
    expect(isFreshWebhookDate(null, [at])).toBe(false);
    expect(isFreshWebhookDate("yesterday", [at])).toBe(false);
  });

  it("any of several clocks will do (Abo's moved clock and the wall clock, in time-travel runs)", () => {
    expect(isFreshWebhookDate(vector.date, [at, new Date("2023-03-30T08:40:00Z")])).toBe(true);
  });
});
