import { describe, expect, it } from "vitest";
import type { IdempotencyRecord } from "../domain/types";
import { canonicalJson, requestFingerprint } from "./canonical-json";
import { decideIdempotency, idempotencyStoreKey, shouldRemember } from "./idempotency";

const fp = (method: string, path: string, body: unknown) =>
  requestFingerprint(method, path, canonicalJson(body));

describe("idempotency rules (FACTS §3)", () => {
  const records = new Map<string, IdempotencyRecord>();
  const key = idempotencyStoreKey("123456", "key-1");
  records.set(key, {
    fingerprint: fp("POST", "/recurring/v3/agreements", { a: 1, b: [1, 2] }),
    status: 201,
    body: "{}",
    contentType: null,
    at: 0,
  });

  it("treats an unseen key as new", () => {
    expect(decideIdempotency(records, idempotencyStoreKey("123456", "other"), "x")).toEqual({ kind: "new" });
  });

  it("replays the stored response for the same method, path and body (key order and spacing do not matter)", () => {
    const again = requestFingerprint(
      "POST",
      "/recurring/v3/agreements",
      canonicalJson(JSON.parse('{ "b": [1,2], "a": 1 }')),
    );
    expect(decideIdempotency(records, key, again)).toMatchObject({ kind: "replay", record: { status: 201 } });
  });

  it("is a conflict for a different body, path or method", () => {
    expect(
      decideIdempotency(records, key, fp("POST", "/recurring/v3/agreements", { a: 2, b: [1, 2] })),
    ).toEqual({ kind: "conflict" });
    expect(
      decideIdempotency(records, key, fp("POST", "/recurring/v3/agreements/x/charges", { a: 1, b: [1, 2] })),
    ).toEqual({ kind: "conflict" });
    expect(
      decideIdempotency(records, key, fp("PATCH", "/recurring/v3/agreements", { a: 1, b: [1, 2] })),
    ).toEqual({ kind: "conflict" });
  });

  it("scopes keys per merchant", () => {
    expect(decideIdempotency(records, idempotencyStoreKey("223456", "key-1"), "x")).toEqual({ kind: "new" });
  });

  it("remembers successes and 4xx, never 5xx", () => {
    expect([201, 204, 400, 404, 409].every(shouldRemember)).toBe(true);
    expect([500, 502, 503].some(shouldRemember)).toBe(false);
  });

  it("canonicalizes nested objects and drops undefined", () => {
    expect(canonicalJson({ b: { d: 1, c: [true, null] }, a: undefined, e: "x" })).toBe(
      '{"b":{"c":[true,null],"d":1},"e":"x"}',
    );
  });
});
