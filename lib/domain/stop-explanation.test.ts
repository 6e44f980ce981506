import { describe, expect, it } from "vitest";
import { stopExplanation } from "./stop-explanation";

describe("stop explanation for support", () => {
  it("says in words that Vipps stopped it because the profile was deleted", () => {
    expect(stopExplanation("VIPPS_ADMIN", "ADMIN", "en")).toBe(
      "Stopped by Vipps MobilePay: the customer's Vipps profile was deleted (actor ADMIN)",
    );
    expect(stopExplanation("USER_IN_APP", "USER", "en")).toContain("in the Vipps MobilePay app");
    expect(stopExplanation("STAFF", null, "en")).toBe(
      "Stopped by staff (or at the end of the paid period they set)",
    );
    expect(stopExplanation(null, "USER", "en")).toBe("Stopped (actor USER)");
    expect(stopExplanation(null, null, "en")).toBeNull();
  });

  it("speaks the staff member's language, with Vipps's actor code as it is", () => {
    expect(stopExplanation("VIPPS_ADMIN", "ADMIN", "nb")).toBe(
      "Stoppet av Vipps MobilePay: kundens Vipps-profil ble slettet (aktør ADMIN)",
    );
  });
});
