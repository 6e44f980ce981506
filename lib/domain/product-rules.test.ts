import { describe, expect, it } from "vitest";
import { emptyProductForm, productToForm, slugify } from "./product-form";
import { validateProduct, type TProductForm } from "./product-rules";

const today = new Date("2030-01-15T10:00:00Z");

function form(
  overrides: Partial<TProductForm> = {},
  prices: Partial<TProductForm["prices"]["NO"]> = {},
): TProductForm {
  const base = emptyProductForm("NO");
  return {
    ...base,
    name: "Kaffeabonnement",
    slug: "kaffe",
    ...overrides,
    prices: { ...base.prices, NO: { ...base.prices.NO, amount: "299", ...prices }, ...overrides.prices },
  };
}

function errorsOf(input: TProductForm, context = {}) {
  const result = validateProduct(input, { today, ...context });
  return result.ok ? {} : result.errors;
}

describe("validateProduct", () => {
  it("accepts a plain monthly product and parses amounts to øre", () => {
    const result = validateProduct(form(), { today });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      name: "Kaffeabonnement",
      pricingType: "LEGACY",
      intervalUnit: "MONTH",
      intervalCount: 1,
      retryDays: 3,
    });
    expect(result.value.prices).toEqual([
      {
        market: "NO",
        currency: "NOK",
        amount: 29_900,
        suggestedMaxAmount: null,
        campaignPrice: null,
        initialChargeAmount: null,
        // The empty form starts at the market's standard VAT rate.
        vatRate: 2500,
      },
    ]);
  });

  it("names the Vipps length limits of name, description and event text", () => {
    expect(errorsOf(form({ name: "x".repeat(46) })).name).toMatch(/productName ≤ 45/);
    expect(errorsOf(form({ name: "x".repeat(45) })).name).toBeUndefined();
    expect(errorsOf(form({ name: "  " })).name).toMatch(/Enter the product name/);
    expect(errorsOf(form({ description: "d".repeat(101) })).description).toMatch(/productDescription ≤ 100/);
    const event = {
      campaignType: "EVENT_CAMPAIGN" as const,
      campaignEventDate: "2030-12-24",
      campaignEventText: "c".repeat(101),
    };
    expect(errorsOf(form(event, { campaignPrice: "99" })).campaignEventText).toMatch(/eventText ≤ 100/);
  });

  it("refuses amounts under 1.00 and amounts that are not amounts", () => {
    expect(errorsOf(form({}, { amount: "0.99" }))["prices.NO.amount"]).toMatch(/≥ 100/);
    expect(errorsOf(form({}, { amount: "1" }))["prices.NO.amount"]).toBeUndefined();
    expect(errorsOf(form({}, { amount: "abc" }))["prices.NO.amount"]).toMatch(/like 299/);
    expect(errorsOf(form({}, { amount: "" }))["prices.NO.amount"]).toMatch(/Enter an amount in NOK/);
  });

  it("caps a variable price's suggested maximum per currency", () => {
    const variable = (market: "NO" | "DK" | "FI", value: string) => {
      const base = form({ pricingType: "VARIABLE" });
      base.prices = {
        ...base.prices,
        NO: { ...base.prices.NO, enabled: market === "NO" },
        [market]: { ...base.prices[market], enabled: true, suggestedMaxAmount: value },
      };
      return errorsOf(base)[`prices.${market}.suggestedMaxAmount`];
    };
    expect(variable("NO", "20000")).toBeUndefined();
    expect(variable("NO", "20000.01")).toMatch(/≤ 2000000 for NOK/);
    expect(variable("DK", "300000")).toBeUndefined();
    expect(variable("DK", "300001")).toMatch(/DKK/);
    expect(variable("FI", "2000.01")).toMatch(/≤ 200000 for EUR/);
  });

  it("allows campaigns with fixed prices only", () => {
    const campaign = { campaignType: "PRICE_CAMPAIGN" as const, campaignEnd: "2030-03-01" };
    expect(
      errorsOf(
        form({ ...campaign, pricingType: "VARIABLE" }, { suggestedMaxAmount: "500", campaignPrice: "99" }),
      ).campaignType,
    ).toMatch(/only with a fixed price/);
    expect(errorsOf(form({ ...campaign, pricingType: "FLEXIBLE" })).campaignType).toMatch(
      /VARIABLE or FLEXIBLE/,
    );
    expect(validateProduct(form(campaign, { campaignPrice: "99" }), { today }).ok).toBe(true);
  });

  it("checks what each campaign type requires", () => {
    expect(
      errorsOf(form({ campaignType: "PRICE_CAMPAIGN", campaignEnd: "2030-01-15" }, { campaignPrice: "99" }))
        .campaignEnd,
    ).toMatch(/in the future/);
    expect(
      errorsOf(form({ campaignType: "PRICE_CAMPAIGN", campaignEnd: "2030-02-30" }, { campaignPrice: "99" }))
        .campaignEnd,
    ).toMatch(/Enter a date/);
    expect(
      errorsOf(
        form(
          { campaignType: "PERIOD_CAMPAIGN", campaignPeriodUnit: "WEEK", campaignPeriodCount: "32" },
          { campaignPrice: "1" },
        ),
      ).campaignPeriodCount,
    ).toMatch(/1–31/);
    expect(
      errorsOf(
        form(
          { campaignType: "PERIOD_CAMPAIGN", campaignPeriodUnit: "", campaignPeriodCount: "2" },
          { campaignPrice: "1" },
        ),
      ).campaignPeriodUnit,
    ).toBeDefined();
    const event = { campaignType: "EVENT_CAMPAIGN" as const, campaignEventDate: "2030-12-24" };
    expect(
      errorsOf(form({ ...event, campaignEventText: "Christmas" }, { campaignPrice: "99" })).campaignEventText,
    ).toMatch(/lower-case/);
    expect(errorsOf(form({ ...event, campaignEventText: "jul" }, { campaignPrice: "99" }))).toEqual({});
    expect(errorsOf(form({ ...event, campaignEventText: "ærlig talt" }, { campaignPrice: "99" }))).toEqual(
      {},
    );
    const flex = {
      campaignType: "FULL_FLEX_CAMPAIGN" as const,
      campaignEnd: "2030-06-01",
      campaignIntervalUnit: "" as const,
      campaignIntervalCount: "1",
    };
    expect(errorsOf(form(flex, { campaignPrice: "99" })).campaignIntervalUnit).toBeDefined();
    expect(
      errorsOf(form({ campaignType: "PRICE_CAMPAIGN", campaignEnd: "2030-03-01" }, { campaignPrice: "" }))[
        "prices.NO.campaignPrice"
      ],
    ).toMatch(/Enter an amount/);
    expect(
      errorsOf(form({ campaignType: "PRICE_CAMPAIGN", campaignEnd: "2030-03-01" }, { campaignPrice: "299" }))[
        "prices.NO.campaignPrice"
      ],
    ).toMatch(/lower than the ordinary/);
  });

  it("makes a trial a period campaign with a symbolic price", () => {
    const trial = validateProduct(
      form(
        { campaignType: "PERIOD_CAMPAIGN", campaignPeriodUnit: "DAY", campaignPeriodCount: "14" },
        { campaignPrice: "1" },
      ),
      { today },
    );
    expect(trial.ok && trial.value).toMatchObject({
      campaignType: "PERIOD_CAMPAIGN",
      campaignPeriodUnit: "DAY",
      campaignPeriodCount: 14,
      prices: [{ campaignPrice: 100 }],
    });
  });

  it("requires a description, capture mode and amount for an initial charge", () => {
    const errors = errorsOf(form({ initialCharge: true }, { initialChargeAmount: "" }));
    expect(errors.initialChargeDescription).toMatch(/Describe/);
    expect(errors["prices.NO.initialChargeAmount"]).toMatch(/Enter an amount/);
    const ok = validateProduct(
      form(
        {
          initialCharge: true,
          initialChargeDescription: "Kvern",
          initialChargeTransactionType: "RESERVE_CAPTURE",
        },
        { initialChargeAmount: "1499" },
      ),
      { today },
    );
    expect(ok.ok && ok.value).toMatchObject({
      initialChargeDescription: "Kvern",
      initialChargeTransactionType: "RESERVE_CAPTURE",
      prices: [{ initialChargeAmount: 149_900 }],
    });
    const off = validateProduct(form({ initialCharge: false, initialChargeDescription: "ignored" }), {
      today,
    });
    expect(off.ok && off.value.initialChargeDescription).toBeNull();
  });

  it("checks interval count, retry days and markets", () => {
    expect(errorsOf(form({ intervalCount: "0" })).intervalCount).toMatch(/interval.count 1–31/);
    expect(errorsOf(form({ intervalCount: "31" })).intervalCount).toBeUndefined();
    expect(errorsOf(form({ intervalUnit: "", intervalCount: "" }))).toEqual({});
    expect(errorsOf(form({ retryDays: "15" })).retryDays).toMatch(/retryDays 0–14/);
    expect(errorsOf(form({ retryDays: "-1" })).retryDays).toBeDefined();
    const none = form();
    none.prices.NO.enabled = false;
    expect(errorsOf(none).markets).toMatch(/at least one market/);
  });

  it("allows a single payment attempt only with 0 retry days (Vipps rule), said at the retry days", () => {
    expect(errorsOf(form({ processingMode: "SINGLE_ATTEMPT", retryDays: "3" })).retryDays).toMatch(
      /processingMode SINGLE_ATTEMPT requires retryDays 0/,
    );
    const single = validateProduct(form({ processingMode: "SINGLE_ATTEMPT", retryDays: "0" }), { today });
    expect(single.ok && single.value).toMatchObject({ processingMode: "SINGLE_ATTEMPT", retryDays: 0 });
    // No retry-days advice for a product that chose one attempt.
    expect(single.warnings.join(" ")).not.toMatch(/retry days/);
    const plain = validateProduct(form(), { today });
    expect(plain.ok && plain.value.processingMode).toBe("MULTIPLE_ATTEMPTS");
    const odd = form({ processingMode: "TWICE" as TProductForm["processingMode"] });
    expect(errorsOf(odd).processingMode).toMatch(/single attempt/);
  });

  it("warns, without refusing, where Vipps only advises", () => {
    const result = validateProduct(
      form(
        { retryDays: "0", description: "x", campaignType: "PRICE_CAMPAIGN", campaignEnd: "2030-03-01" },
        { campaignPrice: "99" },
      ),
      { today },
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.join(" ")).toMatch(/at least 2 retry days/);
    expect(result.warnings.join(" ")).toMatch(/description together with a campaign/);
  });

  it("keeps the pricing type of a product with agreements", () => {
    expect(
      errorsOf(form({ pricingType: "VARIABLE" }, { suggestedMaxAmount: "500" }), {
        lockedPricingType: "LEGACY",
      }).pricingType,
    ).toMatch(/can never change/);
    expect(errorsOf(form(), { lockedPricingType: "LEGACY" })).toEqual({});
  });

  it("checks the slug, profile scope and plan group", () => {
    expect(errorsOf(form({ slug: "Kaffe Abo" })).slug).toMatch(/lower-case/);
    expect(errorsOf(form({ scope: ["email", "shoeSize"] })).scope).toMatch(/Profile data/);
    expect(errorsOf(form({ planGroup: "Kaffe!" })).planGroup).toBeDefined();
  });
});

describe("product form helpers", () => {
  it("makes page addresses from names", () => {
    expect(slugify("Morgenkaffe Ekstra!")).toBe("morgenkaffe-ekstra");
    expect(slugify("Støttemedlem på Året")).toBe("stottemedlem-pa-aret");
    expect(slugify("Kahvi – Pääkaupunki")).toBe("kahvi-paakaupunki");
  });

  it("turns a stored product back into the same valid form", () => {
    const result = validateProduct(
      form(
        {
          campaignType: "PRICE_CAMPAIGN",
          campaignEnd: "2030-03-01",
          initialCharge: true,
          initialChargeDescription: "Start",
        },
        { campaignPrice: "99.50", initialChargeAmount: "99.50" },
      ),
      { today },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const again = validateProduct(productToForm(result.value), { today });
    expect(again.ok && again.value).toEqual(result.value);
  });
});
