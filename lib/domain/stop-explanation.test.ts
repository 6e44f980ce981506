import { describe, expect, it } from "vitest";
import { stopExplanation } from "./stop-explanation";

describe("stop explanation for support", () => {
  it("says in words that Vipps stopped it because the profile was deleted", () => {
    expect(stopExplanation("VIPPS_ADMIN", "ADMIN")).toBe(
      "Stopped by Vipps MobilePay: the customer's Vipps profile was deleted (actor ADMIN)",
    );
    expect(stopExplanation("USER_IN_APP", "USER")).toContain("in the Vipps MobilePay app");
    expect(stopExplanation(null, null)).toBeNull();
  });
});
