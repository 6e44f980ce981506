import { describe, expect, it } from "vitest";
import { emptyProductForm } from "./product-form";
import { validateProduct } from "./product-rules";
import { translator } from "@/lib/i18n/translator";
import { describe as describeItem, renderReceipts, type TReceiptData } from "./receipt-fields";
import { issuesReceipt, normalizeOrgNumber, parseVatRate, sellerOf, vatIdOf, vatIncluded } from "./receipts";

describe("VAT", () => {
  it("takes the VAT out of a price that includes it, per rate, rounded to the øre", () => {
    expect(vatIncluded(12_500, 2500)).toBe(2_500);
    expect(vatIncluded(9_900, 2500)).toBe(1_980);
    expect(vatIncluded(1_255, 2550)).toBe(255);
    expect(vatIncluded(999, 2550)).toBe(203);
    expect(vatIncluded(9_900, 0)).toBe(0);
  });

  it("reads a rate as typed, and refuses what is not a rate from 0 to 30 %", () => {
    expect(parseVatRate("25")).toBe(2500);
    expect(parseVatRate("25,5")).toBe(2550);
    expect(parseVatRate(" 14 % ")).toBe(1400);
    expect(parseVatRate("0")).toBe(0);
    for (const bad of ["", "abc", "-5", "31", "25.555", "1e1", "25.5.5", "100"])
      expect(parseVatRate(bad), bad).toBeNull();
  });

  it("the product editor: message at the market's VAT field, and a blank rate means the standard one", () => {
    const base = emptyProductForm("FI");
    expect(base.prices.FI.vatRate).toBe("25.5");
    const form = (vatRate: string) => ({
      ...base,
      name: "Kahvi",
      slug: "kahvi",
      prices: { ...base.prices, FI: { ...base.prices.FI, amount: "9.90", vatRate } },
    });
    const today = new Date("2030-01-15T10:00:00Z");
    const bad = validateProduct(form("twenty"), { today });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors["prices.FI.vatRate"]).toMatch(/VAT rate from 0 to 30/);
    const ok = validateProduct(form("14"), { today });
    expect(ok.ok && ok.value.prices[0]!.vatRate).toBe(1400);
    const blank = validateProduct(form(""), { today });
    expect(blank.ok && blank.value.prices[0]!.vatRate).toBeNull();
  });
});

describe("organisation numbers", () => {
  it("Norway: 9 digits with a modulus-11 check digit, printed with MVA when VAT registered", () => {
    expect(normalizeOrgNumber("NO", "923 609 016")).toBe("923609016");
    expect(normalizeOrgNumber("NO", "NO 923609016 MVA")).toBe("923609016");
    expect(normalizeOrgNumber("NO", "923609017")).toBeNull();
    expect(normalizeOrgNumber("NO", "12345678")).toBeNull();
    expect(vatIdOf("NO", "923609016")).toBe("923609016 MVA");
  });

  it("Denmark: an 8-digit CVR number; Finland: a Y-tunnus with its check digit", () => {
    expect(normalizeOrgNumber("DK", "DK 1234 5678")).toBe("12345678");
    expect(normalizeOrgNumber("DK", "02345678")).toBeNull();
    expect(vatIdOf("DK", "12345678")).toBe("DK12345678");
    expect(normalizeOrgNumber("FI", "0112038-9")).toBe("0112038-9");
    expect(normalizeOrgNumber("FI", "01120389")).toBe("0112038-9");
    expect(normalizeOrgNumber("FI", "0112038-8")).toBeNull();
    expect(vatIdOf("FI", "0112038-9")).toBe("FI01120389");
  });
});

describe("receipts", () => {
  it("are issued once the capture is complete, not for a reservation or a failure", () => {
    expect(issuesReceipt("CHARGED", 100)).toBe(true);
    expect(issuesReceipt("REFUNDED", 100)).toBe(true);
    expect(issuesReceipt("PARTIALLY_CAPTURED", 100)).toBe(false);
    expect(issuesReceipt("RESERVED", 0)).toBe(false);
    expect(issuesReceipt("FAILED", 0)).toBe(false);
  });

  it("name the item once (not 'Kaffeabonnement: Kaffeabonnement 07.10.26-06.11.26')", () => {
    expect(describeItem("Kaffeabonnement", "Kaffeabonnement 07.10.26-06.11.26")).toBe(
      "Kaffeabonnement 07.10.26-06.11.26",
    );
    expect(describeItem("Avisen", "Første måned")).toBe("Avisen: Første måned");
    expect(describeItem("Avisen", "")).toBe("Avisen");
  });

  it("the seller: legal name with the shop's name beside it, and one address line", () => {
    expect(
      sellerOf({
        name: "Kaffebaren",
        legalName: "Kaffebaren Oslo AS",
        addressLine: "Storgata 1",
        postalCode: "0155",
        city: "Oslo",
        companyCountry: "NO",
        orgNumber: "923609016",
        vatRegistered: true,
      }),
    ).toEqual({
      name: "Kaffebaren Oslo AS",
      tradingName: "Kaffebaren",
      address: "Storgata 1, 0155 Oslo",
      country: "NO",
      orgNumber: "923609016",
      vatRegistered: true,
    });
  });
});

describe("rendered receipt", () => {
  const data = (paidAt: string): TReceiptData => ({
    chargeId: "c1",
    market: "DK",
    productName: "Kaffeabonnement",
    description: "Kaffeabonnement december",
    periodStart: "2026-12-01",
    periodEnd: "2026-12-31",
    paidAt,
    reference: "abo-1",
    transactionId: null,
    buyer: { name: "Kari", email: null },
    contact: { shopName: "Kaffebaren", email: null, phone: null },
    documents: [
      {
        id: "r1",
        kind: "RECEIPT",
        number: 7,
        issuedAt: paidAt,
        seller: {
          name: "Kaffebaren ApS",
          tradingName: null,
          address: "Gade 1, 1050 København K",
          country: "DK",
          orgNumber: "12345678",
          vatRegistered: true,
        },
        amount: 9_900,
        currency: "DKK",
        vatRate: 2500,
        vatAmount: 1_980,
        corrects: null,
      },
    ],
  });
  const field = (paidAt: string, key: string) =>
    renderReceipts(data(paidAt), translator("da"))[0]!
      .sections.flatMap((s) => s.fields)
      .find((f) => f.key === key)?.value;

  it("names the brand of the day the customer paid, not of the day it is printed", () => {
    expect(field("2026-12-01T08:00:00Z", "payment.method")).toBe("MobilePay");
    expect(field("2027-02-01T08:00:00Z", "payment.method")).toBe("Vipps");
  });

  it("shows the amount without VAT, the rate and the VAT, and the CVR and VAT numbers", () => {
    expect(field("2026-12-01T08:00:00Z", "amount.net")).toMatch(/79,20/);
    expect(field("2026-12-01T08:00:00Z", "vat.rate")).toBe("25 %");
    expect(field("2026-12-01T08:00:00Z", "vat.amount")).toMatch(/19,80/);
    expect(field("2026-12-01T08:00:00Z", "seller.orgNumber")).toBe("12345678");
    expect(field("2026-12-01T08:00:00Z", "seller.vatId")).toBe("DK12345678");
  });
});
