import { describe, expect, it } from "vitest";
import { IDEMPOTENCY_KEY, ORDER_ID, draftAgreementKey, initialChargeIds, recurringChargeIds } from "./ids";

const cuid = "cmi3x9k2p0000abcd1234efgh"; // 25 characters, like Prisma's cuid()

describe("Vipps identifiers", () => {
  it("derives the same ids for the same agreement and period", () => {
    expect(recurringChargeIds(cuid, 7)).toEqual(recurringChargeIds(cuid, 7));
    expect(recurringChargeIds(cuid, 7).orderId).not.toBe(recurringChargeIds(cuid, 8).orderId);
  });

  it("fits Vipps's formats even for period 9999", () => {
    const { orderId, idempotencyKey } = recurringChargeIds(cuid, 9999);
    expect(orderId).toMatch(ORDER_ID);
    expect(idempotencyKey).toMatch(IDEMPOTENCY_KEY);
    expect(initialChargeIds(cuid).orderId).toMatch(ORDER_ID);
    for (const key of [initialChargeIds(cuid).idempotencyKey, draftAgreementKey(cuid)]) {
      expect(key).toMatch(IDEMPOTENCY_KEY);
    }
  });
});
