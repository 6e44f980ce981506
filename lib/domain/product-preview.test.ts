import { describe, expect, it } from "vitest";
import { emptyProductForm } from "./product-form";
import { agreementPreview, intervalText } from "./product-preview";
import type { TProductForm } from "./product-rules";

const nbsp = (text: string | null) => text?.replace(/\u00a0/g, " ");

function form(overrides: Partial<TProductForm> = {}): TProductForm {
  const base = emptyProductForm("NO");
  return {
    ...base,
    name: "Kaffeabonnement",
    ...overrides,
    prices: {
      ...base.prices,
      NO: { ...base.prices.NO, amount: "299", campaignPrice: "99", initialChargeAmount: "99" },
      ...overrides.prices,
    },
  };
}

describe("agreementPreview", () => {
  it("reads a fixed monthly price as the app shows it", () => {
    const preview = agreementPreview(form(), "NO");
    expect(preview).toMatchObject({
      title: "Kaffeabonnement",
      campaignText: null,
      initialChargeText: null,
    });
    expect(nbsp(preview.priceText)).toBe("299 kr per month");
  });

  it("uses the market's currency in Denmark and Finland", () => {
    const f = form();
    f.prices.FI = {
      enabled: true,
      amount: "26.90",
      suggestedMaxAmount: "",
      campaignPrice: "",
      initialChargeAmount: "",
    };
    const preview = agreementPreview(f, "FI");
    expect(nbsp(preview.priceText)).toBe("26,90 € per month");
  });

  it("explains each campaign type", () => {
    expect(
      nbsp(
        agreementPreview(form({ campaignType: "PRICE_CAMPAIGN", campaignEnd: "2030-03-01" }), "NO")
          .campaignText,
      ),
    ).toBe("99 kr per month until 01.03.2030, then ordinary price 299 kr per month");
    expect(
      nbsp(
        agreementPreview(
          form({ campaignType: "PERIOD_CAMPAIGN", campaignPeriodUnit: "WEEK", campaignPeriodCount: "10" }),
          "NO",
        ).campaignText,
      ),
    ).toBe("99 kr for 10 weeks, then ordinary price 299 kr per month");
    expect(
      nbsp(
        agreementPreview(
          form({
            campaignType: "EVENT_CAMPAIGN",
            campaignEventDate: "2030-12-24",
            campaignEventText: "christmas",
          }),
          "NO",
        ).campaignText,
      ),
    ).toBe("99 kr until christmas (24.12.2030), then ordinary price 299 kr per month");
    expect(
      nbsp(
        agreementPreview(
          form({
            campaignType: "FULL_FLEX_CAMPAIGN",
            campaignEnd: "2030-06-01",
            campaignIntervalUnit: "WEEK",
            campaignIntervalCount: "1",
          }),
          "NO",
        ).campaignText,
      ),
    ).toBe("99 kr per week until 01.06.2030, then ordinary price 299 kr per month");
  });

  it("shows the initial charge, merged with the first price when they are equal", () => {
    const merged = agreementPreview(
      form({
        campaignType: "PERIOD_CAMPAIGN",
        campaignPeriodUnit: "MONTH",
        campaignPeriodCount: "1",
        initialCharge: true,
        initialChargeDescription: "Første pose",
      }),
      "NO",
    );
    expect(nbsp(merged.initialChargeText)).toBe(
      "Første pose: 99 kr, paid now (the button reads “Pay and start”)",
    );
    const apart = agreementPreview(
      form({
        initialCharge: true,
        initialChargeDescription: "Kvern",
        initialChargeTransactionType: "RESERVE_CAPTURE",
      }),
      "NO",
    );
    expect(nbsp(apart.initialChargeText)).toBe("Kvern: 99 kr, reserved now, taken when we ship");
  });

  it("describes variable and flexible pricing, and half-typed input", () => {
    const variable = form({ pricingType: "VARIABLE" });
    variable.prices.NO.suggestedMaxAmount = "500";
    expect(nbsp(agreementPreview(variable, "NO").priceText)).toBe(
      "Variable amount, up to 500 kr per month (you choose your maximum)",
    );
    expect(agreementPreview(form({ pricingType: "FLEXIBLE", intervalUnit: "" }), "NO").priceText).toBe(
      "Flexible amount, charged when used",
    );
    const typing = form({ name: "" });
    typing.prices.NO.amount = "";
    expect(agreementPreview(typing, "NO")).toMatchObject({ title: "Product name", priceText: "… per month" });
  });

  it("words intervals", () => {
    expect(intervalText("MONTH", 1)).toBe("per month");
    expect(intervalText("WEEK", 2)).toBe("every 2 weeks");
    expect(intervalText("YEAR", 1)).toBe("per year");
    expect(intervalText("", null)).toBe("when used");
  });
});
