import type { Prisma } from "@/lib/generated/prisma/client";

type TDemoProduct = Omit<Prisma.ProductCreateInput, "merchant" | "prices"> & {
  prices: Prisma.ProductPriceCreateWithoutProductInput[];
};

// Three subscriptions that together use what the Recurring API offers: a physical good with a
// reserved initial charge and a period campaign, a digital one with a price campaign, and a
// variable-amount support membership.
export const DEMO_PRODUCTS: TDemoProduct[] = [
  {
    slug: "kaffeabonnement",
    name: "Kaffeabonnement",
    description: "500 g nybrent kaffe i posten hver måned",
    pricingType: "LEGACY",
    intervalUnit: "MONTH",
    intervalCount: 1,
    transactionType: "RESERVE_CAPTURE",
    retryDays: 3,
    campaignType: "PERIOD_CAMPAIGN",
    campaignPeriodUnit: "MONTH",
    campaignPeriodCount: 1,
    initialChargeDescription: "Første pose kaffe",
    initialChargeTransactionType: "RESERVE_CAPTURE",
    planGroup: "coffee",
    prices: [
      { market: "NO", currency: "NOK", amount: 29_900, campaignPrice: 9_900, initialChargeAmount: 9_900 },
      { market: "DK", currency: "DKK", amount: 19_900, campaignPrice: 6_900, initialChargeAmount: 6_900 },
      { market: "FI", currency: "EUR", amount: 2_690, campaignPrice: 890, initialChargeAmount: 890 },
    ],
  },
  {
    slug: "fjordkaffe-pluss",
    name: "Fjordkaffe Pluss",
    description: "Digitalt magasin om kaffe, oppskrifter og rabatter",
    pricingType: "LEGACY",
    intervalUnit: "MONTH",
    intervalCount: 1,
    transactionType: "DIRECT_CAPTURE",
    retryDays: 5,
    campaignType: "PRICE_CAMPAIGN",
    // Four months ahead, on the first of a month: whatever the date, a campaign still running while
    // the tests and the demo move the clock forward by weeks (a fixed 1 January ran out on the way).
    campaignEnd: campaignEndFromNow(),
    planGroup: "plus",
    prices: [
      { market: "NO", currency: "NOK", amount: 7_900, campaignPrice: 2_900 },
      { market: "DK", currency: "DKK", amount: 5_900, campaignPrice: 1_900 },
      { market: "FI", currency: "EUR", amount: 790, campaignPrice: 290 },
    ],
  },
  {
    slug: "stottemedlem",
    name: "Støttemedlem",
    description: "Støtt kaffebøndene vi handler med; du velger beløpet",
    pricingType: "VARIABLE",
    intervalUnit: "MONTH",
    intervalCount: 1,
    transactionType: "DIRECT_CAPTURE",
    retryDays: 3,
    scope: "name email phoneNumber",
    prices: [
      { market: "NO", currency: "NOK", suggestedMaxAmount: 50_000 },
      { market: "DK", currency: "DKK", suggestedMaxAmount: 35_000 },
      { market: "FI", currency: "EUR", suggestedMaxAmount: 5_000 },
    ],
  },
];

function campaignEndFromNow(): Date {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 4, 1));
}
