import { describe, expect, it } from "vitest";
import { customerLocale, defaultRefundDescription, refundReason } from "./refund";

describe("the refund text a customer sees by default", () => {
  it("is in the customer's own language when they chose one", () => {
    expect(defaultRefundDescription({ locale: "nb", market: "NO" })).toBe("Refusjon");
    expect(defaultRefundDescription({ locale: "da", market: "DK" })).toBe("Refundering");
    expect(defaultRefundDescription({ locale: "fi", market: "FI" })).toBe("Hyvitys");
    expect(defaultRefundDescription({ locale: "en", market: "NO" })).toBe("Refund");
  });

  it("follows the customer's market, then the agreement's, when no language is stored", () => {
    expect(defaultRefundDescription({ locale: null, market: "NO" })).toBe("Refusjon");
    expect(defaultRefundDescription({ locale: null, market: "DK" })).toBe("Refundering");
    expect(defaultRefundDescription({ locale: "xx", market: "FI" })).toBe("Hyvitys");
    expect(defaultRefundDescription({ locale: null, market: null }, "DK")).toBe("Refundering");
    expect(defaultRefundDescription(null, "NO")).toBe("Refusjon");
  });

  it("is English only when nothing says otherwise", () => {
    expect(defaultRefundDescription(null)).toBe("Refund");
    expect(customerLocale({ locale: null, market: null }, null)).toBe("en");
  });
});

describe("the refund reason in the audit log", () => {
  it("is the chosen reason, with the agent's details after it", () => {
    expect(refundReason("GOODWILL")).toBe("Goodwill");
    expect(refundReason("CHARGED_TWICE", "  paid on 3 May too ")).toBe("Charged twice: paid on 3 May too");
    expect(refundReason("DELIVERY_PROBLEM", "   ")).toBe("Delivery problem");
  });
});
