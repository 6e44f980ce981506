import { describe, expect, it } from "vitest";
import { contentHash, hmacSignature, signWebhook, stringToSign } from "./signature";

// The official test vector from the request-authentication page (FACTS §9).
const vector = {
  secret: "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==",
  url: "https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63",
  date: "Thu, 30 Mar 2023 08:38:32 GMT",
  body: '{"some-unique-content":"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world"}',
  contentHash: "lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=",
  signature: "agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=",
};

describe("webhook HMAC signature", () => {
  it("reproduces the official content hash", () => {
    expect(contentHash(vector.body)).toBe(vector.contentHash);
  });

  it("reproduces the official signature byte for byte", () => {
    const message = stringToSign(
      "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63",
      vector.date,
      "webhook.site",
      vector.contentHash,
    );
    expect(message).toBe(
      `POST\n/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63\n${vector.date};webhook.site;${vector.contentHash}`,
    );
    expect(hmacSignature(vector.secret, message)).toBe(vector.signature);
  });

  it("builds the delivery headers from the registered URL", () => {
    const headers = signWebhook({
      secret: vector.secret,
      url: vector.url,
      date: vector.date,
      body: vector.body,
    });
    expect(headers).toEqual({
      "x-ms-date": vector.date,
      "x-ms-content-sha256": vector.contentHash,
      authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${vector.signature}`,
    });
  });

  it("uses the secret as a UTF-8 string, not base64-decoded", () => {
    const decodedKey = Buffer.from(vector.secret, "base64").toString("latin1");
    const message = stringToSign(
      "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63",
      vector.date,
      "webhook.site",
      vector.contentHash,
    );
    expect(hmacSignature(decodedKey, message)).not.toBe(vector.signature);
  });

  it("signs host with port and path with query for local receivers", () => {
    const headers = signWebhook({
      secret: "s",
      url: "http://localhost:3000/api/webhooks/vipps?x=1",
      date: vector.date,
      body: "{}",
    });
    const expected = hmacSignature(
      "s",
      stringToSign("/api/webhooks/vipps?x=1", vector.date, "localhost:3000", contentHash("{}")),
    );
    expect(headers.authorization.endsWith(`Signature=${expected}`)).toBe(true);
  });
});
