import { describe, expect, it } from "vitest";
import { ZRefundChargeInput } from "./support";

const base = { chargeId: "c1", amount: "149,00", description: " Refusjon " };

describe("the refund form's input", () => {
  it("turns the chosen reason and details into the audit log's reason", () => {
    expect(
      ZRefundChargeInput.parse({ ...base, reasonCode: "CANCELLED_ORDER", reasonDetails: "by phone" }),
    ).toEqual({
      chargeId: "c1",
      amount: 14_900,
      description: "Refusjon",
      reason: "Cancelled order: by phone",
    });
    expect(ZRefundChargeInput.parse({ ...base, reasonCode: "GOODWILL" }).reason).toBe("Goodwill");
  });

  it("refuses a missing or unknown reason, and Other without details, at the field", () => {
    const fieldsOf = (input: object) => {
      const result = ZRefundChargeInput.safeParse({ ...base, ...input });
      return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    };
    expect(fieldsOf({ reasonCode: "" })).toEqual(["reasonCode"]);
    expect(fieldsOf({ reasonCode: "BECAUSE" })).toEqual(["reasonCode"]);
    expect(fieldsOf({ reasonCode: "OTHER", reasonDetails: " x " })).toEqual(["reasonDetails"]);
    expect(fieldsOf({ reasonCode: "OTHER", reasonDetails: "Kept the box" })).toEqual([]);
  });
});
