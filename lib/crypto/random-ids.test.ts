import { describe, expect, it } from "vitest";
import { IDEMPOTENCY_KEY, ORDER_ID } from "@/lib/domain/ids";
import { adHocOrderId, randomKey, returnToken } from "./random-ids";

describe("random Vipps identifiers", () => {
  it("fit Vipps's formats", () => {
    expect(adHocOrderId()).toMatch(ORDER_ID);
    expect(randomKey("refund")).toMatch(IDEMPOTENCY_KEY);
  });

  it("are fresh each time", () => {
    expect(returnToken()).not.toBe(returnToken());
  });
});
